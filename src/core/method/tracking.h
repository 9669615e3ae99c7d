#pragma once
// Tracking a goal: check-ins, progress from the baseline, the path to the target, a status and a
// forecast. Correct for goals where lower is better and for values that moved the wrong way:
// reply time 120 -> 30 minutes measured at 150 is -33% progress, reported, never clamped to 0.
//
// Status rules (thresholds live here and in tracking.cpp, nowhere else):
// - Only check-ins dated on or before `today` count; the latest one is "the current value",
//   for per-period counts too: the status says where the goal stands now, not where it stood on
//   average.
// - unmeasured: a soft goal (judged by the team over time), or no target (stay goals) / no
//   baseline or target (others), or a baseline equal to the target; the Progress::issue says which.
// - not_started: measurable but no check-in yet.
// - Before the deadline:
//   increase / decrease goals: achieved when the current value reaches the target (progress
//   >= 100%). Otherwise compare progress with the progress the linear path expects on the
//   check-in's date: behind by at most kOnTrackSlack (10 points) is on_track; more than
//   kOffTrackBehind (20 points) behind with less than kOffTrackShare (half) of the expected
//   progress, or any move away from the target (progress below 0), is off_track (1% of the way
//   after a quarter of the time is not a slow start); anything between is at_risk. Without a
//   path (no start or deadline) the expected progress is 0, so only a move away from the
//   target lowers the status.
//   stay_above / stay_below goals: on_track while the line holds ("achieved" would invite the
//   team to stop), at_risk while it holds but the forecast breaks it by the deadline (the
//   check-ins slide towards it), off_track while it is broken.
//   reach_then_stay_*: like increase / decrease until the line is reached, then on_track while
//   it holds.
//   stale: instead of on_track, at_risk or off_track when the latest check-in is older than
//   kStaleRhythms times the goal's check-in rhythm (checkinEveryDays), or kStaleDays without one;
//   a broken line (stay goals) stays off_track: old data does not make a breach go away.
// - After the deadline, only check-ins on or before the deadline decide: achieved when the last
//   of them reached (or, for line goals, held) the target, missed otherwise. A later check-in
//   that reached it is noted as reachedLate; it does not turn missed into achieved.
// - vs_same_period goals count this period's value to date against a target set from the same
//   period before: progress runs from 0 to the target, the path from 0 at the start.
// - The team's stated confidence: "low" on the latest check-in turns on_track or achieved
//   before the deadline into at_risk (people often know before the numbers do); "high" never
//   improves a status, numbers win.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

enum class Status { unmeasured, not_started, on_track, at_risk, off_track, achieved, missed, stale };
// Why progress cannot be measured.
enum class ProgressIssue { none, soft_goal, no_baseline, no_target, no_checkin, same_baseline_and_target, not_finite };
enum class PathShape { linear, compounded };

inline constexpr double kOnTrackSlack = 0.10;   // progress may trail the path by 10 points
inline constexpr double kOffTrackBehind = 0.20; // more than 20 points behind
inline constexpr double kOffTrackShare = 0.5;   // with less than half the expected progress is off track
inline constexpr int kForecastPoints = 5;      // the forecast fits the last five check-ins
inline constexpr int kStaleDays = 31;          // no check-in for a month: the status is stale
inline constexpr int kStaleRhythms = 2;        // or for two of the goal's own check-in rhythms
inline constexpr int kForecastMinDays = 14;    // check-ins closer together carry no trend
inline constexpr int kForecastTwoPointDays = 28;  // two check-ins alone need four weeks between them

// The id of a status ("on_track"); its label is the translation key "tracking.status.<id>".
const char* name(Status s);
const char* name(ProgressIssue i);

// Check-ins of one goal, oldest first (same-day check-ins keep their plan order).
std::vector<Checkin> checkinsOf(const Plan& plan, std::string_view goalId);

// How the goal's target is read: its own targetType, else its KPI's direction (higher is better
// -> increase, lower -> decrease), else the direction from baseline to target, else increase.
TargetType effectiveTargetType(const Plan& plan, const Goal& goal);

// Where a value stands between baseline and target, with the formula the UI can show.
struct Progress {
    ProgressIssue issue = ProgressIssue::none;  // none = the numbers below are meaningful
    TargetType type = TargetType::increase;
    double current = 0, baseline = 0, target = 0;
    // increase/decrease: (current - baseline) / (target - baseline); 0 at the baseline, 1 at the
    // target, below 0 when worse than the baseline, above 1 past the target.
    // stay goals: 1 while the line holds, 0 when broken.
    double fraction = 0;
    bool worseThanBaseline = false;  // moved away from the target: fraction < 0
    bool pastTarget = false;         // beyond the target: fraction > 1
    bool holds = false;              // stay goals: current is on the right side of the line
    double margin = 0;               // stay goals: distance to the line, negative when broken
    std::string formulaKey;          // "tracking.formula.<type>", filled with formulaArgs
    TextArgs formulaArgs;            // current, baseline, target, result (as text)
};

// Progress of `current` for a goal (its own baseline and target, effectiveTargetType).
Progress measureProgress(const Plan& plan, const Goal& goal, double current);

// The first day of the goal's path: its start, else its first check-in, else the plan's creation.
std::optional<Date> pathStart(const Plan& plan, const Goal& goal);

// The value the path from baseline (at pathStart) to target (at the deadline) expects on `day`,
// held at the baseline before the start and at the target after the deadline. Compounded grows
// by a constant rate and needs a positive baseline and target. nullopt for stay goals (their
// path is the line itself), when the goal lacks a baseline, target, start or deadline, or when
// the deadline is not after the start.
std::optional<double> expectedValue(const Plan& plan, const Goal& goal, Date day, PathShape shape = PathShape::linear);

// A straight-line projection to the deadline from recent check-ins: an estimate, never a fact.
struct Forecast {
    double value = 0;        // projected KPI value at `at`
    Date at;                 // the deadline
    int points = 0;          // check-ins the fit used (2..kForecastPoints)
    double perDay = 0;       // fitted change per day
    bool projection = true;  // always true: label it as a projection in every view
};

// Least squares over the last kForecastPoints check-ins on or before today; nullopt with fewer
// than 2 points, points spanning fewer than kForecastMinDays (two points: kForecastTwoPointDays),
// without a deadline, when the numbers are not finite, or when the line leaves the KPI's scale
// where that makes no sense (a reply time or cost of 0). Clamped to 0 and the KPI's ceiling.
std::optional<Forecast> forecastAtDeadline(const Plan& plan, const Goal& goal, Date today);

// Everything a goal card shows.
struct GoalTrack {
    Status status = Status::unmeasured;
    Progress progress;                       // of the current value (after the deadline: by the deadline)
    std::optional<Checkin> latest;           // the latest check-in on or before today
    std::optional<double> expectedFraction;  // linear path's progress on latest's date
    std::optional<Forecast> forecast;
    std::optional<Date> reachedLate;         // after a missed deadline: the first later check-in that reached it
    std::optional<long> daysSinceCheckin;    // today minus the latest check-in's date
};

// Status, progress, path and forecast of a goal on `today` (see the rules at the top).
GoalTrack trackGoal(const Plan& plan, const Goal& goal, Date today);
// trackGoal for every goal, aligned with plan.goals; one pass over the check-ins.
std::vector<GoalTrack> trackGoals(const Plan& plan, Date today);

}  // namespace waymark
