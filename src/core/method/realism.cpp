#include "core/method/realism.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

// Check-ins closer together than this say more about noise than about a trend.
constexpr long kMinTrendDays = 14;
// A target within 10% above the own trend is "in line with it".
constexpr double kInLineWithTrend = 1.1;
// With a trend, the comfortable line is at most the trend plus a quarter of the band's
// comfortable rate, and the ambitious line at most the trend plus three quarters of the ambitious
// rate: a goal needing far more than the account has been doing is not comfortable whatever the
// band (a flat account asked for 3% a month against a 0.2% trend is a stretch, not routine).
constexpr double kTrendComfortSlack = 0.25;
constexpr double kTrendAmbitionSlack = 0.75;
// A reduction band never promises more than this (a 100% cut reaches zero).
constexpr double kMaxReductionPercent = 95;
// Paid budget: the band's paid factor applies in full at about 3,000 EUR a month and scales with
// the budget's order of magnitude: a 100 EUR boost adds about a quarter of it, 25,000 EUR of ads
// about one and a half times it. Never less than a quarter, never more than one and a half.
constexpr double kPaidReferenceEur = 30;      // log10(budget / 30) / 2 = 1 at 3,000 EUR
constexpr double kPaidMinScale = 0.25, kPaidMaxScale = 1.5;
// A boost aimed at a local area reaches the people most likely to follow a local business:
// floors of a small audience stretch by this much.
constexpr double kLocalTargeting = 1.6;
// From (almost) zero, the team's existing audience carries a new metric: a new code or product
// sold to 40,000 followers is not a cold start. Per month, as shares of that audience.
constexpr double kAudienceConversionsComfortable = 0.005, kAudienceConversionsAmbitious = 0.025;
constexpr double kAudienceVolumeComfortable = 0.3, kAudienceVolumeAmbitious = 1.0;
// An average over N ratings: new top ratings a month that are plausible without a review goal,
// as shares of N with small-number floors; with a review goal, most of its planned reviews.
constexpr double kRatingsComfortableShare = 0.02, kRatingsAmbitiousShare = 0.06;
constexpr double kRatingsComfortableFloor = 3, kRatingsAmbitiousFloor = 8;
constexpr double kTopShareOfPlannedReviews = 0.7;
// A perfect average is out of reach; the suggestions close a share of the gap to the top instead.
constexpr double kPerfectGapComfortable = 0.25, kPerfectGapAmbitious = 0.5;
// Suggested targets never fall below a quarter of the band's line, whatever a falling trend says:
// advice to aim at the baseline (or at zero) is no advice.
constexpr double kSuggestionMinShareOfBand = 0.25;

// Rough units of a currency per euro, enough to tell a boost from an ad budget.
struct CurrencyRate {
    const char* code;
    double perEur;
};
constexpr CurrencyRate kCurrencyRates[] = {
    {"EUR", 1},     {"USD", 1.1},   {"GBP", 0.85}, {"CHF", 0.95}, {"IDR", 17500}, {"INR", 92},
    {"JPY", 160},   {"AUD", 1.65},  {"CAD", 1.5},  {"SEK", 11.5}, {"NOK", 11.7},  {"DKK", 7.46},
    {"PLN", 4.3},   {"CZK", 25},    {"BRL", 6},    {"MXN", 19},   {"ZAR", 20},    {"TRY", 37},
};

double perEur(const std::string& currency) {
    for (const CurrencyRate& rate : kCurrencyRates)
        if (currency == rate.code) return rate.perEur;
    return 1;
}

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
    return *goal.targetType == TargetType::increase || *goal.targetType == TargetType::stay_above ||
           *goal.targetType == TargetType::reach_then_stay_above;
}

bool holdsALine(const Goal& goal) {
    return goal.targetType &&
           (*goal.targetType == TargetType::stay_above || *goal.targetType == TargetType::stay_below);
}

