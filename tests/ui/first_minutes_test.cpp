// The first ten minutes of a new user (issue 25): the welcome on the first visit, a new goal that
// says what to fill in next, "Go to KPI", KPI search by the words people use, own names shown as
// names, and a check-in dated in the future.
#include <doctest/doctest.h>

#include "core/export/export_file.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {
// An empty plan with one objective and one brand-new goal, its editor open.
std::string firstMinutesBrandNewGoal(UiHarness& ui) {
    REQUIRE(ui.click("welcome-empty"));
    REQUIRE(ui.app.plan().objectives.empty());
    const std::string goal = ui.addObjectiveAndGoal();
    REQUIRE_FALSE(goal.empty());
    return goal;
}
}  // namespace

TEST_CASE("the first visit says the plan is an example and offers the ways on; Start empty keeps it in Plans") {
    UiHarness ui;
    CHECK_FALSE(ui.app.itemRect("example-badge").empty());
    CHECK_FALSE(ui.app.itemRect("welcome-templates").empty());
    // Screen readers hear the welcome and its three ways on, as the screen shows them.
    CHECK(ui.mirrorContains("Welcome! This is an example plan"));
    CHECK(ui.mirrorContains("Keep exploring the example"));
    const std::string example = ui.app.plan().id;
    REQUIRE(ui.click("welcome-empty"));
    CHECK(ui.app.plan().objectives.empty());
    CHECK(ui.app.plan().id != example);  // a plan of its own: the example's record stays
    CHECK(ui.app.itemRect("example-badge").empty());
    CHECK(ui.app.itemRect("welcome-empty").empty());
    ui.frames(2);
    CHECK_FALSE(ui.mirrorContains("Welcome! This is an example plan"));
}

TEST_CASE("Go to KPI opens the KPI's list; then the goal says what to fill in next, not a wall of errors") {
    UiHarness ui;
    const std::string id = firstMinutesBrandNewGoal(ui);
    ui.frames(3);
    REQUIRE(ui.click("fix:missing_metric"));
    ui.frames(4);
    CHECK_FALSE(ui.app.itemRect("kpi-search").empty());  // the list is open, its search ready
    REQUIRE(ui.click("kpi-option:followers"));
    REQUIRE(ui.app.plan().findGoal(id)->kpi == "followers");
    ui.frames(20);
    CHECK_FALSE(ui.app.needsFrames());  // the page goes idle again
    // Target, baseline, deadline and more are missing now: the next one first, the others named.
    CHECK(ui.scrollTo("fill-then"));
    CHECK(ui.scrollTo("fix:missing_target"));
}

TEST_CASE("KPI search finds by the words people use, in each language, and Enter takes a single match") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.at(0).id;
    ui.app.editGoal(id);
    ui.frames(3);
    REQUIRE(ui.click("field:kpi"));
    ui.type("stars");
    ui.frames(2);
    CHECK_FALSE(ui.app.itemRect("kpi-option:average_rating").empty());
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().findGoal(id)->kpi == "average_rating");

    ui.app.setLanguage("id");
    ui.frames(3);
    REQUIRE(ui.click("field:kpi"));
    ui.type("reservasi");
    ui.frames(2);
    CHECK_FALSE(ui.app.itemRect("kpi-option:bookings").empty());
    CHECK_FALSE(ui.app.itemRect("kpi-option:enquiries").empty());
    ui.press(ImGuiKey_Enter);  // two found: Enter picks neither
    CHECK(ui.app.plan().findGoal(id)->kpi == "average_rating");
}

TEST_CASE("the report names channels and the budget as people read them") {
    Plan plan = *loadTemplate("restaurant");
    plan.context.channels = {"google_business_profile"};
    plan.context.monthlyBudget = 300;
    plan.context.currency.clear();
    const ExportFile report = makeExport(plan, ExportKind::report, Strings::load("en"), Date{2026, 11, 23});
    CHECK(report.text.find("google\\_business\\_profile") == std::string::npos);
    CHECK(report.text.find("google_business_profile") == std::string::npos);
    CHECK(report.text.find("300 paid budget a month (no currency set)") != std::string::npos);
}
