// The goal editor, the objective and context editors, the new-plan dialog and the undo history,
// driven through ImGui's null backend as a user would: clicks, typing, Enter, Ctrl+Z.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/method/catalog.h"
#include "core/method/goal_templates.h"
#include "core/plan/channels.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include <nlohmann/json.hpp>

#include "ui/views/advice/advice_view.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {
int indexOfCategory(std::string_view id) {
    const auto all = categories();
    return 1 + static_cast<int>(std::find_if(all.begin(), all.end(), [&](const Category& c) { return c.id == id; }) - all.begin());
}
int indexOfChannel(std::string_view id) {
    const auto all = knownChannels();
    return 1 + static_cast<int>(std::find(all.begin(), all.end(), id) - all.begin());
}

// A new empty plan through the dialog, as a user starts one.
void startEmptyPlan(UiHarness& ui) {
    REQUIRE(ui.click("new-plan"));
    REQUIRE(ui.click("new-plan:empty"));
    REQUIRE(ui.click("new-plan:create"));
    REQUIRE(ui.app.plan().objectives.empty());
}

// An empty plan with one objective and one goal under it, both keeping their default titles;
// the goal's editor is open. Returns the goal's id.
std::string planWithOneNewGoal(UiHarness& ui) {
    startEmptyPlan(ui);
    const std::string goal = ui.addObjectiveAndGoal();
    REQUIRE_FALSE(goal.empty());
    return goal;
}
}  // namespace

TEST_CASE("a goal is built from an empty plan with every field, by mouse and keyboard") {
    UiHarness ui;
    startEmptyPlan(ui);
    REQUIRE(ui.click("add-objective"));
    ui.type("Fill the tables on weeknights");
    ui.press(ImGuiKey_Enter);
    const std::string objective = ui.app.plan().objectives.at(0).id;
    REQUIRE(ui.click("add-goal:" + objective));
    ui.type("Grow our local following");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().goals.size() == 1);
    const std::string id = ui.app.plan().goals[0].id;
    CHECK(ui.app.plan().goals[0].title == "Grow our local following");

    REQUIRE(ui.pick("category", indexOfCategory("awareness")));
    REQUIRE(ui.click("field:kpi"));
    ui.type("followers");
    REQUIRE(ui.click("kpi-option:followers"));
    REQUIRE(ui.pick("channel", indexOfChannel("facebook")));
    REQUIRE(ui.fill("scope", "people within 3 miles"));
    REQUIRE(ui.fill("dataSource", "Facebook Insights, read every Monday"));
    REQUIRE(ui.fill("baseline", "400"));
    REQUIRE(ui.fill("target", "+20%"));
    REQUIRE(ui.pick("targetType", 1));
    REQUIRE(ui.click("quick:today"));
    CHECK(ui.app.plan().findGoal(id)->start == Date{2026, 11, 23});
    REQUIRE(ui.fill("start", "2026-12-01"));
    REQUIRE(ui.fill("deadline", "2026-12-31"));
    REQUIRE(ui.fill("budget", "150"));
    REQUIRE(ui.pick("measuredAs", 1));
    REQUIRE(ui.fill("checkinEveryDays", "7"));
    REQUIRE(ui.fill("checkinEveryDays", "7.5"));  // refused: whole days only
    REQUIRE(ui.click("field:soft"));
    REQUIRE(ui.click("field:secondaryKpis"));
    ui.type("reach");
    REQUIRE(ui.click("kpi-option:reach"));

    const Goal& g = *ui.app.plan().findGoal(id);
    CHECK(g.objectiveId == objective);
    CHECK(g.category == "awareness");
    CHECK(g.kpi == "followers");
    CHECK(g.channel == "facebook");
    CHECK(g.scope == "people within 3 miles");
    CHECK(g.dataSource == "Facebook Insights, read every Monday");
    CHECK(g.baseline == 400);
    CHECK(g.target == doctest::Approx(480));
    CHECK(g.targetType == TargetType::increase);
    CHECK(g.start == Date{2026, 12, 1});
    CHECK(g.deadline == Date{2026, 12, 31});
    CHECK(g.budget == 150);
    CHECK(g.measuredAs == MeasuredAs::total);
    CHECK(g.checkinEveryDays == 7);
    CHECK(g.soft);
    CHECK(g.secondaryKpis == std::vector<std::string>{"reach"});
    // What was built is a valid plan file.
    CHECK(parsePlanDocument(serializePlanDocument(ui.app.plan())).plan == ui.app.plan());
}

