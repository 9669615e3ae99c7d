#pragma once
// The goal editor: every field of a goal in the plan format, in reading order, with live advice
// beside them. It edits nothing itself: a field left after a change returns an UpdateGoal, and
// the text being typed is offered as a draft so the app can review it before it is committed.
#include <optional>
#include <string>

#include "core/method/review.h"
#include "core/plan/plan.h"
#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/editors/kpi_picker.h"
#include "ui/editors/tactic_list.h"
#include "ui/view_context.h"

namespace waymark::ui {

class GoalEditor {
public:
    // Opens the editor on a goal (clears typing state when it is another goal).
    void open(const std::string& goalId);
    const std::string& goalId() const { return goalId_; }
    // The goal as it would be with the text being typed committed; nullopt when nothing is being
    // typed or the text does not parse.
    std::optional<Goal> draft(const Plan& plan) const;
    // Draws the editor for its goal; `review` is the review of draft() or of the goal.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const GoalReview& review);
    bool needsFrames() const { return form_.needsFrames() || tactics_.needsFrames(); }
    // Puts the cursor into a field (plan-format key), e.g. from a finding's fix.
    void focus(const std::string& key) { form_.focus(key); }
    // The field being typed in and its text, for the screen-reader mirror.
    const Form& form() const { return form_; }

private:
    // Applies a field's text to goal; returns the error text ("" when it parsed).
    static std::string applyText(Goal& goal, const std::string& key, const std::string& text, const Strings& tr);
    std::optional<Intent> textField(const ViewContext& ctx, const Plan& plan, const Goal& goal, const std::string& key,
                                    const std::string& value, const char* hint);
    void sectionHeading(const ViewContext& ctx, const char* key);
    // The name, unit, kind and direction of the team's own KPI the goal uses.
    std::optional<Intent> drawCustomKpi(const ViewContext& ctx, const Plan& plan, const CustomKpi& kpi);
    std::optional<Intent> drawFields(const ViewContext& ctx, const Plan& plan, const Goal& goal);
    std::optional<Intent> drawAdviceColumn(const ViewContext& ctx, const Plan& plan, const Goal& goal,
                                           const GoalReview& review);

    std::string goalId_;
    Form form_;
    KpiPicker kpiPicker_, secondaryPicker_;
    bool otherChannel_ = false;  // the channel is being typed as free text
    TacticList tactics_;         // the goal's tactics, under its fields
};

}  // namespace waymark::ui
