// The guided workshop and its timer, driven frame by frame like a facilitator would.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

bool onScreen(const UiHarness& ui, const std::string& item) { return !ui.app.itemRect(item).empty(); }

class FakeClock final : public platform::Clock {
public:
    std::int64_t now = 1'000'000;
    std::int64_t nowMs() const override { return now; }
};

class RecordingChime final : public platform::Chime {
public:
    int prepared = 0, rang = 0;
    void prepare() override { ++prepared; }
    void ring() override { ++rang; }
};

// Starts on an empty plan, as New plan → Empty plan gives.
void emptyPlan(UiHarness& ui) {
    REQUIRE(ui.click("new-plan"));
    REQUIRE(ui.click("new-plan:empty"));
    REQUIRE(ui.click("new-plan:create"));
    REQUIRE(ui.app.plan().objectives.empty());
    REQUIRE(ui.app.plan().goals.empty());
}

}  // namespace

TEST_CASE("the workshop walks an empty plan from objectives to owners and dates, each change one undo step") {
    UiHarness ui;
    emptyPlan(ui);
    REQUIRE(ui.click("view:workshop"));
    CHECK(ui.mirrorHasLine("Step 1 of 8"));
    CHECK(ui.mirrorHasLine("No business objective yet."));
    CHECK_FALSE(onScreen(ui, "workshop-done"));

    // Step 1: objectives are typed one after another; the field stays ready.
    REQUIRE(ui.fill("workshop-objective-new", "Open a second restaurant"));
    ui.frames(2);
    ui.type("Win regulars");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().objectives.size() == 2);
    CHECK(ui.app.plan().objectives[1].title == "Win regulars");
    CHECK(onScreen(ui, "workshop-done"));
    const std::string objective = ui.app.plan().objectives[0].id;

    // Step 2: a goal under its objective.
    REQUIRE(ui.click("workshop-next"));
    CHECK(ui.mirrorHasLine("Step 2 of 8"));
    REQUIRE(ui.fill("workshop-goal-new:" + objective, "Grow Instagram followers"));
    REQUIRE(ui.app.plan().goals.size() == 1);
    const Goal goal = ui.app.plan().goals[0];
    CHECK(goal.objectiveId == objective);
    CHECK(ui.mirrorHasLine("No goal serves “Win regulars” yet."));

    // Step 3: the vague goal opens in the goal editor, with its advice, beside the steps.
    REQUIRE(ui.click("workshop-next"));
    CHECK(ui.mirrorHasLine("Choose the goal to make SMART together."));
    REQUIRE(ui.click("workshop-focus:" + goal.id));
    CHECK(onScreen(ui, "field:baseline"));
    CHECK(ui.mirrorHasLine("“Grow Instagram followers” has no baseline: where do we stand today?"));
    REQUIRE(ui.fill("baseline", "400"));
    REQUIRE(ui.fill("target", "480"));
    CHECK(ui.app.plan().goals[0].baseline == 400);
    CHECK(ui.app.plan().goals[0].target == 480);
    CHECK_FALSE(ui.mirrorHasLine("“Grow Instagram followers” has no baseline: where do we stand today?"));

    // Leaving the flow and coming back keeps the step and the plan; undo works from here.
    const std::string before = serializePlanDocument(ui.app.plan());
    REQUIRE(ui.click("close-editor"));
    REQUIRE(ui.click("view:outline"));
    CHECK_FALSE(onScreen(ui, "workshop-next"));
    REQUIRE(ui.click("view:workshop"));
    CHECK(ui.mirrorHasLine("Step 3 of 8"));
    CHECK(onScreen(ui, "workshop-focus:" + goal.id));
    CHECK(serializePlanDocument(ui.app.plan()) == before);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK_FALSE(ui.app.plan().goals[0].target);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Y);
    CHECK(ui.app.plan().goals[0].target == 480);

    // Steps 4 and 5: KPIs list the goal; tactics are added by title for the chosen goal.
    REQUIRE(ui.click("workshop-next"));
    CHECK(ui.mirrorHasLine("“Grow Instagram followers” has no KPI."));
    REQUIRE(ui.click("workshop-next"));
    REQUIRE(ui.fill("tactic-new:" + goal.id, "Reels twice a week"));
    REQUIRE(ui.app.plan().tactics.size() == 1);
    const std::string tactic = ui.app.plan().tactics[0].id;
    CHECK(ui.app.plan().tactics[0].goalId == goal.id);

    // Step 6: the matrix, its card waiting in the tray to be scored.
    REQUIRE(ui.click("workshop-next"));
    CHECK(onScreen(ui, "matrix"));
    CHECK(onScreen(ui, "tactic:" + tactic));
    CHECK(ui.mirrorHasLine("“Reels twice a week” has no value or complexity yet."));

    // Step 7: a task with its owner and date, in the task editor.
    REQUIRE(ui.click("workshop-next"));
    CHECK(ui.mirrorHasLine("“Reels twice a week” has no task yet."));
    REQUIRE(ui.click("task-add:" + tactic));
    REQUIRE(ui.app.plan().tasks.size() == 1);
    ui.type("Shoot the first reels");
    ui.press(ImGuiKey_Enter);
    const std::string task = ui.app.plan().tasks[0].id;
    CHECK(ui.app.plan().tasks[0].title == "Shoot the first reels");
    REQUIRE(ui.fill("task.owner_new", "Brian"));
    REQUIRE(ui.click("quick:task-tomorrow"));
    CHECK(ui.app.plan().tasks[0].owners == std::vector<std::string>{"Brian"});
    CHECK(ui.app.plan().tasks[0].due == Date{2026, 11, 24});
    CHECK(onScreen(ui, "workshop-done"));

    // Any step by its number; Back from the first step is not offered, Next from the last neither.
    REQUIRE(ui.click("workshop-step:8"));
    CHECK(ui.mirrorHasLine("Step 8 of 8"));
    REQUIRE(ui.click("workshop-next"));
    CHECK(ui.mirrorHasLine("Step 8 of 8"));
    REQUIRE(ui.click("workshop-back"));
    CHECK(ui.mirrorHasLine("Step 7 of 8"));
    REQUIRE(ui.click("workshop-step:1"));
    REQUIRE(ui.click("workshop-back"));
    CHECK(ui.mirrorHasLine("Step 1 of 8"));
}

