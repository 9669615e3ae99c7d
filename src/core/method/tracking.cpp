#include "core/method/tracking.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/method/catalog.h"
#include "core/text/number_format.h"

namespace waymark {

namespace {
bool isStay(TargetType t) { return t == TargetType::stay_above || t == TargetType::stay_below; }
bool isReachThenStay(TargetType t) {
    return t == TargetType::reach_then_stay_above || t == TargetType::reach_then_stay_below;
}
bool lineAbove(TargetType t) { return t == TargetType::stay_above || t == TargetType::reach_then_stay_above; }
bool vsSamePeriod(const Goal& goal) { return goal.measuredAs == MeasuredAs::vs_same_period; }

// What keeps a goal from being measured at all, before any check-in is looked at.
ProgressIssue missingNumbers(const Goal& goal, TargetType type) {
    const bool needsBaseline = !isStay(type);
    // A soft goal (a face, a brand) is judged by the team over time, through its proxies' own goals.
    if (goal.soft) return ProgressIssue::soft_goal;
    if (needsBaseline && !goal.baseline) return ProgressIssue::no_baseline;
    if (!goal.target) return ProgressIssue::no_target;
    if (!std::isfinite(*goal.target) || (needsBaseline && !std::isfinite(*goal.baseline)))
        return ProgressIssue::not_finite;
    if (needsBaseline && *goal.baseline == *goal.target) return ProgressIssue::same_baseline_and_target;
    return ProgressIssue::none;
}

void sortByDate(std::vector<Checkin>& list) {
    std::stable_sort(list.begin(), list.end(), [](const Checkin& a, const Checkin& b) { return a.date < b.date; });
}

// The check-ins of a sorted list dated on or before today.
std::vector<Checkin> until(std::vector<Checkin> sorted, Date today) {
    sorted.erase(std::find_if(sorted.begin(), sorted.end(), [&](const Checkin& c) { return c.date > today; }), sorted.end());
    return sorted;
}

// The public functions below, given the goal's check-ins already sorted (so a whole plan is
// tracked in one pass over its check-ins).
std::optional<Date> pathStartFrom(const Plan& plan, const Goal& goal, const std::vector<Checkin>& sorted) {
    if (goal.start) return goal.start;
    if (!sorted.empty()) return sorted.front().date;
    return plan.created;
}

std::optional<double> expectedFrom(const Plan& plan, const Goal& goal, const std::vector<Checkin>& sorted, Date day,
                                   PathShape shape) {
    const auto start = pathStartFrom(plan, goal, sorted);
    if (isStay(effectiveTargetType(plan, goal)) || !goal.baseline || !goal.target || !start || !goal.deadline)
        return std::nullopt;
    const long span = daysBetween(*start, *goal.deadline);
    if (span <= 0) return std::nullopt;
    const double t = std::clamp(static_cast<double>(daysBetween(*start, day)) / span, 0.0, 1.0);
    const double b = vsSamePeriod(goal) ? 0.0 : *goal.baseline, target = *goal.target;
    double value = b + (target - b) * t;
    if (shape == PathShape::compounded) {
        if (!(b > 0 && target > 0)) return std::nullopt;
        value = b * std::pow(target / b, t);
    }
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// The range a KPI's values can take, for clamping a straight-line forecast.
struct Scale {
    bool nonNegative = false;   // counts, money, durations, shares
    bool zeroMeaningless = false;  // a reply time or cost of 0: a line reaching it is wrong
    double ceiling = 0;         // 0 = none
};

Scale scaleOf(const Plan& plan, const Goal& goal) {
    Scale scale;
    const std::optional<Kpi> kpi = findKpi(plan, goal.kpi);
    if (!kpi) return scale;
    scale.nonNegative = kpi->unit == KpiUnit::count || kpi->unit == KpiUnit::currency || kpi->unit == KpiUnit::minutes ||
                        kpi->unit == KpiUnit::hours || (kpi->unit == KpiUnit::percent && kpi->id != "roi");
    scale.zeroMeaningless = kpi->family == KpiFamily::speed || kpi->family == KpiFamily::cost;
    scale.ceiling = kpi->ceiling;
    return scale;
}

std::optional<Forecast> forecastFrom(const Goal& goal, std::vector<Checkin> list, const Scale& scale) {
    if (!goal.deadline || list.size() < 2) return std::nullopt;
    if (list.size() > static_cast<size_t>(kForecastPoints)) list.erase(list.begin(), list.end() - kForecastPoints);
    // Too few or too close together, a line says more about noise than about a trend.
    const long span = daysBetween(list.front().date, list.back().date);
    if (span < kForecastMinDays || (list.size() == 2 && span < kForecastTwoPointDays)) return std::nullopt;
    // Days counted from the first point keep the sums small and exact.
    const Date origin = list.front().date;
    const double n = static_cast<double>(list.size());
    double meanX = 0, meanY = 0;
    for (const Checkin& c : list) {
        meanX += daysBetween(origin, c.date) / n;
        meanY += c.value / n;
    }
    double sxy = 0, sxx = 0;
    for (const Checkin& c : list) {
        const double dx = daysBetween(origin, c.date) - meanX;
        sxy += dx * (c.value - meanY);
        sxx += dx * dx;
    }
    if (sxx == 0) return std::nullopt;  // every point on one day: no trend to speak of
    Forecast f;
    f.perDay = sxy / sxx;
    f.value = meanY + f.perDay * (daysBetween(origin, *goal.deadline) - meanX);
    f.at = *goal.deadline;
    f.points = static_cast<int>(list.size());
    if (!std::isfinite(f.value) || !std::isfinite(f.perDay)) return std::nullopt;
    if (scale.zeroMeaningless && f.value <= 0) return std::nullopt;
    if (scale.nonNegative) f.value = std::max(0.0, f.value);  // a falling line ends at zero, not below
    if (scale.ceiling > 0) f.value = std::min(scale.ceiling, f.value);
    return f;
}


GoalTrack trackFrom(const Plan& plan, const Goal& goal, const std::vector<Checkin>& sorted, Date today) {
    GoalTrack track;
    const auto counted = until(sorted, today);
    if (!counted.empty()) track.latest = counted.back();
    const TargetType type = effectiveTargetType(plan, goal);
    const bool pastDeadline = goal.deadline && today > *goal.deadline;
    // After the deadline only what was measured by the deadline decides.
    const auto deciding = pastDeadline ? until(counted, *goal.deadline) : counted;
    // Without a check-in, measure the baseline itself so the issue (if any) is still reported.
    const double current = !deciding.empty() ? deciding.back().value
                           : track.latest    ? track.latest->value
                                             : goal.baseline.value_or(0);
    track.progress = measureProgress(plan, goal, current);
    track.forecast = forecastFrom(goal, counted, scaleOf(plan, goal));
    if (track.progress.issue != ProgressIssue::none) return track;  // unmeasured
    if (!track.latest) {
        track.progress.issue = ProgressIssue::no_checkin;
        track.status = Status::not_started;
        return track;
    }
    track.daysSinceCheckin = daysBetween(track.latest->date, today);
    const Progress& p = track.progress;
    const bool reached = isStay(type) ? p.holds : p.fraction >= 1;
    if (pastDeadline) {
        track.status = !deciding.empty() && reached ? Status::achieved : Status::missed;
        if (track.status == Status::missed)
            for (const Checkin& c : counted) {
                if (goal.deadline && c.date <= *goal.deadline) continue;
                const Progress later = measureProgress(plan, goal, c.value);
                if (isStay(type) ? later.holds : later.fraction >= 1) {
                    track.reachedLate = c.date;
                    break;
                }
            }
        return track;
    }
    if (!isStay(type))
        if (const auto expected = expectedFrom(plan, goal, sorted, track.latest->date, PathShape::linear)) {
            const double from = vsSamePeriod(goal) ? 0.0 : p.baseline;
            track.expectedFraction = (*expected - from) / (p.target - from);
        }
    if (isStay(type)) {
        // A line that holds while the check-ins slide towards it is at risk before it breaks.
        const bool sliding = track.forecast && !measureProgress(plan, goal, track.forecast->value).holds;
        track.status = !p.holds ? Status::off_track : sliding ? Status::at_risk : Status::on_track;
    } else if (reached) {
        // A line reached before the deadline still has to be held until then.
        track.status = isReachThenStay(type) ? Status::on_track : Status::achieved;
    } else {
        // Without a path (no start or deadline), the expected progress is 0: only a move away
        // from the target can put the goal at risk.
        // Off track: moved away from the target, or far behind with less than half the way the
        // path expects (1% of the way after a quarter of the time is not a slow start).
        const double expected = track.expectedFraction.value_or(0), behind = expected - p.fraction;
        const bool farBehind = behind > kOffTrackBehind && p.fraction < expected * kOffTrackShare;
        track.status = p.fraction < 0 || farBehind ? Status::off_track
                       : behind <= kOnTrackSlack  ? Status::on_track
                                                  : Status::at_risk;
    }
    const bool doubtful = track.latest->confidence == Confidence::low;
    if (doubtful && (track.status == Status::on_track || track.status == Status::achieved))
        track.status = Status::at_risk;
    const long staleAfter = goal.checkinEveryDays ? kStaleRhythms * static_cast<long>(*goal.checkinEveryDays) : kStaleDays;
    // A broken line stays visible however old the check-in: it is the last thing known.
    const bool brokenLine = isStay(type) && track.status == Status::off_track;
    if (*track.daysSinceCheckin > staleAfter && !brokenLine &&
        (track.status == Status::on_track || track.status == Status::at_risk || track.status == Status::off_track))
        track.status = Status::stale;
    return track;
}
}  // namespace

const char* name(Status s) {
    static const char* const names[] = {"unmeasured", "not_started", "on_track", "at_risk", "off_track", "achieved", "missed", "stale"};
    return names[static_cast<int>(s)];
}

const char* name(ProgressIssue i) {
    static const char* const names[] = {"none", "soft_goal", "no_baseline", "no_target", "no_checkin",
                                        "same_baseline_and_target", "not_finite"};
    return names[static_cast<int>(i)];
}

std::vector<Checkin> checkinsOf(const Plan& plan, std::string_view goalId) {
    std::vector<Checkin> out;
    for (const Checkin& c : plan.checkins)
        if (c.goalId == goalId) out.push_back(c);
    sortByDate(out);
    return out;
}

TargetType effectiveTargetType(const Plan& plan, const Goal& goal) {
    if (goal.targetType) return *goal.targetType;
    if (const auto kpi = findKpi(plan, goal.kpi)) return kpi->higherIsBetter ? TargetType::increase : TargetType::decrease;
    if (goal.baseline && goal.target && *goal.target < *goal.baseline) return TargetType::decrease;
    return TargetType::increase;
}

Progress measureProgress(const Plan& plan, const Goal& goal, double current) {
    Progress p;
    p.type = effectiveTargetType(plan, goal);
    p.current = current;
    p.issue = missingNumbers(goal, p.type);
    if (p.issue != ProgressIssue::none) return p;
    p.target = *goal.target;
    p.baseline = vsSamePeriod(goal) ? 0.0 : goal.baseline.value_or(0);
    if (!std::isfinite(current)) {
        p.issue = ProgressIssue::not_finite;
        return p;
    }
    p.formulaKey = std::string("tracking.formula.") + name(p.type);
    p.formulaArgs = {{"current_number", formatNumber(current)}, {"baseline_number", formatNumber(p.baseline)}, {"target_number", formatNumber(p.target)}};
    if (isStay(p.type) || isReachThenStay(p.type)) {
        p.margin = lineAbove(p.type) ? current - p.target : p.target - current;
        p.holds = p.margin >= 0;
    }
    if (isStay(p.type)) {
        p.fraction = p.holds ? 1 : 0;
        p.formulaArgs.push_back({"result_number", formatNumber(p.margin)});
        return p;
    }
    // One formula for both directions: for decrease goals target - baseline is negative, so a
    // value that rose (worse) divides into a negative fraction, as it should.
    // Halves keep the differences finite for values near the double range (1e308 - -1e308).
    p.fraction = (current / 2 - p.baseline / 2) / (p.target / 2 - p.baseline / 2);
    if (!std::isfinite(p.fraction)) {
        p.issue = ProgressIssue::not_finite;
        p.fraction = 0;
        return p;
    }
    p.worseThanBaseline = p.fraction < 0;
    p.pastTarget = p.fraction > 1;
    p.formulaArgs.push_back({"result_number", formatPercent(p.fraction)});
    return p;
}

std::optional<Date> pathStart(const Plan& plan, const Goal& goal) {
    return pathStartFrom(plan, goal, checkinsOf(plan, goal.id));
}

std::optional<double> expectedValue(const Plan& plan, const Goal& goal, Date day, PathShape shape) {
    return expectedFrom(plan, goal, checkinsOf(plan, goal.id), day, shape);
}

std::optional<Forecast> forecastAtDeadline(const Plan& plan, const Goal& goal, Date today) {
    return forecastFrom(goal, until(checkinsOf(plan, goal.id), today), scaleOf(plan, goal));
}

GoalTrack trackGoal(const Plan& plan, const Goal& goal, Date today) {
    return trackFrom(plan, goal, checkinsOf(plan, goal.id), today);
}

std::vector<GoalTrack> trackGoals(const Plan& plan, Date today) {
    std::map<std::string_view, std::vector<Checkin>> byGoal;
    for (const Checkin& c : plan.checkins) byGoal[c.goalId].push_back(c);
    for (auto& entry : byGoal) sortByDate(entry.second);
    std::vector<GoalTrack> out;
    out.reserve(plan.goals.size());
    const std::vector<Checkin> none;
    for (const Goal& goal : plan.goals) {
        const auto it = byGoal.find(goal.id);
        out.push_back(trackFrom(plan, goal, it == byGoal.end() ? none : it->second, today));
    }
    return out;
}

}  // namespace waymark
