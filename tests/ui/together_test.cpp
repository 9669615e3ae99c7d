// Plan together in the app (issue 23), with a room that records what the app sends: this
// browser's operations go to the room, other browsers' changes come in outside its undo history
// (undo takes back only its own steps), a joining browser gets the room's plan whole, and without
// a room "Plan together" says it is not available. The real shared document and server are
// tested in tests/sync (Node) and tests/e2e/together.test.mjs (two browsers).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/plan/example_plans.h"
#include "core/plan/operation.h"
#include "core/plan/plan_items.h"
#include "core/plan/plan_json.h"
#include "platform/room.h"
#include "ui_harness.h"

using namespace waymark;
using nlohmann::json;

namespace {

class RecordingRoom final : public platform::Room {
public:
    int starts = 0, stops = 0, leaves = 0;
    std::vector<Ops> sent;  // each send, as operations
    std::vector<std::pair<std::string, std::string>> people;
    void start() override { ++starts; }
    void stop() override { ++stops; }
    void leave() override { ++leaves; }
    void send(const std::string& opsJson) override { sent.push_back(*opsFromJson(opsJson)); }
    void setPerson(const std::string& name, const std::string& colour) override { people.emplace_back(name, colour); }
    bool sentField(const std::string& id, const std::string& field, const std::string& after) const {
        for (const Ops& ops : sent)
            for (const Op& op : ops)
                if (op.id == id && op.field == field && op.after == after) return true;
        return false;
    }
};

// Another browser's edit of a goal's title, as the shell reports it: the goal's whole JSON.
std::string remoteTitle(const Plan& plan, const std::string& goalId, const std::string& title) {
    json goal = items::write(*plan.findGoal(goalId));
    goal["title"] = title;
    return json{{"items", {{"goals", {{goalId, goal}}}}}}.dump();
}

const Goal& goal(const test::UiHarness& h, const std::string& id) { return *h.app.plan().findGoal(id); }

}  // namespace

