#pragma once
// Is a goal's target within reach? The target is judged against every piece of evidence the plan
// holds about it, and the tightest decides:
//  - the pace numbers of its kind move at for an account of its size (the band table,
//    realism_bands.cpp, smooth in the size), widened by a paid budget, narrowed for an
//    established team, carried from zero by floors and by the team's audience; or the team's
//    own trend from its check-ins, which outweighs the generic band;
//  - money: what the paid budget buys at the plan's own cost per result (it replaces the pace for
//    results the plan prices, so it can make a verdict harder as well as easier);
//  - the audience: a count a month against the followers or reach it can come from;
//  - ratings: new top ratings an average needs against the pace of new ratings, and a line held
//    over few ratings;
//  - the scale: a share above 100%, six stars, a reply in no time.
// Each piece of evidence speaks in one unit: what the target needs and the comfortable and
// ambitious limits, rounded as they are printed, and its verdict is read off those very numbers.
// The goal's verdict is the worst of them; the piece that decides is named (decisive). Evidence
// from another goal (the audience it counts, the cost it measures, the ratings behind an average)
// names that goal; nothing else in the plan changes a goal's verdict. docs/realism.md explains
// the bands, the evidence and every rule.
// Texts: "realism.verdict.<verdict>", "realism.reason.<reason>", "realism.factor.<factor>",
// "realism.measure.<measure>", "realism.evidence.<kind>" in assets/i18n/<lang>/review.json.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/method/catalog.h"
#include "core/plan/plan.h"
#include "core/text/i18n.h"

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
    double fromBaseline;       // the row's values apply in full from here (see realismBandAt)
    const char* tier;          // "small", "medium", "large" or "any"; key "realism.tier.<tier>"
    bool points;               // measured in points instead of percent
    double comfortable;        // monthly change that most teams manage with steady work
    double ambitious;          // beyond this monthly change a goal is unrealistic
    double comfortableFloor;   // absolute gain per month that is plausible from any base (0 = none)
    double ambitiousFloor;
    double paidFactor;         // multiplies the band when money is spent on ads or boosts
    double establishedFactor;  // multiplies the band for an established team (audience saturated)
};

// What a piece of evidence is.
enum class EvidenceKind {
    pace,             // the band for the KPI's kind and the account's size, with its adjustments
    own_trend,        // the pace the team's own check-ins show
    paid_results,     // results the paid budget buys at the plan's own cost per result
    audience,         // a count a month against the audience it can come from
    ratings_pace,     // new top ratings an average needs by the deadline
    fragile_average,  // lower ratings an average held over few ratings can take
    perfect_average,  // an average at the top of its scale
    beyond_scale,     // a share above 100%, six stars, a reply time or cost of zero
};

// The unit a piece of evidence speaks in.
enum class EvidenceUnit {
    percent_per_month,  // compounded change per month (growth or reduction)
    points_per_month,
    per_month,          // the KPI's count or amount per month (new followers, results, code uses)
    value,              // the KPI's value by the deadline (a line to hold, an average)
    ratings,            // ratings: new top ones an average needs by the deadline, or lower ones a line can take
};

struct Evidence {
    EvidenceKind kind = EvidenceKind::pace;
    Verdict verdict = Verdict::unknown;
    EvidenceUnit unit = EvidenceUnit::percent_per_month;
    // What the target needs and the limits, rounded as they are printed (evidenceNumber); a larger
    // number is a harder target, unless lowerIsHarder. verdict == judge(needed, comfortable,
    // ambitious, lowerIsHarder), always.
    double needed = 0, comfortable = 0, ambitious = 0;
    bool lowerIsHarder = false;
    // The goal's value by the deadline on this evidence's comfortable and ambitious lines.
    std::optional<double> comfortableTarget, ambitiousTarget;
    std::string source;  // the other goal whose numbers it uses; empty = this goal and the plan's context
    TextArgs args;       // what its sentence names besides the three numbers (budget, cost, audience)
    std::string wording = {};  // a variant of its sentence: "realism.evidence.<kind>.<unit>.<wording>"
};

