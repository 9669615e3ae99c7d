// Remote changes: what another browser's edits left in the shared document becomes operations
// against this plan, outside the undo history; merges that break references are repaired by
// fixed rules, and what the plan refuses or repairs goes back to the document. The shared
// document (Yjs, in the shell) cannot run here, so a small model of it stands in: the plan per
// field and item, merged as Yjs merges a map (the later writer wins a field, a deleted item takes
// concurrent edits of it along). Two replicas edit at random, the model merges them, and each
// replica is brought to the merged state through the JSON form the shell sends; they must end
// equal, valid, and equal to the document. The real Yjs side is tested in tests/sync (Node).
#include <doctest/doctest.h>

#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "core/plan/example_plans.h"
#include "core/plan/history.h"
#include "core/plan/plan_edit.h"
#include "core/plan/plan_json.h"
#include "core/plan/remote_changes.h"
#include "plan_with_every_field.h"
#include "../common/random_edits.h"

using namespace waymark;
using nlohmann::json;

namespace {

const Date kToday{2026, 12, 7};
const char* const kListNames[] = {"customKpis", "objectives", "goals", "tactics", "tasks", "checkins", "voters"};

// The shared document as the shell's mapping keeps it: the plan's fields, the context's fields,
// and per list its items by id and their order.
struct Doc {
    json plan = json::object(), context = json::object();
    struct List {
        std::map<std::string, json> items;
        std::vector<std::string> order;
        friend bool operator==(const List&, const List&) = default;
    };
    std::map<std::string, List> lists;
    friend bool operator==(const Doc&, const Doc&) = default;
};

Doc docOf(const Plan& plan) {
    json p = json::parse(serializePlanDocument(plan))["plan"];
    Doc doc;
    for (const char* key : {"id", "name", "language", "created", "updated"})
        if (p.contains(key)) doc.plan[key] = p[key];
    if (p.contains("context")) doc.context = p["context"];
    json voters = json::array();
    if (p.contains("voting")) {
        voters = p["voting"]["participants"];
        p["voting"].erase("participants");
        doc.plan["voting"] = p["voting"];
    }
    for (const char* name : kListNames) {
        Doc::List& list = doc.lists[name];
        const json& items = std::string(name) == "voters" ? voters : (p.contains(name) ? p[name] : json::array());
        for (const json& item : items) {
            list.items[item["id"]] = item;
            list.order.push_back(item["id"]);
        }
    }
    return doc;
}

// A map's fields merged as Yjs merges concurrent sets: b's change wins over a's.
json mergeFields(const json& base, const json& a, const json& b) {
    json out = base;
    json keys = json::object();
    for (const json* j : {&base, &a, &b})
        for (const auto& [k, v] : j->items()) keys[k] = true;
    const auto value = [](const json& j, const std::string& k) { return j.contains(k) ? j[k] : json(); };
    for (const auto& [k, unused] : keys.items()) {
        const json was = value(base, k), inA = value(a, k), inB = value(b, k);
        const json& wins = inB != was ? inB : inA;
        if (wins.is_null()) out.erase(k);
        else out[k] = wins;
    }
    return out;
}

Doc merge(const Doc& base, const Doc& a, const Doc& b) {
    Doc out;
    out.plan = mergeFields(base.plan, a.plan, b.plan);
    out.context = mergeFields(base.context, a.context, b.context);
    for (const char* name : kListNames) {
        const Doc::List &was = base.lists.at(name), &la = a.lists.at(name), &lb = b.lists.at(name);
        Doc::List& list = out.lists[name];
        const auto survives = [&](const std::string& id) {
            const bool inBase = was.items.count(id), inA = la.items.count(id), inB = lb.items.count(id);
            return inBase ? inA && inB : inA || inB;  // a deletion takes concurrent edits along
        };
        // The order: b's if b reordered, else a's; then what the other side added, at the end.
        std::vector<std::string> order = lb.order;
        for (const std::string& id : la.order)
            if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
        for (const std::string& id : order) {
            if (!survives(id)) continue;
            list.order.push_back(id);
            if (was.items.count(id)) list.items[id] = mergeFields(was.items.at(id), la.items.at(id), lb.items.at(id));
            else list.items[id] = lb.items.count(id) ? lb.items.at(id) : la.items.at(id);
        }
    }
    return out;
}

// What the shell sends a replica whose plan is `plan` after the document became `doc`.
std::string changesFor(const Plan& plan, const Doc& doc) {
    const Doc mine = docOf(plan);
    json changes = json::object();
    const auto fields = [&](const char* key, const json& have, const json& want) {
        for (const auto& [k, v] : want.items())
            if (!have.contains(k) || have[k] != v) changes[key][k] = v;
        for (const auto& [k, v] : have.items())
            if (!want.contains(k)) changes[key][k] = nullptr;
    };
    fields("plan", mine.plan, doc.plan);
    fields("context", mine.context, doc.context);
    for (const char* name : kListNames) {
        const Doc::List &have = mine.lists.at(name), &want = doc.lists.at(name);
        for (const auto& [id, item] : want.items)
            if (!have.items.count(id) || have.items.at(id) != item) changes["items"][name][id] = item;
        for (const auto& [id, item] : have.items)
            if (!want.items.count(id)) changes["items"][name][id] = nullptr;
        if (have.order != want.order) changes["order"][name] = want.order;
    }
    return changes.empty() ? std::string() : changes.dump();
}

// The shell writing operations into the document (web/together/plan_doc.js applyOps).
void writeOps(Doc& doc, const Ops& ops) {
    for (const Op& op : ops) {
        if (op.part == Part::plan || op.part == Part::context) {
            json& fields = op.part == Part::plan ? doc.plan : doc.context;
            if (op.after.empty()) fields.erase(op.field);
            else fields[op.field] = json::parse(op.after);
            continue;
        }
        Doc::List& list = doc.lists.at(name(op.part));
        auto& order = list.order;
        const auto drop = [&] { order.erase(std::remove(order.begin(), order.end(), op.id), order.end()); };
        switch (op.kind) {
        case Op::Kind::set:
            if (!list.items.count(op.id)) break;
            if (op.after.empty()) list.items[op.id].erase(op.field);
            else list.items[op.id][op.field] = json::parse(op.after);
            break;
        case Op::Kind::insert:
            list.items[op.id] = json::parse(op.after);
            drop();
            order.insert(order.begin() + static_cast<std::ptrdiff_t>(std::min(op.at, order.size())), op.id);
            break;
        case Op::Kind::remove: list.items.erase(op.id); drop(); break;
        case Op::Kind::move:
            if (!list.items.count(op.id)) break;
            drop();
            order.insert(order.begin() + static_cast<std::ptrdiff_t>(std::min(op.to, order.size())), op.id);
            break;
        }
    }
}

bool valid(const Plan& plan) {
    const LoadResult back = parsePlanDocument(serializePlanDocument(plan));
    return back && *back.plan == plan;
}

RemoteApplied receive(Plan& plan, const std::string& changesJson) {
    const auto changes = remoteChangesFromJson(changesJson);
    INFO(changesJson.substr(0, 600));
    REQUIRE(changes);
    return applyRemoteChanges(plan, *changes);
}

Plan restaurant() { return *loadTemplate("restaurant"); }

}  // namespace

