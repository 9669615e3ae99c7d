#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <string>

#include "core/method/tracking.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::d;
// A plan with one lower-is-better custom KPI, so the tests do not depend on the catalog's ids.
Plan planWith(Goal goal) {
    Plan plan;
    plan.id = "p";
    plan.customKpis.push_back({"reply_minutes", "Reply time", "minutes", false, true, false, std::nullopt});
    plan.customKpis.push_back({"fans", "Fans", "count", true, true, true, std::nullopt});
    plan.goals.push_back(std::move(goal));
    return plan;
}

Goal goal(const char* kpi, std::optional<double> baseline, std::optional<double> target,
          std::optional<TargetType> type = std::nullopt) {
    Goal g;
    g.id = "g";
    g.kpi = kpi;
    g.baseline = baseline;
    g.target = target;
    g.targetType = type;
    g.start = d("2026-10-01");
    g.deadline = d("2026-12-31");
    return g;
}

void checkin(Plan& plan, const char* date, double value, std::optional<Confidence> confidence = std::nullopt) {
    plan.checkins.push_back({"g", d(date), value, confidence, ""});
}

std::string arg(const Progress& p, const char* key) {
    for (const auto& [k, v] : p.formulaArgs)
        if (k == key) return v;
    return "?";
}
}  // namespace

TEST_CASE("lower is better: reply time from 120 to 30 minutes") {
    const Plan plan = planWith(goal("reply_minutes", 120, 30));  // no targetType: read from the KPI
    const Goal& g = plan.goals[0];
    CHECK(effectiveTargetType(plan, g) == TargetType::decrease);

    const Progress worse = measureProgress(plan, g, 150);
    CHECK(worse.issue == ProgressIssue::none);
    CHECK(worse.fraction == doctest::Approx(-1.0 / 3));
    CHECK(worse.worseThanBaseline);
    CHECK_FALSE(worse.pastTarget);
    CHECK(worse.formulaKey == "tracking.formula.decrease");
    CHECK(arg(worse, "current_number") == "150");
    CHECK(arg(worse, "baseline_number") == "120");
    CHECK(arg(worse, "target_number") == "30");
    CHECK(arg(worse, "result_number") == "-33%");

    CHECK(measureProgress(plan, g, 75).fraction == doctest::Approx(0.5));
    CHECK(measureProgress(plan, g, 30).fraction == 1);
    const Progress beyond = measureProgress(plan, g, 21);
    CHECK(beyond.fraction == doctest::Approx(1.1));
    CHECK(beyond.pastTarget);
    CHECK(arg(beyond, "result_number") == "110%");
}

TEST_CASE("a falling KPI on an increase goal is negative progress, not zero") {
    const Plan plan = planWith(goal("fans", 400, 480));
    const Progress p = measureProgress(plan, plan.goals[0], 380);
    CHECK(p.type == TargetType::increase);
    CHECK(p.fraction == doctest::Approx(-0.25));
    CHECK(p.worseThanBaseline);
    CHECK(measureProgress(plan, plan.goals[0], 520).fraction == doctest::Approx(1.5));
}

TEST_CASE("bounce rate: an explicit decrease goal without a known KPI") {
    const Plan plan = planWith(goal("social_bounce", 60, 45, TargetType::decrease));
    CHECK(measureProgress(plan, plan.goals[0], 50).fraction == doctest::Approx(2.0 / 3));
    CHECK(measureProgress(plan, plan.goals[0], 66).fraction == doctest::Approx(-0.4));
}

TEST_CASE("target type: explicit, else the KPI's direction, else baseline to target") {
    Plan plan = planWith(goal("reply_minutes", 120, 30, TargetType::stay_below));
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::stay_below);
    plan.goals[0] = goal("fans", 500, 400);  // KPI says higher is better; the KPI wins
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::increase);
    plan.goals[0] = goal("", 500, 400);
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::decrease);
    plan.goals[0] = goal("unknown_kpi", 10, 40);
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::increase);
    plan.goals[0] = goal("", std::nullopt, std::nullopt);
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::increase);
}

