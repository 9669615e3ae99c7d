#include "core/method/realism.h"

#include <algorithm>
#include <cmath>

#include "core/method/review_numbers.h"
#include "core/text/number_format.h"

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
constexpr double kBoughtPaidFactor = 2;
// From (almost) zero, the team's existing audience carries a new metric: a new code or product
// sold to 40,000 followers is not a cold start. Per month, as shares of that audience.
constexpr double kAudienceConversionsComfortable = 0.005, kAudienceConversionsAmbitious = 0.025;
constexpr double kAudienceVolumeComfortable = 0.3, kAudienceVolumeAmbitious = 1.0;
// A new account on another channel: 5% of the team's audience elsewhere follows it a month with
// steady cross-posting, 10% with a push.
constexpr double kNewAccountComfortable = 0.05, kNewAccountAmbitious = 0.10;
// Counts below this swing by whole steps (1, 2, 1 leads a month): their check-ins show no trend.
constexpr double kFewToCount = 10;
// A campaign up to a dated event: a goal of up to four months that ends with its objective (on
// its due date or in the two weeks before) may stretch twice as far as the usual pace.
constexpr double kCampaignMonths = 4, kCampaignStretch = 2;
constexpr long kCampaignEndDays = 14;
// A running total's own intake a month: a tenth above it is steady work, two and a half times it
// the most a late rush brings.
constexpr double kIntakeComfortable = 1.1, kIntakeAmbitious = 2.5;
// The most a month's results can ask of the audience they come from: about 2% of followers (or
// of the people a month's posts reach) act in a month with steady work, 5% with a strong offer;
// no business gets 7% of its followers to use a code every month. Reach, views and clicks a
// month: up to 5 times the audience comfortably, 20 times at a stretch (shares and paid reach).
// The check applies while today's count is within the comfortable share: a count already far
// beyond it comes from elsewhere (search, walk-ins), and the audience says nothing about it.
constexpr double kResultsShareComfortable = 0.02, kResultsShareAmbitious = 0.05;
constexpr double kVolumeTimesComfortable = 5, kVolumeTimesAmbitious = 20;
// An average over N ratings: new top ratings a month that are plausible without a review goal,
// as shares of N with small-number floors; with a review goal, most of its planned reviews.
constexpr double kRatingsComfortableShare = 0.02, kRatingsAmbitiousShare = 0.06;
constexpr double kRatingsComfortableFloor = 3, kRatingsAmbitiousFloor = 8;
constexpr double kTopShareOfPlannedReviews = 0.7;
// A perfect average is out of reach; the suggestions close a share of the gap to the top instead.
constexpr double kPerfectGapComfortable = 0.25, kPerfectGapAmbitious = 0.5;
// A line held on an average over few ratings: comfortable when it takes at least three ratings
// one step below the top (a 4-star review on a 5-star scale) to break it; about one new rating in
// ten is such a rating, and a line that breaks before the new ratings the plan expects are in is
// out of reach.
constexpr double kFragileComfortable = 3, kLowerShareOfNewRatings = 0.1;
constexpr double kDaysPerMonth = 30.44;

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
    r.evidence.clear();
    r.decisive.reset();
    r.comfortableTarget.reset(), r.ambitiousTarget.reset();
    return r;
}

void addFactor(RealismResult& r, const char* factor) {
    if (std::find(r.factors.begin(), r.factors.end(), factor) == r.factors.end()) r.factors.push_back(factor);
}

// The value a goal reaches from `from` by moving along a band line (per month, in log units or
// points) or its absolute floor, whichever goes further. Not capped: the verdict needs the line
// itself; suggestions are capped at the KPI's ceiling later.
std::optional<double> lineTarget(double from, bool upward, Measure m, double perMonth, double floor, double months) {
    std::optional<double> value;
    if (m == Measure::points) value = from + (upward ? perMonth : -perMonth) * months;
    else if (from > 0) value = from * std::exp((m == Measure::growth ? perMonth : -perMonth) * months);
    if (m == Measure::growth && floor > 0 && from >= 0)
        value = std::max(value.value_or(0.0), from + floor * months);
    if (!value || !std::isfinite(*value)) return std::nullopt;
    return value;
}

// The same change per month as requiredPerMonth, from `from` to `to` in `months`.
std::optional<double> changePerMonth(double from, double to, double months, Measure m) {
    if (m == Measure::points) return (to - from) / months;
    if (!(from > 0 && to > 0)) return std::nullopt;
    const double logChange = (m == Measure::growth ? 1 : -1) * (std::log(to) - std::log(from));
    return fromLog(logChange / months, m);
}

// How the goal's numbers count, which decides the band (a stock grows, a per-period count
// swings, one event fills a room).
enum class Counting { stock, per_period, per_event, same_period };

