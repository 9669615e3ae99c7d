#include <doctest/doctest.h>

#include <chrono>

#include "core/method/task_board.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::d;
Task task(const char* id, const char* due, std::optional<Repeat> repeat, std::vector<std::string> owners) {
    Task t;
    t.id = id;
    t.due = d(due);
    t.repeat = repeat;
    t.owners = std::move(owners);
    return t;
}
}  // namespace

TEST_CASE("the task board: current and next dates, overdue, owners and tasks without one") {
    Plan plan;
    plan.tasks = {task("a", "2026-11-02", Repeat{1, RepeatUnit::week, std::nullopt, std::nullopt}, {"Hailley", "Brian"}),
                  task("b", "2026-11-20", std::nullopt, {}), task("c", "2026-12-20", std::nullopt, {"Brian"})};
    plan.tasks[0].doneDates = {d("2026-11-02"), d("2026-11-09"), d("2026-11-16"), d("2026-11-23")};
    const TaskBoard board = taskBoard(plan, d("2026-11-29"));
    REQUIRE(board.tasks.size() == 3);
    CHECK(board.tasks[0] == TaskState{d("2026-11-30"), d("2026-11-30"), false});
    CHECK(board.tasks[1] == TaskState{d("2026-11-20"), std::nullopt, true});
    CHECK(board.tasks[2] == TaskState{d("2026-12-20"), d("2026-12-20"), false});
    CHECK(board.owners == std::vector<std::string>{"Brian", "Hailley"});
    CHECK(board.unassigned == 1);
    CHECK(board.overdue == 1);
}

TEST_CASE("occurrences placed in a window of weeks, by date, done and overdue told apart") {
    Plan plan;
    plan.tasks = {task("a", "2026-11-16", Repeat{1, RepeatUnit::week, std::nullopt, std::nullopt}, {"Brian"}),
                  task("b", "2026-11-18", std::nullopt, {})};
    plan.tasks[0].doneDates = {d("2026-11-16")};
    const auto placed = placeOccurrences(plan, {0, 1}, d("2026-11-16"), d("2026-11-29"), d("2026-11-25"), 100);
    const std::vector<PlacedOccurrence> expected = {
        {0, d("2026-11-16"), true, false}, {1, d("2026-11-18"), false, true}, {0, d("2026-11-23"), false, true}};
    CHECK(placed == expected);
    CHECK(placeOccurrences(plan, {1}, d("2026-11-16"), d("2026-11-29"), d("2026-11-25"), 100).size() == 1);
    CHECK(placeOccurrences(plan, {0, 1}, d("2026-11-16"), d("2026-11-29"), d("2026-11-25"), 2).size() == 2);
}

TEST_CASE("20,000 tasks: the board and an 8-week window stay quick") {
    Plan plan;
    for (int i = 0; i < 20000; ++i) {
        Task t = task("k", "2026-01-05", Repeat{1 + i % 3, i % 2 ? RepeatUnit::week : RepeatUnit::month, std::nullopt, std::nullopt},
                      {"owner" + std::to_string(i % 12)});
        if (t.repeat->unit == RepeatUnit::week) t.repeat->dayOfMonth.reset();
        t.id = "k" + std::to_string(i);
        plan.tasks.push_back(std::move(t));
    }
    std::vector<size_t> all(plan.tasks.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    const auto begin = std::chrono::steady_clock::now();
    const TaskBoard board = taskBoard(plan, d("2026-11-29"));
    const auto placed = placeOccurrences(plan, all, d("2026-11-23"), d("2027-01-17"), d("2026-11-29"), 200000);
    const auto took = std::chrono::steady_clock::now() - begin;
    CHECK(took < std::chrono::milliseconds(500));
    CHECK(board.owners.size() == 12);
    CHECK(board.overdue == 20000);  // nothing was ever ticked off since January
    CHECK(placed.size() > 20000);
}