TEST_CASE("stay below: reply time under 60 minutes holds or breaks") {
    Plan plan = planWith(goal("reply_minutes", std::nullopt, 60, TargetType::stay_below));
    const Goal& g = plan.goals[0];
    const Progress holding = measureProgress(plan, g, 45);
    CHECK(holding.issue == ProgressIssue::none);  // a stay goal needs no baseline
    CHECK(holding.holds);
    CHECK(holding.margin == 15);
    CHECK(holding.fraction == 1);
    CHECK(holding.formulaKey == "tracking.formula.stay_below");
    CHECK(measureProgress(plan, g, 60).holds);  // on the line still holds
    const Progress broken = measureProgress(plan, g, 75);
    CHECK_FALSE(broken.holds);
    CHECK(broken.margin == -15);
    CHECK(broken.fraction == 0);

    checkin(plan, "2026-11-01", 45);
    // Holding before the deadline is on track: the line must hold until the deadline.
    CHECK(trackGoal(plan, g, d("2026-11-23")).status == Status::on_track);
    CHECK(trackGoal(plan, g, d("2027-01-05")).status == Status::achieved);  // held at the deadline
    checkin(plan, "2026-11-20", 75);
    CHECK(trackGoal(plan, g, d("2026-11-23")).status == Status::off_track);
    CHECK(trackGoal(plan, g, d("2027-01-05")).status == Status::missed);
    CHECK(trackGoal(plan, g, d("2026-11-10")).status == Status::on_track);  // the later break is not known yet
}

TEST_CASE("stay above: a rating of at least 4.5") {
    Plan plan = planWith(goal("", 4.2, 4.5, TargetType::stay_above));
    const Goal& g = plan.goals[0];
    CHECK(measureProgress(plan, g, 4.6).holds);
    CHECK(measureProgress(plan, g, 4.6).margin == doctest::Approx(0.1));
    CHECK_FALSE(measureProgress(plan, g, 4.4).holds);
    checkin(plan, "2026-11-01", 4.6, Confidence::low);
    CHECK(trackGoal(plan, g, d("2026-11-23")).status == Status::at_risk);  // low confidence tempers it
    checkin(plan, "2026-11-02", 4.7, Confidence::high);
    CHECK(trackGoal(plan, g, d("2026-11-23")).status == Status::on_track);
}

TEST_CASE("zero and negative baselines measure like any other") {
    const Plan zero = planWith(goal("fans", 0, 100));
    CHECK(measureProgress(zero, zero.goals[0], 50).fraction == doctest::Approx(0.5));
    const Plan negative = planWith(goal("", -10, 10, TargetType::increase));
    CHECK(measureProgress(negative, negative.goals[0], 0).fraction == doctest::Approx(0.5));
    CHECK(measureProgress(negative, negative.goals[0], -20).fraction == doctest::Approx(-0.5));
}

TEST_CASE("unmeasurable goals say why") {
    Plan plan = planWith(goal("fans", 100, 100));
    CHECK(measureProgress(plan, plan.goals[0], 120).issue == ProgressIssue::same_baseline_and_target);
    plan.goals[0] = goal("fans", std::nullopt, 100);
    CHECK(measureProgress(plan, plan.goals[0], 120).issue == ProgressIssue::no_baseline);
    plan.goals[0] = goal("fans", 100, std::nullopt);
    CHECK(measureProgress(plan, plan.goals[0], 120).issue == ProgressIssue::no_target);
    plan.goals[0].soft = true;
    CHECK(measureProgress(plan, plan.goals[0], 120).issue == ProgressIssue::soft_goal);
    checkin(plan, "2026-11-01", 120);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-23")).status == Status::unmeasured);
    CHECK(std::string(name(ProgressIssue::soft_goal)) == "soft_goal");
}