TEST_CASE("a field is one undo step, committed when the field is left") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.at(0).id;
    ui.app.editGoal(id);
    ui.frames(3);
    const Plan before = ui.app.plan();
    REQUIRE(ui.click("field:scope"));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("Old town");
    CHECK(ui.app.plan() == before);  // still typing: nothing committed
    ui.type(", weekdays");
    ui.press(ImGuiKey_Tab);          // leaving the field commits it
    CHECK(ui.app.plan().findGoal(id)->scope == "Old town, weekdays");
    REQUIRE(ui.click("undo"));
    CHECK(ui.app.plan() == before);
    REQUIRE(ui.click("redo"));
    CHECK(ui.app.plan().findGoal(id)->scope == "Old town, weekdays");
}

TEST_CASE("Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo outside text fields") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    REQUIRE(ui.click("add-objective"));
    ui.frames(6);  // the new title field takes the keyboard
    ui.press(ImGuiKey_Enter);
    const Plan added = ui.app.plan();
    REQUIRE(added.objectives.size() == before.objectives.size() + 1);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan() == before);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z, ImGuiMod_Shift);
    CHECK(ui.app.plan() == added);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Y);
    CHECK(ui.app.plan() == added);
    CHECK_FALSE(ui.reader.announcements.empty());
}

TEST_CASE("an import is one step: undo brings the previous plan back") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    REQUIRE(ui.app.importPlan(serializePlanDocument(*loadTemplate("software"))).empty());
    CHECK(ui.app.plan() == *loadTemplate("software"));
    ui.frames(2);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan() == before);
}

TEST_CASE("a number that is not one is refused by name and nothing changes") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.at(0).id;
    ui.app.editGoal(id);
    ui.frames(3);
    const Plan before = ui.app.plan();
    REQUIRE(ui.fill("baseline", "four hundred"));
    CHECK(ui.app.plan() == before);
    CHECK_FALSE(ui.app.history().canUndo());
}

TEST_CASE("the advice follows the typing before the field is committed") {
    UiHarness ui;
    planWithOneNewGoal(ui);
    // The editor's advice: the mirror's level-4 items (the outline's goal items are level 3).
    auto advice = [&] {
        std::string all;
        for (const auto& n : ui.reader.nodes)
            if (n.role == platform::MirrorNode::Role::item && n.level == 4) all += n.text + "\n";
        return all;
    };
    const Strings en = Strings::load("en");
    const std::string missingBaseline = en("finding.missing_baseline.message");
    REQUIRE(ui.pick("category", indexOfCategory("awareness")));
    REQUIRE(ui.click("field:kpi"));
    ui.type("followers");
    REQUIRE(ui.click("kpi-option:followers"));
    REQUIRE(ui.fill("target", "500"));
    CHECK(advice().find(missingBaseline) != std::string::npos);
    REQUIRE(ui.click("field:baseline"));
    ui.type("400");  // not committed yet
    CHECK(advice().find(missingBaseline) == std::string::npos);
    CHECK_FALSE(ui.app.plan().goals[0].baseline);
}

TEST_CASE("a fix button takes the comfortable target, and 'go to' puts the cursor in the field") {
    UiHarness ui;
    Plan plan = *loadTemplate("restaurant");
    Goal& g = plan.goals.at(0);
    g.kpi = "followers";
    g.category = "awareness";
    g.baseline = 400;
    g.target = 40000;
    g.start = Date{2026, 11, 1};
    g.deadline = Date{2026, 12, 1};
    g.targetType.reset();
    std::erase_if(plan.checkins, [&](const Checkin& c) { return c.goalId == g.id; });  // the 400 is where it stands
    REQUIRE(ui.app.importPlan(serializePlanDocument(plan)).empty());
    ui.app.editGoal(g.id);
    ui.frames(4);
    REQUIRE(ui.click("fix:unrealistic"));
    const double taken = *ui.app.plan().findGoal(g.id)->target;
    CHECK(taken > 400);
    CHECK(taken < 1000);

    Goal& h = plan.goals.at(0);
    h.baseline.reset();
    REQUIRE(ui.app.importPlan(serializePlanDocument(plan)).empty());
    ui.app.editGoal(h.id);
    ui.frames(4);
    REQUIRE(ui.click("fix:missing_baseline"));
    ui.frames(4);
    ui.type("420");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().findGoal(h.id)->baseline == 420);
}

