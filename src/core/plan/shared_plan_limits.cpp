#include "core/plan/shared_plan_limits.h"

#include <array>
#include <nlohmann/json.hpp>
#include <string>

namespace waymark {

namespace {

constexpr std::array<SharedPlanLimit, 4> kLimits = {{{"goals", 0, 1000},
                                                      {"tactics", 0, 5000},
                                                      {"tasks", 0, 20000},
                                                      {"checkins", 0, 100000}}};

// SAX handler: counts the objects in {"plan": {"goals": [...], ...}} and keeps nothing else.
class ListCounter final : public nlohmann::json_sax<nlohmann::json> {
public:
    std::array<size_t, kLimits.size()> counts{};

    bool start_object(std::size_t) override {
        ++depth_;
        if (depth_ == 2) inPlan_ = key_ == "plan";
        if (depth_ == 4 && list_ >= 0) ++counts[static_cast<size_t>(list_)];
        return true;
    }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override {
        ++depth_;
        if (depth_ == 3 && inPlan_)
            for (size_t i = 0; i < kLimits.size(); ++i)
                if (key_ == kLimits[i].items) list_ = static_cast<int>(i);
        return true;
    }
    bool end_array() override { return leave(); }
    bool key(string_t& name) override {
        if (depth_ <= 2) key_ = name;  // only the envelope's and the plan's own keys matter
        return true;
    }
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool leave() {
        if (depth_ == 3) list_ = -1;
        if (depth_ == 2) inPlan_ = false;
        --depth_;
        return true;
    }
    int depth_ = 0;
    bool inPlan_ = false;
    int list_ = -1;
    std::string key_;
};

}  // namespace

std::optional<SharedPlanLimit> overSharedPlanLimits(std::string_view planFileText) {
    ListCounter counter;
    if (!nlohmann::json::sax_parse(planFileText.begin(), planFileText.end(), &counter)) return std::nullopt;
    for (size_t i = 0; i < kLimits.size(); ++i)
        if (counter.counts[i] > kLimits[i].limit) return SharedPlanLimit{kLimits[i].items, counter.counts[i], kLimits[i].limit};
    return std::nullopt;
}

}  // namespace waymark