TEST_CASE("NaN, infinity and 1e308 never produce a silent number") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    Plan plan = planWith(goal("fans", 100, 200));
    CHECK(measureProgress(plan, plan.goals[0], nan).issue == ProgressIssue::not_finite);
    CHECK(measureProgress(plan, plan.goals[0], inf).issue == ProgressIssue::not_finite);
    plan.goals[0] = goal("fans", nan, 200);
    CHECK(measureProgress(plan, plan.goals[0], 150).issue == ProgressIssue::not_finite);
    plan.goals[0] = goal("fans", -1e308, 1e308);
    const Progress huge = measureProgress(plan, plan.goals[0], 0);
    CHECK(huge.issue == ProgressIssue::none);
    CHECK(huge.fraction == doctest::Approx(0.5));
    CHECK(arg(huge, "target_number") == "1e+308");
    plan.goals[0] = goal("fans", 0, 1e-308);
    CHECK(measureProgress(plan, plan.goals[0], 1e308).issue == ProgressIssue::not_finite);
}

TEST_CASE("the path to the target, linear and compounded") {
    Plan plan = planWith(goal("fans", 100, 400));
    plan.goals[0].deadline = d("2026-12-31");
    plan.goals[0].start = d("2026-11-01");  // 60 days
    const Goal& g = plan.goals[0];
    CHECK(*expectedValue(plan, g, d("2026-12-01")) == doctest::Approx(250));
    CHECK(*expectedValue(plan, g, d("2026-12-01"), PathShape::compounded) == doctest::Approx(200));
    CHECK(*expectedValue(plan, g, d("2026-01-01")) == 100);  // before the start: the baseline
    CHECK(*expectedValue(plan, g, d("2027-06-01")) == 400);  // after the deadline: the target
    plan.goals[0].deadline = d("2026-10-01");                // deadline before the start
    CHECK_FALSE(expectedValue(plan, plan.goals[0], d("2026-12-01")));
    plan.goals[0] = goal("fans", 0, 400);
    CHECK_FALSE(expectedValue(plan, plan.goals[0], d("2026-12-01"), PathShape::compounded));
    CHECK(expectedValue(plan, plan.goals[0], d("2026-12-01"), PathShape::linear));
    plan.goals[0] = goal("reply_minutes", std::nullopt, 60, TargetType::stay_below);
    CHECK_FALSE(expectedValue(plan, plan.goals[0], d("2026-12-01")));
}

TEST_CASE("the path starts at the goal's start, else its first check-in, else the plan's creation") {
    Plan plan = planWith(goal("fans", 100, 200));
    CHECK(pathStart(plan, plan.goals[0]) == d("2026-10-01"));
    plan.goals[0].start.reset();
    CHECK_FALSE(pathStart(plan, plan.goals[0]));
    plan.created = d("2026-09-15");
    CHECK(pathStart(plan, plan.goals[0]) == d("2026-09-15"));
    checkin(plan, "2026-10-20", 110);
    checkin(plan, "2026-10-05", 105);
    CHECK(pathStart(plan, plan.goals[0]) == d("2026-10-05"));
}

TEST_CASE("status against the path: 10 points of slack, off track when 20 behind with less than half the way") {
    // 400 -> 480 followers from Oct 1 to Dec 31 (91 days); Nov 15 is 45 days in: 49.5% expected.
    auto statusAt = [](double value, std::optional<Confidence> confidence = std::nullopt) {
        Plan plan = planWith(goal("fans", 400, 480));
        checkin(plan, "2026-11-15", value, confidence);
        return trackGoal(plan, plan.goals[0], d("2026-11-23"));
    };
    const GoalTrack onPath = statusAt(440);
    CHECK(onPath.status == Status::on_track);
    CHECK(*onPath.expectedFraction == doctest::Approx(45.0 / 91));
    CHECK(statusAt(433).status == Status::on_track);   // 41.25%: 8 points behind
    CHECK(statusAt(430).status == Status::at_risk);    // 37.5%: 12 points behind
    CHECK(statusAt(421).status == Status::at_risk);    // 26.25%: 23 points behind
    CHECK(statusAt(418).status == Status::off_track);  // 22.5%: 27 points behind
    CHECK(statusAt(380).status == Status::off_track);  // worse than the baseline
    CHECK(statusAt(440, Confidence::low).status == Status::at_risk);
    CHECK(statusAt(430, Confidence::high).status == Status::at_risk);  // confidence never lifts
    CHECK(statusAt(480).status == Status::achieved);
    CHECK(statusAt(500).status == Status::achieved);
}