TEST_CASE("a custom KPI is created in place from the search text and chosen in one step") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.at(0).id;
    ui.app.editGoal(id);
    ui.frames(3);
    const size_t steps = ui.app.history().undoSteps();
    REQUIRE(ui.click("field:kpi"));
    ui.type("Walk-in guests");
    REQUIRE(ui.click("kpi-create"));
    const Plan& plan = ui.app.plan();
    REQUIRE_FALSE(plan.customKpis.empty());
    CHECK(plan.customKpis.back().name == "Walk-in guests");
    CHECK(plan.findGoal(id)->kpi == plan.customKpis.back().id);
    CHECK(ui.app.history().undoSteps() == steps + 1);
    // Its kind and direction are set in place, so the review judges it like its kind.
    ui.frames(3);
    REQUIRE(ui.pick("custom.family", 2));
    REQUIRE(ui.pick("custom.higherIsBetter", 1));
    CHECK(plan.customKpis.back().family == CustomFamily::count);
    CHECK_FALSE(plan.customKpis.back().higherIsBetter);
}

TEST_CASE("a goal moves to another objective through its editor") {
    UiHarness ui;
    REQUIRE(ui.app.importPlan(serializePlanDocument(*loadTemplate("software"))).empty());
    ui.frames(5);
    const Plan& plan = ui.app.plan();
    const Goal goal = plan.goals.at(0);
    int other = 0;
    for (size_t i = 0; i < plan.objectives.size(); ++i)
        if (plan.objectives[i].id != goal.objectiveId) other = static_cast<int>(i) + 1;
    REQUIRE(ui.click("edit:" + goal.id));
    REQUIRE(ui.pick("objectiveId", other));
    CHECK(ui.app.plan().findGoal(goal.id)->objectiveId == plan.objectives[other - 1].id);
}

TEST_CASE("objectives: kind, parent, due date and order from the objective editor") {
    UiHarness ui;
    startEmptyPlan(ui);
    for (const char* title : {"Grow revenue", "Win small trades"}) {
        REQUIRE(ui.click("add-objective"));
        ui.frames(6);
        ui.type(title);
        ui.press(ImGuiKey_Enter);
    }
    const std::string first = ui.app.plan().objectives[0].id, second = ui.app.plan().objectives[1].id;
    REQUIRE(ui.click("edit:" + second));
    REQUIRE(ui.pick("kind", 1));
    REQUIRE(ui.pick("parentId", 1));
    REQUIRE(ui.fill("due", "2027-06-30"));
    const Objective& o = *ui.app.plan().findObjective(second);
    CHECK(o.kind == ObjectiveKind::marketing);
    CHECK(o.parentId == first);
    CHECK(o.due == Date{2027, 6, 30});
    REQUIRE(ui.fill("due", "30.06.2027"));  // refused with a message, nothing changes
    CHECK(ui.app.plan().findObjective(second)->due == Date{2027, 6, 30});
    REQUIRE(ui.pick("parentId", 0));
    REQUIRE(ui.click("move-up:" + second));
    CHECK(ui.app.plan().objectives[0].id == second);
}

TEST_CASE("the business context is set from its editor") {
    UiHarness ui;
    REQUIRE(ui.click("context"));
    REQUIRE(ui.fill("name", "Trattoria Lucia: spring"));
    REQUIRE(ui.pick("business", static_cast<int>(Business::local) + 1));
    REQUIRE(ui.pick("phase", static_cast<int>(Phase::growing) + 1));
    REQUIRE(ui.fill("teamSize", "3"));
    REQUIRE(ui.fill("monthlyBudget", "250"));
    REQUIRE(ui.fill("currency", "eur"));
    const bool hadTikTok = std::count(ui.app.plan().context.channels.begin(), ui.app.plan().context.channels.end(), "tiktok") > 0;
    REQUIRE(ui.click("field:channels:tiktok"));
    const Plan& p = ui.app.plan();
    CHECK(p.name == "Trattoria Lucia: spring");
    CHECK(p.context.business == Business::local);
    CHECK(p.context.phase == Phase::growing);
    CHECK(p.context.teamSize == 3);
    CHECK(p.context.monthlyBudget == 250);
    CHECK(p.context.currency == "EUR");
    CHECK((std::count(p.context.channels.begin(), p.context.channels.end(), "tiktok") > 0) != hadTikTok);
}

TEST_CASE("a plan from goal templates asks for the team's own baseline and never invents one") {
    UiHarness ui;
    REQUIRE(ui.click("new-plan"));
    REQUIRE(ui.click("new-plan:templates"));
    REQUIRE(ui.click("template:" + std::string(goalTemplates()[0].id)));
    REQUIRE(ui.click("template:" + std::string(goalTemplates()[1].id)));
    REQUIRE(ui.click("template-baseline:" + std::string(goalTemplates()[0].id)));
    ui.type("1250");
    REQUIRE(ui.click("new-plan:create"));
    const Plan& p = ui.app.plan();
    REQUIRE(p.goals.size() == 2);
    CHECK(p.goals[0].baseline == 1250);
    CHECK_FALSE(p.goals[1].baseline);
    CHECK_FALSE(p.goals[0].target);
    CHECK(p.goals[0].kpi == goalTemplates()[0].kpi);
    CHECK(p.goals[0].objectiveId == p.objectives.at(0).id);
}