Counting countingOf(const Goal& goal, const Kpi& kpi) {
    if (goal.measuredAs == MeasuredAs::vs_same_period) return Counting::same_period;
    if (goal.measuredAs == MeasuredAs::per_event) return Counting::per_event;
    if (goal.measuredAs == MeasuredAs::total) return Counting::stock;
    if (goal.measuredAs) return Counting::per_period;
    if (kpi.family == KpiFamily::attendance) return Counting::per_event;
    const bool stock = kpi.family == KpiFamily::audience || kpi.family == KpiFamily::members || kpi.family == KpiFamily::reviews;
    return stock ? Counting::stock : Counting::per_period;
}

// Periods of the goal's count in a month (a weekly count of 10 is about 43 a month).
double periodsPerMonth(const Goal& goal) {
    if (goal.measuredAs == MeasuredAs::per_week) return kDaysPerMonth / 7;
    if (goal.measuredAs == MeasuredAs::per_quarter) return 1.0 / 3;
    return 1;
}

// The band's family for how the goal counts: new followers a month swing like reach, a running
// total of sign-ups grows like an audience, guests per evening fill like a room.
KpiFamily bandFamily(const Goal& goal, const Kpi& kpi, Counting counting, RealismResult& r) {
    const bool countable = kpi.unit == KpiUnit::count;
    if (counting == Counting::per_event && countable && kpi.family != KpiFamily::cadence) {
        if (kpi.family != KpiFamily::attendance) addFactor(r, "per_event");
        return KpiFamily::attendance;
    }
    if (counting == Counting::per_period && (kpi.family == KpiFamily::audience || kpi.family == KpiFamily::members))
        return KpiFamily::volume;
    if (counting == Counting::stock && goal.measuredAs == MeasuredAs::total &&
        (kpi.family == KpiFamily::volume || kpi.family == KpiFamily::conversions)) {
        addFactor(r, "running_total");
        return KpiFamily::audience;
    }
    return kpi.family;
}

// The pace lines after every adjustment: per month in log units (or points), and floors.
struct Pace {
    double comfortLog = 0, ambitionLog = 0;
    double floorComfortable = 0, floorAmbitious = 0;
    bool trend = false;
};

const char* const kVerdictNames[] = {"comfortable", "ambitious", "unrealistic", "unknown"};
const char* const kMeasureNames[] = {"growth", "reduction", "points"};
const char* const kEvidenceKinds[] = {"pace",        "own_trend",       "paid_results",    "audience",
                                      "ratings_pace", "fragile_average", "perfect_average", "beyond_scale"};
const char* const kEvidenceUnits[] = {"percent_per_month", "points_per_month", "per_month",
                                      "value",             "ratings"};

// Builds the evidence for one goal and reads the verdict off it.
class Judgement {
public:
    Judgement(RealismResult& r, const std::optional<Kpi>& kpi, bool upwardTarget)
        : r_(r), kpi_(kpi), upward_(upwardTarget) {}

    // Adds a piece of evidence; its numbers are rounded as printed and its verdict read off them.
    void add(Evidence e) {
        e.needed = evidenceNumber(e.needed, e.unit, kpi_);
        e.comfortable = evidenceNumber(e.comfortable, e.unit, kpi_);
        e.ambitious = evidenceNumber(e.ambitious, e.unit, kpi_);
        e.verdict = judge(e.needed, e.comfortable, e.ambitious, e.lowerIsHarder);
        r_.evidence.push_back(std::move(e));
    }

    // The worst verdict decides; among pieces with it, the tightest line in the goal's own
    // numbers (the lowest for a target above the baseline). Suggestions are the tightest lines.
    void decide() {
        if (r_.evidence.empty()) return;
        Verdict worst = Verdict::comfortable;
        for (const Evidence& e : r_.evidence) worst = std::max(worst, e.verdict);
        const auto line = [&](const Evidence& e) {
            return worst == Verdict::unrealistic ? e.ambitiousTarget : e.comfortableTarget;
        };
        for (size_t i = 0; i < r_.evidence.size(); ++i) {
            const Evidence& e = r_.evidence[i];
            if (e.verdict != worst) continue;
            // A target beyond the scale, or a perfect average, is impossible whatever else holds:
            // that is what to say, before any pace.
            const auto categorical = [](const Evidence& x) {
                return x.kind == EvidenceKind::beyond_scale ? 2 : x.kind == EvidenceKind::perfect_average ? 1 : 0;
            };
            const Evidence* current = r_.decisive ? &r_.evidence[*r_.decisive] : nullptr;
            if (!current || categorical(e) > categorical(*current) ||
                (categorical(e) == categorical(*current) && tighter(line(e), line(*current))))
                r_.decisive = i;
        }
        r_.verdict = worst;
        for (const Evidence& e : r_.evidence) {
            if (tighter(e.comfortableTarget, comfortable_)) comfortable_ = e.comfortableTarget;
            if (tighter(e.ambitiousTarget, ambitious_)) ambitious_ = e.ambitiousTarget;
        }
        if (comfortable_ && ambitious_ && tighter(ambitious_, comfortable_)) ambitious_ = comfortable_;
    }

