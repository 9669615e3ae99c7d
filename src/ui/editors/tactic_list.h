#pragma once
// A goal's tactics in its editor: add one by title, rename, score value and complexity 1..5,
// move up and down, delete (asks first, saying how many tasks go with it). It edits nothing
// itself: each change comes back as one PlanEdit, one undoable step.
#include <optional>
#include <string>

#include "core/plan/plan.h"
#include "ui/kit/form.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

class TacticList {
public:
    // Draws the goal's tactics under a "Tactics" heading. Named items: "field:tactic-new:<goal id>",
    // "field:tactic-title:<id>", "tactic-value:<id>:<1..5>", "tactic-complexity:<id>:<1..5>",
    // "tactic-up:<id>", "tactic-down:<id>", "tactic-delete:<id>", "confirm-delete-tactic".
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const Goal& goal);
    // Forgets typing state (another goal opened).
    void reset() { form_.reset(); }
    bool needsFrames() const { return form_.needsFrames(); }

private:
    // A row of buttons 1..5 for one score; returns the score picked.
    std::optional<int> scoreButtons(const ViewContext& ctx, const std::string& name, const std::optional<int>& current);
    std::optional<PlanEdit> drawDeleteConfirmation(const ViewContext& ctx, const Plan& plan);

    Form form_;
    std::string confirmDeleteId_;
    bool openConfirm_ = false;
};

}  // namespace waymark::ui
