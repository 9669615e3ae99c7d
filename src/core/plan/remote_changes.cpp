#include "core/plan/remote_changes.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/plan/item_ops.h"
#include "core/plan/voting.h"

// Sections: [reading] the JSON form; [lists] removals, changed and new items, order; [apply];
// [repair] the rules that keep a merged plan valid.

namespace waymark {

using items::Json;

namespace {

constexpr Part kLists[] = {Part::voters,  Part::customKpis, Part::objectives, Part::goals,
                           Part::tactics, Part::tasks,      Part::checkins};

// ---- [reading] -------------------------------------------------------------------------------
bool readFields(const Json& object, RemoteChanges::Fields& out) {
    if (!object.is_object()) return false;
    for (const auto& [key, value] : object.items()) out.emplace_back(key, value.is_null() ? std::string() : value.dump());
    return true;
}

// An item's JSON with its keys sorted, so every browser applies its fields in the same order
// (the shared document does not keep an order of keys); values keep theirs.
std::string sortedItem(const Json& item) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : item.items()) keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    Json sorted = Json::object();
    for (const std::string& key : keys) sorted[key] = item.at(key);
    return sorted.dump();
}

int partIndex(const std::string& name) {
    for (Part part : kLists)
        if (name == waymark::name(part)) return RemoteChanges::listIndex(part);
    return -1;
}

// ---- [lists] ---------------------------------------------------------------------------------
template <class T>
std::ptrdiff_t itemIndex(const std::vector<T>& list, const std::string& id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return it == list.end() ? -1 : it - list.begin();
}

std::string fieldJsonText(const Json& object, const std::string& field) {
    const auto it = object.find(field);
    return it == object.end() ? std::string() : it->dump();
}

// Applies operations on the way: each one as it is made, so the next is made against the plan as
// it then is.
struct Applier {
    Plan& plan;
    RemoteApplied& out;

    bool apply(const Op& op) {
        if (!applyOp(plan, op)) return false;
        out.applied.push_back(op);
        return true;
    }
    void repair(const Op& op) {
        if (apply(op)) out.echo.push_back(op);
    }
    void correct(Op op) {
        ++out.refused;
        out.echo.push_back(std::move(op));
    }
};

// The positions of the longest run of `positions` that already ascends (these items stay put).
std::vector<bool> longestAscending(const std::vector<std::size_t>& positions) {
    std::vector<std::size_t> tails, tailAt, previous(positions.size(), SIZE_MAX);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), positions[i]);
        const std::size_t length = static_cast<std::size_t>(it - tails.begin());
        if (length > 0) previous[i] = tailAt[length - 1];
        if (it == tails.end()) { tails.push_back(positions[i]); tailAt.push_back(i); }
        else { *it = positions[i]; tailAt[length] = i; }
    }
    std::vector<bool> keep(positions.size(), false);
    for (std::size_t i = tailAt.empty() ? SIZE_MAX : tailAt.back(); i != SIZE_MAX; i = previous[i]) keep[i] = true;
    return keep;
}