bool reachesThenHolds(const Goal& goal) {
    return goal.targetType && (*goal.targetType == TargetType::reach_then_stay_above ||
                               *goal.targetType == TargetType::reach_then_stay_below);
}

double paidPerMonthEur(const Goal& goal, const Context& context) {
    double perMonth = 0;
    if (positiveBudget(goal.budget) && goal.start && goal.deadline)
        perMonth = *goal.budget / std::max(1.0, monthsBetween(*goal.start, *goal.deadline));
    else if (positiveBudget(goal.budget)) perMonth = *goal.budget;
    else if (positiveBudget(context.monthlyBudget)) perMonth = *context.monthlyBudget;
    return perMonth / perEur(context.currency);
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

std::string_view costKpiFor(std::string_view resultKpi) {
    static constexpr std::pair<std::string_view, std::string_view> kPricedBy[] = {
        {"app_installs", "cost_per_install"},   {"leads", "cost_per_lead"},
        {"sign_ups", "cost_per_acquisition"},    {"bookings", "cost_per_acquisition"},
        {"message_orders", "cost_per_acquisition"}, {"ticket_sales", "cost_per_acquisition"},
        {"donors", "cost_per_acquisition"},      {"job_applications_from_social", "cost_per_application"},
    };
    for (const auto& [result, cost] : kPricedBy)
        if (result == resultKpi) return cost;
    return {};
}

void addPaidResults(RealismHints& hints, const Goal& costGoal, const Goal& goal, const Context& context) {
    // The budget in the plan's own currency, the one its costs are written in.
    const double perMonth = paidPerMonthEur(goal, context) * perEur(context.currency);
    if (perMonth <= 0 || !finite(costGoal.baseline) || *costGoal.baseline <= 0) return;
    const double targetCost = finite(costGoal.target) && *costGoal.target > 0 ? *costGoal.target : *costGoal.baseline;
    hints.paidResultsComfortable = perMonth / *costGoal.baseline;
    hints.paidResultsAmbitious = perMonth / std::min(targetCost, *costGoal.baseline);
}

RealismHints realismHints(const Plan& plan, const Goal& goal) {
    RealismHints hints;
    for (const Goal& other : plan.goals) {
        const auto kpi = findKpi(plan, other.kpi);
        if (!kpi) continue;
        if (kpi->family == KpiFamily::audience && finite(other.baseline) && *other.baseline > 0 && other.kpi != "review_count")
            hints.audience = std::max(hints.audience.value_or(0), *other.baseline);
        if (other.kpi == "review_count" && goal.kpi == "average_rating" && finite(other.baseline) && *other.baseline > 0) {
            hints.ratingsCount = *other.baseline;
            if (finite(other.target) && other.start && other.deadline && *other.target > *other.baseline)
                hints.newRatingsPerMonth = (*other.target - *other.baseline) /
                                           std::max(1.0, monthsBetween(*other.start, *other.deadline));
        }
    }
    if (finite(goal.ratingsCount) && *goal.ratingsCount > 0) hints.ratingsCount = goal.ratingsCount;
    if (const auto cost = costKpiFor(goal.kpi); !cost.empty())
        for (const Goal& other : plan.goals)
            if (other.kpi == cost && finite(other.baseline) && *other.baseline > 0) {
                addPaidResults(hints, other, goal, plan.context);
                break;
            }
    return hints;
}

RealismResult assessRealism(const Plan& plan, const Goal& goal) {
    std::vector<const Checkin*> own;
    for (const Checkin& c : plan.checkins)
        if (c.goalId == goal.id) own.push_back(&c);
    return assessRealism(goal, findKpi(plan, goal.kpi), plan.context, own, realismHints(plan, goal));
}

RealismResult assessRealism(const Goal& goal, const std::optional<Kpi>& kpi, const Context& context,
                            std::span<const Checkin* const> checkins) {
    return assessRealism(goal, kpi, context, checkins, RealismHints{});
}

RealismResult assessRealism(const Goal& goal, const std::optional<Kpi>& kpi, const Context& context,
                            std::span<const Checkin* const> checkins, const RealismHints& hints) {
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

    // An accumulating audience counted per period (new followers a month) swings like any
    // per-period count: it is judged as volume, not as a stock.
    const bool perPeriod = goal.measuredAs == MeasuredAs::per_week || goal.measuredAs == MeasuredAs::per_month ||
                           goal.measuredAs == MeasuredAs::per_quarter;
    const KpiFamily family = perPeriod && kpi->family == KpiFamily::audience ? KpiFamily::volume : kpi->family;
    const RealismBand& band = realismBand(family, baseline);
    r.tier = band.tier;
    const bool upward = targetIsUpward(goal, *kpi);
    const bool hold = holdsALine(goal);
    r.measure = band.points ? Measure::points : upward ? Measure::growth : Measure::reduction;

    // Adjust the band: money spent on reach, then a team whose natural audience already follows.
    double comfortable = band.comfortable, ambitious = band.ambitious;
    double floorComfortable = band.comfortableFloor, floorAmbitious = band.ambitiousFloor;
    const double paidEur = paidPerMonthEur(goal, context);
    if (band.paidFactor != 1 && paidEur > 0) {
        r.paidScale = std::clamp(std::log10(paidEur / kPaidReferenceEur) / 2, kPaidMinScale, kPaidMaxScale);
        const double factor = 1 + (band.paidFactor - 1) * r.paidScale;
        comfortable *= factor, ambitious *= factor;
        floorComfortable *= factor, floorAmbitious *= factor;
        r.factors.push_back("paid_boost");
        if (kpi->family == KpiFamily::audience && context.business == Business::local &&
            goal.scope.find_first_not_of(" \t") != std::string::npos && floorComfortable > 0) {
            floorComfortable *= kLocalTargeting, floorAmbitious *= kLocalTargeting;
            r.factors.push_back("local_targeting");
        }
    }
    if (band.establishedFactor != 1 && context.phase == Phase::established) {
        comfortable *= band.establishedFactor, ambitious *= band.establishedFactor;
        floorComfortable *= band.establishedFactor, floorAmbitious *= band.establishedFactor;
        r.factors.push_back("established_phase");
    }
    double comfortLog = toLog(comfortable, r.measure), ambitionLog = toLog(ambitious, r.measure);

    // A goal the team controls (posting rhythm, reply habits) is a decision: a dip in its
    // check-ins says nothing about what the team can decide to do next.
    if (kpi->controllable) r.factors.push_back("decision");
    else r.trendPerMonth = trendPerMonth(checkins, r.measure, upward);
    const double bandComfortLog = comfortLog, bandAmbitionLog = ambitionLog;
    // The account's own trend outweighs the generic band, both ways; it also replaces the
    // floors, which only stand in for a history the account does not have.
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
    // Against the same period before (this December against last December), the change spans
    // the year between the two periods, whatever the campaign's own length.
    const bool samePeriod = goal.measuredAs == MeasuredAs::vs_same_period;
    const double months = samePeriod ? 12.0 : std::max(r.months, 1.0);
    if (samePeriod) r.factors.push_back("same_period");
    else if (r.months < 1) r.factors.push_back("short_period");
    // From (almost) nothing, a metric sold to an existing audience: floors from its size.
    const bool countsOutcomes = kpi->family == KpiFamily::conversions || kpi->family == KpiFamily::volume;
    if (countsOutcomes && upward && !r.trendPerMonth && hints.audience && baseline >= 0) {
        const bool volume = kpi->family == KpiFamily::volume;
        const double c = *hints.audience * (volume ? kAudienceVolumeComfortable : kAudienceConversionsComfortable);
        const double a = *hints.audience * (volume ? kAudienceVolumeAmbitious : kAudienceConversionsAmbitious);
        if (baseline < c && c > floorComfortable) {
            floorComfortable = c, floorAmbitious = std::max(floorAmbitious, a);
            r.factors.push_back("existing_audience");
        }
    }
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

    // A perfect average (5.0 stars, 100% satisfied) needs every rating, old and new, to be the
    // best one: with any rating below it on record, that does not happen.
    if (kpi->family == KpiFamily::score && upward && kpi->ceiling > 0 && target >= kpi->ceiling && !beyondScale &&
        baseline < kpi->ceiling && !hints.ratingsCount) {
        r.factors.push_back("perfect_average");
        r.verdict = Verdict::unrealistic;
        // Suggest closing a quarter (comfortable) or half (a stretch) of the gap to the top.
        r.comfortableTarget = baseline + (kpi->ceiling - baseline) * kPerfectGapComfortable;
        r.ambitiousTarget = baseline + (kpi->ceiling - baseline) * kPerfectGapAmbitious;
        return r;
    }
    // An average over N ratings moves only by new ratings: reaching the target needs about
    // (target - baseline) * N / (max - target) new top ratings. Judge that count per month.
    if (kpi->family == KpiFamily::score && upward && kpi->ceiling > 0 && hints.ratingsCount && !beyondScale &&
        baseline >= 0 && baseline < kpi->ceiling) {
        const double n = *hints.ratingsCount;
        r.factors.push_back("ratings_needed");
        r.requiredTotal = improvement, r.requiredPerMonth = improvement / months;
        double c = std::max(kRatingsComfortableFloor, n * kRatingsComfortableShare);
        double a = std::max(kRatingsAmbitiousFloor, n * kRatingsAmbitiousShare);
        if (hints.newRatingsPerMonth) c = *hints.newRatingsPerMonth * kTopShareOfPlannedReviews, a = *hints.newRatingsPerMonth;
        // The average reached by adding only top ratings at a line's pace for the goal's months.
        const auto averageWith = [&](double perMonth) { return (baseline * n + kpi->ceiling * perMonth * months) / (n + perMonth * months); };
        r.comfortableTarget = averageWith(c), r.ambitiousTarget = averageWith(a);
        if (target >= kpi->ceiling) {
            r.verdict = Verdict::unrealistic;  // every old rating would have to disappear
            return r;
        }
        r.ratingsNeeded = improvement * n / (kpi->ceiling - target);
        r.verdict = compare(*r.ratingsNeeded / months, c, a);
        return r;
    }

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
    // Results a month the budget buys at the plan's own cost per result: at today's cost the
    // target is comfortable, at the cost the plan aims for ambitious. Money answers the question
    // the generic band only guesses at.
    if (upward && kpi->family == KpiFamily::conversions && hints.paidResultsComfortable && hints.paidResultsAmbitious) {
        const Verdict byBudget = compare(target, *hints.paidResultsComfortable,
                                         std::max(*hints.paidResultsAmbitious, *hints.paidResultsComfortable));
        if (byBudget < r.verdict) {
            r.verdict = byBudget;
            r.factors.push_back("paid_results");
        }
    }

    if (beyondScale) {
        r.verdict = Verdict::unrealistic;
        r.factors.push_back("beyond_scale");
    }
    const double suggestComfort = std::max(comfortLog, kSuggestionMinShareOfBand * bandComfortLog);
    const double suggestAmbition = std::max(ambitionLog, kSuggestionMinShareOfBand * bandAmbitionLog);
    r.comfortableTarget = targetAtLine(baseline, upward, r.measure, suggestComfort, floorComfortable, months, kpi->ceiling);
    r.ambitiousTarget = targetAtLine(baseline, upward, r.measure, suggestAmbition, floorAmbitious, months, kpi->ceiling);
    return r;
}

const char* name(Verdict v) { return kVerdictNames[static_cast<int>(v)]; }
const char* name(Measure v) { return kMeasureNames[static_cast<int>(v)]; }

}  // namespace waymark
