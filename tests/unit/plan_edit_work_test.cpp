#include <doctest/doctest.h>

#include <limits>

#include "core/plan/example_plans.h"
#include "core/plan/plan_edit.h"

using namespace waymark;

namespace {
std::vector<std::string> tacticIdsOf(const Plan& plan, const std::string& goalId) {
    std::vector<std::string> ids;
    for (const Tactic& t : plan.tactics)
        if (t.goalId == goalId) ids.push_back(t.id);
    return ids;
}
}  // namespace

TEST_CASE("tactics are added under a goal, scored 1..5, reordered among their goal's and deleted with their tasks") {
    Plan plan = *loadTemplate("restaurant");
    const std::string goal = plan.goals.front().id;
    REQUIRE_FALSE(applyEdit(plan, AddTactic{"no-such-goal", "x"}).changed);

    const std::string a = applyEdit(plan, AddTactic{goal, "  Post the daily special  "}).createdId;
    const std::string b = applyEdit(plan, AddTactic{goal, "Reply within the hour"}).createdId;
    REQUIRE(plan.findTactic(a));
    CHECK(plan.findTactic(a)->title == "Post the daily special");
    CHECK(a != b);

    Tactic scored = *plan.findTactic(a);
    scored.value = 5;
    scored.complexity = 2;
    CHECK(applyEdit(plan, UpdateTactic{scored, "score"}).changed);
    CHECK(plan.findTactic(a)->value == 5);
    Tactic outOfScale = scored;
    outOfScale.value = 6;
    CHECK_FALSE(applyEdit(plan, UpdateTactic{outOfScale, "value"}).changed);
    CHECK(plan.findTactic(a)->value == 5);

    const auto before = tacticIdsOf(plan, goal);
    REQUIRE(before.size() >= 2);
    CHECK(applyEdit(plan, MoveTactic{b, -1}).changed);
    const auto after = tacticIdsOf(plan, goal);
    CHECK(after[after.size() - 2] == b);
    CHECK(after.back() == a);
    // Other goals' tactics keep their places.
    CHECK(plan.tactics.size() == before.size() + (plan.tactics.size() - before.size()));

    const std::string task = applyEdit(plan, AddTask{a, "Photograph the special"}).createdId;
    REQUIRE(plan.findTask(task));
    CHECK(tacticTasks(plan, a) == 1);
    CHECK(applyEdit(plan, DeleteTactic{a}).changed);
    CHECK_FALSE(plan.findTactic(a));
    CHECK_FALSE(plan.findTask(task));
}

TEST_CASE("tasks keep trimmed, non-empty owners and need a tactic") {
    Plan plan = *loadTemplate("restaurant");
    REQUIRE_FALSE(plan.tactics.empty());
    const std::string tactic = plan.tactics.front().id;
    CHECK_FALSE(applyEdit(plan, AddTask{"no-such-tactic", "x"}).changed);
    const std::string id = applyEdit(plan, AddTask{tactic, "Write the menu post"}).createdId;
    Task next = *plan.findTask(id);
    next.owners = {" Ana ", "", "Budi"};
    next.due = Date{2026, 12, 1};
    CHECK(applyEdit(plan, UpdateTask{next, "owners"}).changed);
    CHECK(plan.findTask(id)->owners == std::vector<std::string>{"Ana", "Budi"});
    next.tacticId = "no-such-tactic";
    CHECK_FALSE(applyEdit(plan, UpdateTask{next, "tactic"}).changed);
    CHECK(applyEdit(plan, DeleteTask{id}).changed);
    CHECK_FALSE(applyEdit(plan, DeleteTask{id}).changed);
}