template <class T>
void applyList(Applier& a, Part part, std::vector<T>& list, const RemoteChanges::List& changes) {
    // Removed items go first; then changed items field by field; then new items and moves, as
    // few as bring the list to the shared order (items already in order stay where they are).
    for (const auto& [id, text] : changes.items)
        if (text.empty())
            if (const std::ptrdiff_t at = itemIndex(list, id); at >= 0)
                a.apply(removeOp(part, list[static_cast<std::size_t>(at)], static_cast<std::size_t>(at)));

    std::vector<std::pair<std::string, const std::string*>> added;  // id, item JSON
    for (const auto& [id, text] : changes.items) {
        if (text.empty()) continue;
        const std::ptrdiff_t at = itemIndex(list, id);
        if (at < 0) { added.emplace_back(id, &text); continue; }
        const Json current = items::write(list[static_cast<std::size_t>(at)]);
        const Json wanted = Json::parse(text);
        Ops pending;
        fieldOps(part, id, current, wanted, pending);
        // A field that fits only once another has changed (a repeat needs its due date) gets
        // more passes; one that never fits is corrected.
        for (bool progress = true; progress && !pending.empty();) {
            progress = false;
            Ops left;
            for (Op& op : pending)
                if (a.apply(op)) progress = true;
                else left.push_back(std::move(op));
            pending = std::move(left);
        }
        for (const Op& op : pending) {
            const Json now = items::write(list[static_cast<std::size_t>(itemIndex(list, id))]);
            a.correct(setOp(part, id, op.field, op.after, fieldJsonText(now, op.field)));
        }
    }

    // The order to reach: the shared order's ids that are (or are about to be) in the list, each
    // once, then the rest where they are.
    std::unordered_map<std::string, const std::string*> newItems;
    for (const auto& [id, text] : added) newItems.emplace(id, text);
    std::vector<std::string> current;
    for (const T& x : list) current.push_back(x.id);
    const std::unordered_set<std::string> existing(current.begin(), current.end());
    std::vector<std::string> target;
    std::unordered_set<std::string> inTarget;
    const auto want = [&](const std::string& id) {
        if ((existing.count(id) || newItems.count(id)) && inTarget.insert(id).second) target.push_back(id);
    };
    if (changes.order)
        for (const std::string& id : *changes.order) want(id);
    for (const std::string& id : current) want(id);
    for (const auto& [id, text] : added) want(id);
    if (target == current) return;

    if (list.empty()) {  // a list filled from nothing (joining a room): in one pass
        for (const std::string& id : target) {
            const std::string& text = *newItems.at(id);
            T item;
            LoadError error;
            if (items::read(nlohmann::json::parse(text), item, error) && item.id == id) {
                list.push_back(std::move(item));
                a.out.applied.push_back({Op::Kind::insert, part, id, {}, {}, text, list.size() - 1, 0});
            } else {
                a.correct({Op::Kind::remove, part, id, {}, text, {}, 0, 0});
            }
        }
        return;
    }

    std::unordered_map<std::string_view, std::size_t> targetAt;
    for (std::size_t i = 0; i < target.size(); ++i) targetAt.emplace(target[i], i);
    std::vector<std::size_t> positions;
    for (const std::string& id : current) positions.push_back(targetAt.at(id));
    const std::vector<bool> keep = longestAscending(positions);
    std::unordered_set<std::string> placed;
    for (std::size_t i = 0; i < current.size(); ++i)
        if (keep[i]) placed.insert(current[i]);
    const auto position = [&current](const std::string& id) {
        if (current.back() == id) return current.size() - 1;  // the common case: appending
        return static_cast<std::size_t>(std::find(current.begin(), current.end(), id) - current.begin());
    };
    // Each remaining item goes right after the nearest item before it in the target that is in
    // place, so the items in place stay in the target's order and the last one placed ends it.
    for (std::size_t i = 0; i < target.size(); ++i) {
        const std::string& id = target[i];
        if (placed.count(id)) continue;
        std::size_t to = 0;
        for (std::size_t j = i; j-- > 0;)
            if (placed.count(target[j])) { to = position(target[j]) + 1; break; }
        if (const auto fresh = newItems.find(id); fresh != newItems.end()) {
            const Op insert{Op::Kind::insert, part, id, {}, {}, *fresh->second, to, 0};
            if (!a.apply(insert)) {  // an item the plan does not take leaves the shared document too
                a.correct(inverse(insert));
                continue;
            }
            current.insert(current.begin() + static_cast<std::ptrdiff_t>(to), id);
        } else {
            const std::size_t from = position(id);
            if (from < to) --to;
            if (from != to) {
                a.apply(moveOp(part, id, from, to));
                current.erase(current.begin() + static_cast<std::ptrdiff_t>(from));
                current.insert(current.begin() + static_cast<std::ptrdiff_t>(to), id);
            }
        }
        placed.insert(id);
    }
}

