#pragma once
// The task plan: who does what by when. Tasks listed under their tactic (objective > goal >
// tactic, collapsible), by owner, on a timeline of weeks, or as each owner's load per week;
// filtered by owner (or "no owner") and objective. A task opens in the editor beside the list.
// Derived values (the board, the rows, the week window) are computed once per plan revision or
// view change, never per frame, and only the rows on screen are drawn, so 20,000 tasks scroll
// as smoothly as twenty. Named items: "tasks-mode:<mode>", "task:<id>", "task-done:<id>",
// "task-add:<tactic id>", "toggle:<id>", "occurrence:<task id>:<date>", "tasks-no-owner".
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/method/task_board.h"
#include "core/method/tasks.h"
#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/editors/task_editor.h"
#include "ui/view_context.h"

namespace waymark::ui {

class TaskPlanView {
public:
    enum class Mode { tactic, owner, week, load };
    // One line of what the view shows, for the screen-reader mirror.
    struct ShownLine {
        bool heading = false;
        int level = 2;
        std::string text;
        friend bool operator==(const ShownLine&, const ShownLine&) = default;
    };

    // Draws the view into the current window. `revision` is the plan's History::state(): the
    // view recomputes what it derives from the plan only when it changes.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision);

    // Opens a task in the editor (e.g. right after it was added), with its title ready for typing.
    void select(const std::string& taskId, bool focusTitle);
    const std::string& selected() const { return selected_; }
    void setMode(Mode mode);
    Mode mode() const { return mode_; }
    // What the view showed in the last frame, and a number that changes whenever that does.
    const std::vector<ShownLine>& shown() const { return shown_; }
    std::uint64_t shownVersion() const { return shownVersion_; }
    bool needsFrames() const { return editor_.needsFrames(); }

private:
    struct Row {
        enum class Kind { objective, goal, tactic, owner, week, today, task, occurrence, nothing };
        Kind kind = Kind::task;
        int depth = 0;
        size_t index = 0;  // task: plan.tasks index; occurrence: placed_ index
        std::string id;    // objective, goal or tactic id (collapse), owner name
        std::string text;  // a heading's text
    };

    void refresh(const ViewContext& ctx, const Plan& plan, std::uint64_t revision);
    bool passes(const Plan& plan, size_t task) const;
    void buildRows(const ViewContext& ctx, const Plan& plan);
    void buildTacticRows(const ViewContext& ctx, const Plan& plan);
    void buildOwnerRows(const ViewContext& ctx, const Plan& plan);
    void buildWeekRows(const ViewContext& ctx, const Plan& plan);
    void buildLoad(const Plan& plan);
    std::optional<Intent> drawToolbar(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawList(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawLoad(const ViewContext& ctx);
    std::optional<Intent> drawHeading(const ViewContext& ctx, const Row& row);
    std::optional<Intent> drawTask(const ViewContext& ctx, const Plan& plan, const Row& row, float width);
    std::optional<Intent> drawOccurrence(const ViewContext& ctx, const Plan& plan, const Row& row, float width);
    std::string taskLine(const ViewContext& ctx, const Plan& plan, size_t index) const;
    void note(const ShownLine& line) { drawing_.push_back(line); }

    Mode mode_ = Mode::tactic;
    std::string ownerFilter_;      // "" = everyone
    bool noOwnerFilter_ = false;   // only tasks without an owner
    std::string objectiveFilter_;  // "" = every objective
    Date windowStart_;             // Monday of the first week shown (week and load modes)
    int capacity_ = 5;             // more occurrences than this in a week overload an owner
    std::set<std::string> collapsed_;
    std::string selected_;
    TaskEditor editor_;

    // Derived once per revision.
    std::uint64_t revision_ = ~std::uint64_t{0};
    Date today_;
    TaskBoard board_;
    std::vector<std::string> taskObjective_;  // aligned with plan.tasks: the objective it serves ("" = none)
    std::unordered_map<std::string, std::vector<size_t>> tasksByTactic_;
    // Derived once per revision and view state.
    bool rowsDirty_ = true;
    std::vector<Row> rows_;
    std::vector<PlacedOccurrence> placed_;
    std::vector<std::string> loadOwners_;
    std::vector<std::vector<int>> load_;  // [owner][week]
    int weeks_ = 8;

    std::vector<ShownLine> drawing_, shown_;
    std::uint64_t shownVersion_ = 0;
};

}  // namespace waymark::ui
