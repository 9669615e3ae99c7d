#pragma once
// Changes from other browsers in a room. The shared document (web/together/plan_doc.js, a Yjs
// document that mirrors the plan per item and field) has already merged concurrent edits; the
// shell reports what a remote transaction left there as "remote changes": changed plan and
// context fields, changed items with their whole JSON (null when deleted) and the new order of a
// list. They become operations against the plan as it is (as many as changed), applied outside
// the local undo history.
//
// A merge can leave what no single browser would write: a tactic added to a goal someone else
// deleted, two objectives made each other's parent, a task whose repeat and due date were changed
// apart. The plan stays valid by two fixed rules, and what they change goes back to the shared
// document, so every browser ends with the same plan (docs/operations.md, "In a room"):
// - a value the plan's rules refuse is not taken: the plan keeps its value and writes it back;
// - references that dangle are resolved by repairOps below: the delete wins.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/plan/operation.h"
#include "core/plan/plan.h"

namespace waymark {

// The remote changes' JSON form, every key optional:
//   {"plan": {"name": "Spring", "voting": null},          a field's new value; null: not set
//    "context": {"teamSize": 4},
//    "items": {"goals": {"g1": {...the goal...}, "g7": null}},   the whole item; null: deleted
//    "order": {"goals": ["g3", "g1"]},                      a list's whole order, by id
//    "whole": true}                                         the whole document (joining a room):
//                                                           fields and items it leaves out go
// An order names each item once (the shell reads a shared order that concurrent moves made
// repeat an id by its first occurrence); an item the order leaves out keeps its place at the end.
struct RemoteChanges {
    using Fields = std::vector<std::pair<std::string, std::string>>;  // key, JSON text ("" = not set / deleted)
    struct List {
        Fields items;  // id, the item's JSON
        std::optional<std::vector<std::string>> order;
    };
    Fields plan, context;
    List lists[7];
    bool whole = false;  // "whole": true: the changes are the whole document; what they leave out goes  // by Part, customKpis .. voters (listIndex)
    static int listIndex(Part part) { return static_cast<int>(part) - static_cast<int>(Part::customKpis); }
    List& list(Part part) { return lists[listIndex(part)]; }
    const List& list(Part part) const { return lists[listIndex(part)]; }
};
// Reads the JSON form; nullopt when it is not one (a part that does not exist, an id that is not
// text, an order that is not a list of ids).
std::optional<RemoteChanges> remoteChangesFromJson(std::string_view text);

struct RemoteApplied {
    Ops applied;  // what changed the plan, in order: the remote changes that fit, then the repairs
    Ops echo;     // what the shell writes back to the shared document: corrections and repairs
    std::size_t refused = 0;  // remote values the plan's rules refused (corrected through echo)
};
// Brings `plan` to the state the changes describe, then repairs it (repairOps). A change that
// does not fit (an item whose JSON breaks the plan format, a participant without a round, a
// field that would break its item) is left out and its correction goes to `echo`: the field's
// value in the plan, or the removal of an item the plan does not take.
RemoteApplied applyRemoteChanges(Plan& plan, const RemoteChanges& changes);

// The operations that make a plan whose references a merge (or an undo after one) broke valid:
// - an objective whose parent is gone serves no parent; in a ring of parents, the objective with
//   the smallest id (byte order) leaves its parent;
// - a goal whose objective is gone serves no objective;
// - a tactic whose goal is gone goes, with its tasks; a task whose tactic is gone goes; a
//   check-in whose goal is gone goes (as deleting the goal or tactic would have taken them);
// - a dot on an item that is gone comes off; a participant keeps their first votesPerParticipant
//   dots; a round keeps its first 50 participants, loses those beyond, and goes when it has none;
//   a turn past the last participant means everyone is done.
// Empty when the plan is valid. Deterministic: every browser with the same plan makes the same.
Ops repairOps(const Plan& plan);

}  // namespace waymark
