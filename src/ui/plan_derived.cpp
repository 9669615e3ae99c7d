#include "ui/plan_derived.h"

namespace waymark::ui {

const GoalTrack* PlanDerived::track(std::string_view goalId) const {
    const auto it = goalIndex.find(goalId);
    return it == goalIndex.end() || it->second >= tracks.size() ? nullptr : &tracks[it->second];
}

}  // namespace waymark::ui
