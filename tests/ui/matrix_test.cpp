// Tactics in the goal editor and the value/complexity matrix, driven as a user would: typing,
// clicks, drags of cards onto the grid, arrow keys, Ctrl+Z. Asserts on the plan and the history,
// never on pixels; the big-plan case counts what a frame draws, not how long it takes.
#include <doctest/doctest.h>


#include <nlohmann/json.hpp>

#include "core/method/tactics.h"
#include "core/plan/plan_json.h"
#include "ui/views/matrix/matrix_transform.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

using Rect = UiHarness::Rect;

Rect rectOf(UiHarness& ui, const std::string& name) {
    const Rect r = ui.rectOf(name);
    REQUIRE_MESSAGE(r.found, "no item " << name);
    return r;
}

// The centre of a grid cell, from the rect of the "matrix" item (the 5×5 grid).
ImVec2 cellCentre(UiHarness& ui, int complexity, int value) {
    const Rect grid = rectOf(ui, "matrix");
    return ImVec2(grid.x + (complexity - 0.5f) * grid.width / 5, grid.y + (5 - value + 0.5f) * grid.height / 5);
}

// Presses the mouse on a named item, moves it in steps to `to` and releases it there.
void drag(UiHarness& ui, const std::string& item, ImVec2 to) {
    const Rect from = rectOf(ui, item);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 start(from.x + from.width / 2, from.y + from.height / 2);
    io.AddMousePosEvent(start.x, start.y);
    ui.frames(1);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    ui.frames(1);
    for (int step = 1; step <= 4; ++step) {
        io.AddMousePosEvent(start.x + (to.x - start.x) * step / 4, start.y + (to.y - start.y) * step / 4);
        ui.frames(1);
    }
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    ui.frames(3);
}

const Tactic& tactic(UiHarness& ui, const std::string& id) {
    const Tactic* t = ui.app.plan().findTactic(id);
    REQUIRE(t);
    return *t;
}

// A plan of `goals` goals with `perGoal` scored tactics each, spread over the grid.
Plan bigPlan(int goals, int perGoal) {
    Plan plan;
    plan.id = "big";
    plan.name = "Big";
    plan.objectives.push_back({});
    plan.objectives.back().id = "o1";
    plan.objectives.back().title = "Grow";
    for (int g = 0; g < goals; ++g) {
        Goal goal;
        goal.id = "g" + std::to_string(g);
        goal.objectiveId = "o1";
        goal.title = "Goal " + std::to_string(g);
        plan.goals.push_back(goal);
        for (int t = 0; t < perGoal; ++t) {
            Tactic tactic;
            tactic.id = "t" + std::to_string(g) + "-" + std::to_string(t);
            tactic.goalId = goal.id;
            tactic.title = "Tactic " + std::to_string(t) + " of goal " + std::to_string(g);
            tactic.value = 1 + (g + t) % 5;
            tactic.complexity = 1 + (g * 3 + t) % 5;
            plan.tactics.push_back(tactic);
        }
    }
    return plan;
}

}  // namespace

TEST_CASE("the matrix transform maps each cell to where it is drawn and back, at any size") {
    for (const float scale : {1.0f, 1.5f, 2.0f, 3.0f}) {
        const ui::MatrixTransform t{ImVec2(37 * scale, 81 * scale), ImVec2(143 * scale, 97 * scale)};
        for (int c = 1; c <= 5; ++c)
            for (int v = 1; v <= 5; ++v) {
                const ImVec2 min = t.cellMin({c, v}), max = t.cellMax({c, v});
                CHECK(t.cellAt(ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2)) == ui::MatrixCell{c, v});
                CHECK(t.cellAt(min) == ui::MatrixCell{c, v});  // the top-left edge belongs to the cell
            }
        // Value runs up, complexity to the right.
        CHECK(t.cellMin({1, 5}).y == t.origin.y);
        CHECK(t.cellMin({5, 1}).x > t.cellMin({1, 1}).x);
        CHECK_FALSE(t.cellAt(ImVec2(t.origin.x - 1, t.origin.y + 5)));
        CHECK_FALSE(t.cellAt(t.end()));
        CHECK_FALSE(t.cellAt(ImVec2(t.end().x - 1, t.end().y + 1)));
    }
}

