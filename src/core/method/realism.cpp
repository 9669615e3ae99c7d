#include "core/method/realism.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// Check-ins closer together than this say more about noise than about a trend.
constexpr long kMinTrendDays = 14;
// A target within 10% above the own trend is "in line with it".
constexpr double kInLineWithTrend = 1.1;
// With a trend, the comfortable line is at most the trend plus half the band's comfortable
// rate, and the ambitious line at most the trend plus three quarters of the ambitious rate:
// a goal needing far more than the account has been doing is not comfortable whatever the band.
constexpr double kTrendComfortSlack = 0.5;
constexpr double kTrendAmbitionSlack = 0.75;
// A reduction band never promises more than this (a 100% cut reaches zero).
constexpr double kMaxReductionPercent = 95;

bool finite(const std::optional<double>& v) { return v && std::isfinite(*v); }

bool positiveBudget(const std::optional<double>& budget) { return finite(budget) && *budget > 0; }

// Percent per month <-> log change per month, the unit the comparisons use (no overflow).
double toLog(double percent, Measure m) {
    if (m == Measure::points) return percent;
    if (m == Measure::growth) return std::log1p(percent / 100);
    return -std::log1p(-std::min(percent, kMaxReductionPercent) / 100);
}
std::optional<double> fromLog(double value, Measure m) {
    double out = value;
    if (m == Measure::growth) out = std::expm1(value) * 100;
    if (m == Measure::reduction) out = -std::expm1(-value) * 100;
    if (!std::isfinite(out)) return std::nullopt;
    return out;
}

RealismResult unknown(RealismResult r, const char* reason) {
    r.verdict = Verdict::unknown;
    r.reason = reason;
    return r;
}

Verdict compare(double required, double comfortable, double ambitious) {
    if (required <= comfortable) return Verdict::comfortable;
    if (required <= ambitious) return Verdict::ambitious;
    return Verdict::unrealistic;
}

// The value a goal would reach by moving along a band line (per month, in log units or points)
// or its absolute floor, whichever goes further, capped at the KPI's ceiling.
std::optional<double> targetAtLine(double baseline, bool upward, Measure m, double perMonth, double floor,
                                   double months, double ceiling) {
    std::optional<double> value;
    if (m == Measure::points) value = baseline + (upward ? perMonth : -perMonth) * months;
    else if (baseline > 0) value = baseline * std::exp((m == Measure::growth ? perMonth : -perMonth) * months);
    if (m == Measure::growth && floor > 0 && baseline >= 0)
        value = std::max(value.value_or(0.0), baseline + floor * months);
    if (value && upward && ceiling > 0) value = std::min(*value, ceiling);
    if (!value || !std::isfinite(*value)) return std::nullopt;
    return value;
}

const char* const kVerdictNames[] = {"comfortable", "ambitious", "unrealistic", "unknown"};
const char* const kMeasureNames[] = {"growth", "reduction", "points"};

}  // namespace

bool targetIsUpward(const Goal& goal, const Kpi& kpi) {
    if (!goal.targetType) return kpi.higherIsBetter;
    return *goal.targetType == TargetType::increase || *goal.targetType == TargetType::stay_above;
}

bool holdsALine(const Goal& goal) {
    return goal.targetType &&
           (*goal.targetType == TargetType::stay_above || *goal.targetType == TargetType::stay_below);
}