TEST_CASE("remote changes: the JSON form is read, and what is not it is refused") {
    CHECK(remoteChangesFromJson("{}"));
    CHECK(remoteChangesFromJson(R"({"plan":{"name":"x","voting":null},"items":{"goals":{"g1":null}},"order":{"voters":[]}})"));
    CHECK_FALSE(remoteChangesFromJson("[]"));
    CHECK_FALSE(remoteChangesFromJson("{broken"));
    CHECK_FALSE(remoteChangesFromJson(R"({"extra":{}})"));
    CHECK_FALSE(remoteChangesFromJson(R"({"items":{"planets":{}}})"));
    CHECK_FALSE(remoteChangesFromJson(R"({"items":{"goals":{"g1":"text"}}})"));
    CHECK_FALSE(remoteChangesFromJson(R"({"items":{"goals":{"":{}}}})"));
    CHECK_FALSE(remoteChangesFromJson(R"({"order":{"goals":[1]}})"));
    CHECK_FALSE(remoteChangesFromJson(R"({"plan":[]})"));
}

TEST_CASE("remote changes: a changed field is one operation, outside the undo history") {
    Plan plan = restaurant();
    History history;
    const std::string goalId = plan.goals[1].id;
    const RemoteApplied got = receive(plan, R"({"items":{"goals":{")" + goalId + R"(":)" +
                                                [&] {
                                                    json g = json::parse(serializePlanDocument(plan))["plan"]["goals"][1];
                                                    g["baseline"] = 4321;
                                                    return g.dump();
                                                }() + "}}}");
    REQUIRE(got.applied.size() == 1);
    CHECK(got.applied[0].field == "baseline");
    CHECK(got.echo.empty());
    CHECK(plan.findGoal(goalId)->baseline == 4321);
    CHECK_FALSE(history.canUndo());

    // A plan field and a context field.
    const RemoteApplied named = receive(plan, R"({"plan":{"name":"Spring"},"context":{"teamSize":7,"currency":null}})");
    CHECK(named.applied.size() == 3);
    CHECK(plan.name == "Spring");
    CHECK(plan.context.teamSize == 7);
    CHECK(plan.context.currency.empty());
    CHECK(valid(plan));
}