void applyList(Applier& a, Part part, const RemoteChanges::List& changes) {
    Plan& p = a.plan;
    switch (part) {
    case Part::customKpis: applyList(a, part, p.customKpis, changes); break;
    case Part::objectives: applyList(a, part, p.objectives, changes); break;
    case Part::goals: applyList(a, part, p.goals, changes); break;
    case Part::tactics: applyList(a, part, p.tactics, changes); break;
    case Part::tasks: applyList(a, part, p.tasks, changes); break;
    case Part::checkins: applyList(a, part, p.checkins, changes); break;
    case Part::voters: {
        if (p.voting) { applyList(a, part, p.voting->participants, changes); break; }
        // No round here: participants are not taken (the repair's rule), and leave the document.
        for (const auto& [id, text] : changes.items)
            if (!text.empty()) a.correct({Op::Kind::remove, part, id, {}, text, {}, 0, 0});
        break;
    }
    case Part::plan:
    case Part::context: break;
    }
}

void applyFields(Applier& a, Part part, const RemoteChanges::Fields& fields) {
    for (const auto& [field, text] : fields) {
        const Json now = part == Part::plan ? writePlanFields(a.plan) : items::write(a.plan.context);
        const std::string before = fieldJsonText(now, field);
        if (before == text) continue;
        if (part == Part::plan && field == "voting" && text.empty() && a.plan.voting) {
            // The round ended elsewhere while participants were added here: they go with it.
            const auto& voters = a.plan.voting->participants;
            for (std::size_t i = voters.size(); i-- > 0;) a.repair(removeOp(Part::voters, voters[i], i));
        }
        if (!a.apply(setOp(part, {}, field, before, text))) a.correct(setOp(part, {}, field, text, before));
    }
}

// ---- [repair] --------------------------------------------------------------------------------
template <class T>
std::unordered_set<std::string> idsOf(const std::vector<T>& list) {
    std::unordered_set<std::string> ids;
    for (const T& x : list) ids.insert(x.id);
    return ids;
}

void leaveParentRings(std::vector<Objective>& objectives) {
    // Each objective has at most one parent, so rings do not share objectives: one walk per
    // objective finds each ring once, and its smallest id leaves it.
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < objectives.size(); ++i) at.emplace(objectives[i].id, i);
    enum : char { unseen, walking, done };
    std::vector<char> state(objectives.size(), unseen);
    for (std::size_t start = 0; start < objectives.size(); ++start) {
        std::vector<std::size_t> path;
        std::size_t i = start;
        for (;;) {
            if (state[i] != unseen) break;
            state[i] = walking;
            path.push_back(i);
            const auto& parent = objectives[i].parentId;
            const auto next = parent ? at.find(*parent) : at.end();
            if (next == at.end()) { i = SIZE_MAX; break; }
            i = next->second;
        }
        if (i != SIZE_MAX && state[i] == walking) {
            const auto ring = std::find(path.begin(), path.end(), i);
            const auto smallest = std::min_element(ring, path.end(), [&](std::size_t x, std::size_t y) {
                return objectives[x].id < objectives[y].id;
            });
            objectives[*smallest].parentId.reset();
        }
        for (std::size_t x : path) state[x] = done;
    }
}

Plan repaired(const Plan& plan) {
    Plan p = plan;
    const auto objectives = idsOf(p.objectives);
    for (Objective& o : p.objectives)
        if (o.parentId && !objectives.count(*o.parentId)) o.parentId.reset();
    leaveParentRings(p.objectives);
    for (Goal& g : p.goals)
        if (g.objectiveId && !objectives.count(*g.objectiveId)) g.objectiveId.reset();
    const auto goals = idsOf(p.goals);
    std::erase_if(p.tactics, [&](const Tactic& t) { return !goals.count(t.goalId); });
    const auto tactics = idsOf(p.tactics);
    std::erase_if(p.tasks, [&](const Task& t) { return !tactics.count(t.tacticId); });
    std::erase_if(p.checkins, [&](const Checkin& c) { return !goals.count(c.goalId); });
    if (p.voting) {
        VotingRound& round = *p.voting;
        if (round.participants.size() > static_cast<std::size_t>(kMaxParticipants)) round.participants.resize(kMaxParticipants);
        const auto& votable = round.subject == VoteSubject::tactics ? tactics : goals;
        for (Voter& v : round.participants) {
            std::erase_if(v.dots, [&](const std::string& id) { return !votable.count(id); });
            if (v.dots.size() > static_cast<std::size_t>(round.votesPerParticipant)) v.dots.resize(round.votesPerParticipant);
        }
        round.turn = std::min(round.turn, static_cast<int>(round.participants.size()));
        if (round.participants.empty()) p.voting.reset();
    }
    return p;
}

}  // namespace

