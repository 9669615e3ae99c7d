#pragma once
// What a user can do to a plan. Views return PlanEdits; each becomes a few operations
// (operation.h), which the app applies and records as one step of its History (history.h), so
// undo, autosave, the "unsaved" marker and sending to other browsers hang off a single place.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/plan/operation.h"
#include "core/plan/plan.h"
#include "core/plan/voting.h"
#include "core/text/i18n.h"

namespace waymark {

struct AddObjective { std::string title; };
struct RenameObjective { std::string id, title; };
// Replaces an objective's fields (title, kind, parent, due); `field` is the plan-format key the
// user changed ("due"), for the step's label. A parent that would make a cycle is refused.
struct UpdateObjective { Objective objective; std::string field; };
// Moves an objective up (-1) or down (+1) among the objectives that share its parent.
struct MoveObjective { std::string id; int delta = 0; };
// Deletes the objective; its goals stay and serve no objective until relinked; its child
// objectives move up to its own parent.
struct DeleteObjective { std::string id; };
struct AddGoal { std::string objectiveId, title; };
// Adds complete draft goals (from a funnel or templates) in one step; each gets a fresh id.
struct AddDraftGoals { std::vector<Goal> goals; };
struct RenameGoal { std::string id, title; };
// Replaces a goal's fields; `field` names the plan-format key the user changed ("baseline").
// A new target on a goal that already had one and has check-ins is recorded in targetHistory.
struct UpdateGoal { Goal goal; std::string field; };
// Deletes the goal with its tactics, their tasks, and its check-ins.
struct DeleteGoal { std::string id; };
struct RenamePlan { std::string name; };
// Replaces the business context (kind, phase, team, budget, currency, channels).
struct UpdateContext { Context context; std::string field; };
// Adds a custom KPI (its id is made unique among the plan's ids and the catalog's) and, when
// forGoal names a goal, makes it that goal's KPI in the same step.
struct AddCustomKpi { CustomKpi kpi; std::string forGoal; };
// Replaces a custom KPI's name, unit, direction, kind and family (its id stays).
struct UpdateCustomKpi { CustomKpi kpi; std::string field; };
// Replaces the whole plan: a new plan, an opened or imported file. `reason` is "new", "open" or
// "import", for the step's label.
struct ReplacePlan { Plan plan; std::string reason; };
// A tactic under a goal (unscored until value and complexity are set).
struct AddTactic { std::string goalId, title; };
// Replaces a tactic's title, goal, value and complexity; scores outside 1..5 are refused.
// `field` is the plan-format key changed ("value"), or "score" for a matrix drag of both.
struct UpdateTactic { Tactic tactic; std::string field; };
// Moves a tactic up (-1) or down (+1) among its goal's tactics.
struct MoveTactic { std::string id; int delta = 0; };
// Deletes the tactic with its tasks.
struct DeleteTactic { std::string id; };
struct AddTask { std::string tacticId, title; };
// Replaces a task's fields; `field` names the plan-format key changed ("owners").
struct UpdateTask { Task task; std::string field; };
struct DeleteTask { std::string id; };
// A check-in gets a fresh id (the one in `checkin` is ignored).
struct AddCheckin { Checkin checkin; };
// Replaces the check-in checkin.id's fields; `field` names the plan-format key changed ("value").
struct UpdateCheckin { Checkin checkin; std::string field; };
struct DeleteCheckin { std::string id; };
// Marks a task done or open. Without an occurrence: the whole task (a repeating task's whole
// series). With one, on a repeating task: that date in doneDates (dates before the due date are
// refused; a finished series is reopened as a whole, not one date at a time); on a one-off task
// the occurrence is the task itself.
struct SetTaskDone { std::string id; std::optional<Date> occurrence; bool done = true; };

using PlanEdit = std::variant<AddObjective, RenameObjective, UpdateObjective, MoveObjective, DeleteObjective, AddGoal,
                              AddDraftGoals, RenameGoal, UpdateGoal, DeleteGoal, RenamePlan, UpdateContext,
                              AddCustomKpi, UpdateCustomKpi, ReplacePlan, AddTactic, UpdateTactic, MoveTactic,
                              DeleteTactic, AddTask, UpdateTask, DeleteTask, AddCheckin, UpdateCheckin, DeleteCheckin,
                              SetTaskDone,
                              // dot voting (voting.h)
                              StartVoting, PlaceDot, RemoveDot, NextVoter, RevealVotes, ReopenVoting, ClearVoting,
                              UseVotesAsValue>;

struct EditResult {
    bool changed = false;
    std::string createdId;  // id of the item an Add* created
    Ops ops;                // what changed, in the order applied
};

// The operations that carry out `edit` on `plan` on `today` (the date target changes are
// recorded with); empty when the edit names a missing item, is refused, or changes nothing.
// createdId (when given) receives the id of the item an Add* creates. idTag ends every id the
// edit creates: in a room it is this browser's tag (kept with the room, see web/together/room.js
// and docs/collaboration.md), so items two browsers add at the same moment never share an id;
// empty outside a room.
Ops editOps(const Plan& plan, const PlanEdit& edit, Date today = {}, std::string* createdId = nullptr,
            const std::string& idTag = {});
// editOps, applied to the plan.
EditResult applyEdit(Plan& plan, const PlanEdit& edit, Date today = {}, const std::string& idTag = {});
// Applies operations made for this plan (by editOps or the history); false if one did not fit,
// which leaves the plan with the operations before it applied.
bool applyOps(Plan& plan, const Ops& ops);

// What a step did, as a text key and arguments ("history.update_goal" with the field's key), for
// "Undo: change baseline".
struct EditLabel {
    std::string key;
    TextArgs args;  // "<x>_key" arguments hold a text key whose translation fills {x}
};
EditLabel editLabel(const PlanEdit& edit);
// The label's text in strings' language.
std::string editLabelText(const EditLabel& label, const Strings& strings);

// A fresh id with the given prefix ("o", "g", ...) that no item of the plan uses yet (nor any of
// alsoTaken), ending in `tag` (empty, or what keeps this browser's new ids apart from another's).
std::string newId(const Plan& plan, const std::string& prefix, const std::vector<std::string>& alsoTaken = {},
                  const std::string& tag = {});

// What deleting a goal would also remove, so the UI can say so before the user confirms.
struct GoalDependents { int tactics = 0, tasks = 0, checkins = 0; };
GoalDependents goalDependents(const Plan& plan, const std::string& goalId);
// How many tasks deleting a tactic would also remove.
int tacticTasks(const Plan& plan, const std::string& tacticId);

// True when making `parentId` the parent of objective `id` would put it inside its own chain.
bool wouldMakeCycle(const Plan& plan, const std::string& id, const std::string& parentId);

}  // namespace waymark