TEST_CASE("remote changes: new items land where the shared order puts them, moves are as few as can be") {
    Plan plan = restaurant();
    std::vector<std::string> order;
    for (const Goal& g : plan.goals) order.push_back(g.id);
    REQUIRE(order.size() >= 3);
    // One goal moved from the front to the end: one move, not one per goal it passed.
    std::vector<std::string> moved(order.begin() + 1, order.end());
    moved.push_back(order.front());
    RemoteApplied got = receive(plan, json{{"order", {{"goals", moved}}}}.dump());
    REQUIRE(got.applied.size() == 1);
    CHECK(got.applied[0].kind == Op::Kind::move);
    CHECK(plan.goals.back().id == order.front());

    // A new goal second in the order, with an id repeated by concurrent moves (first wins) and an
    // id the document no longer has.
    json goal = {{"id", "g9-x1"}, {"title", "Reviews"}};
    std::vector<std::string> withNew = {moved[0], "g9-x1", moved[1], "gone", moved[0]};
    withNew.insert(withNew.end(), moved.begin() + 2, moved.end());
    got = receive(plan, json{{"items", {{"goals", {{"g9-x1", goal}}}}}, {"order", {{"goals", withNew}}}}.dump());
    REQUIRE(got.applied.size() == 1);
    CHECK(got.applied[0].kind == Op::Kind::insert);
    CHECK(plan.goals[1].id == "g9-x1");
    CHECK(plan.goals[0].id == moved[0]);
    CHECK(plan.goals.size() == order.size() + 1);

    // Deleted, with an order that leaves out an item: it stays, at the end.
    const std::string deleted = plan.goals[0].id, leftOut = plan.goals[2].id;
    std::vector<std::string> rest;
    for (const Goal& g : plan.goals)
        if (g.id != deleted && g.id != leftOut) rest.push_back(g.id);
    const std::string tacticsGone = [&] {
        json items = json::object();
        for (const Tactic& t : plan.tactics)
            if (t.goalId == deleted) items[t.id] = nullptr;
        return items.dump();
    }();
    got = receive(plan, R"({"items":{"goals":{")" + deleted + R"(":null},"tactics":)" + tacticsGone + R"(},"order":{"goals":)" +
                            json(rest).dump() + "}}");
    CHECK_FALSE(plan.findGoal(deleted));
    CHECK(plan.goals.back().id == leftOut);
    CHECK(valid(plan));
}

TEST_CASE("remote changes: a tactic added to a goal deleted elsewhere goes, with its tasks and dots, and so does the document's") {
    Plan plan = restaurant();
    const std::string goalId = plan.goals[0].id;
    // Here: a tactic, a task and a dot on it under the goal; elsewhere the goal was deleted.
    EditResult added = applyEdit(plan, AddTactic{goalId, "Late idea"}, kToday, "-here");
    REQUIRE(added.createdId.ends_with("-here"));
    const std::string tacticId = added.createdId;
    applyEdit(plan, AddTask{tacticId, "Draft it"}, kToday, "-here");
    applyEdit(plan, StartVoting{VoteSubject::tactics, 3, {"Anna"}}, kToday);
    applyEdit(plan, PlaceDot{tacticId}, kToday);
    REQUIRE(plan.voting->participants[0].dots.size() == 1);
    // The deleting browser's own operations took the goal's other tactics, tasks and check-ins.
    Plan elsewhere = plan;
    applyEdit(elsewhere, DeleteGoal{goalId}, kToday);
    Doc doc = docOf(elsewhere);
    doc.lists["tactics"].items[tacticId] = docOf(plan).lists["tactics"].items[tacticId];  // merged: the new tactic stays
    doc.lists["tactics"].order.push_back(tacticId);
    const RemoteApplied got = receive(plan, changesFor(plan, doc));
    CHECK_FALSE(plan.findGoal(goalId));
    CHECK_FALSE(plan.findTactic(tacticId));
    CHECK(std::none_of(plan.tasks.begin(), plan.tasks.end(), [&](const Task& t) { return t.tacticId == tacticId; }));
    CHECK(plan.voting->participants[0].dots.empty());
    CHECK(valid(plan));
    CHECK(got.refused == 0);
    writeOps(doc, got.echo);  // the repairs reach the document, and every browser reads the same
    CHECK(doc == docOf(plan));
}

