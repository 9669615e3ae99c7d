#include <doctest/doctest.h>

#include <limits>

#include "core/plan/example_plans.h"
#include "core/plan/plan_edit.h"

using namespace waymark;

TEST_CASE("a target moved after check-ins began is recorded, a first or planned target is not") {
    Plan plan = *loadTemplate("restaurant");
    const Date today{2026, 11, 23};
    Goal tracked;
    for (const Goal& g : plan.goals)
        for (const Checkin& c : plan.checkins)
            if (c.goalId == g.id && g.target) tracked = g;
    REQUIRE_FALSE(tracked.id.empty());
    const double old = *tracked.target;
    Goal next = tracked;
    next.target = old * 2;
    REQUIRE(applyEdit(plan, UpdateGoal{next, "target"}, today).changed);
    const Goal& moved = *plan.findGoal(tracked.id);
    REQUIRE(moved.targetHistory.size() == tracked.targetHistory.size() + 1);
    CHECK(moved.targetHistory.back().from == old);
    CHECK(moved.targetHistory.back().to == old * 2);
    CHECK(moved.targetHistory.back().date == today);

    const EditResult added = applyEdit(plan, AddGoal{plan.objectives.front().id, "New"}, today);
    Goal fresh = *plan.findGoal(added.createdId);
    fresh.target = 10;
    applyEdit(plan, UpdateGoal{fresh, "target"}, today);
    fresh.target = 20;
    applyEdit(plan, UpdateGoal{fresh, "target"}, today);
    CHECK(plan.findGoal(added.createdId)->targetHistory.empty());
    // A target that is not a number is no move to record.
    Goal broken = *plan.findGoal(tracked.id);
    broken.target = std::numeric_limits<double>::quiet_NaN();
    applyEdit(plan, UpdateGoal{broken, "target"}, today);
    CHECK(plan.findGoal(tracked.id)->targetHistory.size() == tracked.targetHistory.size() + 1);
}

TEST_CASE("an objective cannot become its own ancestor") {
    Plan plan;
    applyEdit(plan, AddObjective{"Year"});
    applyEdit(plan, AddObjective{"Quarter"});
    Objective quarter = plan.objectives[1];
    quarter.parentId = plan.objectives[0].id;
    REQUIRE(applyEdit(plan, UpdateObjective{quarter, "parentId"}).changed);
    Objective year = plan.objectives[0];
    year.parentId = quarter.id;
    CHECK(wouldMakeCycle(plan, year.id, quarter.id));
    CHECK_FALSE(applyEdit(plan, UpdateObjective{year, "parentId"}).changed);
    CHECK_FALSE(plan.objectives[0].parentId);
}

TEST_CASE("objectives move among their siblings only") {
    Plan plan;
    for (const char* t : {"A", "B", "C"}) applyEdit(plan, AddObjective{t});
    Objective child = plan.objectives[2];
    child.parentId = plan.objectives[0].id;
    applyEdit(plan, UpdateObjective{child, "parentId"});  // C under A
    CHECK(applyEdit(plan, MoveObjective{plan.objectives[1].id, -1}).changed);  // B before A
    CHECK(plan.objectives[0].title == "B");
    CHECK_FALSE(applyEdit(plan, MoveObjective{plan.objectives[0].id, -1}).changed);  // first already
    CHECK_FALSE(applyEdit(plan, MoveObjective{plan.objectives[2].id, 1}).changed);   // C has no sibling
}

TEST_CASE("custom KPIs get ids that never clash with the catalog or the plan") {
    Plan plan;
    const EditResult a = applyEdit(plan, AddCustomKpi{{"followers", " Store visits ", "count", true, true, false, std::nullopt}, ""});
    const EditResult b = applyEdit(plan, AddCustomKpi{{"followers", "Walk-ins", "count", true, true, false, std::nullopt}, ""});
    CHECK(a.createdId.rfind("custom_", 0) == 0);
    CHECK(a.createdId != b.createdId);
    CHECK(plan.customKpis[0].name == "Store visits");
    const EditResult g = applyEdit(plan, AddGoal{"", "Walk-ins"});
    const EditResult c = applyEdit(plan, AddCustomKpi{{"", "Walk-ins", "count", true, true, false, std::nullopt}, g.createdId});
    CHECK(plan.findGoal(g.createdId)->kpi == c.createdId);
}

TEST_CASE("draft goals get fresh ids and keep their fields, in one step") {
    Plan plan = *loadTemplate("software");
    Goal draft = plan.goals.front();
    draft.title = "  Copy  ";
    const EditResult r = applyEdit(plan, AddDraftGoals{{draft, draft}});
    const Goal& added = *plan.findGoal(r.createdId);
    CHECK(added.id != draft.id);
    CHECK(added.title == "Copy");
    CHECK(added.kpi == draft.kpi);
    CHECK(plan.goals.back().id != added.id);
    CHECK(plan.goals.back().title == "Copy");
    CHECK_FALSE(applyEdit(plan, AddDraftGoals{}).changed);
}

TEST_CASE("step labels read as text") {
    const Strings en = Strings::load("en");
    Goal g;
    CHECK(editLabelText(editLabel(UpdateGoal{g, "baseline"}), en) == en("history.update_goal", {{"field", en("field.baseline")}}));
    CHECK(editLabelText(editLabel(ReplacePlan{{}, "import"}), en) == en("history.replace_plan.import"));
}
