// Operations: every edit is a few operations with inverses. Property tests over random edit
// sequences on varied plans: undoing them all gives the plan back byte for byte, redoing them
// gives the edited plan again, the JSON form carries operations unchanged, a plan diff turns one
// plan into another, and undo leaves another person's changes alone.
#include <doctest/doctest.h>

#include <random>

#include "../common/random_edits.h"
#include "core/plan/example_plans.h"
#include "core/plan/history.h"
#include "core/plan/operation.h"
#include "core/plan/plan_json.h"

using namespace waymark;

namespace {

const Date kOperationsToday{2026, 12, 7};

}  // namespace

using testing::randomEdit;
using testing::startingPlans;

TEST_CASE("undoing any sequence of edits gives the plan back byte for byte, and redoing gives the edited plan") {
    int steps = 0;
    for (const Plan& start : startingPlans()) {
        for (unsigned seed = 1; seed <= 25; ++seed) {
            CAPTURE(seed);
            CAPTURE(start.id);
            std::mt19937 rng(seed);
            Plan plan = start;
            History history(1000);
            for (int i = 0; i < 60; ++i) {
                const PlanEdit edit = randomEdit(plan, rng);
                EditResult result = applyEdit(plan, edit, kOperationsToday);
                if (!result.changed) continue;
                REQUIRE(parsePlanDocument(serializePlanDocument(plan)));  // every step leaves a valid plan
                history.record(std::move(result.ops), editLabel(edit));
                ++steps;
            }
            const std::string edited = serializePlanDocument(plan);
            while (history.canUndo()) REQUIRE(history.undo(plan));
            CHECK(serializePlanDocument(plan) == serializePlanDocument(start));
            CHECK(plan == start);
            while (history.canRedo()) REQUIRE(history.redo(plan));
            CHECK(serializePlanDocument(plan) == edited);
        }
    }
    CHECK(steps > 2000);  // the sequences really edit
}

TEST_CASE("operations keep their meaning through their JSON form") {
    std::mt19937 rng(7);
    Plan plan = *loadTemplate("restaurant");
    for (int i = 0; i < 300; ++i) {
        Plan before = plan;
        const EditResult result = applyEdit(plan, randomEdit(plan, rng), kOperationsToday);
        const auto back = opsFromJson(opsToJson(result.ops));
        REQUIRE(back);
        CHECK(*back == result.ops);
        REQUIRE(applyOps(before, *back));
        CHECK(before == plan);
    }
}

TEST_CASE("a plan diff turns one plan into another, and its inverse turns it back") {
    const std::vector<Plan> plans = startingPlans();
    std::mt19937 rng(11);
    for (const Plan& from : plans)
        for (Plan to : plans) {
            for (int i = 0; i < 20; ++i) applyEdit(to, randomEdit(to, rng), kOperationsToday);
            const Ops ops = diffPlans(from, to);
            Plan plan = from;
            REQUIRE(applyOps(plan, ops));
            CHECK(serializePlanDocument(plan) == serializePlanDocument(to));
            REQUIRE(applyOps(plan, inverse(ops)));
            CHECK(serializePlanDocument(plan) == serializePlanDocument(from));
        }
    CHECK(diffPlans(plans[1], plans[1]).empty());
}

TEST_CASE("an edit costs operations for what it changed, not for the whole plan") {
    Plan plan = *loadTemplate("restaurant");
    Goal g = plan.goals.front();
    g.baseline = 321;
    const Ops ops = editOps(plan, UpdateGoal{g, "baseline"}, kOperationsToday);
    REQUIRE(ops.size() == 1);
    CHECK(ops[0].kind == Op::Kind::set);
    CHECK(ops[0].part == Part::goals);
    CHECK(ops[0].id == g.id);
    CHECK(ops[0].field == "baseline");
    CHECK(ops[0].after == "321");
    CHECK(opsToJson(ops).find("\"field\":\"baseline\"") != std::string::npos);
}

TEST_CASE("undo reverts this user's operations and leaves another person's alone") {
    Plan plan = *loadTemplate("restaurant");
    History mine;
    const std::string goalId = plan.goals.front().id;
    // I change the title; someone else changes the baseline of the same goal.
    EditResult edit = applyEdit(plan, RenameGoal{goalId, "My title"}, kOperationsToday);
    mine.record(edit.ops, editLabel(RenameGoal{goalId, "My title"}));
    Goal theirs = *plan.findGoal(goalId);
    theirs.baseline = 4242;
    REQUIRE(applyOps(plan, editOps(plan, UpdateGoal{theirs, "baseline"}, kOperationsToday)));  // a remote operation: not in my history
    REQUIRE(mine.undo(plan));
    CHECK(plan.findGoal(goalId)->title == loadTemplate("restaurant")->goals.front().title);
    CHECK(plan.findGoal(goalId)->baseline == 4242);

    // Someone else renames it after me: my undo leaves their title, and says it applied nothing.
    REQUIRE(mine.redo(plan));
    REQUIRE(applyOps(plan, editOps(plan, RenameGoal{goalId, "Their title"}, kOperationsToday)));
    const auto undone = mine.undo(plan);
    REQUIRE(undone);
    CHECK(undone->empty());
    CHECK(plan.findGoal(goalId)->title == "Their title");

    // An item someone else deleted is not brought back by undoing my change to it.
    REQUIRE(mine.redo(plan));
    REQUIRE(applyOps(plan, editOps(plan, DeleteGoal{goalId}, kOperationsToday)));
    REQUIRE(mine.undo(plan));
    CHECK_FALSE(plan.findGoal(goalId));
}

TEST_CASE("operations that do not fit the plan are refused and change nothing") {
    Plan plan = *loadTemplate("restaurant");
    const Plan original = plan;
    const std::string goalId = plan.goals.front().id;
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, "nope", "title", "", "\"x\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "baseline", "", "\"not a number\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "id", "", "\"other\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "unknownField", "", "1"}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "title", "", "{broken"}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::insert, Part::goals, goalId, {}, {}, "{\"id\":\"" + goalId + "\",\"title\":\"\"}", 0}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::insert, Part::goals, "g-new", {}, {}, "{\"id\":\"other\",\"title\":\"\"}", 0}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::remove, Part::tactics, "nope", {}, "{}", {}, 0}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::plan, {}, "id", "", "\"\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::plan, {}, "updated", "", "\"yesterday\""}));
    CHECK_FALSE(applyOp(plan, {Op::Kind::insert, Part::voters, "p9", {}, {}, "{\"id\":\"p9\"}", 0}));  // no round
    CHECK_FALSE(applyOp(plan, {Op::Kind::set, Part::goals, goalId, "title", "\"not the title\"", "\"x\""}, true));
    CHECK(plan == original);
    CHECK_FALSE(opsFromJson("{}"));
    CHECK_FALSE(opsFromJson("[{\"op\":\"explode\",\"part\":\"goals\"}]"));
    CHECK_FALSE(opsFromJson("[{\"op\":\"move\",\"part\":\"goals\",\"id\":\"g1\",\"from\":-1,\"to\":0}]"));
}
