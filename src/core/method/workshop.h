#pragma once
// The guided workshop: the method's steps in the order a room works through them, and what the
// real plan still lacks before each step is done. Pure: no UI, the texts are keys.
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/method/review.h"
#include "core/plan/plan.h"

namespace waymark {

enum class WorkshopStep { objectives, goals, smart, kpis, tactics, prioritise, owners, review };

inline constexpr std::array<WorkshopStep, 8> kWorkshopSteps = {
    WorkshopStep::objectives, WorkshopStep::goals,      WorkshopStep::smart,  WorkshopStep::kpis,
    WorkshopStep::tactics,    WorkshopStep::prioritise, WorkshopStep::owners, WorkshopStep::review};

// The step's stable name, used in text keys ("workshop.step.<name>.title").
const char* name(WorkshopStep step);
// 1-based position of the step ("Step 3 of 8").
int stepNumber(WorkshopStep step);
// The step at a 1-based position, or nothing outside 1..8.
std::optional<WorkshopStep> stepAt(int number);

// One thing the plan still lacks for a step: a text key "workshop.gap.<code>" with the item it
// concerns ({name}: an objective's, goal's, tactic's or task's title; may be empty), or a review
// finding (code "finding") to be said in the review's own words.
struct WorkshopGap {
    std::string code;
    std::string name;
    std::optional<Finding> finding;
};

// What is missing before `step` is done, in plan order. focusGoalId: the goal the room makes
// SMART together (the smart step); planFindings and reviewOf (a goal's review by id, or null):
// the review as of now, whose errors the smart and review steps read. Empty when the step is done.
using GoalReviewLookup = std::function<const GoalReview*(const std::string& goalId)>;
std::vector<WorkshopGap> workshopGaps(const Plan& plan, WorkshopStep step, const std::string& focusGoalId,
                                      const std::vector<Finding>& planFindings, const GoalReviewLookup& reviewOf);

}  // namespace waymark
