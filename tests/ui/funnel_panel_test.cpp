// The funnel panel of a business objective, driven as a user would: set the number, read the
// stages, change a rate, create the goals in one undoable step.
#include <doctest/doctest.h>

#include "core/method/review.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("a business objective gets a revenue number and its funnel shows what each stage needs") {
    UiHarness ui;
    Plan plan = *loadTemplate("software");
    plan.objectives[0].number.reset();
    plan.objectives[0].funnel = {};
    REQUIRE(ui.app.importPlan(serializePlanDocument(plan)).empty());
    ui.frames(5);
    REQUIRE(ui.click("edit:segment"));
    CHECK_FALSE(ui.click("funnel-create"));  // no number, no funnel yet
    REQUIRE(ui.fill("number.value", "20000"));
    REQUIRE(ui.pick("number.per", 0));  // per month
    REQUIRE(ui.fill("funnel.socialShare", "30%"));
    const Objective& o = *ui.app.plan().findObjective("segment");
    REQUIRE(o.number);
    CHECK(o.number->value == 20000);
    CHECK(o.number->per == NumberPeriod::month);
    CHECK(o.funnel.socialShare == 30);
    ui.frames(3);
    CHECK(ui.scrollTo("funnel-needed:leads"));
    CHECK(ui.scrollTo("funnel-needed:reach"));

    // The team knows its own lead-to-customer rate: it replaces the starting value.
    REQUIRE(ui.fill("funnel.rate.lead_to_customer", "15"));
    CHECK(ui.app.plan().findObjective("segment")->funnel.rates.leadToCustomer == 15);
    REQUIRE(ui.fill("funnel.rate.lead_to_customer", "150"));  // refused: not a percentage
    CHECK(ui.app.plan().findObjective("segment")->funnel.rates.leadToCustomer == 15);
}

TEST_CASE("the funnel's goals are created in one step, linked to the objective, and reviewed") {
    UiHarness ui;
    REQUIRE(ui.app.importPlan(serializePlanDocument(*loadTemplate("software"))).empty());
    ui.frames(5);
    const size_t goals = ui.app.plan().goals.size();
    const Plan before = ui.app.plan();
    REQUIRE(ui.click("edit:segment"));
    REQUIRE(ui.click("funnel-create"));
    const Plan& after = ui.app.plan();
    REQUIRE(after.goals.size() > goals);
    for (size_t i = goals; i < after.goals.size(); ++i) {
        CHECK(after.goals[i].objectiveId == "segment");
        CHECK_FALSE(after.goals[i].kpi.empty());
        CHECK(after.goals[i].target);
    }
    CHECK(parsePlanDocument(serializePlanDocument(after)).plan == after);
    CHECK(review(after, Date{2026, 11, 23}).size() == after.goals.size());
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan() == before);
}