TEST_CASE("status: a goal that has hardly moved after a quarter of its time is off track, not at risk") {
    // 400 -> 480 from Oct 1 to Dec 31; Oct 24 is 23 days in (25% expected).
    auto statusOn = [](const char* day, double value) {
        Plan plan = planWith(goal("fans", 400, 480));
        checkin(plan, day, value);
        return trackGoal(plan, plan.goals[0], d(day)).status;
    };
    CHECK(statusOn("2026-10-24", 401) == Status::off_track);  // 1% of the way: 24 points behind, but stalled
    CHECK(statusOn("2026-10-24", 410) == Status::at_risk);    // 12.5%: half the expected way
    CHECK(statusOn("2026-10-10", 400) == Status::on_track);   // 10% expected: too early to tell
}

TEST_CASE("status: far behind but past half the expected way is at risk, not off track (issue 24)") {
    // 400 -> 480 from Oct 1 to Dec 31; Dec 13 is 73 days in: 80% expected.
    Plan plan = planWith(goal("fans", 400, 480));
    checkin(plan, "2026-12-13", 436);  // 45% of the way: 35 points behind, but more than half of 80%
    CHECK(trackGoal(plan, plan.goals[0], d("2026-12-14")).status == Status::at_risk);
    checkin(plan, "2026-12-14", 430);  // 37.5%: less than half the expected way
    CHECK(trackGoal(plan, plan.goals[0], d("2026-12-14")).status == Status::off_track);
}

TEST_CASE("status: a line that still holds while the check-ins slide towards it is at risk (issue 24)") {
    Plan plan = planWith(goal("", 4.2, 4.5, TargetType::stay_above));
    checkin(plan, "2026-10-05", 4.8);
    checkin(plan, "2026-10-20", 4.8);
    checkin(plan, "2026-11-05", 4.8);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-06")).status == Status::on_track);  // steady
    plan.checkins.clear();
    checkin(plan, "2026-10-05", 4.9);
    checkin(plan, "2026-10-20", 4.75);
    checkin(plan, "2026-11-05", 4.6);  // holds today, breaks the line by the deadline at this pace
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-06")).status == Status::at_risk);
}

TEST_CASE("status: a broken line stays off track when its data is also old") {
    Plan plan = planWith(goal("", 4.2, 4.5, TargetType::stay_above));
    plan.goals[0].deadline = d("2027-06-30");
    checkin(plan, "2026-10-10", 4.3);  // the line is broken
    CHECK(trackGoal(plan, plan.goals[0], d("2026-10-20")).status == Status::off_track);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-12-20")).status == Status::off_track);  // not "stale"
    checkin(plan, "2026-10-11", 4.6);  // held again, then nothing for two months: stale
    CHECK(trackGoal(plan, plan.goals[0], d("2026-12-20")).status == Status::stale);
}

TEST_CASE("status: lower is better, deadlines, no check-ins, future check-ins") {
    Plan plan = planWith(goal("reply_minutes", 120, 30));
    const Goal& g = plan.goals[0];
    CHECK(trackGoal(plan, g, d("2026-11-23")).status == Status::not_started);
    CHECK(trackGoal(plan, g, d("2026-11-23")).progress.issue == ProgressIssue::no_checkin);
    checkin(plan, "2026-12-01", 30);  // after "today": not counted yet
    CHECK(trackGoal(plan, g, d("2026-11-23")).status == Status::not_started);
    checkin(plan, "2026-11-15", 150);
    const GoalTrack worse = trackGoal(plan, g, d("2026-11-23"));
    CHECK(worse.status == Status::off_track);
    CHECK(worse.progress.worseThanBaseline);
    CHECK(worse.latest->value == 150);
    CHECK(trackGoal(plan, g, d("2026-12-02")).status == Status::achieved);
    plan.checkins.push_back({"g", d("2027-01-02"), 45, std::nullopt, ""});
    // Reached by the deadline (Dec 1 at 30): a later slip does not undo it.
    CHECK(trackGoal(plan, g, d("2027-01-03")).status == Status::achieved);
}

