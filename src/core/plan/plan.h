#pragma once
// The plan document, format version 1: what a team decided, nothing derived.
// std::optional means "not set", which is not the same as zero or empty. Ids are stable strings
// so references (goal -> objective, tactic -> goal, task -> tactic) survive every edit.
// JSON keys and rules live in plan_json.h; the JSON Schema in assets/schema/waymark-plan.v1.schema.json.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/date.h"

namespace waymark {

enum class Business { local, ecommerce, b2b, consulting, nonprofit, personal, agency, other };
enum class Phase { starting, growing, established };
enum class ObjectiveKind { business, marketing };
// How a goal's target is read: reach a higher or lower value, or hold above or below a line;
// reach_then_stay_*: get past the line by the deadline, then keep it there.
enum class TargetType { increase, decrease, stay_above, stay_below, reach_then_stay_above, reach_then_stay_below };
enum class RepeatUnit { day, week, month };
enum class Confidence { low, medium, high };
// A business objective's number: what it counts and the span it is given for (funnel.h).
enum class BusinessMetric { revenue, customers };
enum class NumberPeriod { month, quarter, year, total };  // total: all of it by the objective's due date
// What a goal's numbers count: a running total (list size, campaign total so far), the count of
// one period (sign-ups this week/month/quarter), a change against the same period before, or
// the count of one event (guests per evening, sign-ups per session).
enum class MeasuredAs { total, per_week, per_month, per_quarter, vs_same_period, per_event };
// The kind of number a custom KPI is, so it is judged like the catalog KPIs of its kind.
// members: people who pay or take part and may leave again; attendance: people per event.
enum class CustomFamily { audience, count, conversions, money, cost, rate, score, duration, cadence, members, attendance };

struct Context {
    std::optional<Business> business;
    std::optional<Phase> phase;
    std::optional<int> teamSize;           // people who work on social media
    std::optional<double> monthlyBudget;   // paid budget per month, in `currency`
    std::string currency;                  // ISO 4217 code, e.g. "EUR"; empty = not set
    std::vector<std::string> channels;     // e.g. "instagram", "linkedin"
    friend bool operator==(const Context&, const Context&) = default;
};

// A business objective's number: "40,000 EUR revenue a quarter", "30 new customers by the due date".
struct BusinessNumber {
    BusinessMetric metric = BusinessMetric::revenue;
    double value = 0;                      // >= 0; revenue in the plan's currency
    NumberPeriod per = NumberPeriod::month;
    friend bool operator==(const BusinessNumber&, const BusinessNumber&) = default;
};

// Rates the team sets for its funnel; unset = measured in the plan, else a starting value (funnel.h).
struct FunnelRates {
    std::optional<double> clickThrough;    // percent of people reached who click through or visit
    std::optional<double> enquiryRate;     // percent of people reached who enquire or book
    std::optional<double> leadRate;        // percent of clicks that become leads or sign-ups
    std::optional<double> conversion;      // percent of visits that buy or donate
    std::optional<double> leadToCustomer;  // percent of leads or enquiries that become customers
    std::optional<double> orderValue;      // revenue per customer, order or donation
    std::optional<double> installRate;     // percent of visits to the app store page that install
    std::optional<double> installToCustomer;  // percent of installs that become paying customers
    friend bool operator==(const FunnelRates&, const FunnelRates&) = default;
};

// The funnel's assumptions the team sets for a business number.
struct FunnelAssumptions {
    std::optional<double> socialShare;     // percent of the number social media is expected to bring
    std::optional<Business> shape;         // whose funnel stages; unset = the plan's business kind
    FunnelRates rates;
    friend bool operator==(const FunnelAssumptions&, const FunnelAssumptions&) = default;
};

struct Objective {
    std::string id;
    std::string title;
    ObjectiveKind kind = ObjectiveKind::business;
    std::optional<std::string> parentId;   // a marketing objective may break down a business one
    std::optional<Date> due;
    // -- the business number and its funnel (funnel.h)
    std::optional<BusinessNumber> number = {};  // "= {}": older aggregate initialisers stay warning-free
    FunnelAssumptions funnel = {};
    friend bool operator==(const Objective&, const Objective&) = default;
};

// A user-defined KPI; it works everywhere a catalog KPI does (see catalog.h).
struct CustomKpi {
    std::string id;                        // must not clash with a catalog KPI id
    std::string name;
    std::string unit;                      // "count", "percent", "currency", "minutes", ...
    bool higherIsBetter = true;
    bool hard = true;                      // measurable in the short term
    bool vanity = false;                   // proves little when it stands alone
    std::optional<CustomFamily> family;    // not set = implied by the unit and direction
    friend bool operator==(const CustomKpi&, const CustomKpi&) = default;
};

// A change of a goal's target, kept so a moved goalpost stays visible.
struct TargetChange {
    Date date;
    double from = 0, to = 0;
    std::string note;
    friend bool operator==(const TargetChange&, const TargetChange&) = default;
};

struct Goal {
    std::string id;
    std::optional<std::string> objectiveId;  // not set = serves no objective (a finding)
    std::string title;
    std::string category;                  // catalog category id; empty = not set
    std::string kpi;                       // catalog or custom KPI id; empty = not set
    std::string channel;                   // empty = not set
    std::string scope;                     // audience or area, e.g. "within 3 miles"
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<TargetType> targetType;  // not set = read from the KPI's direction
    std::optional<Date> start;
    std::optional<Date> deadline;
    std::optional<double> budget;          // total paid budget for this goal
    bool soft = false;                     // brand, face, employer branding: not measurable soon
    std::vector<std::string> secondaryKpis;
    std::string dataSource;                // where the number comes from (measurement plan)
    std::vector<TargetChange> targetHistory;
    std::optional<MeasuredAs> measuredAs;  // not set = as the KPI counts (totals for audiences)
    std::optional<double> ratingsCount;    // ratings behind an average baseline (stars, scores)
    std::optional<int> checkinEveryDays;   // the measurement rhythm; not set = about a month
    friend bool operator==(const Goal&, const Goal&) = default;
};

struct Tactic {
    std::string id;
    std::string goalId;
    std::string title;
    std::optional<int> value;              // 1..5, value to the business
    std::optional<int> complexity;         // 1..5, effort and complexity
    friend bool operator==(const Tactic&, const Tactic&) = default;
};

struct Repeat {
    int every = 1;                         // every N units
    RepeatUnit unit = RepeatUnit::week;
    std::optional<int> dayOfMonth;         // monthly: 1..31, clamped to short months
    std::optional<Date> until;             // last possible occurrence, inclusive
    friend bool operator==(const Repeat&, const Repeat&) = default;
};

struct Task {
    std::string id;
    std::string tacticId;
    std::string title;
    std::vector<std::string> owners;
    std::optional<Date> due;               // first (or only) due date
    std::optional<Repeat> repeat;
    bool done = false;                     // the whole task (a repeating one: the whole series) is finished
    // -- done per occurrence (tasks.h)
    std::vector<Date> doneDates = {};      // occurrences of a repeating task marked done, ascending
    friend bool operator==(const Task&, const Task&) = default;
};

struct Checkin {
    std::string goalId;
    Date date;
    double value = 0;
    std::optional<Confidence> confidence;  // how sure the team is that the goal will be met
    std::string note;
    // -- identity, so edits and operations name a check-in, not its position (files before it: assigned on load)
    std::string id = {};
    friend bool operator==(const Checkin&, const Checkin&) = default;
};

// -- dot voting (voting.h): one round, run on the shared screen, kept with the plan
enum class VoteSubject { tactics, goals };

// One participant of a round and the dots they placed: an item id once per dot.
struct Voter {
    std::string name;
    std::vector<std::string> dots;
    std::string id = {};                   // stable across edits (files before it: assigned on load)
    friend bool operator==(const Voter&, const Voter&) = default;
};

// A dot-voting round: each participant in turn places up to votesPerParticipant dots on the
// subject's items; totals stay hidden until `revealed`.
struct VotingRound {
    VoteSubject subject = VoteSubject::tactics;
    int votesPerParticipant = 3;           // 1..20
    std::vector<Voter> participants;       // at least one
    int turn = 0;                          // whose turn it is; participants.size() = everyone is done
    bool revealed = false;
    friend bool operator==(const VotingRound&, const VotingRound&) = default;
};

struct Plan {
    std::string id;
    std::string name;
    // The language the plan's titles are written in ("en", "de", "id"; a BCP 47 tag); empty =
    // not known. Set from the interface's language when a plan is created; sentences that
    // quote the plan's titles are built in it.
    std::string language = {};
    std::optional<Date> created;
    std::optional<Date> updated;
    Context context;
    std::vector<CustomKpi> customKpis;
    std::vector<Objective> objectives;
    std::vector<Goal> goals;
    std::vector<Tactic> tactics;
    std::vector<Task> tasks;
    std::vector<Checkin> checkins;
    // -- dot voting
    std::optional<VotingRound> voting = {};

    const Objective* findObjective(const std::string& id) const;
    const Goal* findGoal(const std::string& id) const;
    const Tactic* findTactic(const std::string& id) const;
    const Task* findTask(const std::string& id) const;
    Objective* findObjective(const std::string& id);
    Goal* findGoal(const std::string& id);
    Tactic* findTactic(const std::string& id);
    Task* findTask(const std::string& id);
    const Checkin* findCheckin(const std::string& id) const;
    Checkin* findCheckin(const std::string& id);

    friend bool operator==(const Plan&, const Plan&) = default;
};

// Enum <-> JSON string names ("stay_above", "b2b", ...). fromName returns nullopt on unknown text.
const char* name(Business v);
const char* name(Phase v);
const char* name(ObjectiveKind v);
const char* name(TargetType v);
const char* name(RepeatUnit v);
const char* name(Confidence v);
const char* name(BusinessMetric v);
const char* name(NumberPeriod v);
const char* name(MeasuredAs v);
const char* name(CustomFamily v);
const char* name(VoteSubject v);
template <class E> std::optional<E> fromName(const std::string& text);

}  // namespace waymark
