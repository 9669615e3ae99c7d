#pragma once
// Working back from the business number: what social media must reach each month, stage by
// stage (reach -> clicks -> leads -> customers -> revenue for B2B, ...), for a business
// objective's revenue or customer number. Each step's rate is the team's own (objective.funnel),
// else measured in the plan (funnel_measure.cpp), else a starting value for the business kind
// (funnel_shapes.cpp); docs/funnel.md gives every starting value with its reason.
// Results are numbers and text keys; sentences for a UI come from funnel_text.cpp.
// Texts: "funnel.*" in assets/i18n/<lang>/funnel.json.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/method/review.h"
#include "core/plan/plan.h"

namespace waymark {

// A stage of a funnel; text keys "funnel.stage.<name>.label" and ".name".
// installs: app installs, a stage only when the plan measures them (an app's store between the
// visit and the paying customer).
enum class FunnelStageId { reach, clicks, visits, leads, sign_ups, enquiries, installs, customers, orders, donations, revenue };
// The kind of rate a step between two stages has; the step's own name is stepNameKey().
enum class FunnelRateId { click_through, enquiry_rate, lead_rate, conversion, lead_to_customer, order_value,
                          install_rate, install_to_customer };
// Where a rate (or the social share) comes from; text key "funnel.source.<name>".
enum class RateSource { team, measured, starting };
// Where a stage's current value comes from.
enum class CurrentSource { none, checkin, baseline };

// A business kind's funnel: its stages top down and its starting values.
struct FunnelShape {
    Business business;
    std::vector<FunnelStageId> stages;   // reach first, revenue last
    std::vector<FunnelRateId> rates;     // rates[i] leads from stages[i] to stages[i + 1]
    double socialShare;                  // percent of the business number social media brings
    std::vector<double> startingRates;   // aligned with rates: percent, or money for order_value
};

// The shape for a business kind (funnel_shapes.cpp).
const FunnelShape& funnelShape(Business business);
// The shape with app installs between the visits and the customer stage (visits -> installs ->
// customers, orders or donations); the shape itself when it has no such step.
FunnelShape withInstalls(const FunnelShape& shape);
// KPIs that measure a stage, the first being the one a created goal uses when the plan
// measures none of them; never empty.
std::span<const char* const> stageKpis(FunnelStageId stage);
// The catalog KPI that measures a rate directly (conversion_rate, ...), or nullptr.
const char* rateKpi(FunnelRateId rate);
// True for order_value: money per customer, not a percent.
bool isMoneyRate(FunnelRateId rate);
// The team's own value for the rate in objective.funnel.rates; nullopt when not set.
std::optional<double> teamRate(const FunnelRates& rates, FunnelRateId rate);
// The field of objective.funnel.rates that holds the team's value for the rate, to set or clear it.
std::optional<double>* teamRateField(FunnelRates& rates, FunnelRateId rate);
// True for the stage a customers number is counted at (customers, orders, donations).
bool isCustomerStage(FunnelStageId stage);
// The catalog category a goal for the stage belongs to.
const char* stageCategory(FunnelStageId stage);

struct FunnelStage {
    FunnelStageId id = FunnelStageId::reach;
    std::string kpi;                         // the KPI read for it (or stageKpis' first)
    std::optional<double> required;          // per month; nullopt when a zero rate blocks the way back
    std::optional<double> current;           // per month today, from goals with the KPI
    CurrentSource currentSource = CurrentSource::none;
    std::vector<std::string> currentGoals;   // the goals the current value was read from
    std::optional<double> timesToday;        // required / current, when current > 0
};

struct FunnelRate {
    FunnelRateId id = FunnelRateId::conversion;
    FunnelStageId from = FunnelStageId::reach, to = FunnelStageId::reach;  // the step it measures
    double value = 0;                        // percent, or money for order_value
    RateSource source = RateSource::starting;
    std::optional<double> measured;          // what the plan measured, even when the team's rate wins
    double starting = 0;                     // the business kind's starting value
};

// A problem with the number or a rate, as a text key "funnel.issue.<code>" and its arguments
// (same "_key" rule as Finding::args). A blocking one leaves the funnel without stages.
struct FunnelIssue {
    std::string code;  // blocking: no_objective, no_number, invalid_number, zero_number, no_due_date,
                       // due_passed, invalid_share, zero_share; otherwise: zero_rate, invalid_rate
                       // (the team's rate is not usable: the measured or starting one is used),
                       // no_business_kind, nothing_measured, level (the number is a level a goal
                       // stands at: the funnel brings the growth), level_reached and
                       // level_no_due_date (blocking: that goal is at the number already; no date
                       // to spread the growth over), window (the stage before the customers ends
                       // before the due date: a total is spread until then), installs (the plan
                       // measures app installs: the way to a customer passes the app store)
    bool blocking = false;
    TextArgs args;
};

// The stage with the largest gap between what the number needs and what the plan measures.
struct Bottleneck {
    size_t stage = 0;                        // index into Funnel::stages
    double timesToday = 0;
    std::optional<size_t> lever;             // index into Funnel::rates; the cheapest rate to raise
};

// What one better rate changes: the top stage (reach) needed at `to` instead of `from`.
struct Sensitivity {
    size_t rate = 0;                         // index into Funnel::rates
    double from = 0, to = 0;                 // the rate today and improved by kSensitivityStep
    double before = 0, after = 0;            // the top stage needed per month
    double less = 0;                         // 1 - after / before: the share of reach saved
};

// A better rate in the sensitivity: one and a half times today's (percent rates stop at 100).
inline constexpr double kSensitivityStep = 1.5;

struct Funnel {
    std::string objectiveId;
    Business shape = Business::other;
    BusinessMetric metric = BusinessMetric::revenue;
    double numberPerMonth = 0;               // the business number, per month
    double socialShare = 0;                  // percent
    RateSource socialShareSource = RateSource::starting;
    double socialPerMonth = 0;               // what social media must bring per month
    std::optional<Date> windowEnd;           // a total is won by then, before the due date (issue "window")
    std::vector<FunnelStage> stages;         // top down; the last counts the business number
    std::vector<FunnelRate> rates;           // rates[i] leads from stages[i] to stages[i + 1]
    std::optional<Bottleneck> bottleneck;
    std::vector<Sensitivity> sensitivity;    // one per rate that can improve, in rate order
    std::vector<FunnelIssue> issues;

