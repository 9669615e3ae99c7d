#pragma once
// Is a goal's target within reach? The growth a goal needs (from its baseline to its target
// between start and deadline) is compared with a band of plausible monthly change for its kind
// of KPI, adjusted for the account's size, a paid budget, the team's phase and, when the goal
// has check-ins, the account's own recent trend. docs/realism.md explains the bands and rules.
// Texts: "realism.verdict.<verdict>", "realism.reason.<reason>", "realism.factor.<factor>",
// "realism.measure.<measure>" in assets/i18n/<lang>/review.json.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/method/catalog.h"
#include "core/plan/plan.h"

namespace waymark {

enum class Verdict { comfortable, ambitious, unrealistic, unknown };

// How the change a goal needs is measured.
enum class Measure {
    growth,     // percent increase per month, compounded
    reduction,  // percent decrease per month, compounded (reply time, cost per lead, bounce rate)
    points,     // points per month, linear (NPS, reply coverage): the value can be zero or negative
};

// One row of the band table (realism_bands.cpp). Rates are percent per month for growth and
// reduction, points per month for points; the same family's rows ascend by fromBaseline.
struct RealismBand {
    KpiFamily family;
    double fromBaseline;       // the row applies from this baseline up to the next row's
    const char* tier;          // "small", "medium", "large" or "any"; key "realism.tier.<tier>"
    bool points;               // measured in points instead of percent
    double comfortable;        // monthly change that most teams manage with steady work
    double ambitious;          // beyond this monthly change a goal is unrealistic
    double comfortableFloor;   // absolute gain per month that is plausible from any base (0 = none)
    double ambitiousFloor;
    double paidFactor;         // multiplies the band when money is spent on ads or boosts
    double establishedFactor;  // multiplies the band for an established team (audience saturated)
};

struct RealismResult {
    Verdict verdict = Verdict::unknown;
    std::string reason;        // why the verdict is unknown: a code below; empty otherwise
    Measure measure = Measure::growth;
    double months = 0;         // start to deadline
    std::optional<double> requiredTotal;     // the whole change needed (percent or points)
    std::optional<double> requiredPerMonth;  // per month: compounded percent, or points
    double comfortableLimit = 0;   // the band used, after every adjustment, per month
    double ambitiousLimit = 0;
    double comfortableFloor = 0;   // absolute gain per month counted as plausible; 0 = not used
    double ambitiousFloor = 0;
    std::optional<double> trendPerMonth;     // the account's own trend from check-ins
    std::optional<double> comfortableTarget; // the target at the comfortable line by the deadline
    std::optional<double> ambitiousTarget;   // the target at the ambitious line by the deadline
    std::string tier;              // the band row's tier
    std::vector<std::string> factors;        // what adjusted the verdict, in a fixed order
    std::optional<double> ratingsNeeded;     // averages: new top ratings the target needs
    double paidScale = 0;                    // monthly paid budget's weight (0 = none; 1 = ~3,000 EUR)
};
// Reasons for an unknown verdict: missing_metric, missing_baseline, missing_target,
// missing_start, missing_deadline, deadline_not_after_start, non_finite, baseline_not_positive,
// wrong_direction.
// Factors: paid_boost, established_phase, own_trend, short_period, from_zero, absolute_floor,
// beyond_scale, decision (a controllable goal: judged as a decision, check-in dips ignored),
// existing_audience (from zero, scaled by the audience the team already has), local_targeting
// (a boost aimed at a local area), ratings_needed (an average judged by the top ratings it needs),
// paid_results (results the budget buys at the plan's own cost per result), same_period
// (measured against the same period before: the change spans a year), perfect_average (a
// target at the top of a rating scale).

// What the rest of the plan tells about one goal; all optional.
struct RealismHints {
    std::optional<double> audience;        // the largest audience the plan counts (followers, list)
    std::optional<double> ratingsCount;    // ratings behind an average (goal field, else a review goal)
    std::optional<double> newRatingsPerMonth;  // new ratings a review-count goal plans per month
    // Results a month the paid budget buys at the plan's own cost per result (a cost goal for
    // this KPI): at its baseline cost, and at its target cost.
    std::optional<double> paidResultsComfortable, paidResultsAmbitious;
};
// The cost KPI that prices a result KPI ("cost_per_install" for "app_installs"); empty if none.
std::string_view costKpiFor(std::string_view resultKpi);
// Fills the paid-results hints for a goal from the goal that prices its results (costKpiFor)
// and the paid budget that applies to the goal.
void addPaidResults(RealismHints& hints, const Goal& costGoal, const Goal& goal, const Context& context);

// True when the goal's target lies above its baseline: from its target type, else the KPI's
// direction. stay_above and stay_below only hold a line.
bool targetIsUpward(const Goal& goal, const Kpi& kpi);
// True for stay_above and stay_below.
bool holdsALine(const Goal& goal);
// True for reach_then_stay_above and reach_then_stay_below.
bool reachesThenHolds(const Goal& goal);
// The monthly paid budget that applies to a goal (its own budget spread over its months, else
// the plan's monthly budget), in EUR at rough rates (unknown currencies count as EUR); 0 = none.
double paidPerMonthEur(const Goal& goal, const Context& context);

// The band table, family by family.
std::span<const RealismBand> realismBands();
// The row for a family and baseline: the last row of the family whose fromBaseline <= baseline
// (the first row for baselines below every row, NaN included).
const RealismBand& realismBand(KpiFamily family, double baseline);

// Judges one goal of a plan; scans the plan's check-ins for the goal's own trend and the plan's
// goals for the hints.
RealismResult assessRealism(const Plan& plan, const Goal& goal);
// The hints for a goal from its plan: O(goals).
RealismHints realismHints(const Plan& plan, const Goal& goal);
// Same with hints computed by the caller (review() computes the plan-wide parts once).
RealismResult assessRealism(const Goal& goal, const std::optional<Kpi>& kpi, const Context& context,
                            std::span<const Checkin* const> checkins, const RealismHints& hints);
// Same with the goal's KPI (nullopt when missing or unknown) and check-ins already looked up.
RealismResult assessRealism(const Goal& goal, const std::optional<Kpi>& kpi, const Context& context,
                            std::span<const Checkin* const> checkins);

// The own trend per month from check-ins (any order), as improvement in the goal's direction:
// percent growth, percent reduction, or points (upward says which way points improve). A
// least-squares fit of the log values (growth, reduction) or the values (points); nullopt with
// fewer than two finite values 14 days apart, or a value <= 0 where percent is measured.
std::optional<double> trendPerMonth(std::span<const Checkin* const> checkins, Measure measure,
                                    bool upward = true);

const char* name(Verdict v);
const char* name(Measure v);

}  // namespace waymark
