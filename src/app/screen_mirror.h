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
#include "ui/map_view.h"
#include "ui/outline_view.h"

namespace waymark {

// The plan: its name, the findings about it, objectives and their goals with status and advice.
// Tracks every goal: call it when the plan changed, not on every keystroke.
std::vector<platform::MirrorNode> describePlan(const Plan& plan, const ui::ReviewsByGoal& reviews,
                                               const std::vector<Finding>& planFindings, Date today, const Strings& tr);
// The plan map as nested list items, as folded on screen: objective > goal (status) > tactic
// (quadrant) > task (owners, due); a folded card says how many items it hides.
std::vector<platform::MirrorNode> describeMap(const ui::MapView& map, const Strings& tr);
// The goal open in the editor, as drafted, with its fields and advice.
std::vector<platform::MirrorNode> describeEditor(const Plan& plan, const Goal& goal, const GoalReview& review,
                                                 const Strings& tr);

}  // namespace waymark
