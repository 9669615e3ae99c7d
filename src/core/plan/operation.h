#pragma once
// Operations: the smallest changes of a plan. An edit (plan_edit.h) becomes a few operations;
// applying operations is the only way a plan changes. Each has an inverse, so the undo history
// keeps operations instead of copies of the plan, and each has a stable JSON form (the part, the
// item's id, the field, the value before and after) so it can be saved and travel between browsers.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.h"

namespace waymark {

// Where an operation acts: the plan's own fields (id, name, created, updated, voting: a round's
// settings), the business context's fields, or one of the plan's lists of items (by id).
enum class Part { plan, context, customKpis, objectives, goals, tactics, tasks, checkins, voters };
const char* name(Part part);

struct Op {
    enum class Kind { set, insert, remove, move };
    Kind kind = Kind::set;
    Part part = Part::plan;
    std::string id;             // the item's id; empty for the plan and the context
    std::string field;          // set: the field's plan-format key ("baseline", "name", "voting")
    std::string before, after;  // set: the field's JSON text, "" = not set; insert: after = the item; remove: before = the item
    std::size_t at = 0;         // insert, remove: the item's position; move: where it was
    std::size_t to = 0;         // move: where it goes
    friend bool operator==(const Op&, const Op&) = default;
};
using Ops = std::vector<Op>;

// Applies one operation. False, and the plan unchanged, when it does not fit the plan: its item
// is missing (for an insert: already there), a value breaks the plan format's rules for its field,
// an id would change, or (with checkBefore) a set's `before` is not the field's current value.
// Positions are hints: an item is found by its id, and a position past the end means the end.
bool applyOp(Plan& plan, const Op& op, bool checkBefore = false);
// The operation that undoes `op`.
Op inverse(const Op& op);
// The operations that undo `ops`: their inverses in reverse order.
Ops inverse(const Ops& ops);

// The operations that turn `from` into `to`: the plan's and the context's changed fields, items
// removed, changed field by field, inserted and moved. applying them to `from` gives `to`.
Ops diffPlans(const Plan& from, const Plan& to);

// The JSON form, one object per operation:
//   {"op":"set","part":"goals","id":"g1","field":"baseline","from":120,"to":150}  (a missing
//   "from"/"to": not set), {"op":"insert","part":"tactics","id":"t4","at":2,"item":{...}},
//   {"op":"remove",...same as insert}, {"op":"move","part":"goals","id":"g1","from":3,"to":0}.
std::string opsToJson(const Ops& ops);
// Reads the JSON form back; nullopt when it is not a list of well-formed operations. Values are
// checked only when applied.
std::optional<Ops> opsFromJson(std::string_view text);

// How much memory an operation holds (its texts), for the undo history's budget.
std::size_t opBytes(const Op& op);

}  // namespace waymark