TEST_CASE("a tactic is added under a goal by typing, renamed, scored, moved and deleted, each one undo step") {
    UiHarness ui;
    const std::string goal = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("edit:" + goal));
    const size_t before = ui.app.plan().tactics.size();
    const size_t steps = ui.app.history().undoSteps();
    REQUIRE(ui.fill("tactic-new:" + goal, "Post a story every evening"));
    REQUIRE(ui.app.plan().tactics.size() == before + 1);
    const Tactic added = ui.app.plan().tactics.back();
    CHECK(added.goalId == goal);
    CHECK(added.title == "Post a story every evening");
    CHECK(quadrantOf(added) == Quadrant::unscored);
    CHECK(ui.app.history().undoSteps() == steps + 1);
    ui.press(ImGuiKey_Escape);  // the field offers itself for the next tactic: leave it

    REQUIRE(ui.fill("tactic-title:" + added.id, "Post a story every night"));
    CHECK(tactic(ui, added.id).title == "Post a story every night");
    REQUIRE(ui.click("tactic-value:" + added.id + ":4"));
    REQUIRE(ui.click("tactic-complexity:" + added.id + ":2"));
    CHECK(tactic(ui, added.id).value == 4);
    CHECK(tactic(ui, added.id).complexity == 2);
    CHECK(quadrantOf(tactic(ui, added.id)) == Quadrant::quick_win);
    CHECK(ui.app.history().undoSteps() == steps + 4);

    // Up: one place earlier among the goal's tactics.
    auto positionOf = [&](const std::string& id) {
        const auto& all = ui.app.plan().tactics;
        return std::find_if(all.begin(), all.end(), [&](const Tactic& t) { return t.id == id; }) - all.begin();
    };
    const auto at = positionOf(added.id);
    REQUIRE(ui.click("tactic-up:" + added.id));
    CHECK(positionOf(added.id) < at);

    REQUIRE(ui.click("tactic-delete:" + added.id));
    CHECK(ui.app.plan().findTactic(added.id));  // only asked so far
    REQUIRE(ui.click("confirm-delete-tactic"));
    CHECK_FALSE(ui.app.plan().findTactic(added.id));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    REQUIRE(ui.app.plan().findTactic(added.id));
    CHECK(tactic(ui, added.id).value == 4);
}

TEST_CASE("deleting a tactic asks first and takes its tasks with it") {
    UiHarness ui;
    // The sample's first tactic with tasks.
    const Plan& plan = ui.app.plan();
    const auto withTasks = std::find_if(plan.tactics.begin(), plan.tactics.end(), [&](const Tactic& t) {
        return tacticTasks(plan, t.id) > 0;
    });
    REQUIRE(withTasks != plan.tactics.end());
    const Tactic t = *withTasks;
    const int tasks = tacticTasks(plan, t.id);
    REQUIRE(ui.click("edit:" + t.goalId));
    REQUIRE(ui.click("tactic-delete:" + t.id));
    CHECK(ui.app.plan().findTactic(t.id));  // only asked so far
    const size_t allTasks = plan.tasks.size();
    REQUIRE(ui.click("confirm-delete-tactic"));
    CHECK(ui.app.plan().tasks.size() == allTasks - static_cast<size_t>(tasks));
}

TEST_CASE("dragging a card to another cell scores its value and complexity in one step; Ctrl+Z undoes it") {
    UiHarness ui;
    REQUIRE(ui.click("view:matrix"));
    const Tactic before = tactic(ui, "dance-videos");  // value 1, complexity 4: a thankless task
    const size_t steps = ui.app.history().undoSteps();
    drag(ui, "tactic:dance-videos", cellCentre(ui, 2, 5));
    CHECK(tactic(ui, "dance-videos").value == 5);
    CHECK(tactic(ui, "dance-videos").complexity == 2);
    CHECK(ui.app.history().undoSteps() == steps + 1);
    REQUIRE(ui.app.history().undoLabel());
    CHECK(ui.app.history().undoLabel()->key == "history.update_tactic");
    // The card is drawn in its new cell.
    const Rect card = rectOf(ui, "tactic:dance-videos");
    const ImVec2 centre = cellCentre(ui, 2, 5);
    const Rect grid = rectOf(ui, "matrix");
    CHECK(std::abs(card.x + card.width / 2 - centre.x) < grid.width / 10);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(tactic(ui, "dance-videos") == before);
}