TEST_CASE("without a deadline only a move away from the target lowers the status") {
    Plan plan = planWith(goal("fans", 400, 480));
    plan.goals[0].deadline.reset();
    checkin(plan, "2026-11-15", 401);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-23")).status == Status::on_track);
    CHECK_FALSE(trackGoal(plan, plan.goals[0], d("2026-11-23")).expectedFraction);
    checkin(plan, "2026-11-16", 370);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-23")).status == Status::off_track);
}

TEST_CASE("forecast: least squares over the last five check-ins, a labelled projection") {
    Plan plan = planWith(goal("fans", 400, 480));
    CHECK_FALSE(forecastAtDeadline(plan, plan.goals[0], d("2026-11-23")));
    checkin(plan, "2026-10-01", 900);  // old outliers that the fit must leave out
    checkin(plan, "2026-10-02", 0);
    CHECK_FALSE(forecastAtDeadline(plan, plan.goals[0], d("2026-10-05")));  // two points a day apart: noise
    for (int i = 0; i < 5; ++i) {
        const Date day = d("2026-11-01").plusDays(i * 5);
        plan.checkins.push_back({"g", day, 400 + i * 5.0, std::nullopt, ""});  // one follower a day
    }
    const auto f = forecastAtDeadline(plan, plan.goals[0], d("2026-11-23"));
    REQUIRE(f);
    CHECK(f->projection);
    CHECK(f->points == 5);
    CHECK(f->at == d("2026-12-31"));
    CHECK(f->perDay == doctest::Approx(1));
    CHECK(f->value == doctest::Approx(460));  // Nov 1 at 400, 60 days to Dec 31
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-23")).forecast->value == doctest::Approx(460));

    Plan sameDay = planWith(goal("fans", 400, 480));
    checkin(sameDay, "2026-11-01", 400);
    checkin(sameDay, "2026-11-01", 410);
    CHECK_FALSE(forecastAtDeadline(sameDay, sameDay.goals[0], d("2026-11-23")));
    sameDay.goals[0].deadline.reset();
    checkin(sameDay, "2026-11-05", 420);
    CHECK_FALSE(forecastAtDeadline(sameDay, sameDay.goals[0], d("2026-11-23")));
}

TEST_CASE("check-ins come back sorted by date, same-day ones in plan order") {
    Plan plan = planWith(goal("fans", 1, 2));
    checkin(plan, "2026-11-03", 3);
    checkin(plan, "2026-11-01", 1);
    checkin(plan, "2026-11-03", 4);
    plan.checkins.push_back({"other", d("2026-10-01"), 9, std::nullopt, ""});
    const auto list = checkinsOf(plan, "g");
    REQUIRE(list.size() == 3);
    CHECK(list[0].value == 1);
    CHECK(list[1].value == 3);
    CHECK(list[2].value == 4);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-23")).latest->value == 4);
}

TEST_CASE("10,000 goals with check-ins are tracked in one quick pass") {
    Plan plan = planWith(goal("fans", 400, 480));
    plan.goals.clear();
    for (int i = 0; i < 10000; ++i) {
        Goal g = goal(i % 2 ? "fans" : "reply_minutes", 100, i % 2 ? 200 : 50);
        g.id = "g" + std::to_string(i);
        plan.goals.push_back(g);
        for (int k = 0; k < 3; ++k) plan.checkins.push_back({g.id, d("2026-10-01").plusDays(k * 20), 100.0 + k, std::nullopt, ""});
    }
    const auto begin = std::chrono::steady_clock::now();
    const auto tracks = trackGoals(plan, d("2026-11-23"));
    CHECK(std::chrono::steady_clock::now() - begin < std::chrono::seconds(2));
    REQUIRE(tracks.size() == 10000);
    CHECK(tracks[1].progress.fraction == doctest::Approx(0.02));
    CHECK(tracks[0].progress.worseThanBaseline);  // reply time rose from 100 to 102
    CHECK(tracks[1].forecast->points == 3);
}

