#include <doctest/doctest.h>

#include "core/plan/plan_edit.h"

using namespace waymark;

namespace {
Plan planWithOneGoal() {
    Plan p;
    p.id = "p";
    p.objectives = {{"o1", "Grow revenue", ObjectiveKind::business, std::nullopt, std::nullopt},
                    {"o2", "Win small businesses", ObjectiveKind::marketing, "o1", std::nullopt}};
    Goal g;
    g.id = "g1"; g.objectiveId = "o1"; g.title = "More leads";
    p.goals = {g};
    p.tactics = {{"t1", "g1", "Webinars", 4, 3}};
    p.tasks = {{"k1", "t1", "Book a speaker", {"Ana"}, Date{2027, 1, 10}, std::nullopt, false}};
    p.checkins = {{"g1", Date{2027, 1, 31}, 12, std::nullopt, ""}};
    return p;
}
}  // namespace

TEST_CASE("adding items gives ids no other item uses") {
    Plan p = planWithOneGoal();
    const EditResult o = applyEdit(p, AddObjective{"  Launch in Austria  "});
    CHECK(o.changed);
    CHECK(p.findObjective(o.createdId)->title == "Launch in Austria");
    const EditResult g = applyEdit(p, AddGoal{o.createdId, "Followers in Vienna"});
    CHECK(g.createdId != o.createdId);
    CHECK(p.findGoal(g.createdId)->objectiveId == o.createdId);
    CHECK(newId(p, "g") != g.createdId);
}

TEST_CASE("a goal added under a missing objective serves none") {
    Plan p = planWithOneGoal();
    const EditResult g = applyEdit(p, AddGoal{"nope", "Orphan"});
    CHECK_FALSE(p.findGoal(g.createdId)->objectiveId);
}

TEST_CASE("renaming trims and reports whether anything changed") {
    Plan p = planWithOneGoal();
    CHECK(applyEdit(p, RenameGoal{"g1", " Qualified leads "}).changed);
    CHECK(p.findGoal("g1")->title == "Qualified leads");
    CHECK_FALSE(applyEdit(p, RenameGoal{"g1", "Qualified leads"}).changed);
    CHECK_FALSE(applyEdit(p, RenameObjective{"missing", "x"}).changed);
    CHECK(applyEdit(p, RenamePlan{"Q1 plan"}).changed);
    CHECK(p.name == "Q1 plan");
}

TEST_CASE("deleting an objective keeps its goals, unlinked, and lifts its children") {
    Plan p = planWithOneGoal();
    CHECK(applyEdit(p, DeleteObjective{"o1"}).changed);
    CHECK_FALSE(p.findObjective("o1"));
    CHECK(p.findGoal("g1"));
    CHECK_FALSE(p.findGoal("g1")->objectiveId);
    CHECK_FALSE(p.findObjective("o2")->parentId);
}

TEST_CASE("deleting a goal removes its tactics, their tasks and its check-ins") {
    Plan p = planWithOneGoal();
    const GoalDependents d = goalDependents(p, "g1");
    CHECK(d.tactics == 1);
    CHECK(d.tasks == 1);
    CHECK(d.checkins == 1);
    CHECK(applyEdit(p, DeleteGoal{"g1"}).changed);
    CHECK(p.goals.empty());
    CHECK(p.tactics.empty());
    CHECK(p.tasks.empty());
    CHECK(p.checkins.empty());
    CHECK_FALSE(applyEdit(p, DeleteGoal{"g1"}).changed);
}