TEST_CASE("a card dropped outside the grid changes nothing") {
    UiHarness ui;
    REQUIRE(ui.click("view:matrix"));
    const Plan before = ui.app.plan();
    const size_t steps = ui.app.history().undoSteps();
    const Rect grid = rectOf(ui, "matrix");
    drag(ui, "tactic:dance-videos", ImVec2(grid.x - 12, grid.y + grid.height / 2));      // left of the grid
    drag(ui, "tactic:dance-videos", ImVec2(grid.x + grid.width / 2, grid.y + grid.height + 8));  // below it
    CHECK(ui.app.plan() == before);
    CHECK(ui.app.history().undoSteps() == steps);
}

TEST_CASE("a focused card moves with the arrow keys, one step per key") {
    UiHarness ui;
    REQUIRE(ui.click("view:matrix"));
    REQUIRE(ui.click("tactic:dance-videos"));  // value 1, complexity 4
    ui.press(ImGuiKey_UpArrow);
    CHECK(tactic(ui, "dance-videos").value == 2);
    ui.press(ImGuiKey_LeftArrow);
    CHECK(tactic(ui, "dance-videos").complexity == 3);
    ui.press(ImGuiKey_LeftArrow);  // the card keeps the keyboard at its new place
    CHECK(tactic(ui, "dance-videos").complexity == 2);
    CHECK(quadrantOf(tactic(ui, "dance-videos")) == Quadrant::fill_in);
    ui.press(ImGuiKey_DownArrow);
    ui.press(ImGuiKey_DownArrow);  // stops at 1
    CHECK(tactic(ui, "dance-videos").value == 1);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(tactic(ui, "dance-videos").value == 2);
}

TEST_CASE("an unscored tactic waits in the tray and is scored by dragging it onto the grid") {
    UiHarness ui;
    const std::string goal = ui.app.plan().goals.front().id;
    ui.app.apply(AddTactic{goal, "Answer comments with a short video"});
    const std::string id = ui.app.plan().tactics.back().id;
    REQUIRE(ui.click("view:matrix"));
    ui.frames(2);
    const Rect inTray = rectOf(ui, "tactic:" + id);
    CHECK(inTray.x > rectOf(ui, "matrix").x + rectOf(ui, "matrix").width);  // beside the grid
    drag(ui, "tactic:" + id, cellCentre(ui, 1, 3));
    CHECK(tactic(ui, id).value == 3);
    CHECK(tactic(ui, id).complexity == 1);
}

TEST_CASE("an unscored card that has the keyboard goes to the middle of the grid with an arrow key, then moves on") {
    UiHarness ui;
    const std::string goal = ui.app.plan().goals.front().id;
    ui.app.apply(AddTactic{goal, "Reply to every mention"});
    const std::string id = ui.app.plan().tactics.back().id;
    REQUIRE(ui.click("view:matrix"));
    REQUIRE(ui.click("tactic:" + id));  // in the tray
    ui.press(ImGuiKey_RightArrow);
    CHECK(tactic(ui, id).value == kHighScore);
    CHECK(tactic(ui, id).complexity == kHighScore);
    ui.press(ImGuiKey_LeftArrow);  // the card kept the keyboard on its way from the tray to the grid
    CHECK(tactic(ui, id).complexity == kHighScore - 1);
}

