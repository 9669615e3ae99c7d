// The per-revision cache of derived values the views share (src/ui/plan_derived.h).
#include <doctest/doctest.h>

#include "core/plan/example_plans.h"
#include "ui/plan_derived.h"

using namespace waymark;
using waymark::ui::DerivedCache;
using waymark::ui::PlanDerived;

namespace {

const Date kToday{2026, 11, 23};

// Two goals under one objective, one goal alone; an overdue task, a done one and a weekly one.
Plan smallPlan() {
    Plan plan;
    plan.id = "p";
    plan.objectives.push_back({"o", "Fill the tables", ObjectiveKind::business, {}, {}});
    Goal a;
    a.id = "a", a.objectiveId = "o", a.kpi = "followers", a.baseline = 100, a.target = 200;
    a.start = Date{2026, 9, 1}, a.deadline = Date{2027, 3, 1};
    Goal b = a;
    b.id = "b";
    Goal c = a;
    c.id = "c", c.objectiveId.reset();
    plan.goals = {a, b, c};
    plan.checkins.push_back({"a", Date{2026, 11, 1}, 150, {}, ""});
    plan.tactics.push_back({"t", "a", "Reels", 4, 2});
    plan.tasks.push_back({"late", "t", "Shoot", {"Ana"}, Date{2026, 11, 1}, {}, false});
    plan.tasks.push_back({"done", "t", "Edit", {"Ana"}, Date{2026, 11, 1}, {}, true});
    plan.tasks.push_back({"weekly", "t", "Post", {"Ben"}, Date{2026, 11, 2}, Repeat{1, RepeatUnit::week, {}, {}}, false});
    return plan;
}

}  // namespace

TEST_CASE("derived values are computed once per plan revision and day, not once per call") {
    const Plan plan = smallPlan();
    DerivedCache cache;
    cache.get(plan, 1, kToday);
    cache.get(plan, 1, kToday);
    CHECK(cache.computations() == 1);
    cache.get(plan, 2, kToday);
    CHECK(cache.computations() == 2);
    cache.get(plan, 2, kToday.plusDays(1));  // midnight passed: statuses and overdue tasks move
    CHECK(cache.computations() == 3);
}

TEST_CASE("derived values are core's: tracks, overdue tasks, load per owner and week, goals by id and objective") {
    const Plan plan = smallPlan();
    DerivedCache cache;
    const PlanDerived& d = cache.get(plan, 1, kToday);
    const std::vector<GoalTrack> tracks = trackGoals(plan, kToday);
    REQUIRE(d.tracks.size() == tracks.size());
    for (size_t i = 0; i < tracks.size(); ++i) CHECK(d.tracks[i].status == tracks[i].status);
    CHECK(d.track("a") == &d.tracks[0]);
    CHECK(d.track("a")->status == trackGoal(plan, plan.goals[0], kToday).status);
    CHECK(d.track("missing") == nullptr);
    // The late task, and the weekly one whose past dates were never ticked off.
    CHECK(d.overdueTasks == std::vector<size_t>{0, 2});
    CHECK(d.overdueTasks == overdueTasks(plan, kToday));
    CHECK(d.loadFrom == Date{2026, 10, 26});  // the Monday four weeks before today's week
    CHECK(d.loadTo == Date{2027, 2, 21});     // the Sunday twelve weeks after it
    CHECK(d.load == loadByOwnerAndWeek(plan, d.loadFrom, d.loadTo));
    CHECK_FALSE(d.load.empty());
    CHECK(d.goalsOfObjective.at("o") == std::vector<size_t>{0, 1});
    CHECK(d.goalsOfObjective.count("c") == 0);
}

TEST_CASE("a new revision of a changed plan gives the new plan's values") {
    Plan plan = smallPlan();
    DerivedCache cache;
    CHECK(cache.get(plan, 1, kToday).overdueTasks.size() == 2);
    plan.tasks[0].done = true;
    CHECK(cache.get(plan, 1, kToday).overdueTasks.size() == 2);  // same revision: the cached values
    CHECK(cache.get(plan, 2, kToday).overdueTasks == std::vector<size_t>{2});
}

TEST_CASE("the sample plan's derived values match core's for every goal") {
    const Plan plan = loadTemplate("restaurant").value();
    DerivedCache cache;
    const PlanDerived& d = cache.get(plan, 7, kToday);
    REQUIRE(d.tracks.size() == plan.goals.size());
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        CHECK(d.track(plan.goals[i].id) == &d.tracks[i]);
        CHECK(d.tracks[i].status == trackGoal(plan, plan.goals[i], kToday).status);
    }
    CHECK(d.overdueTasks == overdueTasks(plan, kToday));
}
