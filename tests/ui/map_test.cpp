// The plan map, driven like a user would: drag to pan, wheel to zoom about the pointer, Fit,
// fold a branch, double-click a goal; and a plan of 1,000 goals and 20,000 tasks pans without a
// new layout.
#include <doctest/doctest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/map/view_transform.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

// A map at 1280x720 on the sample plan.
void showMap(UiHarness& ui) {
    ImGui::GetIO().DisplaySize = ImVec2(1280, 720);
    ui.frames(2);
    REQUIRE(ui.click("view:map"));
    ui.frames(2);
    REQUIRE(ui.rectOf("map").found);
}

void moveMouse(UiHarness& ui, float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    ui.frames(1);
}

void doubleClick(UiHarness& ui, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(ui, x, y);
    for (int i = 0; i < 2; ++i) {
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        ui.frames(1);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        ui.frames(1);
    }
    ui.frames(2);
}

std::string firstGoalWithTactics(const Plan& plan) {
    for (const Goal& g : plan.goals)
        for (const Tactic& t : plan.tactics)
            if (t.goalId == g.id) return g.id;
    return {};
}

// objectives x goals x tactics x tasks, built by loops; goals carry a baseline, target and check-in.
Plan bigPlan(int objectives, int goalsEach, int tacticsEach, int tasksEach) {
    Plan p;
    p.id = "big";
    p.name = "Big plan";
    for (int o = 0; o < objectives; ++o) {
        p.objectives.push_back({"o" + std::to_string(o), "Objective " + std::to_string(o), ObjectiveKind::business, std::nullopt, std::nullopt});
        for (int g = 0; g < goalsEach; ++g) {
            Goal goal;
            goal.id = "g" + std::to_string(o) + "-" + std::to_string(g);
            goal.objectiveId = p.objectives.back().id;
            goal.title = "Goal " + goal.id;
            goal.kpi = "followers";
            goal.baseline = 100;
            goal.target = 200;
            goal.start = Date{2026, 10, 1};
            goal.deadline = Date{2027, 3, 31};
            p.goals.push_back(goal);
            p.checkins.push_back({goal.id, Date{2026, 11, 1}, 110.0 + g, std::nullopt, ""});
            for (int t = 0; t < tacticsEach; ++t) {
                p.tactics.push_back({goal.id + "-t" + std::to_string(t), goal.id, "Tactic", 1 + t % 5, 1 + (t * 3) % 5});
                for (int k = 0; k < tasksEach; ++k)
                    p.tasks.push_back({p.tactics.back().id + "-k" + std::to_string(k), p.tactics.back().id, "Task", {"Ana"},
                                       Date{2026, 12, 1 + k}, std::nullopt});
            }
        }
    }
    return p;
}

}  // namespace

TEST_CASE("the map shows every objective, goal, tactic and task of the sample plan as a card") {
    UiHarness ui;
    showMap(ui);
    const Plan& plan = ui.app.plan();
    REQUIRE(ui.click("map-fit"));
    for (const Objective& o : plan.objectives) CHECK(ui.rectOf("map-card:" + o.id).found);
    for (const Goal& g : plan.goals) CHECK(ui.rectOf("map-card:" + g.id).found);
    for (const Tactic& t : plan.tactics) CHECK(ui.rectOf("map-card:" + t.id).found);
    for (const Task& k : plan.tasks) CHECK(ui.rectOf("map-card:" + k.id).found);
    // Children to the right of their parents, as drawn.
    const Goal& goal = *plan.findGoal(firstGoalWithTactics(plan));
    const UiHarness::Rect g = ui.rectOf("map-card:" + goal.id), o = ui.rectOf("map-card:" + *goal.objectiveId);
    CHECK(o.x + o.width < g.x);
}

TEST_CASE("dragging the background pans the map by the drag") {
    UiHarness ui;
    showMap(ui);
    const std::string id = ui.app.plan().objectives.front().id;
    const UiHarness::Rect before = ui.rectOf("map-card:" + id);
    const UiHarness::Rect map = ui.rectOf("map");
    REQUIRE(before.found);
    // From the middle of the canvas (a drag over a card moves the map too) to the right and down.
    const float x = map.x + map.width / 2, y = map.y + map.height / 2;
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(ui, x, y);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    ui.frames(1);
    for (int step = 1; step <= 5; ++step) moveMouse(ui, x + 30.0f * step, y + 12.0f * step);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    ui.frames(2);
    const UiHarness::Rect after = ui.rectOf("map-card:" + id);
    REQUIRE(after.found);
    CHECK(after.x == doctest::Approx(before.x + 150).epsilon(0.001));
    CHECK(after.y == doctest::Approx(before.y + 60).epsilon(0.001));
    // A drag is not a click: nothing folded, nothing opened.
    CHECK_FALSE(ui.rectOf("close-editor").found);
    CHECK(after.width == doctest::Approx(before.width));
}