TEST_CASE("a card with only a value (from dot voting) keeps it when an arrow key brings it onto the grid") {
    UiHarness ui;
    const std::string goal = ui.app.plan().goals.front().id;
    ui.app.apply(AddTactic{goal, "Reply to every mention"});
    Tactic voted = ui.app.plan().tactics.back();
    voted.value = 5;
    ui.app.apply(UpdateTactic{voted, "value"});
    REQUIRE(ui.click("view:matrix"));
    REQUIRE(ui.click("tactic:" + voted.id));  // still in the tray: no complexity yet
    ui.press(ImGuiKey_RightArrow);
    CHECK(tactic(ui, voted.id).value == 5);
    CHECK(tactic(ui, voted.id).complexity == kHighScore);
}

TEST_CASE("the ranked list puts quick wins first, and a double-click on a card opens its goal") {
    UiHarness ui;
    REQUIRE(ui.click("view:matrix"));
    const Rect first = rectOf(ui, "rank:notifications");  // value 5, complexity 1
    REQUIRE(ui.scrollTo("rank:dance-videos"));            // the list's end, scrolled to
    const Rect last = rectOf(ui, "rank:dance-videos");    // thankless
    CHECK(first.y < last.y);
    const Rect card = rectOf(ui, "tactic:supplier-stories");
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(card.x + card.width / 2, card.y + card.height / 2);
    ui.frames(1);
    for (int i = 0; i < 2; ++i) {
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        ui.frames(1);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        ui.frames(1);
    }
    ui.frames(2);
    CHECK(ui.app.itemRect("close-editor") != "");  // the goal editor is open beside the matrix
    CHECK(ui.scrollTo("field:tactic-title:supplier-stories"));
}

TEST_CASE("the screen-reader mirror reads the matrix: quadrants as headings with their tactics") {
    UiHarness ui;
    REQUIRE(ui.click("view:matrix"));
    ui.frames(1);
    bool heading = false, quadrant = false, tacticLine = false;
    for (const auto& n : ui.reader.nodes) {
        heading = heading || n.text == "Value/complexity matrix";
        quadrant = quadrant || n.text.rfind("Quick win: ", 0) == 0;
        tacticLine = tacticLine || n.text.find("Dance trend videos with the waiting staff. Goal: ") == 0;
    }
    CHECK(heading);
    CHECK(quadrant);
    CHECK(tacticLine);
}

TEST_CASE("a plan of 5,000 tactics draws a bounded frame: counts per cell, not every card") {
    int smallVertices = 0;
    {  // one harness (one ImGui context) at a time
        UiHarness small;
        REQUIRE(small.click("view:matrix"));
        small.frames(2);
        smallVertices = small.verticesDrawn();
    }

    UiHarness ui;
    REQUIRE(ui.app.importPlan(serializePlanDocument(bigPlan(1000, 5))).empty());
    REQUIRE(ui.click("view:matrix"));
    ui.frames(2);
    const int bigVertices = ui.verticesDrawn();
    // Its frame time is measured by bench/views.sh (waymark_frame_bench).
    MESSAGE("vertices drawn: sample plan " << smallVertices << ", 5,000 tactics " << bigVertices);
    CHECK(bigVertices < 2 * smallVertices);
    CHECK(ui.app.itemRect("tactic:t0-0") == "");  // aggregated: no card unless chosen
    // The ranked list is clipped: its first rows are there, its last is not.
    const std::vector<size_t> ranked = rankTactics(ui.app.plan().tactics);
    CHECK(ui.app.itemRect("rank:" + ui.app.plan().tactics[ranked.front()].id) != "");
    CHECK(ui.app.itemRect("rank:" + ui.app.plan().tactics[ranked.back()].id) == "");

    // Choosing one goal shows its cards, which can be dragged as before.
    REQUIRE(ui.click("matrix-filter"));
    REQUIRE(ui.click("matrix-filter:g7"));
    ui.frames(2);
    for (int t = 0; t < 5; ++t) CHECK(ui.app.itemRect("tactic:t7-" + std::to_string(t)) != "");
    drag(ui, "tactic:t7-0", cellCentre(ui, 5, 5));
    CHECK(tactic(ui, "t7-0").value == 5);
    CHECK(tactic(ui, "t7-0").complexity == 5);
}
