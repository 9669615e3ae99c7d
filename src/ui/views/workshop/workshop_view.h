#pragma once
// The guided workshop (ViewId::workshop): the method one step at a time for a facilitator and
// the room. Each step shows what it needs (the existing editors and views where they fit), the
// questions to ask the room, what the real plan still lacks before the step is done, "Step 3 of
// 8", and Back / Next. It edits nothing itself: every change is an Intent, so one undo step as
// anywhere else. The step and the choices made in it are view state: leaving and coming back
// keeps them.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/method/workshop.h"
#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/views/matrix/matrix_view.h"
#include "ui/views/outline/outline_view.h"
#include "ui/editors/tactic_list.h"
#include "ui/editors/task_editor.h"
#include "ui/view_context.h"

namespace waymark::ui {

class WorkshopView {
public:
    // What the view reads besides the plan: the review as of `revision` (the plan's history state).
    struct Review {
        const ReviewsByGoal& goals;
        const std::vector<Finding>& plan;
    };
    // Draws the current step into the rest of the window. Named items: "workshop-back",
    // "workshop-next", "workshop-step:<1..8>", "workshop-timer", "field:workshop-objective-new",
    // "field:workshop-goal-new:<objective id>", "edit:<objective or goal id>",
    // "workshop-focus:<goal id>" (the goal made SMART), "workshop-goal:<goal id>" (whose tactics),
    // "task-add:<tactic id>", "task:<id>", "workshop-tracking", "workshop-download"; and those of
    // the tactic list, the matrix and the task editor it shows.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision, const Review& review);
    WorkshopStep step() const { return step_; }
    // A task just added in the owners step: its editor opens with the keyboard in its title.
    void selectTask(const std::string& taskId);
    bool needsFrames() const;
    // The step as the screen-reader mirror says it: indicator, title, questions, what is missing.
    const std::vector<std::string>& shownLines() const { return shown_; }

private:
    std::optional<Intent> drawStepBar(const ViewContext& ctx);
    std::optional<Intent> drawBody(const ViewContext& ctx, const Plan& plan, std::uint64_t revision, const Review& review);
    std::optional<Intent> drawObjectives(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawGoals(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawSmart(const ViewContext& ctx, const Plan& plan, const Review& review);
    std::optional<Intent> drawKpis(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawTactics(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawOwners(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawReview(const ViewContext& ctx, const Plan& plan, const Review& review);
    // A one-line field that adds an item on Enter and stays ready for the next one; `add` makes
    // the item's edit from the typed title (and the draft of it while it is typed).
    std::optional<PlanEdit> addField(const ViewContext& ctx, const Plan& plan, const std::string& key, const char* hint,
                                     const FieldMapping& add);
    void drawGaps(const ViewContext& ctx, const Plan& plan, std::uint64_t revision, const Review& review);

    WorkshopStep step_ = WorkshopStep::objectives;
    WorkshopStep scrolledFor_ = WorkshopStep::objectives;  // the step the body was last scrolled for
    std::string focusGoalId_;    // the goal the room makes SMART together
    std::string tacticsGoalId_;  // whose tactics the tactics step shows
    std::string taskId_;         // the task open in the owners step's editor
    std::map<std::string, std::string> typing_;  // add fields' text by key
    std::string refocus_;        // the add field that takes the keyboard again after Enter
    TacticList tactics_;
    MatrixView matrix_;
    TaskEditor taskEditor_;
    // What is missing, worked out once per plan revision, step and focus goal.
    std::vector<WorkshopGap> gaps_;
    std::uint64_t gapsRevision_ = 0;
    WorkshopStep gapsStep_ = WorkshopStep::review;
    std::string gapsFocus_;
    bool gapsValid_ = false;
    std::vector<std::string> drawing_, shown_;
};

}  // namespace waymark::ui