    // The tightest lines, not rounded (for the limits as a change per month).
    std::optional<double> comfortableLine() const { return comfortable_; }
    std::optional<double> ambitiousLine() const { return ambitious_; }

private:
    // True when line a is tighter than b (a missing line is the loosest).
    bool tighter(const std::optional<double>& a, const std::optional<double>& b) const {
        if (!a) return false;
        if (!b) return true;
        return upward_ ? *a < *b : *a > *b;
    }

    RealismResult& r_;
    const std::optional<Kpi>& kpi_;
    bool upward_;
    std::optional<double> comfortable_, ambitious_;
};

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

double paidPerMonth(const Goal& goal, const Context& context) {
    if (positiveBudget(goal.budget) && goal.start && goal.deadline)
        return *goal.budget / std::max(1.0, monthsBetween(*goal.start, *goal.deadline));
    if (positiveBudget(goal.budget)) return *goal.budget;
    if (positiveBudget(context.monthlyBudget)) return *context.monthlyBudget;
    return 0;
}

double paidPerMonthEur(const Goal& goal, const Context& context) { return paidPerMonth(goal, context) / perEur(context.currency); }

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
        {"donors", "cost_per_acquisition"},      {"new_customers", "cost_per_acquisition"},
        {"orders", "cost_per_acquisition"},      {"job_applications_from_social", "cost_per_application"},
    };
    for (const auto& [result, cost] : kPricedBy)
        if (result == resultKpi) return cost;
    return {};
}