TEST_CASE("catalog KPIs where lower is better: reply time and bounce rate") {
    Plan plan = planWith(goal("reply_time_minutes", 120, 30));
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::decrease);
    CHECK(measureProgress(plan, plan.goals[0], 150).fraction == doctest::Approx(-1.0 / 3));
    plan.goals[0] = goal("social_bounce_rate", 70, 55);
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::decrease);
    CHECK(measureProgress(plan, plan.goals[0], 64).fraction == doctest::Approx(0.4));
    plan.goals[0] = goal("followers", 400, 480);
    CHECK(effectiveTargetType(plan, plan.goals[0]) == TargetType::increase);
}

TEST_CASE("every status, issue, formula, target type and confidence has English text") {
    const Strings en = Strings::load("en");
    for (int s = 0; s <= static_cast<int>(Status::stale); ++s)
        CHECK(en.has(std::string("tracking.status.") + name(static_cast<Status>(s))));
    for (int i = 1; i <= static_cast<int>(ProgressIssue::not_finite); ++i)
        CHECK(en.has(std::string("tracking.issue.") + name(static_cast<ProgressIssue>(i))));
    for (auto t : {TargetType::increase, TargetType::decrease, TargetType::stay_above, TargetType::stay_below,
                   TargetType::reach_then_stay_above, TargetType::reach_then_stay_below}) {
        CHECK(en.has(std::string("tracking.formula.") + name(t)));
        CHECK(en.has(std::string("tracking.target_type.") + name(t)));
    }
    for (auto c : {Confidence::low, Confidence::medium, Confidence::high})
        CHECK(en.has(std::string("tracking.confidence.") + name(c)));
    CHECK(en.has("tracking.forecast"));
    CHECK(en("tracking.formula.decrease", {{"current", "150"}, {"baseline", "120"}, {"target", "30"}, {"result", "-33%"}}) ==
          "(150 − 120) / (30 − 120) = -33%");
}

TEST_CASE("a forecast never leaves the KPI's scale: no 0-minute reply time, no negative count or rate") {
    Plan plan = planWith(goal("reply_time_minutes", 180, 60));
    checkin(plan, "2026-10-01", 120);
    checkin(plan, "2026-11-01", 45);  // falling 75 a month: the straight line crosses zero
    CHECK_FALSE(forecastAtDeadline(plan, plan.goals[0], d("2026-11-23")));  // a 0-minute reply is no forecast

    Plan counts = planWith(goal("comments", 180, 260));
    checkin(counts, "2026-10-01", 120);
    checkin(counts, "2026-11-01", 45);
    const auto forecast = forecastAtDeadline(counts, counts.goals[0], d("2026-11-23"));
    REQUIRE(forecast);
    CHECK(forecast->value == 0.0);
    CHECK(forecast->projection);

    Plan rate = planWith(goal("engagement_rate", 2, 3));
    checkin(rate, "2026-10-01", 1.5);
    checkin(rate, "2026-11-01", 0.5);
    REQUIRE(forecastAtDeadline(rate, rate.goals[0], d("2026-11-23")));
    CHECK(forecastAtDeadline(rate, rate.goals[0], d("2026-11-23"))->value == 0.0);
}

// ---- the second calibration (issue 15) ----------------------------------------------------------

TEST_CASE("a hold-the-line goal is achieved only when the deadline passed with the line held") {
    Plan plan = planWith(goal("reply_minutes", std::nullopt, 60, TargetType::stay_below));
    const Goal& g = plan.goals[0];
    checkin(plan, "2026-11-15", 40);
    CHECK(trackGoal(plan, g, d("2026-11-20")).status == Status::on_track);
    checkin(plan, "2026-12-28", 55);
    CHECK(trackGoal(plan, g, d("2027-01-10")).status == Status::achieved);
}

TEST_CASE("check-ins after the deadline do not decide it: reached late is missed, with the date noted") {
    Plan plan = planWith(goal("fans", 400, 480));
    checkin(plan, "2026-12-15", 450);
    checkin(plan, "2027-01-20", 500);
    const GoalTrack late = trackGoal(plan, plan.goals[0], d("2027-02-01"));
    CHECK(late.status == Status::missed);
    REQUIRE(late.reachedLate);
    CHECK(*late.reachedLate == d("2027-01-20"));
    CHECK(late.latest->value == 500);  // the card still shows the latest number
}