TEST_CASE("the wheel zooms about the pointer: the point of the card under it stays put") {
    UiHarness ui;
    showMap(ui);
    const std::string id = firstGoalWithTactics(ui.app.plan());
    const UiHarness::Rect before = ui.rectOf("map-card:" + id);
    REQUIRE(before.found);
    // A point a quarter into the card.
    const float px = before.x + before.width * 0.25f, py = before.y + before.height * 0.25f;
    moveMouse(ui, px, py);
    const float zoomBefore = ui.app.mapView().transform().zoom;
    ImGui::GetIO().AddMouseWheelEvent(0, 2);
    ui.frames(2);
    const UiHarness::Rect after = ui.rectOf("map-card:" + id);
    REQUIRE(after.found);
    CHECK(ui.app.mapView().transform().zoom == doctest::Approx(zoomBefore * 1.15f * 1.15f));
    CHECK(after.width == doctest::Approx(before.width * 1.15f * 1.15f).epsilon(0.01));
    CHECK(after.x + after.width * 0.25f == doctest::Approx(px).epsilon(0.001));
    CHECK(after.y + after.height * 0.25f == doctest::Approx(py).epsilon(0.001));
    // Zooming out again returns the card to where it was.
    ImGui::GetIO().AddMouseWheelEvent(0, -2);
    ui.frames(2);
    const UiHarness::Rect back = ui.rectOf("map-card:" + id);
    CHECK(back.x == doctest::Approx(before.x).epsilon(0.001));
    CHECK(back.y == doctest::Approx(before.y).epsilon(0.001));
}

TEST_CASE("zoom stops at 400% however far the wheel turns, and Fit brings the whole plan back") {
    UiHarness ui;
    showMap(ui);
    const UiHarness::Rect map = ui.rectOf("map");
    moveMouse(ui, map.x + map.width / 2, map.y + map.height / 2);
    for (int i = 0; i < 30; ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0, 1);
        ui.frames(1);
    }
    CHECK(ui.app.mapView().transform().zoom == doctest::Approx(kMaxZoom));
    const std::string last = ui.app.plan().tasks.back().id;
    CHECK_FALSE(ui.rectOf("map-card:" + ui.app.plan().objectives.front().id).found);
    REQUIRE(ui.click("map-fit"));
    CHECK(ui.app.mapView().transform().zoom < 1);
    for (const Objective& o : ui.app.plan().objectives) {
        const UiHarness::Rect r = ui.rectOf("map-card:" + o.id);
        REQUIRE(r.found);
        CHECK(r.x >= map.x);
        CHECK(r.y >= map.y);
        CHECK(r.y + r.height <= map.y + map.height);
    }
    CHECK(ui.rectOf("map-card:" + last).found);
    REQUIRE(ui.click("map-actual-size"));
    CHECK(ui.app.mapView().transform().zoom == doctest::Approx(1));
}

TEST_CASE("a card's toggle folds its branch and opens it again; the mirror follows") {
    UiHarness ui;
    showMap(ui);
    const Plan& plan = ui.app.plan();
    const std::string goal = firstGoalWithTactics(plan);
    std::string tactic;
    for (const Tactic& t : plan.tactics)
        if (t.goalId == goal) tactic = t.id;
    REQUIRE(ui.click("map-fit"));
    REQUIRE(ui.rectOf("map-card:" + tactic).found);
    const auto mirrorHas = [&](const std::string& text) {
        for (const auto& n : ui.reader.nodes)
            if (n.text.find(text) != std::string::npos) return true;
        return false;
    };
    CHECK(mirrorHas(plan.findTactic(tactic)->title));
    REQUIRE(ui.click("map-toggle:" + goal));
    CHECK_FALSE(ui.rectOf("map-card:" + tactic).found);
    CHECK(ui.rectOf("map-card:" + goal).found);
    CHECK_FALSE(mirrorHas(plan.findTactic(tactic)->title));
    CHECK(mirrorHas("folded"));
    REQUIRE(ui.click("map-toggle:" + goal));
    CHECK(ui.rectOf("map-card:" + tactic).found);
    CHECK(mirrorHas(plan.findTactic(tactic)->title));
    // Folding is the view's: the plan did not change, and nothing went into the undo history.
    CHECK_FALSE(ui.app.history().canUndo());
}