TEST_CASE("the screen-reader mirror names objectives, goals with status and advice, and the editor's fields") {
    UiHarness ui;
    const Plan& plan = ui.app.plan();
    auto has = [&](const std::string& text, platform::MirrorNode::Role role) {
        return std::any_of(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                           [&](const auto& n) { return n.role == role && n.text.find(text) != std::string::npos; });
    };
    CHECK(has(plan.objectives.at(0).title, platform::MirrorNode::Role::heading));
    CHECK(has(plan.goals.at(0).title + ". Status:", platform::MirrorNode::Role::item));
    ui.app.editGoal(plan.goals.at(0).id);
    ui.frames(2);
    CHECK(has("Baseline: ", platform::MirrorNode::Role::item));
    REQUIRE(ui.click("field:scope"));
    CHECK(std::any_of(ui.reader.announcements.begin(), ui.reader.announcements.end(),
                      [](const std::string& a) { return a.rfind("Scope", 0) == 0; }));
}

TEST_CASE("the realism gauge puts the ambitious target at two thirds and clamps beyond") {
    CHECK(ui::gaugePosition(0, 100) == 0.0f);
    CHECK(ui::gaugePosition(100, 100) == doctest::Approx(2.0 / 3));
    CHECK(ui::gaugePosition(50, 100) == doctest::Approx(1.0 / 3));
    CHECK(ui::gaugePosition(1e9, 100) == 1.0f);
    CHECK(ui::gaugePosition(-5, 100) == 0.0f);
    CHECK(ui::gaugePosition(10, 0) == 1.0f);
    CHECK(ui::gaugePosition(std::nan(""), 100) == 0.0f);
}

TEST_CASE("findings about the whole plan are shown above the objectives and in the mirror") {
    UiHarness ui;
    Plan plan = *loadTemplate("software");
    REQUIRE_FALSE(plan.tasks.empty());
    plan.tasks[0].owners.clear();
    REQUIRE(ui.app.importPlan(serializePlanDocument(plan)).empty());
    ui.frames(3);
    const Strings en = Strings::load("en");
    CHECK(std::any_of(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                      [&](const auto& n) { return n.text == en("editor.whole_plan"); }));
}

TEST_CASE("what is typed right after opening the KPI list lands in its search, first letter included") {
    for (int wait = 0; wait < 4; ++wait) {
        CAPTURE(wait);
        UiHarness ui;
        const std::string id = ui.app.plan().goals.at(0).id;
        ui.app.editGoal(id);
        ui.frames(3);
        const auto rect = nlohmann::json::parse(ui.app.itemRect("field:kpi"));
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(rect["x"].get<float>() + 10, rect["y"].get<float>() + 10);
        ui.frames(1);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        ui.frames(1);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        ui.frames(wait);
        io.AddInputCharactersUTF8("followers");  // typed while the list is still opening
        ui.frames(6);
        // The whole word arrived: it names a KPI exactly, so "create my own" is not offered.
        CHECK(ui.app.itemRect("kpi-create") == "");
        REQUIRE(ui.click("kpi-option:followers"));
        CHECK(ui.app.plan().findGoal(id)->kpi == "followers");
    }
}

TEST_CASE("keyboard only: Tab reaches the choices after a text field, Space opens one, arrows and Enter pick") {
    UiHarness ui;
    const std::string id = planWithOneNewGoal(ui);
    REQUIRE(ui.click("field:title"));
    ui.press(ImGuiKey_Tab);  // to "Serves objective"
    ui.press(ImGuiKey_Tab);  // to "Category"
    ui.press(ImGuiKey_Space);
    REQUIRE(ui.app.itemRect("option:category:1") != "");
    ui.press(ImGuiKey_DownArrow);
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().findGoal(id)->category == std::string(categories()[0].id));
}

TEST_CASE("a goal's channel choice offers the plan's own channels first") {
    UiHarness ui;  // the example: Facebook, Instagram and the Google Business Profile, in that order
    REQUIRE(ui.click("welcome-explore"));
    const std::vector<std::string> channels = ui.app.plan().context.channels;
    REQUIRE(channels.size() >= 2);
    REQUIRE(ui.click("edit:local-followers"));
    for (size_t i = 0; i < channels.size(); ++i) {
        REQUIRE(ui.pick("channel", static_cast<int>(i) + 1));
        CHECK(ui.app.plan().findGoal("local-followers")->channel == channels[i]);
    }
}
