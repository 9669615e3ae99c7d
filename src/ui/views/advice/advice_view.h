#pragma once
// Live advice for the goal being edited: the relevance sentence ("To help us …, we will …"),
// the realism verdict as a gauge with the numbers behind it, and the review's findings grouped
// by severity, each with its explanation, suggestion and, where a fix is obvious, a button.
#include <optional>
#include <string>

#include "core/method/review.h"
#include "core/plan/plan.h"
#include "ui/view_context.h"

namespace waymark::ui {

// What a fix button asked for.
struct AdviceFix {
    std::optional<double> target;  // take this target
    std::string focusField;        // put the cursor in this field (plan-format key)
};

// Where a change from the baseline sits on the realism gauge, 0..1: the change to the ambitious
// target at 2/3 of the width, so the comfortable, ambitious and unrealistic zones all show;
// beyond is clamped to 1.
float gaugePosition(double change, double ambitiousChange);

// Draws the advice for a goal (as drafted) and its review; returns the fix the user clicked.
std::optional<AdviceFix> drawAdvice(const ViewContext& ctx, const Goal* goal, const GoalReview& review);

}  // namespace waymark::ui
