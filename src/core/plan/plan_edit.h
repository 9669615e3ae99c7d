#pragma once
// The one path by which a plan changes. Views return PlanEdits; the app applies them here, so
// undo, autosave and "unsaved" markers can later hang off a single place.
#include <string>
#include <variant>

#include "core/plan/plan.h"

namespace waymark {

struct AddObjective { std::string title; };
struct RenameObjective { std::string id, title; };
// Deletes the objective; its goals stay and serve no objective until relinked; its child
// objectives move up to its own parent.
struct DeleteObjective { std::string id; };
struct AddGoal { std::string objectiveId, title; };
struct RenameGoal { std::string id, title; };
// Deletes the goal with its tactics, their tasks, and its check-ins.
struct DeleteGoal { std::string id; };
struct RenamePlan { std::string name; };

using PlanEdit = std::variant<AddObjective, RenameObjective, DeleteObjective, AddGoal, RenameGoal, DeleteGoal, RenamePlan>;

struct EditResult {
    bool changed = false;
    std::string createdId;  // id of the item an Add* created
};

// Applies an edit. Edits that name a missing item change nothing (changed == false).
EditResult applyEdit(Plan& plan, const PlanEdit& edit);

// A fresh id with the given prefix ("o", "g", ...) that no item of the plan uses yet.
std::string newId(const Plan& plan, const std::string& prefix);

// What deleting a goal would also remove, so the UI can say so before the user confirms.
struct GoalDependents { int tactics = 0, tasks = 0, checkins = 0; };
GoalDependents goalDependents(const Plan& plan, const std::string& goalId);

}  // namespace waymark