std::optional<double> trendPerMonth(std::span<const Checkin* const> checkins, Measure measure, bool upward) {
    std::vector<const Checkin*> points;
    for (const Checkin* c : checkins) {
        if (!c || !std::isfinite(c->value)) continue;
        if (measure != Measure::points && c->value <= 0) return std::nullopt;
        points.push_back(c);
    }
    if (points.size() < 2) return std::nullopt;
    const auto [first, last] = std::minmax_element(
        points.begin(), points.end(), [](const Checkin* a, const Checkin* b) { return a->date < b->date; });
    if (daysBetween((*first)->date, (*last)->date) < kMinTrendDays) return std::nullopt;

    // Least squares of y over months since the first check-in.
    const Date origin = (*first)->date;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const double n = static_cast<double>(points.size());
    for (const Checkin* c : points) {
        const double x = monthsBetween(origin, c->date);
        const double y = measure == Measure::points ? c->value : std::log(c->value);
        sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    const double denominator = n * sxx - sx * sx;
    if (denominator <= 0) return std::nullopt;
    const double slope = (n * sxy - sx * sy) / denominator;
    if (!std::isfinite(slope)) return std::nullopt;
    if (measure == Measure::points) return upward ? slope : -slope;
    return fromLog(measure == Measure::growth ? slope : -slope, measure);
}

RealismResult assessRealism(const Plan& plan, const Goal& goal) {
    std::vector<const Checkin*> own;
    for (const Checkin& c : plan.checkins)
        if (c.goalId == goal.id) own.push_back(&c);
    return assessRealism(goal, findKpi(plan, goal.kpi), plan.context, own);
}

RealismResult assessRealism(const Goal& goal, const std::optional<Kpi>& kpi, const Context& context,
                            std::span<const Checkin* const> checkins) {
    RealismResult r;
    if (!kpi) return unknown(r, "missing_metric");
    if (!goal.baseline) return unknown(r, "missing_baseline");
    if (!goal.target) return unknown(r, "missing_target");
    if (!goal.start) return unknown(r, "missing_start");
    if (!goal.deadline) return unknown(r, "missing_deadline");
    if (!finite(goal.baseline) || !finite(goal.target)) return unknown(r, "non_finite");
    const double baseline = *goal.baseline, target = *goal.target;
    r.months = monthsBetween(*goal.start, *goal.deadline);
    if (r.months <= 0) return unknown(r, "deadline_not_after_start");

    const RealismBand& band = realismBand(kpi->family, baseline);
    r.tier = band.tier;
    const bool upward = targetIsUpward(goal, *kpi);
    const bool hold = holdsALine(goal);
    r.measure = band.points ? Measure::points : upward ? Measure::growth : Measure::reduction;

    // Adjust the band: money spent on reach, then a team whose natural audience already follows.
    double comfortable = band.comfortable, ambitious = band.ambitious;
    double floorComfortable = band.comfortableFloor, floorAmbitious = band.ambitiousFloor;
    if (band.paidFactor != 1 && (positiveBudget(context.monthlyBudget) || positiveBudget(goal.budget))) {
        comfortable *= band.paidFactor, ambitious *= band.paidFactor;
        floorComfortable *= band.paidFactor, floorAmbitious *= band.paidFactor;
        r.factors.push_back("paid_boost");
    }
    if (band.establishedFactor != 1 && context.phase == Phase::established) {
        comfortable *= band.establishedFactor, ambitious *= band.establishedFactor;
        floorComfortable *= band.establishedFactor, floorAmbitious *= band.establishedFactor;
        r.factors.push_back("established_phase");
    }
    double comfortLog = toLog(comfortable, r.measure), ambitionLog = toLog(ambitious, r.measure);

    // The account's own trend outweighs the generic band, both ways; it also replaces the
    // floors, which only stand in for a history the account does not have.
    r.trendPerMonth = trendPerMonth(checkins, r.measure, upward);
    if (r.trendPerMonth) {
        const double trend = toLog(*r.trendPerMonth, r.measure);
        const double inLine = trend > 0 ? trend * kInLineWithTrend : trend;
        const double newComfort = std::max(inLine, std::min(comfortLog, trend + kTrendComfortSlack * comfortLog));
        const double newAmbition = std::max(newComfort + (ambitionLog - comfortLog),
                                            std::min(ambitionLog, trend + kTrendAmbitionSlack * ambitionLog));
        comfortLog = newComfort, ambitionLog = newAmbition;
        floorComfortable = floorAmbitious = 0;
        r.factors.push_back("own_trend");
    }
    // A goal shorter than a month is judged as a month: campaigns and events concentrate growth.
    const double months = std::max(r.months, 1.0);
    if (r.months < 1) r.factors.push_back("short_period");
    r.comfortableLimit = fromLog(comfortLog, r.measure).value_or(0);
    r.ambitiousLimit = fromLog(ambitionLog, r.measure).value_or(0);
    r.comfortableFloor = floorComfortable, r.ambitiousFloor = floorAmbitious;

    const double improvement = upward ? target - baseline : baseline - target;
    if (!std::isfinite(improvement)) return unknown(r, "non_finite");
    if (improvement <= 0) {
        if (improvement < 0 && !hold) return unknown(r, "wrong_direction");
        r.requiredTotal = 0, r.requiredPerMonth = 0;  // already there: nothing to grow
        r.verdict = Verdict::comfortable;
        return r;
    }
    const bool beyondScale = (upward && kpi->ceiling > 0 && target > kpi->ceiling) ||
                             (r.measure == Measure::reduction && target <= 0);

    Verdict byRate = Verdict::unrealistic;
    if (r.measure == Measure::points) {
        r.requiredTotal = improvement;
        r.requiredPerMonth = improvement / months;
        byRate = compare(*r.requiredPerMonth, comfortLog, ambitionLog);
    } else if (baseline > 0 && target > 0) {
        const double logChange = std::log(target) - std::log(baseline);
        const double perMonth = (upward ? logChange : -logChange) / months;
        r.requiredTotal = fromLog(upward ? logChange : -logChange, r.measure);
        r.requiredPerMonth = fromLog(perMonth, r.measure);
        byRate = compare(perMonth, comfortLog, ambitionLog);
    } else if (!beyondScale && (baseline < 0 || floorAmbitious <= 0)) {
        return unknown(r, "baseline_not_positive");
    }

    // Absolute floors: from zero or a tiny base, a plausible number of new followers or leads.
    Verdict byFloor = Verdict::unrealistic;
    if (r.measure == Measure::growth && baseline >= 0 && floorAmbitious > 0)
        byFloor = compare(improvement / months, floorComfortable, floorAmbitious);
    if (baseline == 0 && r.measure == Measure::growth) r.factors.push_back("from_zero");
    else if (byFloor < byRate) r.factors.push_back("absolute_floor");
    r.verdict = std::min(byRate, byFloor);

    if (beyondScale) {
        r.verdict = Verdict::unrealistic;
        r.factors.push_back("beyond_scale");
    }
    r.comfortableTarget = targetAtLine(baseline, upward, r.measure, comfortLog, floorComfortable, months, kpi->ceiling);
    r.ambitiousTarget = targetAtLine(baseline, upward, r.measure, ambitionLog, floorAmbitious, months, kpi->ceiling);
    return r;
}

const char* name(Verdict v) { return kVerdictNames[static_cast<int>(v)]; }
const char* name(Measure v) { return kMeasureNames[static_cast<int>(v)]; }

}  // namespace waymark
