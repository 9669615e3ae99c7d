#include <doctest/doctest.h>

#include <string>

#include "core/text/embedded.h"
#include "core/plan/plan_json.h"
#include "core/method/realism.h"
#include "core/method/review.h"
#include "core/method/tactics.h"
#include "core/method/tasks.h"
#include "core/plan/example_plans.h"
#include "core/method/tracking.h"

using namespace waymark;

namespace {
const Date kTemplatesToday{2026, 11, 23};
}

TEST_CASE("the example plans are listed with translated names") {
    const auto list = planTemplates();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == "restaurant");
    CHECK(list[1].id == "software");
    const Strings en = Strings::load("en");
    for (const auto& t : list) {
        CHECK(t.nameKey == "plan_template." + t.id + ".name");
        CHECK(en.has(t.nameKey));
        CHECK(en.has("plan_template." + t.id + ".description"));
    }
    CHECK_FALSE(loadTemplate("nope"));
    CHECK_FALSE(loadTemplate(""));
    CHECK_FALSE(loadTemplate("../i18n/en/app"));
}

TEST_CASE("each example plan is a valid, complete plan file") {
    for (const auto& info : planTemplates()) {
        CAPTURE(info.id);
        const LoadResult loaded = parsePlanDocument(embeddedFile("templates/" + info.id + ".json"));
        INFO(loaded.error.str());
        REQUIRE(loaded);
        const Plan& plan = *loaded.plan;
        CHECK(loadTemplate(info.id) == plan);
        CHECK(parsePlanDocument(serializePlanDocument(plan)).plan == plan);
        CHECK(plan.id == "template-" + info.id);
        CHECK(plan.objectives.size() >= 3);
        CHECK(plan.goals.size() >= 5);
        bool soft = false, hard = false;
        for (const Goal& g : plan.goals) {
            CAPTURE(g.id);
            CHECK(g.objectiveId);
            CHECK_FALSE(g.dataSource.empty());
            CHECK(g.deadline);
            (g.soft ? soft : hard) = true;
            if (!g.soft) {
                CHECK(g.baseline);
                CHECK(g.target);
                // Numbers a team could reach: no goal the realism check calls unrealistic.
                CHECK(assessRealism(plan, g).verdict != Verdict::unrealistic);
            }
        }
        CHECK(soft);
        CHECK(hard);
        for (const Tactic& t : plan.tactics) CHECK(quadrantOf(t) != Quadrant::unscored);
        CHECK(quadrantOf(plan.tactics[rankTactics(plan.tactics).front()]) == Quadrant::quick_win);
        for (const Task& t : plan.tasks) {
            CAPTURE(t.id);
            CHECK_FALSE(t.owners.empty());
            CHECK(t.due);
        }
        CHECK(overdueTasks(plan, kTemplatesToday).size() == 1);  // one slipped task, as in real life
        CHECK_FALSE(plan.checkins.empty());
        for (const GoalTrack& track : trackGoals(plan, kTemplatesToday)) {
            CHECK(track.status != Status::off_track);
            CHECK(track.status != Status::missed);
        }
    }
}

TEST_CASE("the example plans review as sound advice: no errors or warnings, a tip at most") {
    for (const auto& info : planTemplates()) {
        CAPTURE(info.id);
        const auto plan = loadTemplate(info.id);
        REQUIRE(plan);
        size_t tips = 0;
        const PlanReview whole = reviewPlan(*plan, kTemplatesToday);
        for (const Finding& f : whole.planFindings) {
            CAPTURE(f.code);
            CHECK(f.severity == Severity::tip);
        }
        for (const GoalReview& r : whole.goals) {
            CAPTURE(r.goalId);
            // A soft goal is judged by the team over time, not by growth bands (issue 24).
            const Goal* goal = plan->findGoal(r.goalId);
            CHECK((r.realism.verdict != Verdict::unknown || (goal->soft && r.realism.reason == "soft_goal")));
            CHECK(r.relevance.key == "review.relevance.linked");
            for (const Finding& f : r.findings) {
                CAPTURE(f.code);
                CHECK(f.severity == Severity::tip);
                ++tips;
            }
        }
        CHECK(tips <= 2);
    }
}

TEST_CASE("the software plan has the monthly sponsored post by the 30th") {
    const auto plan = loadTemplate("software");
    REQUIRE(plan);
    const Task* sponsored = nullptr;
    for (const Task& t : plan->tasks)
        if (t.id == "monthly-sponsored") sponsored = &t;
    REQUIRE(sponsored);
    CHECK(sponsored->owners.size() == 2);
    const auto dates = occurrences(*sponsored, Date{2027, 1, 1}, Date{2027, 12, 31});
    REQUIRE(dates.size() == 6);
    CHECK(dates[1] == Date{2027, 2, 28});  // February has no 30th
    CHECK(dates[2] == Date{2027, 3, 30});
}

TEST_CASE("the restaurant plan: 400 local followers, +20% in a month, on a small boost budget") {
    const auto plan = loadTemplate("restaurant");
    REQUIRE(plan);
    CHECK(plan->context.business == Business::local);
    CHECK(plan->context.phase == Phase::starting);
    const Goal* followers = plan->findGoal("local-followers");
    REQUIRE(followers);
    CHECK(*followers->baseline == 400);
    CHECK(*followers->target == 480);
    CHECK(daysBetween(*followers->start, *followers->deadline) <= 31);
    CHECK(followers->scope.find("3 miles") != std::string::npos);
    CHECK(trackGoal(*plan, *followers, kTemplatesToday).status == Status::on_track);
    // Goals the team fully controls come first for a team that is just starting.
    // Held lines are on track until the deadline: "achieved" would invite the team to stop.
    CHECK(trackGoal(*plan, *plan->findGoal("posting-rhythm"), kTemplatesToday).status == Status::on_track);
    CHECK(trackGoal(*plan, *plan->findGoal("reply-within-hour"), kTemplatesToday).status == Status::on_track);
}
