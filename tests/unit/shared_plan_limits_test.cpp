#include <doctest/doctest.h>

#include <string>

#include "core/plan/shared_plan_limits.h"

using namespace waymark;

TEST_CASE("a share link brings a plan up to the big plan's scale, and names the first list beyond it") {
    Plan plan;
    plan.goals.resize(1000);
    plan.checkins.resize(100000);
    CHECK_FALSE(overSharedPlanLimits(plan));
    plan.goals.emplace_back();
    const auto over = overSharedPlanLimits(plan);
    REQUIRE(over);
    CHECK(std::string(over->items) == "goals");
    CHECK(over->count == 1001);
    CHECK(over->limit == 1000);
    plan.goals.resize(10);
    plan.tasks.resize(20001);
    REQUIRE(overSharedPlanLimits(plan));
    CHECK(std::string(overSharedPlanLimits(plan)->items) == "tasks");
}
