#pragma once
// Undo and redo for the plan: every applied edit is one step that keeps its operations
// (operation.h), so a step costs what it changed, not a copy of the plan. Undo applies the
// inverses of this user's own steps only: operations that arrived from someone else are not in
// the history, and an undone field that someone else changed since keeps their value. Typing in
// one field is one step because views commit a field's edit only when the field is left. A saved
// marker tells what is not saved yet.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>

#include "core/plan/operation.h"
#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"

namespace waymark {

class History {
public:
    static constexpr size_t kDefaultLimit = 200;  // steps kept; the oldest go first
    // Bytes of operations kept over all steps: a step that imported a 19 MB plan is kept, but
    // many such steps would not fit in the page's memory.
    static constexpr size_t kDefaultByteBudget = 256u * 1024 * 1024;
    explicit History(size_t limit = kDefaultLimit, size_t byteBudget = kDefaultByteBudget)
        : limit_(limit < 1 ? 1 : limit), byteBudget_(byteBudget) {}

    // Records that `ops` (already applied) made the current plan, as the step `label`; clears
    // redo; drops the oldest steps beyond the step limit or the byte budget (the newest stays).
    void record(Ops ops, EditLabel label);
    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    // What undo / redo would do; nullptr when there is nothing to undo / redo.
    const EditLabel* undoLabel() const { return undo_.empty() ? nullptr : &undo_.back().label; }
    const EditLabel* redoLabel() const { return redo_.empty() ? nullptr : &redo_.back().label; }
    // Steps back on `plan`: applies the inverse of the newest step's operations and returns the
    // operations applied (a field changed by someone else since is left as it is, and left out);
    // nullopt when there is nothing to undo.
    std::optional<Ops> undo(Plan& plan);
    // Steps forward again after an undo, the same way.
    std::optional<Ops> redo(Plan& plan);
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
        Ops ops;              // as applied, from the state before to the state after
        EditLabel label;
        std::uint64_t state;  // the state on the other side of the step
        size_t bytes;
    };
    // Applies `ops` with each set checked against its `before`; returns what applied.
    static Ops replay(Plan& plan, const Ops& ops);
    void trim();
    size_t limit_, byteBudget_;
    size_t bytes_ = 0;
    std::deque<Step> undo_, redo_;
    std::uint64_t state_ = 0, nextState_ = 1;
    std::optional<std::uint64_t> saved_ = std::uint64_t{0};
};

}  // namespace waymark
