#include "core/plan/shared_plan_limits.h"

namespace waymark {

std::optional<SharedPlanLimit> overSharedPlanLimits(const Plan& plan) {
    const SharedPlanLimit lists[] = {{"goals", plan.goals.size(), 1000},
                                     {"tactics", plan.tactics.size(), 5000},
                                     {"tasks", plan.tasks.size(), 20000},
                                     {"checkins", plan.checkins.size(), 100000}};
    for (const SharedPlanLimit& list : lists)
        if (list.count > list.limit) return list;
    return std::nullopt;
}

}  // namespace waymark
