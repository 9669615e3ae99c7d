#pragma once
// What the screen shows, as nodes for the screen-reader mirror: objectives as headings, goals
// as list items with their status, realism and advice as text, and the open editor's fields
// with their labels and values.
#include <string>
#include <vector>

#include "core/method/review.h"
#include "core/plan/plan.h"
#include "core/text/i18n.h"
#include "platform/screen_reader.h"
#include "ui/outline_view.h"

namespace waymark {

struct ScreenDescription {
    const Plan& plan;
    const ui::ReviewsByGoal& reviews;
    const std::vector<Finding>& planFindings;
    Date today;
    const Goal* editedGoal = nullptr;         // the goal open in the editor, as drafted
    const GoalReview* editedReview = nullptr;
};

std::vector<platform::MirrorNode> describeScreen(const ScreenDescription& screen, const Strings& tr);

}  // namespace waymark
