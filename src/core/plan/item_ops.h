#pragma once
// Building operations for one item (internal to src/core/plan): what edits (plan_edit.cpp) and
// plan diffs (operation.cpp) are made of.
#include <string>

#include "core/plan/operation.h"
#include "core/plan/plan_items.h"

namespace waymark {

// The plan's own fields (id, name, created, updated, voting: a round's settings) as the
// operations of Part::plan name them.
items::Json writePlanFields(const Plan& plan);

// A set operation for every field whose JSON differs between `from` and `to` (of item `id`, or
// of the plan or context when id is empty): `to`'s fields in the writer's order, then those only
// `from` has.
void fieldOps(Part part, const std::string& id, const items::Json& from, const items::Json& to, Ops& ops);

// The fields of item `from` that `to` (the same item) changes.
template <class T>
void changeOps(Part part, const T& from, const T& to, Ops& ops) {
    if (!(from == to)) fieldOps(part, from.id, items::write(from), items::write(to), ops);
}

inline Op setOp(Part part, const std::string& id, const std::string& field, std::string before, std::string after) {
    return {Op::Kind::set, part, id, field, std::move(before), std::move(after), 0, 0};
}

template <class T>
Op insertOp(Part part, const T& item, std::size_t at) {
    return {Op::Kind::insert, part, item.id, {}, {}, items::write(item).dump(), at, 0};
}

template <class T>
Op removeOp(Part part, const T& item, std::size_t at) {
    return {Op::Kind::remove, part, item.id, {}, items::write(item).dump(), {}, at, 0};
}

inline Op moveOp(Part part, const std::string& id, std::size_t from, std::size_t to) {
    return {Op::Kind::move, part, id, {}, {}, {}, from, to};
}

}  // namespace waymark
