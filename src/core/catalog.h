#pragma once
// The catalog: goal categories and KPIs the method knows, plus the plan's own custom KPIs.
// Names and descriptions are translation keys ("kpi.<id>.name", "category.<id>.name").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace waymark {

enum class KpiUnit { count, percent, currency, minutes, hours, ratio, score };

struct Kpi {
    std::string id;
    std::string customName;                // only for custom KPIs: the user's own name
    KpiUnit unit = KpiUnit::count;
    bool higherIsBetter = true;
    bool hard = true;
    bool vanity = false;                   // proves little when it stands alone
    bool custom = false;
};

// A catalog KPI or one of the plan's custom KPIs by id; nullopt when neither has it.
std::optional<Kpi> findKpi(const Plan& plan, std::string_view id);

}  // namespace waymark
