#pragma once
// Lookups by id in constant time, for code that resolves many references in one pass (exports,
// reports): Plan::find* scan the list, which is quadratic inside a loop over a big plan.
// Pointers stay valid while the plan is not changed.
#include <string_view>
#include <unordered_map>

#include "core/plan/plan.h"

namespace waymark {

class PlanIndex {
public:
    explicit PlanIndex(const Plan& plan);
    // The item with this id, or nullptr; the first one when ids repeat (as Plan::find* do).
    const Objective* objective(std::string_view id) const { return find(objectives_, id); }
    const Goal* goal(std::string_view id) const { return find(goals_, id); }
    const Tactic* tactic(std::string_view id) const { return find(tactics_, id); }

private:
    template <class T>
    static const T* find(const std::unordered_map<std::string_view, const T*>& map, std::string_view id) {
        const auto it = map.find(id);
        return it == map.end() ? nullptr : it->second;
    }
    std::unordered_map<std::string_view, const Objective*> objectives_;
    std::unordered_map<std::string_view, const Goal*> goals_;
    std::unordered_map<std::string_view, const Tactic*> tactics_;
};

}  // namespace waymark
