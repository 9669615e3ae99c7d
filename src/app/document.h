#pragma once
// The open plan and what follows from it: its undo history, the review of every goal, the values
// several views show (statuses, overdue tasks, load per owner), and one revision number that
// changes with every change. Every change arrives as operations (core/plan/operation.h): the
// user's own edits, undo and redo, and operations from another browser, which are applied but
// never undone here. What follows from a change is worked out for what it touched: every goal's
// review when a goal, a check-in, the context, KPIs or objectives changed (a goal's realism reads
// the others'), only the plan's own findings when tactics or tasks did; a goal's status when its
// fields or check-ins changed.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/method/review.h"
#include "core/plan/date.h"
#include "core/plan/history.h"
#include "core/plan/operation.h"
#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"
#include "core/plan/remote_changes.h"
#include "ui/plan_derived.h"

namespace waymark {

class Document {
public:
    const Plan& plan() const { return plan_; }
    const History& history() const { return history_; }
    History& history() { return history_; }
    // Changes whenever the plan does (edits, undo, redo, remote operations, opening a plan).
    std::uint64_t revision() const { return revision_; }

    // Opens a plan in place of this one: no undo step, the history starts afresh.
    void open(Plan plan);
    // Applies an edit on `today` as one undoable step, dated `today`; the result's ops are what it
    // did (empty when the edit changed nothing).
    EditResult apply(const PlanEdit& edit, Date today);
    // Operations from someone else: applied in order, never in this user's history. False when one
    // did not fit this plan (it and only it is skipped).
    bool applyRemote(const Ops& ops);
    // What other browsers in a room left in the shared document (core/plan/remote_changes.h):
    // applied outside this user's history, the plan kept valid; the result's echo is what goes
    // back to the shared document.
    RemoteApplied receive(const RemoteChanges& changes);
    // Undoes or redoes this user's last step; false when there is none.
    bool undo();
    bool redo();
    // The id tag new items get (empty alone; a short random tag in a shared room, so two browsers
    // never make the same id).
    void setIdTag(std::string tag) { idTag_ = std::move(tag); }

    // The review of every goal (by id) and of the plan, as of the current revision and `today`.
    const ReviewsByGoal& reviews(Date today);
    const std::vector<Finding>& planFindings(Date today);
    // Statuses, overdue tasks and load per owner, as of the current revision and `today`.
    const ui::PlanDerived& derived(Date today);
    // The operations applied since the last call, in order (this user's and others'): what a
    // save stores or a room sends.
    Ops takeApplied();

private:
    // Records what `ops` touched, so reviews and derived values follow.
    void changed(const Ops& ops);
    void refreshReviews(Date today);
    void refreshDerived(Date today);

    Plan plan_;
    History history_;
    std::uint64_t revision_ = 1;
    std::string idTag_;
    Ops applied_;

    ReviewsByGoal reviews_;
    std::vector<Finding> planFindings_;
    bool reviewAll_ = true;                      // the next review looks at every goal
    bool planLevelStale_ = true;
    Date reviewedOn_;

    ui::PlanDerived derived_;
    bool derivedAll_ = true;
    std::unordered_set<std::string> trackGoals_;  // goals whose status changed
    bool tasksChanged_ = true;
    std::unordered_map<std::string, GoalTrack> tracks_;
    Date derivedOn_;
    std::uint64_t derivedRevision_ = 0;
};

}  // namespace waymark