TEST_CASE("remote changes: two objectives made each other's parent: the smaller id leaves its parent") {
    Plan plan;
    plan.id = "p";
    plan.objectives = {{"o1", "One", ObjectiveKind::business, {}, {}}, {"o2", "Two", ObjectiveKind::business, {}, {}},
                       {"o3", "Three", ObjectiveKind::business, {}, {}}};
    plan.objectives[2].parentId = "gone";
    const RemoteApplied got = receive(plan, R"({"items":{"objectives":{
        "o1":{"id":"o1","title":"One","parentId":"o2"},"o2":{"id":"o2","title":"Two","parentId":"o1"}}}})");
    CHECK_FALSE(plan.objectives[0].parentId);
    CHECK(plan.objectives[1].parentId == "o1");
    CHECK_FALSE(plan.objectives[2].parentId);
    CHECK(valid(plan));
    CHECK(got.echo.size() == 2);  // o1 leaves o2, o3 leaves the objective that is gone
}

TEST_CASE("remote changes: a value the plan refuses is not taken, and the plan's value goes back") {
    Plan plan = restaurant();
    const Goal before = plan.goals[0];
    json goal = json::parse(serializePlanDocument(plan))["plan"]["goals"][0];
    goal["baseline"] = "lots";
    goal["title"] = "Fine";
    const RemoteApplied got = receive(plan, json{{"items", {{"goals", {{before.id, goal}}}}}}.dump());
    CHECK(plan.goals[0].title == "Fine");
    CHECK(plan.goals[0].baseline == before.baseline);
    CHECK(got.refused == 1);
    REQUIRE(got.echo.size() == 1);
    CHECK(got.echo[0].field == "baseline");
    CHECK(json::parse(got.echo[0].after) == *before.baseline);

    // An item the plan cannot read is not taken and leaves the document.
    const RemoteApplied item = receive(plan, R"({"items":{"tactics":{"t99":{"id":"t99","goalId":")" + before.id +
                                                 R"(","value":9}}}})");
    CHECK_FALSE(plan.findTactic("t99"));
    REQUIRE(item.echo.size() == 1);
    CHECK(item.echo[0].kind == Op::Kind::remove);
    CHECK(valid(plan));
}

TEST_CASE("remote changes: fields that fit only together (a repeat and its due date) are taken together") {
    Plan plan = restaurant();
    REQUIRE(!plan.tasks.empty());
    Task task = plan.tasks[0];
    task.due.reset();
    task.repeat.reset();
    applyEdit(plan, UpdateTask{task, "due"}, kToday);
    json item = json::parse(serializePlanDocument(plan))["plan"]["tasks"][0];
    item["due"] = "2027-01-04";
    item["repeat"] = {{"every", 1}, {"unit", "week"}};
    const RemoteApplied got = receive(plan, json{{"items", {{"tasks", {{task.id, item}}}}}}.dump());
    CHECK(got.refused == 0);
    CHECK(plan.tasks[0].repeat);
    CHECK(plan.tasks[0].due == Date{2027, 1, 4});
}

