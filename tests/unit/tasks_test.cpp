#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "core/method/tasks.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::d;
Task task(const char* due, std::optional<Repeat> repeat = std::nullopt, std::vector<std::string> owners = {}) {
    Task t;
    t.id = "t";
    t.due = d(due);
    t.repeat = repeat;
    t.owners = std::move(owners);
    return t;
}

Repeat every(int n, RepeatUnit unit, std::optional<int> day = std::nullopt, const char* until = nullptr) {
    Repeat r;
    r.every = n;
    r.unit = unit;
    r.dayOfMonth = day;
    if (until) r.until = d(until);
    return r;
}

std::vector<std::string> strs(const std::vector<Date>& dates) {
    std::vector<std::string> out;
    for (const Date& date : dates) out.push_back(date.str());
    return out;
}
}  // namespace

TEST_CASE("a one-off task occurs once, on its due date") {
    const Task t = task("2026-12-01");
    CHECK(strs(occurrences(t, d("2026-01-01"), d("2027-12-31"))) == std::vector<std::string>{"2026-12-01"});
    CHECK(occurrences(t, d("2026-12-02"), d("2027-12-31")).empty());
    CHECK(lastOccurrence(t) == d("2026-12-01"));
    CHECK(occurrences(Task{}, d("2026-01-01"), d("2027-01-01")).empty());  // no due date
    CHECK_FALSE(lastOccurrence(Task{}));
}

TEST_CASE("daily and weekly repeats step from the due date, until inclusive") {
    const Task daily = task("2026-11-28", every(2, RepeatUnit::day, std::nullopt, "2026-12-04"));
    CHECK(strs(occurrences(daily, d("2026-11-01"), d("2026-12-31"))) ==
          std::vector<std::string>{"2026-11-28", "2026-11-30", "2026-12-02", "2026-12-04"});
    const Task weekly = task("2026-11-23", every(1, RepeatUnit::week));
    CHECK(strs(occurrences(weekly, d("2026-12-01"), d("2026-12-21"))) ==
          std::vector<std::string>{"2026-12-07", "2026-12-14", "2026-12-21"});
    CHECK_FALSE(lastOccurrence(weekly));  // no end
    const Task fortnightly = task("2026-11-23", every(2, RepeatUnit::week, std::nullopt, "2027-01-05"));
    CHECK(lastOccurrence(fortnightly) == d("2027-01-04"));
}

TEST_CASE("monthly on day 31 clamps to short months and returns to 31") {
    const Task t = task("2027-01-31", every(1, RepeatUnit::month, 31));
    CHECK(strs(occurrences(t, d("2027-01-01"), d("2027-05-31"))) ==
          std::vector<std::string>{"2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"});
    const Task leap = task("2028-01-31", every(1, RepeatUnit::month));  // day taken from due
    CHECK(strs(occurrences(leap, d("2028-02-01"), d("2028-03-31"))) == std::vector<std::string>{"2028-02-29", "2028-03-31"});
}

TEST_CASE("monthly on the 30th: the sponsored post of every month") {
    const Task t = task("2026-12-01", every(1, RepeatUnit::month, 30, "2027-06-30"));
    CHECK(firstOccurrence(t) == d("2026-12-30"));  // day 30 of due's month is after due
    CHECK(strs(occurrences(t, d("2026-01-01"), d("2027-12-31"))) ==
          std::vector<std::string>{"2026-12-30", "2027-01-30", "2027-02-28", "2027-03-30", "2027-04-30",
                                   "2027-05-30", "2027-06-30"});
    CHECK(lastOccurrence(t) == d("2027-06-30"));
    // Day 10 of December is before due: the series starts a period later.
    const Task later = task("2026-12-15", every(2, RepeatUnit::month, 10));
    CHECK(firstOccurrence(later) == d("2027-02-10"));
    CHECK(nextOccurrence(later, d("2027-02-11")) == d("2027-04-10"));
}

TEST_CASE("Feb 29 due dates repeat yearly-ish without drifting") {
    const Task monthly = task("2028-02-29", every(12, RepeatUnit::month));
    CHECK(strs(occurrences(monthly, d("2028-01-01"), d("2032-12-31"))) ==
          std::vector<std::string>{"2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"});
}

TEST_CASE("until before the first occurrence keeps that one occurrence") {
    const Task t = task("2026-12-10", every(1, RepeatUnit::week, std::nullopt, "2026-12-01"));
    CHECK(strs(occurrences(t, d("2026-01-01"), d("2027-12-31"))) == std::vector<std::string>{"2026-12-10"});
    CHECK(lastOccurrence(t) == d("2026-12-10"));
}