TEST_CASE("the workshop works on an existing plan and says which step is done") {
    UiHarness ui;  // the restaurant example
    REQUIRE(ui.click("view:workshop"));
    CHECK(onScreen(ui, "workshop-done"));  // it has objectives
    REQUIRE(ui.click("workshop-step:6"));
    CHECK(onScreen(ui, "matrix"));
    REQUIRE(ui.click("workshop-step:8"));
    CHECK(ui.mirrorHasLine("Step 8 of 8"));
    CHECK(ui.scrollTo("workshop-download"));
    REQUIRE(ui.click("workshop-tracking"));
    CHECK_FALSE(onScreen(ui, "workshop-next"));
}

TEST_CASE("the timer counts down on the clock, pauses, takes a minute more and chimes once at the end") {
    UiHarness ui;
    FakeClock clock;
    RecordingChime chime;
    ui.app.useClock(clock);
    ui.app.useChime(chime);
    CHECK(ui.app.msUntilTimerTick() == -1);
    REQUIRE(ui.click("timer"));  // from the header
    CHECK(onScreen(ui, "timer-state:stopped"));
    REQUIRE(ui.click("timer-preset:3"));
    CHECK(ui.app.timerShown().remainingMs == 180'000);
    REQUIRE(ui.click("timer-start"));
    CHECK(chime.prepared == 1);
    CHECK(onScreen(ui, "timer-state:running"));
    const long long tick = ui.app.msUntilTimerTick();
    CHECK(tick > 0);
    CHECK(tick <= 1010);

    clock.now += 60'000;
    ui.frames(1);
    CHECK(ui.app.timerShown().remainingMs == 120'000);
    REQUIRE(ui.click("timer-pause"));
    CHECK(ui.app.msUntilTimerTick() == -1);  // paused: no frames
    clock.now += 600'000;
    ui.frames(1);
    CHECK(onScreen(ui, "timer-state:paused"));
    CHECK(ui.app.timerShown().remainingMs == 120'000);
    REQUIRE(ui.click("timer-add-minute"));
    CHECK(ui.app.timerShown().remainingMs == 180'000);
    REQUIRE(ui.click("timer-start"));
    clock.now += 180'000;
    CHECK(ui.app.msUntilTimerTick() == 0);  // the end needs its one frame
    ui.frames(1);
    CHECK(onScreen(ui, "timer-state:finished"));
    CHECK(chime.rang == 1);
    CHECK(ui.app.msUntilTimerTick() == -1);  // finished and shown: no more frames
    ui.frames(3);
    CHECK(chime.rang == 1);
    CHECK(std::find(ui.reader.announcements.begin(), ui.reader.announcements.end(), "Time is up") !=
          ui.reader.announcements.end());

    // A typed length; one that is not one is refused and says why.
    REQUIRE(ui.fill("timer-minutes", "abc"));
    CHECK(ui.app.timerShown().lengthMs == 180'000);
    REQUIRE(ui.fill("timer-minutes", "7"));
    CHECK(ui.app.timerShown().lengthMs == 7 * 60'000);
    CHECK(ui.app.timerShown().state == Countdown::State::stopped);
    REQUIRE(ui.click("timer-close"));
    CHECK_FALSE(onScreen(ui, "timer-card"));
    REQUIRE(ui.click("view:workshop"));
    REQUIRE(ui.click("workshop-timer"));  // from every workshop step
    CHECK(onScreen(ui, "timer-card"));
}
