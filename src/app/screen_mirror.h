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
#include "ui/views/map/map_view.h"
#include "ui/views/outline/outline_view.h"
#include "ui/plan_derived.h"
#include "ui/views/tracking/tracking_view.h"

namespace waymark {

// The plan: its name, the findings about it, objectives and their goals with status and advice
// (statuses from `derived`, computed for this plan). One node per goal: call it when the plan
// changed, not every frame.
std::vector<platform::MirrorNode> describePlan(const Plan& plan, const ui::PlanDerived& derived,
                                               const ReviewsByGoal& reviews,
                                               const std::vector<Finding>& planFindings, const Strings& tr);
// The value/complexity matrix: each quadrant (best first, unscored last) as a heading with its
// tactics, their goal and scores. Ranks every tactic: call it when the plan changed.
std::vector<platform::MirrorNode> describeMatrix(const Plan& plan, const Strings& tr);
// The tracking view: its dashboard rows in their order (goal, status, progress, values,
// projection, deadline, owners) and a summary of the selected goal's chart in words.
std::vector<platform::MirrorNode> describeTracking(const ui::TrackingView& view, const Strings& tr);
// The plan map as nested list items, as folded on screen: objective > goal (status) > tactic
// (quadrant) > task (owners, due); a folded card says how many items it hides.
std::vector<platform::MirrorNode> describeMap(const ui::MapView& map, const Strings& tr);
// The goal open in the editor, as drafted, with its fields and advice.
std::vector<platform::MirrorNode> describeEditor(const Plan& plan, const Goal& goal, const GoalReview& review,
                                                 const Strings& tr);

}  // namespace waymark