TEST_CASE("remote changes: participants without a round are not taken; a round ended elsewhere takes this browser's new ones") {
    Plan plan = restaurant();
    RemoteApplied got = receive(plan, R"({"items":{"voters":{"p1-x":{"id":"p1-x","name":"Ana"}}}})");
    CHECK_FALSE(plan.voting);
    REQUIRE(got.echo.size() == 1);
    CHECK(got.echo[0].kind == Op::Kind::remove);

    applyEdit(plan, StartVoting{VoteSubject::tactics, 3, {"Anna", "Ben"}}, kToday);
    got = receive(plan, R"({"plan":{"voting":null},"items":{"voters":{"p1":null}}})");
    CHECK_FALSE(plan.voting);
    CHECK(got.echo.size() == 1);  // p2 goes from the document too
    CHECK(valid(plan));
}

TEST_CASE("remote changes: joining fills an empty plan from the whole document") {
    for (const Plan& source : {restaurant(), planWithEveryField(), *loadTemplate("software", "de")}) {
        Plan plan;
        Doc empty = docOf(plan);
        const RemoteApplied got = receive(plan, changesFor(plan, docOf(source)));
        CHECK(plan == source);
        CHECK(got.echo.empty());
        (void)empty;
    }
}

TEST_CASE("remote changes: two replicas editing at random converge through the document, valid at every step") {
    int exchanges = 0, repaired = 0;
    for (const Plan& start : {restaurant(), planWithEveryField(), *loadTemplate("software", "de")}) {
        for (unsigned seed = 1; seed <= 40; ++seed) {
            CAPTURE(seed);
            CAPTURE(start.id);
            std::mt19937 rng(seed);
            Plan a = start, b = start;
            Doc doc = docOf(start);
            for (int round = 0; round < 4; ++round) {
                // Both edit apart (offline, or at the same moment), with their own id tags.
                for (int i = 0, n = 1 + testing::roll(rng, 8); i < n; ++i) applyEdit(a, testing::randomEdit(a, rng), kToday, "-a");
                for (int i = 0, n = 1 + testing::roll(rng, 8); i < n; ++i) applyEdit(b, testing::randomEdit(b, rng), kToday, "-b");
                doc = merge(doc, docOf(a), docOf(b));
                // Each receives the document until nobody has anything to write back.
                for (int pass = 0; pass < 6; ++pass) {
                    bool quiet = true;
                    for (Plan* replica : {&a, &b}) {
                        const std::string changes = changesFor(*replica, doc);
                        if (changes.empty()) continue;
                        quiet = false;
                        ++exchanges;
                        const RemoteApplied got = receive(*replica, changes);
                        repaired += !got.echo.empty();
                        REQUIRE(valid(*replica));
                        writeOps(doc, got.echo);
                        REQUIRE(docOf(*replica) == doc);  // the replica reads exactly the document
                    }
                    if (quiet) break;
                }
                REQUIRE(a == b);
            }
        }
    }
    CHECK(exchanges > 500);
    CHECK(repaired > 10);  // merges did break references, and were repaired
}

TEST_CASE("remote changes: a change to one item of a big plan costs one operation") {
    Plan plan = restaurant();
    for (int i = 0; i < 3000; ++i) applyEdit(plan, AddCheckin{{plan.goals[0].id, Date{2027, 1, 1}, double(i), {}, {}}}, kToday);
    json checkin = json::parse(serializePlanDocument(plan))["plan"]["checkins"][1500];
    checkin["value"] = 1;
    const std::string id = checkin["id"];
    const RemoteApplied got = receive(plan, json{{"items", {{"checkins", {{id, checkin}}}}}}.dump());
    CHECK(got.applied.size() == 1);
}

TEST_CASE("repairOps: a valid plan needs none") {
    CHECK(repairOps(restaurant()).empty());
    CHECK(repairOps(planWithEveryField()).empty());
}

TEST_CASE("new ids end in the browser's tag, so two browsers adding at once never collide") {
    Plan a = restaurant(), b = restaurant();
    const EditResult fromA = applyEdit(a, AddGoal{"", "Mine"}, kToday, "-k3x9qa");
    const EditResult fromB = applyEdit(b, AddGoal{"", "Theirs"}, kToday, "-p0m2zz");
    CHECK(fromA.createdId != fromB.createdId);
    CHECK(fromA.createdId.ends_with("-k3x9qa"));
    CHECK(applyEdit(a, AddCheckin{{a.goals[0].id, Date{2027, 1, 1}, 1, {}, {}}}, kToday, "-k3x9qa").createdId.ends_with("-k3x9qa"));
    CHECK(applyEdit(a, AddGoal{"", "Untagged"}, kToday).createdId.find('-') == std::string::npos);
}
