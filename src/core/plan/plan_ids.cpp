#include "core/plan/plan_ids.h"

#include <algorithm>

#include "core/plan/plan_json.h"

namespace waymark {

std::string unusedPlanId(const std::string& id, const std::vector<std::string>& taken) {
    auto isTaken = [&](const std::string& candidate) { return std::find(taken.begin(), taken.end(), candidate) != taken.end(); };
    if (!isTaken(id)) return id;
    for (size_t n = 2;; ++n) {
        const std::string suffix = "-" + std::to_string(n);
        std::string base = id.substr(0, kMaxIdLength - suffix.size());
        // Never cut inside a UTF-8 sequence (ids count characters, the cut counts bytes).
        while (!base.empty() && (static_cast<unsigned char>(base.back()) & 0xC0) == 0x80) base.pop_back();
        if (!base.empty() && static_cast<unsigned char>(base.back()) >= 0xC0) base.pop_back();
        if (!isTaken(base + suffix)) return base + suffix;
    }
}

}  // namespace waymark
