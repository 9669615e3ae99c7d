#pragma once
// Values derived from the plan that several views show (status of each goal, overdue tasks, each
// owner's load per week), worked out once per change instead of once per frame per view. The
// app's Document (app/document.h) keeps them up to date; a view that needs one of these values
// reads it here rather than calling core's trackGoals / overdueTasks / loadByOwnerAndWeek.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/method/tasks.h"
#include "core/method/tracking.h"
#include "core/plan/date.h"
#include "core/plan/plan.h"

namespace waymark::ui {

// The owners' load is counted over this many ISO weeks before and after the week of today.
inline constexpr int kLoadWeeksBefore = 4, kLoadWeeksAfter = 12;

struct PlanDerived {
    std::vector<GoalTrack> tracks;        // trackGoals: aligned with plan.goals
    std::vector<size_t> overdueTasks;     // overdueTasks: indices into plan.tasks, in plan order
    std::vector<WeekLoad> load;           // loadByOwnerAndWeek over loadFrom..loadTo
    Date loadFrom, loadTo;                // Monday kLoadWeeksBefore weeks back .. Sunday kLoadWeeksAfter weeks on
    std::unordered_map<std::string_view, size_t> goalIndex;  // goal id -> index into plan.goals
    std::unordered_map<std::string_view, std::vector<size_t>> goalsOfObjective;  // objective id -> goal indices
    // The track of a goal by id, or nullptr for an unknown id.
    const GoalTrack* track(std::string_view goalId) const;
};

}  // namespace waymark::ui