TEST_CASE("the mirror nests the map: objective > goal (status) > tactic > task") {
    UiHarness ui;
    showMap(ui);
    const Plan& plan = ui.app.plan();
    const Task& task = plan.tasks.front();
    const Tactic& tactic = *plan.findTactic(task.tacticId);
    const Goal& goal = *plan.findGoal(tactic.goalId);
    int goalLevel = -1, tacticLevel = -1, taskLevel = -1;
    for (const auto& n : ui.reader.nodes) {
        if (n.text.rfind(goal.title + " (", 0) == 0) goalLevel = n.level;
        if (n.text.rfind(tactic.title + " (", 0) == 0) tacticLevel = n.level;
        if (n.text.rfind(task.title + " (", 0) == 0) taskLevel = n.level;
    }
    CHECK(goalLevel > 0);
    CHECK(tacticLevel == goalLevel + 1);
    CHECK(taskLevel == tacticLevel + 1);
    bool statusShown = false;
    for (const auto& n : ui.reader.nodes)
        statusShown = statusShown || (n.text.rfind(goal.title + " (", 0) == 0 && n.text.find(")") != std::string::npos);
    CHECK(statusShown);
}

TEST_CASE("a double-click on a goal's card opens the goal editor; on an objective, its editor") {
    UiHarness ui;
    showMap(ui);
    const std::string goal = firstGoalWithTactics(ui.app.plan());
    const UiHarness::Rect card = ui.rectOf("map-card:" + goal);
    REQUIRE(card.found);
    CHECK_FALSE(ui.rectOf("close-editor").found);
    doubleClick(ui, card.x + card.width / 3, card.y + card.height / 2);
    CHECK(ui.rectOf("close-editor").found);
    CHECK(ui.rectOf("field:kpi").found);
    REQUIRE(ui.click("close-editor"));
    const std::string objective = ui.app.plan().objectives.front().id;
    const UiHarness::Rect o = ui.rectOf("map-card:" + objective);
    REQUIRE(o.found);
    doubleClick(ui, o.x + o.width / 3, o.y + o.height / 2);
    CHECK(ui.rectOf("field:kind").found);
}

TEST_CASE("a pinch zooms about its midpoint") {
    UiHarness ui;
    showMap(ui);
    const std::string id = firstGoalWithTactics(ui.app.plan());
    const UiHarness::Rect before = ui.rectOf("map-card:" + id);
    const float cx = before.x + before.width / 2, cy = before.y + before.height / 2;
    ui.app.pinch(cx, cy, 1.5f, 0, 0);
    ui.frames(2);
    const UiHarness::Rect after = ui.rectOf("map-card:" + id);
    CHECK(after.width == doctest::Approx(before.width * 1.5f).epsilon(0.01));
    CHECK(after.x + after.width / 2 == doctest::Approx(cx).epsilon(0.001));
    CHECK(after.y + after.height / 2 == doctest::Approx(cy).epsilon(0.001));
}

// Its frame times are measured by bench/views.sh (waymark_frame_bench): here, the work a frame skips.
TEST_CASE("a plan of 1,000 goals, 5,000 tactics and 20,000 tasks opens with tasks folded and pans without a new layout") {
    UiHarness ui;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 720);
    ui.app.apply(ReplacePlan{bigPlan(100, 10, 5, 4), "import"});
    ui.frames(2);
    REQUIRE(ui.click("view:map"));
    // Tasks start folded under their tactics, and the map says so.
    CHECK(ui.app.mapView().tasksFoldedByDefault());
    CHECK_FALSE(ui.rectOf("map-card:" + ui.app.plan().tasks.front().id).found);
    bool saysFolded = false;
    size_t items = 0;
    for (const auto& n : ui.reader.nodes) {
        saysFolded = saysFolded || n.text.find("folded") != std::string::npos;
        items += n.role == platform::MirrorNode::Role::item;
    }
    CHECK(saysFolded);
    CHECK(items == 100 + 1000 + 5000);
    // Frames while panning at 100% and at the least zoom: the layout is not redone per frame.
    const UiHarness::Rect map = ui.rectOf("map");
    ImGuiIO& io = ImGui::GetIO();
    moveMouse(ui, map.x + map.width / 2, map.y + map.height / 2);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    ui.frames(1);
    const std::uint64_t layoutStamp = ui.app.mapView().stamp();
    for (int zoomOut = 0; zoomOut < 2; ++zoomOut) {
        for (int step = 0; step < 30; ++step) {
            io.AddMousePosEvent(map.x + map.width / 2 + (step % 2 ? 40 : -40), map.y + map.height / 2 - 10.0f * step);
            ui.frames(1);
        }
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        moveMouse(ui, map.x + map.width / 2, map.y + map.height / 2);
        io.AddMouseWheelEvent(0, -40);
        ui.frames(1);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        ui.frames(1);
    }
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    ui.frames(1);
    CHECK(ui.app.mapView().transform().zoom == doctest::Approx(kMinZoom));
    CHECK(ui.app.mapView().stamp() == layoutStamp);  // panning and zooming never rebuilt the tree or layout
}