TEST_CASE("nonsense repeats read as no repeat; ranges in the wrong order are empty") {
    CHECK(occurrences(task("2026-12-10", every(0, RepeatUnit::day)), d("2026-01-01"), d("2027-01-01")).size() == 1);
    CHECK(occurrences(task("2026-12-10", every(-3, RepeatUnit::week)), d("2026-01-01"), d("2027-01-01")).size() == 1);
    CHECK(occurrences(task("2026-12-10", every(1, RepeatUnit::day)), d("2027-01-01"), d("2026-01-01")).empty());
    // dayOfMonth outside 1..31 is clamped.
    CHECK(firstOccurrence(task("2026-12-10", every(1, RepeatUnit::month, 99))) == d("2026-12-31"));
    CHECK(firstOccurrence(task("2026-12-10", every(1, RepeatUnit::month, -4))) == d("2027-01-01"));
}

TEST_CASE("expansion is capped and jumps straight to a far range") {
    const Task daily = task("2026-01-01", every(1, RepeatUnit::day));
    CHECK(occurrences(daily, d("2026-01-01"), d("2999-12-31")).size() == kMaxOccurrences);
    CHECK(occurrences(daily, d("2026-01-01"), d("2999-12-31"), 7).size() == 7);
    const auto far = occurrences(daily, d("2999-12-30"), d("2999-12-31"));
    CHECK(strs(far) == std::vector<std::string>{"2999-12-30", "2999-12-31"});
    const Task huge = task("2026-01-01", every(2147483647, RepeatUnit::month));
    CHECK(occurrences(huge, d("1900-01-01"), d("2999-12-31")).size() == 1);
    CHECK(nextOccurrence(huge, d("2026-01-02")).has_value());  // far in the future, but it exists
}

TEST_CASE("overdue: a past occurrence that is not done") {
    const Date today = d("2026-11-23");
    Task oneOff = task("2026-11-22");
    CHECK(isOverdue(oneOff, today));
    CHECK_FALSE(isOverdue(task("2026-11-23"), today));  // due today is not late yet
    oneOff.done = true;
    CHECK_FALSE(isOverdue(oneOff, today));
    CHECK_FALSE(isOverdue(Task{}, today));
    // A running series is overdue as soon as one past occurrence is open, ended or not.
    Task monthly = task("2026-01-30", every(1, RepeatUnit::month, 30));
    CHECK(isOverdue(monthly, today));
    CHECK(overdueOccurrences(monthly, today).size() == 10);  // Jan 30 .. Oct 30 (Feb 28)
    CHECK(strs(overdueOccurrences(monthly, today, 2)) == std::vector<std::string>{"2026-01-30", "2026-02-28"});
    for (const Date& date : occurrences(monthly, d("2026-01-01"), d("2026-11-22"))) monthly.doneDates.push_back(date);
    CHECK_FALSE(isOverdue(monthly, today));
    CHECK(overdueOccurrences(monthly, today).empty());
    monthly.doneDates.erase(monthly.doneDates.begin() + 3);  // April's post was skipped
    CHECK(isOverdue(monthly, today));
    CHECK(strs(overdueOccurrences(monthly, today)) == std::vector<std::string>{"2026-04-30"});
    Task ended = task("2026-01-30", every(1, RepeatUnit::month, 30, "2026-10-31"));
    CHECK(isOverdue(ended, today));
    ended.done = true;  // the whole series finished
    CHECK_FALSE(isOverdue(ended, today));
    CHECK(overdueOccurrences(ended, today).empty());
    CHECK_FALSE(isOverdue(task("2026-11-30", every(1, RepeatUnit::month, 30)), today));  // starts later

    Plan plan;
    plan.tasks = {task("2026-12-01"), task("2026-11-01"), task("2026-10-01")};
    plan.tasks[2].done = true;
    CHECK(overdueTasks(plan, today) == std::vector<size_t>{1});
}

