#include <doctest/doctest.h>

#include "core/plan/example_plans.h"
#include "core/plan/history.h"

using namespace waymark;

namespace {
// Applies an edit as the app does: through applyEdit, recording the step when it changed the plan.
bool step(Plan& plan, History& history, const PlanEdit& edit) {
    Plan before = plan;
    if (!applyEdit(plan, edit, Date{2026, 11, 23}).changed) return false;
    history.record(std::move(before), editLabel(edit));
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

    plan = *history.undo(plan);
    CHECK(plan.goals.front().baseline != 120);
    plan = *history.undo(plan);
    CHECK(plan == original);
    CHECK_FALSE(history.undo(plan));
    plan = *history.redo(plan);
    plan = *history.redo(plan);
    CHECK(plan == edited);
    CHECK_FALSE(history.redo(plan));
}

TEST_CASE("a new step after an undo drops the redo steps") {
    Plan plan;
    History history;
    REQUIRE(step(plan, history, AddObjective{"A"}));
    REQUIRE(step(plan, history, AddObjective{"B"}));
    plan = *history.undo(plan);
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
    for (int i = 0; i < 100; ++i) plan = *history.undo(plan);
    CHECK(plan.name == "name 149");
}

TEST_CASE("history keeps fewer steps of a big plan, so its snapshots fit in memory") {
    Plan plan = *loadTemplate("restaurant");
    plan.checkins.assign(1000, Checkin{plan.goals.front().id, Date{2026, 11, 1}, 1, {}, ""});
    const size_t items = plan.customKpis.size() + plan.objectives.size() + plan.goals.size() + plan.tactics.size() +
                         plan.tasks.size() + plan.checkins.size();
    History history(200, 4 * items + items / 2);  // room for four and a half snapshots
    for (int i = 0; i < 20; ++i) REQUIRE(step(plan, history, RenamePlan{"name " + std::to_string(i)}));
    CHECK(history.undoSteps() == 4);
    CHECK(history.undo(plan)->name == "name 18");  // the newest steps are the ones kept

    History tiny(200, 10);  // a plan larger than the whole budget still keeps its newest step
    REQUIRE(step(plan, tiny, RenamePlan{"again"}));
    REQUIRE(step(plan, tiny, RenamePlan{"and again"}));
    CHECK(tiny.undoSteps() == 1);
}

TEST_CASE("the saved marker follows undo and redo back to the saved state") {
    Plan plan;
    History history;
    CHECK_FALSE(history.unsaved());
    REQUIRE(step(plan, history, AddObjective{"A"}));
    CHECK(history.unsaved());
    history.markSaved(history.state());
    CHECK_FALSE(history.unsaved());
    plan = *history.undo(plan);
    CHECK(history.unsaved());
    plan = *history.redo(plan);
    CHECK_FALSE(history.unsaved());
    // Undo, then a different step: same depth, but not the saved plan.
    plan = *history.undo(plan);
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
        p = *history.undo(p);
        CHECK(p == plan);
        p = *history.redo(p);
        CHECK(p == after);
    }
}
