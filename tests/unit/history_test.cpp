#include <doctest/doctest.h>

#include "core/plan/example_plans.h"
#include "core/plan/history.h"

using namespace waymark;

namespace {
// Applies an edit as the app does: through applyEdit, recording the step when it changed the plan.
bool step(Plan& plan, History& history, const PlanEdit& edit) {
    EditResult result = applyEdit(plan, edit, Date{2026, 11, 23});
    if (!result.changed) return false;
    history.record(std::move(result.ops), editLabel(edit));
    return true;
}
}  // namespace

TEST_CASE("undo gives back the plan before each step and redo the one after") {
    Plan plan = *loadTemplate("restaurant");
    const Plan original = plan;
    History history;
    CHECK_FALSE(history.canUndo());
    REQUIRE(step(plan, history, RenamePlan{"Trattoria: spring"}));
    Goal g = plan.goals.front();
    g.baseline = 120;
    REQUIRE(step(plan, history, UpdateGoal{g, "baseline"}));
    const Plan edited = plan;
    CHECK(history.undoLabel()->key == "history.update_goal");

    REQUIRE(history.undo(plan));
    CHECK(plan.goals.front().baseline != 120);
    REQUIRE(history.undo(plan));
    CHECK(plan == original);
    CHECK_FALSE(history.undo(plan));
    REQUIRE(history.redo(plan));
    REQUIRE(history.redo(plan));
    CHECK(plan == edited);
    CHECK_FALSE(history.redo(plan));
}

TEST_CASE("a new step after an undo drops the redo steps") {
    Plan plan;
    History history;
    REQUIRE(step(plan, history, AddObjective{"A"}));
    REQUIRE(step(plan, history, AddObjective{"B"}));
    REQUIRE(history.undo(plan));
    CHECK(history.canRedo());
    REQUIRE(step(plan, history, AddObjective{"C"}));
    CHECK_FALSE(history.canRedo());
    CHECK(plan.objectives.back().title == "C");
}

TEST_CASE("an edit that changes nothing is not a step") {
    Plan plan = *loadTemplate("software");
    History history;
    CHECK_FALSE(step(plan, history, UpdateGoal{plan.goals.front(), "title"}));
    CHECK_FALSE(step(plan, history, RenameGoal{"missing", "x"}));
    CHECK_FALSE(history.canUndo());
}

TEST_CASE("history keeps at least a hundred steps and drops the oldest beyond its limit") {
    Plan plan;
    History history;
    for (int i = 0; i < 250; ++i) REQUIRE(step(plan, history, RenamePlan{"name " + std::to_string(i)}));
    CHECK(history.undoSteps() == History::kDefaultLimit);
    for (int i = 0; i < 100; ++i) REQUIRE(history.undo(plan));
    CHECK(plan.name == "name 149");
}

TEST_CASE("history keeps what its byte budget holds: the newest steps, and always the last one") {
    Plan plan = *loadTemplate("restaurant");
    applyEdit(plan, RenamePlan{"name 10"});
    // Room for four and a half renames' operations.
    History history(200, 9 * opBytes(editOps(plan, RenamePlan{"name 11"}).front()) / 2);
    for (int i = 11; i < 20; ++i) REQUIRE(step(plan, history, RenamePlan{"name " + std::to_string(i)}));
    CHECK(history.undoSteps() == 4);
    REQUIRE(history.undo(plan));
    CHECK(plan.name == "name 18");  // the newest steps are the ones kept

    History tiny(200, 10);  // a step larger than the whole budget is still kept
    REQUIRE(step(plan, tiny, RenamePlan{"again"}));
    REQUIRE(step(plan, tiny, RenamePlan{"and again"}));
    CHECK(tiny.undoSteps() == 1);
}

TEST_CASE("a step costs what it changed: one field of a plan with 100,000 check-ins is a few bytes") {
    Plan plan = *loadTemplate("restaurant");
    for (int i = 0; i < 100000; ++i) plan.checkins.push_back({plan.goals.front().id, Date{2026, 11, 1}, 1.0 * i, {}, "", "c" + std::to_string(i)});
    History history;
    REQUIRE(step(plan, history, RenameGoal{plan.goals.front().id, "Renamed"}));
    const EditResult again = applyEdit(plan, RenameGoal{plan.goals.front().id, "Renamed twice"});
    REQUIRE(again.ops.size() == 1);
    CHECK(opBytes(again.ops.front()) < 256);
}

TEST_CASE("the saved marker follows undo and redo back to the saved state") {
    Plan plan;
    History history;
    CHECK_FALSE(history.unsaved());
    REQUIRE(step(plan, history, AddObjective{"A"}));
    CHECK(history.unsaved());
    history.markSaved(history.state());
    CHECK_FALSE(history.unsaved());
    REQUIRE(history.undo(plan));
    CHECK(history.unsaved());
    REQUIRE(history.redo(plan));
    CHECK_FALSE(history.unsaved());
    // Undo, then a different step: same depth, but not the saved plan.
    REQUIRE(history.undo(plan));
    REQUIRE(step(plan, history, AddObjective{"B"}));
    CHECK(history.unsaved());
}

TEST_CASE("every edit kind undone and redone gives back the same plan") {
    Plan plan = *loadTemplate("software");
    Goal goal = plan.goals.front();
    goal.channel = "youtube";
    goal.deadline = Date{2027, 9, 30};
    goal.secondaryKpis = {"reach"};
    Objective objective = plan.objectives.back();
    objective.kind = ObjectiveKind::marketing;
    objective.due = Date{2027, 12, 31};
    Context context = plan.context;
    context.teamSize = 9;
    Goal draft;
    draft.title = "Grow the newsletter";
    draft.kpi = "leads";
    Plan other = *loadTemplate("restaurant");
    plan.customKpis.push_back({"custom_1", "Walk-ins", "count", true, true, false, std::nullopt});
    CustomKpi custom = plan.customKpis.back();
    custom.family = CustomFamily::count;
    const PlanEdit edits[] = {
        AddObjective{"New"}, RenameObjective{plan.objectives.front().id, "Renamed"},
        UpdateObjective{objective, "kind"}, MoveObjective{plan.objectives[1].id, -1},
        AddGoal{plan.objectives.front().id, "More"}, AddDraftGoals{{draft}},
        RenameGoal{goal.id, "Renamed goal"}, UpdateGoal{goal, "deadline"},
        UpdateContext{context, "teamSize"}, AddCustomKpi{{"x", "Store visits", "count", true, true, false, std::nullopt}, ""},
        RenamePlan{"Renamed plan"}, ReplacePlan{other, "open"},
        UpdateCustomKpi{custom, "family"},
        DeleteGoal{goal.id}, DeleteObjective{plan.objectives.front().id},
    };
    for (const PlanEdit& edit : edits) {
        Plan p = plan;
        History history;
        REQUIRE(step(p, history, edit));
        const Plan after = p;
        REQUIRE(history.undo(p));
        CHECK(p == plan);
        REQUIRE(history.redo(p));
        CHECK(p == after);
    }
}