TEST_CASE("done per occurrence: the next open date skips the ones ticked off") {
    Task weekly = task("2026-11-02", every(1, RepeatUnit::week, std::nullopt, "2026-11-30"));
    weekly.doneDates = {d("2026-11-02"), d("2026-11-09"), d("2026-11-23")};
    CHECK(isOccurrenceDone(weekly, d("2026-11-09")));
    CHECK_FALSE(isOccurrenceDone(weekly, d("2026-11-16")));
    CHECK(firstOpenOccurrence(weekly) == d("2026-11-16"));
    CHECK(nextOccurrence(weekly, d("2026-11-20")) == d("2026-11-23"));  // the schedule ignores done
    CHECK(nextOpenOccurrence(weekly, d("2026-11-20")) == d("2026-11-30"));
    weekly.doneDates.push_back(d("2026-11-30"));
    CHECK_FALSE(nextOpenOccurrence(weekly, d("2026-11-20")));  // the rest is done
    weekly.doneDates.insert(weekly.doneDates.begin() + 2, d("2026-11-16"));
    CHECK_FALSE(firstOpenOccurrence(weekly));
    CHECK_FALSE(isOverdue(weekly, d("2027-01-01")));
    // A date that is not an occurrence (the repeat changed) is ignored.
    Task moved = task("2026-11-03", every(1, RepeatUnit::week));
    moved.doneDates = {d("2026-11-02")};
    CHECK(firstOpenOccurrence(moved) == d("2026-11-03"));
    // Done as a whole: every occurrence is done, nothing is next.
    moved.done = true;
    CHECK(isOccurrenceDone(moved, d("2027-05-04")));
    CHECK_FALSE(nextOpenOccurrence(moved, d("2026-11-01")));
}

TEST_CASE("load per owner and ISO week") {
    Plan plan;
    plan.tasks = {
        task("2026-11-23", every(1, RepeatUnit::day, std::nullopt, "2026-11-30"), {"Brian"}),  // 8 days
        task("2026-11-25", std::nullopt, {"Brian", "Hailley", "Brian"}),                       // duplicate owner
        task("2026-11-26"),                                                                    // unassigned
        task("2026-11-24", std::nullopt, {"Hailley"}),
    };
    plan.tasks[3].done = true;  // done work is no longer load
    plan.tasks[0].doneDates = {d("2026-11-24"), d("2026-11-30")};  // ticked-off days too
    const auto load = loadByOwnerAndWeek(plan, d("2026-11-23"), d("2026-12-06"));
    const std::vector<WeekLoad> expected = {
        {"", d("2026-11-23"), 1},
        {"Brian", d("2026-11-23"), 7},
        {"Hailley", d("2026-11-23"), 1},
    };
    CHECK(load == expected);
    CHECK(loadByOwnerAndWeek(plan, d("2027-01-01"), d("2027-02-01")).empty());
}

TEST_CASE("10,000 repeating tasks expand and load quickly") {
    Plan plan;
    for (int i = 0; i < 10000; ++i)
        plan.tasks.push_back(task("2026-11-23", every(1 + i % 3, i % 2 ? RepeatUnit::week : RepeatUnit::month, 1 + i % 31),
                                  {"owner" + std::to_string(i % 12)}));
    const auto begin = std::chrono::steady_clock::now();
    const auto load = loadByOwnerAndWeek(plan, d("2026-11-23"), d("2027-11-22"));
    CHECK(std::chrono::steady_clock::now() - begin < std::chrono::seconds(2));
    int total = 0;
    for (const auto& row : load) total += row.count;
    CHECK(total > 10000 * 4);
    CHECK(overdueTasks(plan, d("2026-11-23")).empty());
    CHECK(overdueTasks(plan, d("2030-01-01")).size() == 10000);  // nothing ticked off in three years
}

TEST_CASE("the current occurrence: this period's while open, else the next open one") {
    Task weekly = task("2026-11-02", every(1, RepeatUnit::week));
    const Date sunday = d("2026-11-29");
    CHECK(currentOccurrence(weekly, sunday) == d("2026-11-23"));  // this week's, though earlier ones are open
    CHECK(currentOccurrence(weekly, d("2026-11-23")) == d("2026-11-23"));
    weekly.doneDates = {d("2026-11-23")};
    CHECK(currentOccurrence(weekly, sunday) == d("2026-11-30"));  // ticked: the next one
    CHECK(currentOccurrence(weekly, d("2026-10-01")) == d("2026-11-02"));  // before the series
    Task ended = task("2026-11-02", every(1, RepeatUnit::week, std::nullopt, "2026-11-16"));
    CHECK(currentOccurrence(ended, sunday) == d("2026-11-16"));  // past until: its last one
    ended.doneDates = {d("2026-11-16")};
    CHECK(currentOccurrence(ended, sunday) == d("2026-11-02"));  // nothing ahead: the earliest open
    ended.doneDates = {d("2026-11-02"), d("2026-11-09"), d("2026-11-16")};
    CHECK_FALSE(currentOccurrence(ended, sunday));
    Task once = task("2026-12-05");
    CHECK(currentOccurrence(once, sunday) == d("2026-12-05"));
    once.done = true;
    CHECK_FALSE(currentOccurrence(once, sunday));
}