Verdict judge(double needed, double comfortable, double ambitious, bool lowerIsHarder) {
    if (lowerIsHarder) {
        if (needed >= comfortable) return Verdict::comfortable;
        if (needed >= ambitious) return Verdict::ambitious;
        return Verdict::unrealistic;
    }
    if (needed <= comfortable) return Verdict::comfortable;
    if (needed <= ambitious) return Verdict::ambitious;
    return Verdict::unrealistic;
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
    // A soft goal (a face, a brand) is judged by the team over time, not by growth bands.
    if (goal.soft) return unknown(r, "soft_goal");
    if (!kpi) return unknown(r, "missing_metric");
    if (!goal.baseline) return unknown(r, "missing_baseline");
    if (!goal.target) return unknown(r, "missing_target");
    if (!goal.start) return unknown(r, "missing_start");
    if (!goal.deadline) return unknown(r, "missing_deadline");
    if (!finite(goal.baseline) || !finite(goal.target)) return unknown(r, "non_finite");
    const double baseline = *goal.baseline, target = *goal.target;
    r.months = monthsBetween(*goal.start, *goal.deadline);
    if (r.months <= 0) return unknown(r, "deadline_not_after_start");

    const Counting counting = countingOf(goal, *kpi);
    const KpiFamily family = bandFamily(goal, *kpi, counting, r);
    const RealismBand band = realismBandAt(family, baseline);
    r.tier = band.tier;
    const bool upward = targetIsUpward(goal, *kpi);
    const bool hold = holdsALine(goal);
    r.measure = band.points ? Measure::points : upward ? Measure::growth : Measure::reduction;

    // ---- the pace: the band adjusted for money, phase and the team's own trend
    Pace pace;
    double comfortable = band.comfortable, ambitious = band.ambitious;
    pace.floorComfortable = band.comfortableFloor, pace.floorAmbitious = band.ambitiousFloor;
    const double paidEur = paidPerMonthEur(goal, context);
    if (band.paidFactor != 1 && paidEur > 0) {
        r.paidScale = std::clamp(std::log10(paidEur / kPaidReferenceEur) / 2, kPaidMinScale, kPaidMaxScale);
        // Ads buy reach, impressions and clicks directly: counts the ad manager reports move
        // twice as much with the money as other counts.
        const CatalogKpi* row = kpi->custom ? nullptr : findCatalogKpi(kpi->id);
        const bool bought = family == KpiFamily::volume && row &&
                            (row->sources & (1u << static_cast<int>(DataSource::ad_manager))) != 0;
        const double factor = 1 + (band.paidFactor - 1) * r.paidScale * (bought ? kBoughtPaidFactor : 1);
        comfortable *= factor, ambitious *= factor;
        pace.floorComfortable *= factor, pace.floorAmbitious *= factor;
        r.factors.push_back("paid_boost");
        if (family == KpiFamily::audience && context.business == Business::local &&
            goal.scope.find_first_not_of(" \t") != std::string::npos && pace.floorComfortable > 0) {
            pace.floorComfortable *= kLocalTargeting, pace.floorAmbitious *= kLocalTargeting;
            r.factors.push_back("local_targeting");
        }
    }
    if (band.establishedFactor != 1 && context.phase == Phase::established) {
        comfortable *= band.establishedFactor, ambitious *= band.establishedFactor;
        pace.floorComfortable *= band.establishedFactor, pace.floorAmbitious *= band.establishedFactor;
        r.factors.push_back("established_phase");
    }
    // A campaign up to a dated event (a race, Christmas, a premiere): responses to it (sign-ups,
    // posts with its hashtag, likes, donations) pile up in its last weeks. Only the stretch
    // widens: what is comfortable stays what steady work brings. An event falls on a day; an
    // objective due on the last day of a month closes a planning period, not an event. A running
    // total has its own late rush (kIntakeAmbitious); a habit the team decides has no event.
    const bool responses = family == KpiFamily::conversions || family == KpiFamily::volume || family == KpiFamily::money;
    const bool event = hints.objectiveDue && hints.objectiveDue->plusDays(1).day != 1;
    const bool campaign = responses && upward && !hold && !kpi->controllable && goal.measuredAs != MeasuredAs::total &&
                          event && r.months <= kCampaignMonths && *goal.deadline <= *hints.objectiveDue &&
                          daysBetween(*goal.deadline, *hints.objectiveDue) <= kCampaignEndDays;
    if (campaign) {
        ambitious *= kCampaignStretch, pace.floorAmbitious *= kCampaignStretch;
        r.factors.push_back("campaign");
    }
    pace.comfortLog = toLog(comfortable, r.measure), pace.ambitionLog = toLog(ambitious, r.measure);

    // A goal the team controls (posting rhythm, reply habits) is a decision: a dip in its
    // check-ins says nothing about what the team can decide to do next.
    const bool decision = kpi->controllable;
    if (decision) r.factors.push_back("decision");
    // Where the number stands now: the latest check-in (the caller passes those on or before
    // today), judged over the months left from it; without one, the baseline at the start.
    // Against the same period before, check-ins count the period so far, not a level.
    const bool samePeriod = counting == Counting::same_period;
    const Checkin* latest = nullptr;
    for (const Checkin* c : checkins)
        if (c && std::isfinite(c->value) && (!latest || latest->date <= c->date)) latest = c;
    double from = baseline, months = r.months;
    if (latest && !samePeriod && latest->date < *goal.deadline && latest->date >= *goal.start) {
        from = latest->value;
        months = monthsBetween(latest->date, *goal.deadline);
    }
    // A running total of results (sign-ups so far, tickets sold) grows by a fairly steady intake:
    // its own pace is new ones a month, not a percentage of the total.
    // Reviews are such a total too: they come with customers, a few a month.
    const bool runningTotal = (goal.measuredAs == MeasuredAs::total &&
                               (kpi->family == KpiFamily::conversions || kpi->family == KpiFamily::volume ||
                                kpi->family == KpiFamily::money)) ||
                              (counting == Counting::stock && kpi->family == KpiFamily::reviews);
    // The own trend: the check-ins, with the baseline at the start as one more measurement.
    // It takes two check-ins at least: one alone against the baseline is a step, not a trend.
    std::vector<const Checkin*> points(checkins.begin(), checkins.end());
    const Checkin atStart{goal.id, *goal.start, baseline, std::nullopt, ""};
    const Measure trendMeasure = runningTotal ? Measure::points : r.measure;
    if (points.size() >= 2 && (trendMeasure == Measure::points || baseline > 0)) points.push_back(&atStart);
    // Check-ins of single-digit counts (1, 2, 1 leads) swing by whole steps: no trend to read.
    // Against the same period before, they count the period so far: no trend either.
    double largest = 0;
    for (const Checkin* c : checkins)
        if (c) largest = std::max(largest, std::fabs(c->value));
    const bool fewToCount = kpi->unit == KpiUnit::count && largest < kFewToCount;
    if (!decision && !samePeriod && !fewToCount && !runningTotal) r.trendPerMonth = trendPerMonth(points, trendMeasure, upward);
    // A running total's own pace is its average intake since the start: what it has taken a
    // month so far ("they sell about 1,070 tickets a month").
    if (runningTotal && latest && !samePeriod && monthsBetween(*goal.start, latest->date) > 0)
        r.trendPerMonth = (upward ? 1 : -1) * (latest->value - baseline) / monthsBetween(*goal.start, latest->date);
    // The account's own trend outweighs the generic band, both ways; it also replaces the
    // floors, which only stand in for a history the account does not have.
    if (r.trendPerMonth && !runningTotal) {
        const double trend = toLog(*r.trendPerMonth, r.measure);
        const double inLine = trend > 0 ? trend * kInLineWithTrend : trend;
        const double newComfort = std::max(inLine, std::min(pace.comfortLog, trend + kTrendComfortSlack * pace.comfortLog));
        const double newAmbition = std::max(newComfort + (pace.ambitionLog - pace.comfortLog),
                                            std::min(pace.ambitionLog, trend + kTrendAmbitionSlack * pace.ambitionLog));
        pace.comfortLog = newComfort, pace.ambitionLog = newAmbition;
        pace.floorComfortable = pace.floorAmbitious = 0;
        pace.trend = true;
        r.factors.push_back("own_trend");
    }
    // A running total with an intake: up to a tenth above that intake is steady work, two and a
    // half times it the most a late rush (race month, Christmas) brings.
    const bool linearPace = runningTotal && r.trendPerMonth && *r.trendPerMonth > 0;
    if (linearPace) r.factors.push_back("own_trend");
    // A goal shorter than a month is judged as a month: campaigns and events concentrate growth.
    // Against the same period before (this December against last December), the change spans
    // the year between the two periods, whatever the campaign's own length. A steady intake
    // needs no such rounding: it is counted over the time there is.
    if (samePeriod) months = 12.0, r.factors.push_back("same_period");
    else if (!linearPace) months = std::max(months, 1.0);
    if (!samePeriod && r.months < 1) r.factors.push_back("short_period");
    // From nothing (a new code, a new account), a metric sold to an existing audience: floors
    // from its size. Once the metric has a number of its own, that number's pace counts instead.
    // The audience is the team's, on any channel: followers on Instagram carry a code shared in
    // a WhatsApp status and a new TikTok account alike.
    std::string paceSource;  // the goal whose audience carries the pace, if one does
    // A running total of results is carried like the results themselves, not like an audience.
    const KpiFamily carry = family == KpiFamily::audience && kpi->family != KpiFamily::audience ? kpi->family : family;
    const bool carried = carry == KpiFamily::conversions || carry == KpiFamily::volume || carry == KpiFamily::audience;
    if (carried && upward && !pace.trend && hints.anyAudience && baseline >= 0) {
        const double share[3][2] = {{kAudienceConversionsComfortable, kAudienceConversionsAmbitious},
                                    {kAudienceVolumeComfortable, kAudienceVolumeAmbitious},
                                    {kNewAccountComfortable, kNewAccountAmbitious}};
        const int row = carry == KpiFamily::conversions ? 0 : carry == KpiFamily::volume ? 1 : 2;
        const double c = *hints.anyAudience * share[row][0], a = *hints.anyAudience * share[row][1];
        if (baseline < 1 && c > pace.floorComfortable) {
            pace.floorComfortable = c, pace.floorAmbitious = std::max(pace.floorAmbitious, a);
            paceSource = hints.anyAudienceGoal;
            r.factors.push_back("existing_audience");
        }
    }
    r.comfortableFloor = pace.floorComfortable, r.ambitiousFloor = pace.floorAmbitious;

    const double improvement = upward ? target - from : from - target;
    if (!std::isfinite(improvement)) return unknown(r, "non_finite");
    if (!hold && improvement <= 0) {
        if (upward ? target < baseline : target > baseline) return unknown(r, "wrong_direction");
        r.requiredTotal = 0, r.requiredPerMonth = 0;  // already there: nothing to grow
        r.verdict = Verdict::comfortable;
        return r;
    }
    // The change from where the number stands to the target (for a line: how far it may fall).
    r.requiredTotal = r.measure == Measure::points ? std::optional<double>(improvement)
                                                   : changePerMonth(from, target, 1, r.measure);
    r.requiredPerMonth = months > 0 ? changePerMonth(from, target, months, r.measure) : r.requiredTotal;

    // In the goal's own numbers a higher target is harder when it aims up.
    Judgement judgement(r, kpi, upward);
    const bool isScore = kpi->family == KpiFamily::score && kpi->ceiling > 0;
    // Beyond the scale as printed: a share above 100%, six stars; a reply time or cost of zero
    // (the edge is then the smallest value that is printed as more than zero).
    const double shownTarget = evidenceNumber(target, EvidenceUnit::value, kpi);
    const bool beyondScale = (upward && kpi->ceiling > 0 && shownTarget > kpi->ceiling) ||
                             (r.measure == Measure::reduction && shownTarget <= 0);
    if (beyondScale) {
        r.factors.push_back("beyond_scale");
        const double edge = upward ? kpi->ceiling : roundForDisplay(1e-9, kpi, RoundDirection::up);
        // Its edge is no target to suggest: it has no lines of its own.
        judgement.add({EvidenceKind::beyond_scale, Verdict::unknown, EvidenceUnit::value, target, edge, edge, !upward,
                       std::nullopt, std::nullopt, {}, {}});
    }

    // ---- averages over ratings: they move only with new ratings
    bool paceReplaced = false;
    if (isScore && upward && !hold && baseline >= 0 && baseline < kpi->ceiling) {
        const double top = kpi->ceiling;
        if (!hints.ratingsCount && target >= top) {
            // A perfect average needs every rating, old and new, to be the best one: with any
            // lower rating on record, that does not happen. Suggest closing part of the gap.
            r.factors.push_back("perfect_average");
            const double c = baseline + (top - baseline) * kPerfectGapComfortable;
            const double a = baseline + (top - baseline) * kPerfectGapAmbitious;
            judgement.add({EvidenceKind::perfect_average, Verdict::unknown, EvidenceUnit::value, target, c, a, false, c, a, {}, {}});
        } else if (hints.ratingsCount) {
            // An average over N ratings reaches the target with about
            // (target - baseline) * N / (top - target) new top ratings.
            const double n = *hints.ratingsCount;
            r.factors.push_back("ratings_needed");
            double c = std::max(kRatingsComfortableFloor, n * kRatingsComfortableShare);
            double a = std::max(kRatingsAmbitiousFloor, n * kRatingsAmbitiousShare);
            if (hints.newRatingsPerMonth) c = *hints.newRatingsPerMonth * kTopShareOfPlannedReviews, a = *hints.newRatingsPerMonth;
            const auto averageWith = [&](double perMonth) { return (from * n + top * perMonth * months) / (n + perMonth * months); };
            if (target >= top) {
                // Every old rating would have to disappear.
                judgement.add({EvidenceKind::perfect_average, Verdict::unknown, EvidenceUnit::value, target, averageWith(c),
                               averageWith(a), false, averageWith(c), averageWith(a), hints.ratingsGoal,
                               {{"ratings_number", formatNumber(n)}}});
            } else {
                // The ratings needed by the deadline against those plausible in the time left.
                r.ratingsNeeded = improvement * n / (top - target);
                judgement.add({EvidenceKind::ratings_pace, Verdict::unknown, EvidenceUnit::ratings, *r.ratingsNeeded,
                               c * months, a * months, false, averageWith(c), averageWith(a), hints.ratingsGoal,
                               {{"ratings_number", formatNumber(n)}}});
            }
            paceReplaced = true;
        }
    }
    // A line held on an average over few ratings breaks with the first ratings below the top.
    // It should take at least three of them, and at least twice the ones the period is likely to
    // bring (one in ten of the new ratings the plan expects); one that breaks before the period
    // is likely to end is out of reach.
    // A line at or below one step under the top is not fragile, but a higher line suggested for
    // it may be: suggestions stop at the lines this check would draw (fragileCap*).
    std::optional<double> fragileCapComfortable, fragileCapAmbitious;
    if (isScore && hold && upward && hints.ratingsCount && from > kpi->ceiling - 1) {
        const double n = *hints.ratingsCount, lower = kpi->ceiling - 1;
        const double expected = hints.newRatingsPerMonth ? *hints.newRatingsPerMonth * months * kLowerShareOfNewRatings : 0;
        const double c = std::max(kFragileComfortable, 2 * expected), a = expected;
        const auto lineFor = [&](double k) { return (n * from + k * lower) / (n + k); };
        if (from >= target && target > lower) {
            const double canTake = n * (from - target) / (target - lower);
            judgement.add({EvidenceKind::fragile_average, Verdict::unknown, EvidenceUnit::ratings, std::floor(canTake + 1e-9),
                           c, a, true, lineFor(c), lineFor(a), hints.ratingsGoal,
                           {{"ratings_number", formatNumber(n)}, {"lower_number", formatNumber(lower)}}});
        } else {
            fragileCapComfortable = lineFor(c), fragileCapAmbitious = lineFor(a);
        }
    }

    // ---- the pace's lines from where the number stands: the band, or the team's own intake
    std::optional<double> cLine, aLine;
    if (linearPace) {
        cLine = from + *r.trendPerMonth * kIntakeComfortable * months;
        aLine = from + *r.trendPerMonth * kIntakeAmbitious * months;
    } else {
        cLine = lineTarget(from, upward, r.measure, pace.comfortLog, pace.floorComfortable, months);
        aLine = lineTarget(from, upward, r.measure, pace.ambitionLog, pace.floorAmbitious, months);
        const auto rateLine = lineTarget(from, upward, r.measure, pace.comfortLog, 0, months);
        if (r.measure == Measure::growth && from == 0 && pace.floorAmbitious > 0) addFactor(r, "from_zero");
        else if (cLine && rateLine && *cLine > *rateLine) addFactor(r, "absolute_floor");
    }

    // ---- money: what the budget buys at the plan's own cost per result, on top of what comes
    // without it, replaces the generic pace
    const double perMonthFactor = counting == Counting::per_period ? periodsPerMonth(goal) : 1;
    const auto valueFor = [&](double perMonth) { return perMonth / perMonthFactor; };
    const bool results = kpi->family == KpiFamily::conversions && upward && !hold && counting == Counting::per_period;
    if (results && hints.paidResultsComfortable && hints.paidResultsAmbitious) {
        const double paidNow = *hints.paidResultsComfortable, paidAimed = std::max(*hints.paidResultsAmbitious, paidNow);
        // Results today beyond what today's spend buys come without it, and grow with the pace.
        const double organic = std::max(0.0, from * perMonthFactor - paidNow);
        const double growC = from > 0 && cLine ? *cLine / from : 1, growA = from > 0 && aLine ? *aLine / from : 1;
        const double c = organic * growC + paidNow, a = std::max(c, organic * growA + paidAimed);
        r.factors.push_back("paid_results");
        const std::string currency = context.currency.empty() ? "" : " " + context.currency;
        std::string wording = organic > 0 ? "organic" : "";
        if (paidAimed <= paidNow) wording += wording.empty() ? "one_cost" : "_one_cost";
        judgement.add({EvidenceKind::paid_results, Verdict::unknown, EvidenceUnit::per_month, target * perMonthFactor, c, a,
                       false, valueFor(c), valueFor(a), hints.costGoal,
                       {{"budget_number", formatNumber(std::round(hints.budgetPerMonth)) + currency},
                        {"cost_number", formatAmount(hints.costToday, std::nullopt, "") + currency},
                        {"aimed_number", formatAmount(hints.costAimed, std::nullopt, "") + currency},
                        {"paid_number", formatAmount(paidNow, kpi, "")},
                        {"organic_number", formatAmount(organic, kpi, "")}},
                       wording});
        paceReplaced = true;
    }

    // ---- the pace itself
    if (!paceReplaced) {
        const EvidenceKind kind = pace.trend || linearPace ? EvidenceKind::own_trend : EvidenceKind::pace;
        const std::pair<std::string, std::string> measure{"measure_key", std::string("realism.measure.") + name(r.measure)};
        if (hold && !(cLine && aLine) && improvement <= 0 && !beyondScale) {
            // A line held today that no rate can follow (a waiting time of 0 kept below 5): it holds.
            r.verdict = Verdict::comfortable;
            return r;
        }
        // A habit the team decides (reply time, answering every message) is at most a stretch.
        const bool habit = decision && (family == KpiFamily::speed || family == KpiFamily::commitment);
        const auto add = [&](Evidence e) {
            if (habit && (e.lowerIsHarder ? e.needed < e.ambitious : e.needed > e.ambitious)) {
                e.ambitious = e.needed, e.ambitiousTarget = target;
                e.wording = "decision";
            }
            judgement.add(std::move(e));
        };
        if (linearPace) {
            add({kind, Verdict::unknown, EvidenceUnit::per_month, improvement / months, *r.trendPerMonth * kIntakeComfortable,
                 *r.trendPerMonth * kIntakeAmbitious, false, cLine, aLine, paceSource, {}, "intake"});
        } else if (hold && cLine && aLine) {
            add({kind, Verdict::unknown, EvidenceUnit::value, target, *cLine, *aLine, !upward, cLine, aLine, {},
                 {{"from_number", formatAmount(from, kpi, context.currency)}}});
        } else if (r.measure == Measure::points) {
            add({kind, Verdict::unknown, EvidenceUnit::points_per_month, improvement / months, pace.comfortLog,
                 pace.ambitionLog, false, cLine, aLine, paceSource, {measure}});
        } else if (from > 0 && target > 0 && cLine && aLine) {
            add({kind, Verdict::unknown, EvidenceUnit::percent_per_month, changePerMonth(from, target, months, r.measure).value_or(0),
                 changePerMonth(from, *cLine, months, r.measure).value_or(0),
                 changePerMonth(from, *aLine, months, r.measure).value_or(0), false, cLine, aLine, paceSource, {measure}});
        } else if (r.measure == Measure::growth && from >= 0 && pace.floorAmbitious > 0) {
            // From zero a percentage means nothing: new ones a month against the floors.
            add({kind, Verdict::unknown, EvidenceUnit::per_month, improvement / months,
                 pace.floorComfortable, pace.floorAmbitious, false, cLine, aLine, paceSource, {}});
        } else if (!beyondScale) {
            return unknown(r, "baseline_not_positive");
        }
    }

    // ---- the audience a month's results or views come from
    const bool perPeriodCount = counting == Counting::per_period && !hold && upward && !kpi->controllable &&
                                (kpi->family == KpiFamily::conversions || kpi->family == KpiFamily::volume) &&
                                kpi->unit == KpiUnit::count;
    // Results come from followers and from the people a month's posts reach, whichever is larger.
    const bool fromReach = hints.reach && (!hints.audience || *hints.reach > *hints.audience);
    const std::optional<double> source = fromReach ? hints.reach : hints.audience;
    if (perPeriodCount && source && *source > 0) {
        const bool volume = kpi->family == KpiFamily::volume;
        const double c = *source * (volume ? kVolumeTimesComfortable : kResultsShareComfortable);
        const double a = *source * (volume ? kVolumeTimesAmbitious : kResultsShareAmbitious);
        if (baseline * perMonthFactor <= c)
            judgement.add({EvidenceKind::audience, Verdict::unknown, EvidenceUnit::per_month, target * perMonthFactor, c, a,
                           false, valueFor(c), valueFor(a), fromReach ? hints.reachGoal : hints.audienceGoal,
                           {{"audience_number", formatAmount(*source, std::nullopt, "")}}});
    }

    judgement.decide();
    // The limits as the same change per month as requiredPerMonth, from the tightest lines.
    // Lines stop at the top of the scale: a share beyond 100% is no limit.
    const auto inScale = [&](double line) { return upward && kpi->ceiling > 0 ? std::min(line, kpi->ceiling) : line; };
    if (const auto c = judgement.comfortableLine())
        r.comfortableLimit = changePerMonth(from, inScale(*c), months, r.measure).value_or(0);
    if (const auto a = judgement.ambitiousLine())
        r.ambitiousLimit = changePerMonth(from, inScale(*a), months, r.measure).value_or(0);
    // The verdict is read off the numbers as printed, so a need that rounds to its limit meets
    // it; the limits as a change per month say the same.
    if (r.requiredPerMonth) {
        if (r.verdict == Verdict::comfortable) r.comfortableLimit = std::max(r.comfortableLimit, *r.requiredPerMonth);
        if (r.verdict != Verdict::unrealistic) r.ambitiousLimit = std::max(r.ambitiousLimit, *r.requiredPerMonth);
    }

    // Suggestions: the tightest lines, inside the KPI's scale, rounded the safe way to what is
    // printed; a line that does not improve on the baseline suggests nothing.
    const auto suggest = [&](std::optional<double> line) -> std::optional<double> {
        if (!line || !std::isfinite(*line)) return std::nullopt;
        double value = *line;
        if (upward && kpi->ceiling > 0) value = std::min(value, kpi->ceiling);
        // An average short of its top: a perfect one is out of reach.
        if (upward && isScore) value = std::min(value, roundForDisplay(kpi->ceiling * (1 - 1e-9), kpi, RoundDirection::down));
        if (!upward && r.measure != Measure::points) value = std::max(value, 0.0);
        value = roundForDisplay(value, kpi, upward ? RoundDirection::down : RoundDirection::up);
        if (!hold && (upward ? value <= baseline : value >= baseline)) return std::nullopt;
        if (!upward && r.measure == Measure::reduction && value <= 0) return std::nullopt;
        return value;
    };
    const auto capped = [](std::optional<double> line, std::optional<double> cap) {
        return line && cap ? std::optional<double>(std::min(*line, *cap)) : line;
    };
    r.comfortableTarget = suggest(capped(judgement.comfortableLine(), fragileCapComfortable));
    r.ambitiousTarget = suggest(capped(judgement.ambitiousLine(), fragileCapAmbitious));
    // One number twice ("5/5 or 5/5") is no choice.
    if (r.comfortableTarget && r.ambitiousTarget && *r.comfortableTarget == *r.ambitiousTarget) r.ambitiousTarget.reset();
    return r;
}

const char* name(Verdict v) { return kVerdictNames[static_cast<int>(v)]; }
const char* name(Measure v) { return kMeasureNames[static_cast<int>(v)]; }
const char* name(EvidenceKind v) { return kEvidenceKinds[static_cast<int>(v)]; }
const char* name(EvidenceUnit v) { return kEvidenceUnits[static_cast<int>(v)]; }

}  // namespace waymark