std::optional<RemoteChanges> remoteChangesFromJson(std::string_view text) {
    const Json root = Json::parse(text, nullptr, false);
    if (!root.is_object()) return std::nullopt;
    RemoteChanges changes;
    for (const auto& [key, value] : root.items()) {
        if (key == "plan" || key == "context") {
            if (!readFields(value, key == "plan" ? changes.plan : changes.context)) return std::nullopt;
        } else if (key == "items" || key == "order") {
            if (!value.is_object()) return std::nullopt;
            for (const auto& [partName, part] : value.items()) {
                const int index = partIndex(partName);
                if (index < 0) return std::nullopt;
                RemoteChanges::List& list = changes.lists[index];
                if (key == "items") {
                    if (!part.is_object()) return std::nullopt;
                    for (const auto& [id, item] : part.items()) {
                        if (id.empty() || !(item.is_null() || item.is_object())) return std::nullopt;
                        list.items.emplace_back(id, item.is_null() ? std::string() : sortedItem(item));
                    }
                } else {
                    if (!part.is_array()) return std::nullopt;
                    list.order.emplace();
                    for (const Json& id : part) {
                        if (!id.is_string()) return std::nullopt;
                        list.order->push_back(id.get<std::string>());
                    }
                }
            }
        } else if (key == "whole") {
            if (!value.is_boolean()) return std::nullopt;
            changes.whole = value.get<bool>();
        } else {
            return std::nullopt;
        }
    }
    return changes;
}

namespace {
// The whole document's changes with what it leaves out named: fields as not set, items as deleted.
RemoteChanges completed(const Plan& plan, RemoteChanges changes) {
    const auto unsetMissing = [](const Json& have, RemoteChanges::Fields& fields) {
        for (const auto& item : have.items()) {
            const std::string key = item.key();  // a structured binding is not capturable in Emscripten's clang 14
            if (std::none_of(fields.begin(), fields.end(), [&](const auto& f) { return f.first == key; }))
                fields.emplace_back(key, std::string());
        }
    };
    unsetMissing(writePlanFields(plan), changes.plan);
    unsetMissing(items::write(plan.context), changes.context);
    const auto removeMissing = [&](Part part, const auto& list) {
        auto& items = changes.list(part).items;
        std::unordered_set<std::string> listed;
        for (const auto& [id, text] : items) listed.insert(id);
        for (const auto& x : list)
            if (!listed.count(x.id)) items.emplace_back(x.id, std::string());
    };
    removeMissing(Part::customKpis, plan.customKpis);
    removeMissing(Part::objectives, plan.objectives);
    removeMissing(Part::goals, plan.goals);
    removeMissing(Part::tactics, plan.tactics);
    removeMissing(Part::tasks, plan.tasks);
    removeMissing(Part::checkins, plan.checkins);
    if (plan.voting) removeMissing(Part::voters, plan.voting->participants);
    changes.whole = false;
    return changes;
}
}  // namespace

RemoteApplied applyRemoteChanges(Plan& plan, const RemoteChanges& given) {
    if (given.whole) return applyRemoteChanges(plan, completed(plan, given));
    const RemoteChanges& changes = given;
    RemoteApplied out;
    Applier a{plan, out};
    // Participants leave before a round can end; a round starts before participants join.
    RemoteChanges::List voterRemovals;
    for (const auto& item : changes.list(Part::voters).items)
        if (item.second.empty()) voterRemovals.items.push_back(item);
    applyList(a, Part::voters, voterRemovals);
    applyFields(a, Part::plan, changes.plan);
    applyFields(a, Part::context, changes.context);
    for (Part part : kLists) applyList(a, part, changes.list(part));
    for (const Op& op : repairOps(plan)) a.repair(op);
    return out;
}

Ops repairOps(const Plan& plan) {
    const Plan fixed = repaired(plan);
    return fixed == plan ? Ops{} : diffPlans(plan, fixed);
}

}  // namespace waymark
