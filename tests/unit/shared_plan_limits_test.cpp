#include <doctest/doctest.h>

#include <string>

#include "core/plan/plan_json.h"
#include "core/plan/shared_plan_limits.h"

using namespace waymark;

namespace {
// The plan as a share link carries it: its file.
std::string fileOf(const Plan& plan) { return serializePlanDocument(plan); }
}  // namespace

TEST_CASE("a share link brings a plan up to the big plan's scale, and names the first list beyond it") {
    Plan plan;
    plan.id = "p";
    plan.goals.resize(1000);
    for (size_t i = 0; i < plan.goals.size(); ++i) plan.goals[i].id = "g" + std::to_string(i);
    plan.checkins.resize(100000);
    CHECK_FALSE(overSharedPlanLimits(fileOf(plan)));
    plan.goals.emplace_back();
    plan.goals.back().id = "one-more";
    const auto over = overSharedPlanLimits(fileOf(plan));
    REQUIRE(over);
    CHECK(std::string(over->items) == "goals");
    CHECK(over->count == 1001);
    CHECK(over->limit == 1000);
    plan.goals.resize(10);
    plan.tasks.resize(20001);
    REQUIRE(overSharedPlanLimits(fileOf(plan)));
    CHECK(std::string(overSharedPlanLimits(fileOf(plan))->items) == "tasks");
}

TEST_CASE("only the plan's own lists count: lists nested deeper or outside the plan do not") {
    // 1,001 objects under other keys, in a goal, and beside the plan.
    std::string many;
    for (int i = 0; i < 1001; ++i) many += std::string(i ? "," : "") + "{}";
    const std::string text = R"({"format":"waymark-plan","version":1,"goals":[)" + many +
                             R"(],"plan":{"id":"p","goals":[{"id":"g","tasks":[)" + many + R"(]}],"extra":[)" + many + "]}}";
    CHECK_FALSE(overSharedPlanLimits(text));
}

TEST_CASE("text that is not JSON is left to the plan reader, which says what is wrong") {
    CHECK_FALSE(overSharedPlanLimits("{\"plan\": {\"goals\": ["));
    CHECK_FALSE(overSharedPlanLimits("not json"));
    CHECK_FALSE(overSharedPlanLimits(std::string(100000, '[')));
}
