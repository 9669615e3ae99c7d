// The goal chart's numbers: path, projection, span, range and ticks, worked by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "core/method/goal_chart.h"

using namespace waymark;

namespace {
// 400 -> 480 followers from 1 Nov to 1 Dec (30 days), with check-ins as given.
Plan followersPlan(std::vector<std::pair<Date, double>> checkins) {
    Plan plan;
    plan.created = Date{2026, 10, 1};
    Goal g;
    g.id = "g";
    g.kpi = "followers";
    g.baseline = 400;
    g.target = 480;
    g.start = Date{2026, 11, 1};
    g.deadline = Date{2026, 12, 1};
    plan.goals.push_back(g);
    for (auto [date, value] : checkins) plan.checkins.push_back({"g", date, value, std::nullopt, ""});
    return plan;
}
}  // namespace

TEST_CASE("a linear path runs from the baseline at the start to the target at the deadline") {
    const Plan plan = followersPlan({{Date{2026, 11, 22}, 449}, {Date{2026, 11, 8}, 414}});
    const GoalChartData d = goalChartData(plan, plan.goals[0], Date{2026, 11, 23}, PathShape::linear);
    CHECK(d.shape == PathShape::linear);
    REQUIRE(d.path.size() == 2);
    CHECK(d.path.front() == ChartPoint{Date{2026, 11, 1}, 400});
    CHECK(d.path.back() == ChartPoint{Date{2026, 12, 1}, 480});
    // Check-ins oldest first; the projection starts at the latest one on or before today.
    REQUIRE(d.actual.size() == 2);
    CHECK(d.actual[0].date == Date{2026, 11, 8});
    REQUIRE(d.projectionFrom);
    CHECK(*d.projectionFrom == ChartPoint{Date{2026, 11, 22}, 449});
    // Two points 14 days apart carry no trend (kForecastTwoPointDays): no projection.
    CHECK_FALSE(d.forecast);
    CHECK(d.first == Date{2026, 11, 1});
    CHECK(d.last == Date{2026, 12, 1});
    // Values 400..480, padded by 8% of 80 = 6.4 each side.
    CHECK(d.low == doctest::Approx(393.6));
    CHECK(d.high == doctest::Approx(486.4));
}

TEST_CASE("the projection is the forecast of tracking.h, and a compounded path curves") {
    const Plan plan = followersPlan({{Date{2026, 11, 1}, 400}, {Date{2026, 11, 11}, 410}, {Date{2026, 11, 21}, 420}});
    const GoalChartData d = goalChartData(plan, plan.goals[0], Date{2026, 11, 23}, PathShape::compounded);
    REQUIRE(d.forecast);
    // One follower a day from 400 on 1 Nov: 430 on 1 Dec.
    CHECK(d.forecast->value == doctest::Approx(430));
    CHECK(d.forecast->at == Date{2026, 12, 1});
    CHECK(d.compoundedPossible);
    CHECK(d.shape == PathShape::compounded);
    REQUIRE(d.path.size() == kCompoundedPathSamples + 1);
    // Halfway (day 15): 400 * 1.2^0.5 = 438.18, below the straight line's 440.
    CHECK(d.path[16].date == Date{2026, 11, 16});
    CHECK(d.path[16].value == doctest::Approx(400 * std::sqrt(1.2)));
}

TEST_CASE("a compounded path needs positive numbers; stay goals draw their line; empty goals still get a range") {
    Plan plan = followersPlan({});
    plan.goals[0].baseline = 0;
    GoalChartData d = goalChartData(plan, plan.goals[0], Date{2026, 11, 23}, PathShape::compounded);
    CHECK_FALSE(d.compoundedPossible);
    CHECK(d.shape == PathShape::linear);
    CHECK(d.low == 0);  // a count's axis starts at zero, not at a negative padding

    plan.goals[0].targetType = TargetType::stay_above;
    d = goalChartData(plan, plan.goals[0], Date{2026, 11, 23}, PathShape::linear);
    CHECK(d.path.empty());
    REQUIRE(d.line);
    CHECK(*d.line == 480);

    Goal bare;
    bare.id = "bare";
    plan.goals.push_back(bare);
    d = goalChartData(plan, plan.goals[1], Date{2026, 11, 23}, PathShape::linear);
    CHECK(d.path.empty());
    CHECK(d.first < d.last);
    CHECK(d.low < d.high);
}

TEST_CASE("value ticks are round numbers inside the range") {
    CHECK(valueTicks(393.6, 486.4, 6) == std::vector<double>{400, 420, 440, 460, 480});
    CHECK(valueTicks(0, 1, 5) == std::vector<double>{0, 0.5, 1});
    CHECK(valueTicks(-3, 3, 7) == std::vector<double>{-3, -2, -1, 0, 1, 2, 3});
    CHECK(valueTicks(0, 100000, 4) == std::vector<double>{0, 50000, 100000});
    CHECK(valueTicks(0.1, 0.35, 4)[0] == doctest::Approx(0.1));
    CHECK(valueTicks(5, 5, 4).empty());
    CHECK(valueTicks(0, INFINITY, 4).empty());
    for (const double t : valueTicks(12.3, 987.6, 8)) CHECK((t >= 12.3 && t <= 987.6));
}

TEST_CASE("date ticks pick days, Mondays, month starts or years") {
    CHECK(dateTicks(Date{2026, 11, 1}, Date{2026, 11, 5}, 8).size() == 5);
    // A month: Mondays (2 Nov 2026 is a Monday).
    const std::vector<Date> weeks = dateTicks(Date{2026, 11, 1}, Date{2026, 12, 1}, 8);
    REQUIRE(weeks.size() == 5);
    CHECK(weeks[0] == Date{2026, 11, 2});
    CHECK(weeks[4] == Date{2026, 11, 30});
    // Six months: month starts.
    const std::vector<Date> months = dateTicks(Date{2026, 10, 20}, Date{2027, 4, 30}, 8);
    CHECK(months == std::vector<Date>{{2026, 11, 1}, {2026, 12, 1}, {2027, 1, 1}, {2027, 2, 1}, {2027, 3, 1}, {2027, 4, 1}});
    // Two years with room for 4 ticks: every six months, on 1 Jan and 1 Jul.
    const std::vector<Date> halves = dateTicks(Date{2026, 1, 1}, Date{2027, 12, 31}, 4);
    CHECK(halves == std::vector<Date>{{2026, 1, 1}, {2026, 7, 1}, {2027, 1, 1}, {2027, 7, 1}});
    CHECK(dateTicks(Date{1900, 1, 1}, Date{2999, 1, 1}, 6).size() <= 6);
    CHECK(dateTicks(Date{2026, 1, 2}, Date{2026, 1, 1}, 6).empty());
}