    // True when a blocking issue left the funnel without stages.
    bool blocked() const;
};

// Works the funnel back from the objective's number; `today` picks the check-ins that count and
// turns a total by the due date into a per-month number.
Funnel workFunnel(const Plan& plan, const std::string& objectiveId, Date today);

// ---- sentences for a UI (funnel_text.cpp) ------------------------------------------------------
// "You need 3.4 times today's leads; conversion from lead to customer is the cheapest lever."
std::optional<Sentence> bottleneckSentence(const Funnel& funnel);
// "At 1.5% instead of 1% conversion you need 33% less reach: 6,667 instead of 10,000 a month."
Sentence sensitivitySentence(const Funnel& funnel, const Sensitivity& sensitivity, const std::string& currency);
// The issue as a sentence ("funnel.issue.<code>").
Sentence issueSentence(const FunnelIssue& issue);
// The step's name as a text key: "funnel.step.<from>.<to>" ("conversion from lead to customer").
std::string stepNameKey(const FunnelRate& rate);
// The translation key of a stage's name ("funnel.stage.leads.name").
std::string stageNameKey(FunnelStageId stage);
// A rate as text: "2.5%" or "50 EUR" (the currency left out when the plan has none).
std::string rateText(const FunnelRate& rate, const std::string& currency);
// A count or amount rounded for people: 3 significant digits below 1,000, whole numbers above.
std::string roundedText(double value);

const char* name(FunnelStageId v);
const char* name(FunnelRateId v);
const char* name(RateSource v);
const char* name(CurrentSource v);

}  // namespace waymark