struct RealismResult {
    Verdict verdict = Verdict::unknown;
    std::string reason;        // why the verdict is unknown: a code below; empty otherwise
    Measure measure = Measure::growth;
    double months = 0;         // start to deadline
    std::optional<double> requiredTotal;     // the whole change needed (percent or points)
    std::optional<double> requiredPerMonth;  // per month: compounded percent, or points
    // The tightest lines of all evidence as the same change per month as requiredPerMonth, so
    // "needed X, comfortable up to Y" agrees with the verdict; 0 when there is no such rate.
    double comfortableLimit = 0;
    double ambitiousLimit = 0;
    double comfortableFloor = 0;   // absolute gain per month counted as plausible; 0 = not used
    double ambitiousFloor = 0;
    std::optional<double> trendPerMonth;     // the account's own trend from check-ins
    // Targets to suggest: the tightest line of all evidence by the deadline, rounded the safe way
    // to what is printed. Each passes every check the goal's own target goes through. Unset when
    // the line does not improve on the baseline (nothing comfortable to suggest).
    std::optional<double> comfortableTarget;
    std::optional<double> ambitiousTarget;
    std::string tier;              // the band's tier
    std::vector<std::string> factors;        // what adjusted the verdict, in a fixed order
    std::optional<double> ratingsNeeded;     // averages: new top ratings the target needs
    double paidScale = 0;                    // monthly paid budget's weight (0 = none; 1 = ~3,000 EUR)
    std::vector<Evidence> evidence;          // every piece the verdict was judged against
    std::optional<size_t> decisive;          // the piece that decides: the worst, the tightest of those
};
// Reasons for an unknown verdict: missing_metric, missing_baseline, missing_target,
// missing_start, missing_deadline, deadline_not_after_start, non_finite, baseline_not_positive,
// wrong_direction.
// Factors: paid_boost, established_phase, own_trend, short_period, from_zero, absolute_floor,
// beyond_scale, decision (a controllable goal: judged as a decision, check-in dips ignored),
// existing_audience (from zero, scaled by the audience the team already has), local_targeting
// (a boost aimed at a local area), campaign (a short count that ends with its objective's due
// date: responses pile up before an event, so the stretch doubles), ratings_needed (an average judged by the top ratings it needs),
// paid_results (results the budget buys at the plan's own cost per result), same_period
// (measured against the same period before: the change spans a year), perfect_average (a
// target at the top of a rating scale), running_total (a count kept as a running total grows
// like an audience), per_event (one event's count).

// What other goals of the plan tell about one goal; all optional. Each piece names its goal.
struct RealismHints {
    // The audience the goal's results can come from: the largest follower-like count a goal on
    // the same channel measures, and (for results) the people a month's posts reach.
    std::optional<double> audience;
    std::string audienceGoal;
    std::optional<double> reach;
    std::string reachGoal;
    // The team's largest follower-like count on any channel: from (almost) nothing, a new account
    // or a new metric is carried by the audience the team has elsewhere.
    std::optional<double> anyAudience;
    std::string anyAudienceGoal;
    std::optional<double> ratingsCount;        // ratings behind an average (goal field, else a review goal)
    std::string ratingsGoal;                   // the review goal it came from; empty = the goal's own field
    std::optional<double> newRatingsPerMonth;  // new ratings a review-count goal plans per month
    // Results a month the paid budget buys at the plan's own cost per result (a cost goal for
    // this KPI on the same channel): at today's cost, and at the cost the plan aims for.
    std::optional<double> paidResultsComfortable, paidResultsAmbitious;
    std::string costGoal;
    double budgetPerMonth = 0, costToday = 0, costAimed = 0;  // in the plan's currency
    // When the objective the goal serves is due: a short campaign that ends with it builds up to
    // a dated event (a race, Christmas, a premiere).
    std::optional<Date> objectiveDue;
};
// The cost KPI that prices a result KPI ("cost_per_install" for "app_installs"); empty if none.
std::string_view costKpiFor(std::string_view resultKpi);

