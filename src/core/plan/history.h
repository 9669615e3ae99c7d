#pragma once
// Undo and redo for the plan: every applied edit is one step that keeps the plan as it was
// before (snapshots: Plan is a value type). Typing in one field is one step because views commit
// a field's edit only when the field is left. A saved marker tells what is not saved yet.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>

#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"

namespace waymark {

class History {
public:
    static constexpr size_t kDefaultLimit = 200;  // steps kept; the oldest go first
    // Plan items (objectives, goals, tactics, tasks, check-ins, custom KPIs) kept over all steps:
    // each step is a whole plan, so a plan of 126,000 items keeps 15 steps instead of 200 (which
    // would take ~3 GB, more than the page's memory), while a plan of 100 items keeps 200.
    static constexpr size_t kDefaultItemBudget = 2000000;
    explicit History(size_t limit = kDefaultLimit, size_t itemBudget = kDefaultItemBudget)
        : limit_(limit < 1 ? 1 : limit), itemBudget_(itemBudget) {}

    // Records that `before` became the current plan through the step `label`; clears redo; drops
    // the oldest steps beyond the step limit or the item budget (the newest step always stays).
    void record(Plan before, EditLabel label);
    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    // What undo / redo would do; nullptr when there is nothing to undo / redo.
    const EditLabel* undoLabel() const { return undo_.empty() ? nullptr : &undo_.back().label; }
    const EditLabel* redoLabel() const { return redo_.empty() ? nullptr : &redo_.back().label; }
    // Steps back: returns the plan to show and keeps `current` for redo; nullopt when nothing to undo.
    std::optional<Plan> undo(Plan current);
    // Steps forward again after an undo.
    std::optional<Plan> redo(Plan current);
    size_t undoSteps() const { return undo_.size(); }
    size_t redoSteps() const { return redo_.size(); }

    // The current plan's state id: every step gets a new one, undo and redo return to old ones.
    std::uint64_t state() const { return state_; }
    // Marks a state as saved (the page stored the plan as it was at `state`).
    void markSaved(std::uint64_t state) { saved_ = state; }
    // True when the current plan differs from the last saved one (or none was saved).
    bool unsaved() const { return saved_ != state_; }
    // Forgets every step (a different plan opened in place, e.g. at start-up).
    void clear();

private:
    struct Step {
        Plan plan;            // the plan on the other side of the step
        EditLabel label;
        std::uint64_t state;  // that plan's state id
    };
    size_t limit_, itemBudget_;
    std::deque<Step> undo_, redo_;
    std::uint64_t state_ = 0, nextState_ = 1;
    std::optional<std::uint64_t> saved_ = std::uint64_t{0};
};

}  // namespace waymark