TEST_CASE("plan together: my edits go to the room, others' come in outside my undo, undo takes back only mine") {
    test::UiHarness h;
    RecordingRoom room;
    h.app.useRoom(room);
    REQUIRE(h.click("together"));
    CHECK(room.starts == 1);
    h.app.roomBegin("-aaaaaa", false);
    h.app.roomStatus(R"({"phase":"live","owner":true,"connected":true,"url":"http://x/#room=r","people":[{"name":"Ana","colour":"#2980b9","me":true}],"me":{"name":"Ana","colour":"#2980b9"}})");
    h.frames(2);
    CHECK(h.app.together().phase == ui::TogetherShown::Phase::live);

    const std::string mine = h.app.plan().goals[0].id, theirs = h.app.plan().goals[1].id;
    h.app.apply(RenameGoal{mine, "Mine"});
    CHECK(room.sentField(mine, "title", "\"Mine\""));

    const size_t sentBefore = room.sent.size();
    const std::string echo = h.app.roomChanges(remoteTitle(h.app.plan(), theirs, "Theirs"));
    CHECK(echo == "[]");
    CHECK(goal(h, theirs).title == "Theirs");
    CHECK(room.sent.size() == sentBefore);  // what came from the room is not sent back

    h.app.undo();  // takes back my rename only
    CHECK(goal(h, theirs).title == "Theirs");
    CHECK(goal(h, mine).title != "Mine");
    CHECK(room.sentField(mine, "title", json(goal(h, mine).title).dump()));  // the undo goes to the room too
    CHECK_FALSE(h.app.history().canUndo());

    // Someone renames my goal after me: my undo leaves their later value alone.
    h.app.apply(RenameGoal{mine, "Mine again"});
    h.app.roomChanges(remoteTitle(h.app.plan(), mine, "Later, elsewhere"));
    h.app.undo();
    CHECK(goal(h, mine).title == "Later, elsewhere");
}

TEST_CASE("plan together: a browser that joins gets the room's plan whole, not as an undo step, and its new ids carry its tag") {
    test::UiHarness h;
    RecordingRoom room;
    h.app.useRoom(room);
    const Plan roomPlan = *loadTemplate("software", "de");
    h.app.roomBegin("-bbbbbb", true);
    json whole = json::parse(serializePlanDocument(roomPlan))["plan"];
    json changes = {{"whole", true}, {"plan", {{"id", whole["id"]}, {"name", whole["name"]}}}, {"items", json::object()}, {"order", json::object()}};
    if (whole.contains("language")) changes["plan"]["language"] = whole["language"];
    if (whole.contains("context")) changes["context"] = whole["context"];
    for (const char* list : {"objectives", "goals", "tactics", "tasks", "checkins", "customKpis"}) {
        if (!whole.contains(list)) continue;
        changes["order"][list] = json::array();
        for (const json& item : whole[list]) {
            changes["items"][list][item["id"].get<std::string>()] = item;
            changes["order"][list].push_back(item["id"]);
        }
    }
    CHECK(h.app.roomChanges(changes.dump()) == "[]");
    h.frames(2);
    CHECK(h.app.plan().id == roomPlan.id);
    CHECK(h.app.plan().goals == roomPlan.goals);
    CHECK_FALSE(h.app.history().canUndo());
    CHECK(room.sent.empty());

    h.app.apply(AddGoal{roomPlan.objectives[0].id, "Neu"});
    REQUIRE_FALSE(room.sent.empty());
    CHECK(h.app.plan().goals.back().id.ends_with("-bbbbbb"));
}

TEST_CASE("plan together: without a room it says it is not available; everything else works") {
    test::UiHarness h;
    REQUIRE(h.click("together"));
    CHECK(h.app.together().phase == ui::TogetherShown::Phase::failed);
    CHECK(h.app.together().error == "unavailable");
    CHECK(h.click("together-close"));
    h.app.apply(RenamePlan{"Still works"});
    CHECK(h.app.plan().name == "Still works");
}

TEST_CASE("plan together: a name and colour chosen in the dialog go to the room") {
    test::UiHarness h;
    RecordingRoom room;
    h.app.useRoom(room);
    REQUIRE(h.click("together"));
    h.app.roomBegin("-cccccc", false);
    h.app.roomStatus(R"({"phase":"live","owner":true,"connected":true,"url":"http://x/#room=r","qr":{"size":21,"bits":""},"people":[{"name":"","colour":"","me":true}],"me":{"name":"","colour":""}})");
    h.frames(3);
    REQUIRE(h.fill("together-name", "Ana"));
    REQUIRE_FALSE(room.people.empty());
    CHECK(room.people.back().first == "Ana");
    REQUIRE(h.click("together-colour-8e44ad"));
    CHECK(room.people.back() == std::pair<std::string, std::string>("Ana", "#8e44ad"));
    REQUIRE(h.click("together-stop"));
    CHECK(room.stops == 1);
}

TEST_CASE("plan together: a goal the room deletes while it is open here closes its editor and says so") {
    test::UiHarness h;
    RecordingRoom room;
    h.app.useRoom(room);
    const Goal open = h.app.plan().goals[0];
    REQUIRE(h.click("edit:" + open.id));
    h.frames(2);
    REQUIRE_FALSE(h.app.itemRect("close-editor").empty());
    h.app.roomBegin("-aaaaaa", false);
    h.app.roomStatus(R"({"phase":"live","owner":true,"connected":true,"url":"http://x/#room=r","people":[],"me":{"name":"Ana","colour":"#2980b9"}})");
    h.frames(2);
    // Another goal deleted: nothing to say here.
    const std::string other = h.app.plan().goals[1].id;
    h.app.roomChanges(json{{"items", {{"goals", {{other, nullptr}}}}}}.dump());
    h.frames(2);
    CHECK_FALSE(h.app.itemRect("close-editor").empty());
    CHECK_FALSE(h.mirrorContains("while you had it open"));
    // The open one: the editor closes and the notice names it, on screen and to screen readers.
    h.app.roomChanges(json{{"items", {{"goals", {{open.id, nullptr}}}}}}.dump());
    h.frames(2);
    CHECK(h.app.plan().findGoal(open.id) == nullptr);
    CHECK(h.app.itemRect("close-editor").empty());
    CHECK(h.mirrorContains("deleted the goal “" + open.title.substr(0, 40)));  // a long title cut short
    CHECK(h.mirrorContains("” while you had it open"));
}