// The evidence other goals give, indexed once per plan: hintsFor is O(log n) per goal. A goal's
// hints come only from goals that measure its audience (same channel, or either without one),
// the cost of its results, or the ratings behind its average; choices among several never
// depend on their order in the plan.
class RealismHintIndex {
public:
    explicit RealismHintIndex(const Plan& plan);
    RealismHints hintsFor(const Goal& goal) const;

private:
    struct Source {
        const Goal* goal;
        std::string channel;  // normalised: lower case, trimmed
        double value;         // the audience, the cost today, the ratings
    };
    const Plan& plan_;
    std::vector<Source> audiences_, reaches_, ratings_;
    std::vector<std::pair<std::string, Source>> costs_;  // by cost KPI id
    std::map<std::string, double> reviewPace_;           // new reviews a month a review goal measures
    std::map<std::string, Date> objectiveDue_;           // due dates by objective id
};

// The goals whose numbers a goal's realism uses (its hints' sources), sorted; for tests and views.
std::vector<std::string> evidenceSources(const RealismHints& hints);

// True when the goal's target lies above its baseline: from its target type, else the KPI's
// direction. stay_above and stay_below only hold a line.
bool targetIsUpward(const Goal& goal, const Kpi& kpi);
// True for stay_above and stay_below.
bool holdsALine(const Goal& goal);
// True for reach_then_stay_above and reach_then_stay_below.
bool reachesThenHolds(const Goal& goal);
// The monthly paid budget that applies to a goal (its own budget spread over its months, else
// the plan's monthly budget), in the plan's currency; 0 = none.
double paidPerMonth(const Goal& goal, const Context& context);
// The same in EUR at rough rates (unknown currencies count as EUR).
double paidPerMonthEur(const Goal& goal, const Context& context);

// The band table, family by family.
std::span<const RealismBand> realismBands();
// The row for a family and baseline: the last row of the family whose fromBaseline <= baseline
// (the first row for baselines below every row, NaN included).
const RealismBand& realismBand(KpiFamily family, double baseline);
// The band for a family at a baseline, smooth in the size: within a factor of three either side
// of a row's fromBaseline, the rates move log-linearly from the row below to the row; floors are
// the family's first row's at every size (a plausible absolute gain does not vanish with size).
RealismBand realismBandAt(KpiFamily family, double baseline);

// Judges one goal of a plan; scans the plan's check-ins for the goal's own trend and the plan's
// goals for the hints.
RealismResult assessRealism(const Plan& plan, const Goal& goal);
// The hints for a goal from its plan: O(goals).
RealismHints realismHints(const Plan& plan, const Goal& goal);
// Same with hints computed by the caller (review() indexes them once).
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

// The verdict of `needed` against the two limits (larger is harder unless lowerIsHarder).
Verdict judge(double needed, double comfortable, double ambitious, bool lowerIsHarder = false);
// A number of a piece of evidence rounded as it is printed: percent and points to one decimal,
// ratings and counts of people and orders whole, values and amounts as formatAmount rounds them.
double evidenceNumber(double value, EvidenceUnit unit, const std::optional<Kpi>& kpi);
// The verdict with the evidence that decides it, in words: "Unrealistic: 2,000 EUR a month at
// 95 EUR a lead buys about 21 leads a month; the target needs 25." Key "realism.because", the
// evidence "realism.evidence.<kind>[.<unit>]"; just the verdict (or its reason) without evidence.
Sentence realismSentence(const RealismResult& result, const std::optional<Kpi>& kpi, const std::string& currency);
// One piece of evidence in words, with its numbers and what it names.
Sentence evidenceSentence(const Evidence& evidence, const std::optional<Kpi>& kpi, const std::string& currency);

const char* name(Verdict v);
const char* name(Measure v);
const char* name(EvidenceKind v);
const char* name(EvidenceUnit v);

}  // namespace waymark