TEST_CASE("check-ins are added with a fresh id, changed and deleted by it; a value that is not a number is refused") {
    Plan plan = *loadTemplate("restaurant");
    const std::string goal = plan.goals.front().id;
    const size_t count = plan.checkins.size();
    Checkin c{goal, Date{2026, 11, 20}, 42, Confidence::medium, " steady "};
    const EditResult added = applyEdit(plan, AddCheckin{c});
    REQUIRE(added.changed);
    CHECK(added.createdId == plan.checkins.back().id);
    CHECK(added.createdId.rfind("c", 0) == 0);
    CHECK(plan.checkins.back().note == "steady");
    c.id = added.createdId;

    c.value = std::numeric_limits<double>::infinity();
    CHECK_FALSE(applyEdit(plan, AddCheckin{c}).changed);
    CHECK_FALSE(applyEdit(plan, UpdateCheckin{c, "value"}).changed);
    c.value = 45;
    c.goalId = "no-such-goal";
    CHECK_FALSE(applyEdit(plan, UpdateCheckin{c, "value"}).changed);
    c.goalId = goal;
    CHECK(applyEdit(plan, UpdateCheckin{c, "value"}).changed);
    CHECK(plan.checkins[count].value == 45);
    Checkin missing = c;
    missing.id = "no-such-checkin";
    CHECK_FALSE(applyEdit(plan, UpdateCheckin{missing, "value"}).changed);
    CHECK(applyEdit(plan, DeleteCheckin{c.id}).changed);
    CHECK(plan.checkins.size() == count);
    CHECK_FALSE(applyEdit(plan, DeleteCheckin{c.id}).changed);
}

TEST_CASE("SetTaskDone: a repeating task is done one date at a time; the flag closes the whole task") {
    Plan plan = *loadTemplate("restaurant");
    const std::string tactic = applyEdit(plan, AddTactic{plan.goals.front().id, "Sponsored posts"}).createdId;
    const std::string id = applyEdit(plan, AddTask{tactic, "One sponsored post"}).createdId;
    Task task = *plan.findTask(id);
    task.due = Date{2026, 11, 30};
    task.repeat = Repeat{1, RepeatUnit::month, 30, std::nullopt};
    REQUIRE(applyEdit(plan, UpdateTask{task, "repeat"}).changed);

    CHECK_FALSE(applyEdit(plan, SetTaskDone{"no-such-task", Date{2026, 11, 30}, true}).changed);
    CHECK_FALSE(applyEdit(plan, SetTaskDone{id, Date{2026, 11, 29}, true}).changed);  // before the series
    CHECK(applyEdit(plan, SetTaskDone{id, Date{2026, 12, 30}, true}).changed);
    CHECK(applyEdit(plan, SetTaskDone{id, Date{2026, 11, 30}, true}).changed);
    CHECK_FALSE(applyEdit(plan, SetTaskDone{id, Date{2026, 11, 30}, true}).changed);  // already
    CHECK(plan.findTask(id)->doneDates == std::vector<Date>{Date{2026, 11, 30}, Date{2026, 12, 30}});
    CHECK_FALSE(plan.findTask(id)->done);
    CHECK(applyEdit(plan, SetTaskDone{id, Date{2026, 12, 30}, false}).changed);
    CHECK(plan.findTask(id)->doneDates == std::vector<Date>{Date{2026, 11, 30}});

    CHECK(applyEdit(plan, SetTaskDone{id, std::nullopt, true}).changed);  // the whole series
    CHECK(plan.findTask(id)->done);
    CHECK_FALSE(applyEdit(plan, SetTaskDone{id, Date{2027, 1, 30}, false}).changed);  // reopen it as a whole
    CHECK(applyEdit(plan, SetTaskDone{id, std::nullopt, false}).changed);
    CHECK(plan.findTask(id)->doneDates == std::vector<Date>{Date{2026, 11, 30}});  // the ticks stay

    // A one-off task: its occurrence is the task.
    const std::string once = applyEdit(plan, AddTask{tactic, "Book the photographer"}).createdId;
    CHECK(applyEdit(plan, SetTaskDone{once, Date{2026, 12, 1}, true}).changed);
    CHECK(plan.findTask(once)->done);
    CHECK(plan.findTask(once)->doneDates.empty());

    const Strings en = Strings::load("en");
    CHECK(editLabelText(editLabel(SetTaskDone{id, Date{2026, 11, 30}, true}), en) == "mark 2026-11-30 done");
    CHECK(editLabelText(editLabel(SetTaskDone{id, Date{2026, 11, 30}, false}), en) == "reopen 2026-11-30");
    CHECK(editLabelText(editLabel(SetTaskDone{id, std::nullopt, true}), en) == "mark task done");
    CHECK(editLabelText(editLabel(SetTaskDone{id, std::nullopt, false}), en) == "reopen task");
}