TEST_CASE("stale data: an old check-in says so instead of on track") {
    Plan plan = planWith(goal("fans", 400, 480));
    plan.goals[0].deadline = d("2027-06-30");
    checkin(plan, "2026-10-10", 420);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-11-05")).status == Status::on_track);
    const GoalTrack old = trackGoal(plan, plan.goals[0], d("2026-11-20"));
    CHECK(old.status == Status::stale);  // more than a month without a number
    CHECK(*old.daysSinceCheckin == 41);
    plan.goals[0].checkinEveryDays = 7;  // a weekly rhythm: two weeks is already stale
    CHECK(trackGoal(plan, plan.goals[0], d("2026-10-26")).status == Status::stale);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-10-20")).status == Status::on_track);
}

TEST_CASE("reach then stay below: on track once under the line, achieved only if it holds at the deadline") {
    Plan plan = planWith(goal("reply_minutes", 180, 60, TargetType::reach_then_stay_below));
    const Goal& g = plan.goals[0];
    CHECK(measureProgress(plan, g, 120).fraction == doctest::Approx(0.5));
    CHECK(measureProgress(plan, g, 120).formulaKey == "tracking.formula.reach_then_stay_below");
    checkin(plan, "2026-11-15", 50);
    CHECK(trackGoal(plan, g, d("2026-11-20")).status == Status::on_track);
    checkin(plan, "2026-12-20", 75);  // slipped back over the line before the deadline
    CHECK(trackGoal(plan, g, d("2027-01-05")).status == Status::missed);
    checkin(plan, "2026-12-30", 58);
    CHECK(trackGoal(plan, g, d("2027-01-05")).status == Status::achieved);
}

TEST_CASE("per-period counts read the latest period, like any goal; vs_same_period counts up from zero") {
    // Issue 24: the status says where the goal stands now. The mean of the last two months
    // (55) called a goal that fell back to 48 nearly on track and one that just reached 62
    // still behind.
    Plan plan = planWith(goal("fans", 40, 60));
    plan.goals[0].measuredAs = MeasuredAs::per_month;
    checkin(plan, "2026-10-31", 62);  // one lucky month
    checkin(plan, "2026-11-30", 48);
    const GoalTrack monthly = trackGoal(plan, plan.goals[0], d("2026-12-01"));
    CHECK(monthly.progress.current == doctest::Approx(48));
    CHECK(monthly.status != Status::achieved);
    checkin(plan, "2026-12-01", 61);
    CHECK(trackGoal(plan, plan.goals[0], d("2026-12-02")).status == Status::achieved);

    Plan campaign = planWith(goal("fans", 12000, 15000));  // last December's campaign raised 12,000
    campaign.goals[0].measuredAs = MeasuredAs::vs_same_period;
    checkin(campaign, "2026-11-15", 7500);  // half way through, half of this year's target
    const GoalTrack track = trackGoal(campaign, campaign.goals[0], d("2026-11-16"));
    CHECK(track.progress.fraction == doctest::Approx(0.5));
    CHECK(track.status == Status::on_track);
}

TEST_CASE("forecasts: never from too few or too close check-ins, never from check-ins after today") {
    Plan plan = planWith(goal("fans", 400, 480));
    checkin(plan, "2026-11-01", 400);
    checkin(plan, "2026-11-10", 420);  // two points nine days apart
    CHECK_FALSE(forecastAtDeadline(plan, plan.goals[0], d("2026-11-23")));
    checkin(plan, "2026-11-20", 430);  // three points over 19 days carry a trend
    CHECK(forecastAtDeadline(plan, plan.goals[0], d("2026-11-23")));
    checkin(plan, "2026-12-20", 2000);  // a future typo
    CHECK(forecastAtDeadline(plan, plan.goals[0], d("2026-11-23"))->value < 600);
}
