#include "core/plan/operation.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/plan/item_ops.h"
#include "core/plan/plan_json.h"

// Sections: [values] a field's JSON text; [items] set, insert, remove, move on a list of items;
// [plan] the plan's own fields and the context; [diff] lists; [json] names; [apply]; [transport].

namespace waymark {

using nlohmann::json;
using items::Json;

namespace {

// ---- [values] --------------------------------------------------------------------------------
// A field's value as text, "" when the writer leaves it out (not set, or its default).
std::string fieldText(const Json& item, const std::string& field) {
    const auto it = item.find(field);
    return it == item.end() ? std::string() : it->dump();
}

// Parses a value's text; nullopt when it is not JSON.
std::optional<json> parseValue(const std::string& text) {
    json v = json::parse(text, nullptr, false);
    if (v.is_discarded()) return std::nullopt;
    return v;
}

// `item` (as its writer writes it) with `field` set to `after` ("" = left out), read back with
// the plan file's rules; false when the result breaks one.
template <class T>
bool withField(const T& item, const std::string& field, const std::string& after, T& out) {
    json j = json::parse(items::write(item).dump());
    if (after.empty()) {
        j.erase(field);
    } else {
        auto value = parseValue(after);
        if (!value) return false;
        j[field] = std::move(*value);
    }
    LoadError error;
    return items::read(j, out, error);
}

// ---- [items] ---------------------------------------------------------------------------------
template <class T>
std::ptrdiff_t indexOf(const std::vector<T>& list, const std::string& id, std::size_t hint) {
    if (hint < list.size() && list[hint].id == id) return static_cast<std::ptrdiff_t>(hint);
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? -1 : it - list.begin();
}

template <class T>
bool applyToList(std::vector<T>& list, const Op& op, bool checkBefore) {
    const std::ptrdiff_t at = indexOf(list, op.id, op.at);
    switch (op.kind) {
    case Op::Kind::set: {
        if (at < 0 || op.field == "id") return false;
        T& item = list[static_cast<std::size_t>(at)];
        if (checkBefore && fieldText(items::write(item), op.field) != op.before) return false;
        T next;
        if (!withField(item, op.field, op.after, next) || next.id != item.id) return false;
        item = std::move(next);
        return true;
    }
    case Op::Kind::insert: {
        if (at >= 0) return false;
        const auto value = parseValue(op.after);
        T item;
        LoadError error;
        if (!value || !items::read(*value, item, error) || item.id != op.id || item.id.empty()) return false;
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(std::min(op.at, list.size())), std::move(item));
        return true;
    }
    case Op::Kind::remove:
        if (at < 0) return false;
        list.erase(list.begin() + at);
        return true;
    case Op::Kind::move: {
        if (at < 0) return false;
        const std::size_t from = static_cast<std::size_t>(at), to = std::min(op.to, list.size() - 1);
        if (from < to) std::rotate(list.begin() + from, list.begin() + from + 1, list.begin() + to + 1);
        else if (to < from) std::rotate(list.begin() + to, list.begin() + from, list.begin() + from + 1);
        return true;
    }
    }
    return false;
}

// ---- [plan] ----------------------------------------------------------------------------------
std::size_t characters(const std::string& utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool setPlanField(Plan& plan, const Op& op, bool checkBefore) {
    if (checkBefore && fieldText(writePlanFields(plan), op.field) != op.before) return false;
    const std::optional<json> value = op.after.empty() ? std::optional<json>(json()) : parseValue(op.after);
    if (!value) return false;
    const bool unset = value->is_null();
    if (op.field == "id" || op.field == "name") {
        if (!value->is_string()) return false;
        const auto& text = value->get_ref<const std::string&>();
        const bool isId = op.field == "id";
        if (characters(text) > (isId ? kMaxIdLength : kMaxTextLength) || (isId && text.empty())) return false;
        (isId ? plan.id : plan.name) = text;
        return true;
    }
    if (op.field == "language") {
        // The language the titles are written in: a BCP 47 tag, or none.
        if (unset) return plan.language.clear(), true;
        if (!value->is_string() || !isLanguageTag(value->get_ref<const std::string&>())) return false;
        plan.language = value->get_ref<const std::string&>();
        return true;
    }
    if (op.field == "created" || op.field == "updated") {
        std::optional<Date> date;
        if (!unset && !(value->is_string() && (date = Date::parse(value->get_ref<const std::string&>())))) return false;
        (op.field == "created" ? plan.created : plan.updated) = date;
        return true;
    }
    if (op.field == "voting") {
        if (unset) {
            // A round goes once its participants have gone (operations remove them first).
            if (plan.voting && !plan.voting->participants.empty()) return false;
            plan.voting.reset();
            return true;
        }
        VotingRound round = plan.voting.value_or(VotingRound{});
        if (!plan.voting) round.participants.clear();
        LoadError error;
        if (!items::readRoundSettings(*value, round, error)) return false;
        plan.voting = std::move(round);
        return true;
    }
    return false;
}

bool setContextField(Plan& plan, const Op& op, bool checkBefore) {
    if (checkBefore && fieldText(items::write(plan.context), op.field) != op.before) return false;
    Context next;
    if (!withField(plan.context, op.field, op.after, next)) return false;
    plan.context = std::move(next);
    return true;
}

// ---- [diff] ----------------------------------------------------------------------------------
// Removes (last first), field changes, then inserts and moves in the target's order.
template <class T>
void diffList(Part part, const std::vector<T>& from, const std::vector<T>& to, Ops& ops) {
    std::unordered_map<std::string_view, const T*> wanted, had;
    for (const T& x : to) wanted.emplace(x.id, &x);
    for (const T& x : from) had.emplace(x.id, &x);
    std::vector<std::string_view> current;
    for (std::size_t i = from.size(); i-- > 0;)
        if (!wanted.count(from[i].id)) ops.push_back(removeOp(part, from[i], i));
    for (const T& x : from)
        if (const auto it = wanted.find(x.id); it != wanted.end()) {
            current.push_back(x.id);
            changeOps(part, x, *it->second, ops);
        }
    for (std::size_t i = 0; i < to.size(); ++i) {
        const std::string_view id = to[i].id;
        if (!had.count(id)) {
            ops.push_back(insertOp(part, to[i], i));
            current.insert(current.begin() + static_cast<std::ptrdiff_t>(std::min(i, current.size())), id);
            continue;
        }
        std::size_t at = i;
        while (at < current.size() && current[at] != id) ++at;
        if (at == i || at == current.size()) continue;
        ops.push_back(moveOp(part, to[i].id, at, i));
        current.erase(current.begin() + static_cast<std::ptrdiff_t>(at));
        current.insert(current.begin() + static_cast<std::ptrdiff_t>(i), id);
    }
}

// ---- [json] ----------------------------------------------------------------------------------
const char* const kKinds[] = {"set", "insert", "remove", "move"};
const char* const kParts[] = {"plan", "context", "customKpis", "objectives", "goals", "tactics", "tasks", "checkins", "voters"};

template <std::size_t N>
int lookup(const char* const (&names)[N], const std::string& text) {
    for (std::size_t i = 0; i < N; ++i)
        if (text == names[i]) return static_cast<int>(i);
    return -1;
}

}  // namespace

const char* name(Part part) { return kParts[static_cast<int>(part)]; }

Json writePlanFields(const Plan& plan) {
    Json o{{"id", plan.id}, {"name", plan.name}};
    if (!plan.language.empty()) o["language"] = plan.language;
    if (plan.created) o["created"] = plan.created->str();
    if (plan.updated) o["updated"] = plan.updated->str();
    if (plan.voting) o["voting"] = items::writeRoundSettings(*plan.voting);
    return o;
}

void fieldOps(Part part, const std::string& id, const Json& from, const Json& to, Ops& ops) {
    for (const auto& [key, value] : to.items()) {
        const std::string before = fieldText(from, key), after = value.dump();
        if (before != after) ops.push_back(setOp(part, id, key, before, after));
    }
    for (const auto& [key, value] : from.items())
        if (!to.contains(key)) ops.push_back(setOp(part, id, key, value.dump(), ""));
}

// ---- [apply] ---------------------------------------------------------------------------------
bool applyOp(Plan& plan, const Op& op, bool checkBefore) {
    switch (op.part) {
    case Part::plan: return op.kind == Op::Kind::set && setPlanField(plan, op, checkBefore);
    case Part::context: return op.kind == Op::Kind::set && setContextField(plan, op, checkBefore);
    case Part::customKpis: return applyToList(plan.customKpis, op, checkBefore);
    case Part::objectives: return applyToList(plan.objectives, op, checkBefore);
    case Part::goals: return applyToList(plan.goals, op, checkBefore);
    case Part::tactics: return applyToList(plan.tactics, op, checkBefore);
    case Part::tasks: return applyToList(plan.tasks, op, checkBefore);
    case Part::checkins: return applyToList(plan.checkins, op, checkBefore);
    case Part::voters: return plan.voting && applyToList(plan.voting->participants, op, checkBefore);
    }
    return false;
}

Op inverse(const Op& op) {
    Op back = op;
    switch (op.kind) {
    case Op::Kind::set: std::swap(back.before, back.after); break;
    case Op::Kind::insert: back.kind = Op::Kind::remove; std::swap(back.before, back.after); break;
    case Op::Kind::remove: back.kind = Op::Kind::insert; std::swap(back.before, back.after); break;
    case Op::Kind::move: std::swap(back.at, back.to); break;
    }
    return back;
}

Ops inverse(const Ops& ops) {
    Ops back;
    back.reserve(ops.size());
    for (auto it = ops.rbegin(); it != ops.rend(); ++it) back.push_back(inverse(*it));
    return back;
}

Ops diffPlans(const Plan& from, const Plan& to) {
    Ops ops;
    // A round that ends loses its participants first; one that starts gets them after its settings.
    const bool roundEnds = from.voting && !to.voting;
    if (roundEnds) diffList(Part::voters, from.voting->participants, {}, ops);
    Json before = writePlanFields(from), after = writePlanFields(to);
    fieldOps(Part::plan, {}, before, after, ops);
    fieldOps(Part::context, {}, items::write(from.context), items::write(to.context), ops);
    if (to.voting)
        diffList(Part::voters, from.voting ? from.voting->participants : std::vector<Voter>{}, to.voting->participants, ops);
    diffList(Part::customKpis, from.customKpis, to.customKpis, ops);
    diffList(Part::objectives, from.objectives, to.objectives, ops);
    diffList(Part::goals, from.goals, to.goals, ops);
    diffList(Part::tactics, from.tactics, to.tactics, ops);
    diffList(Part::tasks, from.tasks, to.tasks, ops);
    diffList(Part::checkins, from.checkins, to.checkins, ops);
    return ops;
}

std::string opsToJson(const Ops& ops) {
    Json list = Json::array();
    for (const Op& op : ops) {
        Json o{{"op", kKinds[static_cast<int>(op.kind)]}, {"part", name(op.part)}};
        if (!op.id.empty()) o["id"] = op.id;
        const auto value = [](const std::string& text) { return Json::parse(text, nullptr, false); };
        switch (op.kind) {
        case Op::Kind::set:
            o["field"] = op.field;
            if (!op.before.empty()) o["from"] = value(op.before);
            if (!op.after.empty()) o["to"] = value(op.after);
            break;
        case Op::Kind::insert: o["at"] = op.at; o["item"] = value(op.after); break;
        case Op::Kind::remove: o["at"] = op.at; o["item"] = value(op.before); break;
        case Op::Kind::move: o["from"] = op.at; o["to"] = op.to; break;
        }
        list.push_back(std::move(o));
    }
    return list.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<Ops> opsFromJson(std::string_view text) {
    // Ordered, so a value's text is the writer's (fields compare as text when checked).
    const Json list = Json::parse(text, nullptr, false);
    if (!list.is_array()) return std::nullopt;
    Ops ops;
    for (const Json& o : list) {
        if (!o.is_object() || !o.contains("op") || !o["op"].is_string() || !o.contains("part") || !o["part"].is_string())
            return std::nullopt;
        const int kind = lookup(kKinds, o["op"].get<std::string>()), part = lookup(kParts, o["part"].get<std::string>());
        if (kind < 0 || part < 0) return std::nullopt;
        Op op;
        op.kind = static_cast<Op::Kind>(kind);
        op.part = static_cast<Part>(part);
        if (o.contains("id")) {
            if (!o["id"].is_string()) return std::nullopt;
            op.id = o["id"].get<std::string>();
        }
        const auto index = [&o](const char* key, std::size_t& out) {
            if (!o.contains(key) || !o[key].is_number_unsigned()) return false;
            out = o[key].get<std::size_t>();
            return true;
        };
        switch (op.kind) {
        case Op::Kind::set:
            if (!o.contains("field") || !o["field"].is_string()) return std::nullopt;
            op.field = o["field"].get<std::string>();
            if (o.contains("from")) op.before = o["from"].dump();
            if (o.contains("to")) op.after = o["to"].dump();
            break;
        case Op::Kind::insert:
        case Op::Kind::remove:
            if (!index("at", op.at) || !o.contains("item") || !o["item"].is_object()) return std::nullopt;
            (op.kind == Op::Kind::insert ? op.after : op.before) = o["item"].dump();
            break;
        case Op::Kind::move:
            if (!index("from", op.at) || !index("to", op.to)) return std::nullopt;
            break;
        }
        ops.push_back(std::move(op));
    }
    return ops;
}

std::size_t opBytes(const Op& op) {
    return sizeof(Op) + op.id.size() + op.field.size() + op.before.size() + op.after.size();
}

}  // namespace waymark
