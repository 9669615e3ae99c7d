#include "core/method/review.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/method/catalog.h"
#include "core/method/plan_numbers.h"
#include "core/method/review_numbers.h"
#include "core/method/tracking.h"

namespace waymark {

namespace {

using S = Severity;

// The fixed order: what blocks a SMART goal first, then what weakens it, then hints.
constexpr FindingCode kCodes[] = {
    {"invalid_number", S::error},          // baseline, target or budget is not a usable number
    {"negative_value", S::error},          // a negative count, amount or duration
    {"missing_metric", S::error},          // Measurable: no KPI
    {"soft_without_proxy", S::error},      // Measurable: a soft goal with nothing measurable at all
    {"unknown_kpi", S::error},             // a KPI id neither in the catalog nor custom
    {"missing_target", S::error},
    {"missing_deadline", S::error},        // Time-bound
    {"deadline_before_start", S::error},   // deadline on or before the start
    {"unlinked", S::error},                // Relevant: serves no (existing) objective
    {"target_wrong_direction", S::error},  // "increase" to a lower number, or the reverse
    {"target_beyond_scale", S::error},     // above 100% of a share, 6 stars, a reply in 0 minutes
    {"unrealistic", S::error},             // Realistic: beyond the plausible band
    {"target_equals_baseline", S::warning},
    {"missing_baseline", S::warning},      // Measurable: the team's own starting point
    {"baseline_not_positive", S::warning}, // no growth rate from zero or below
    {"weak_proxy", S::warning},            // a soft goal measured only by vanity counts
    {"paid_without_guardrail", S::warning}, // paid outcomes with no return or cost guardrail
    {"stale_checkin", S::warning},         // the latest measurement is too old to say anything
    {"goal_after_objective", S::warning},  // due after the objective it serves
    {"missing_start", S::warning},
    {"missing_channel", S::warning},       // Specific: one channel
    {"missing_data_source", S::warning},   // Measurable: where the number comes from
    {"deadline_passed", S::warning},
    {"vanity_metric", S::warning},         // Relevant: a vanity KPI alone on a leads/sales goal
    {"likes_only", S::warning},            // engagement measured by likes alone
    // Plan level (PlanReview::planFindings):
    {"objective_not_measurable", S::warning},  // no goal with a KPI and target measures it
    {"tasks_without_owner", S::warning},   // work nobody owns does not get done
    {"too_early", S::warning},             // a starting team judged only by outcomes (once per plan)
    {"too_many_kpis", S::warning},         // analysis paralysis
    {"custom_kpi_shadowed", S::warning},   // a custom KPI reusing a catalog id is ignored
    {"unknown_category", S::warning},
    {"ambitious", S::tip},
    {"missing_scope", S::tip},             // Specific: local or paid goals need an audience or area
    {"kpi_unsuited_to_business", S::tip},
    {"kpi_outside_category", S::tip},
    {"soft_metric_on_hard_goal", S::tip},
    {"ratings_needed", S::tip},            // an average: how many new top ratings the target needs
};

// A starting team's plan may carry up to this many outcome goals per habit it controls.
constexpr size_t kOutcomesPerHabit = 2;
// More KPIs than this on one goal is measuring everything rather than what shows progress.
constexpr size_t kMaxKpisPerGoal = 3;
// A plan budget from this much a month (EUR) is an ad budget whose outcomes need a guardrail;
// below it, a boost of a few posts.
constexpr double kAdBudgetEur = 500;

const char* const kSeverityNames[] = {"error", "warning", "tip"};

size_t codeOrder(std::string_view code) {
    for (size_t i = 0; i < std::size(kCodes); ++i)
        if (code == kCodes[i].code) return i;
    return std::size(kCodes);
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Plain numbers for messages about fields without a KPI to give them a unit.
std::string plainNumber(double v) { return formatAmount(v, std::nullopt, ""); }

// Counts, amounts and durations cannot go below zero; shares and scores (ROI, NPS) can.
bool canBeNegative(const Kpi& kpi) { return kpi.unit == KpiUnit::percent || kpi.unit == KpiUnit::score; }

// A KPI that keeps paid outcomes honest: a return (ROAS, ROI) or a cost per result.
bool isGuardrail(std::string_view id, const std::optional<Kpi>& kpi) {
    return id == "roas" || id == "roi" || (kpi && kpi->family == KpiFamily::cost);
}

// A channel value that says the goal counts across channels on purpose.
bool acrossChannels(std::string_view channel) {
    std::string lower;
    for (char c : channel) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower == "all" || lower == "*" || lower.find("all channels") != std::string::npos ||
           lower.find("cross-channel") != std::string::npos || lower.find("every channel") != std::string::npos;
}

bool mentionsGoogle(std::string_view text) {
    std::string lower;
    for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower.find("google") != std::string::npos;
}

// An outcome KPI of the category to name beside a vanity one: its first typical KPI that is
// neither vanity nor a derived rate ("donors" for fundraising, "leads" for leads).
std::string outcomeExampleKey(std::string_view categoryId) {
    for (std::string_view id : typicalKpis(categoryId)) {
        const CatalogKpi* row = findCatalogKpi(id);
        if (row && !(row->traits & kVanity) && !isDerived(*row) && (row->traits & kHigherIsBetter)) return kpiNameKey(id);
    }
    return "review.outcome_example";
}

bool isRatingKpi(std::string_view id) { return id == "average_rating" || id == "review_count"; }

// Everything review() looks up more than once, indexed once per plan.
struct PlanIndex {
    PlanIndex(const Plan& plan, Date today) : kpis(plan), context(plan.context), hints(plan) {
        objectives.reserve(plan.objectives.size());
        for (const Objective& o : plan.objectives) objectives.emplace(o.id, &o);
        // Check-ins dated after today are plans or typos, not measurements.
        for (const Checkin& c : plan.checkins)
            if (c.date <= today) checkins[c.goalId].push_back(&c);
        for (const Goal& g : plan.goals) {
            const auto kpi = kpis.find(g.kpi);
            if (!kpi) continue;
            if (isGuardrail(g.kpi, kpi) && g.objectiveId) guardedObjectives.insert(*g.objectiveId);
            for (const std::string& id : g.secondaryKpis)
                if (isGuardrail(id, kpis.find(id)) && g.objectiveId) guardedObjectives.insert(*g.objectiveId);
        }
    }
    std::span<const Checkin* const> checkinsOf(const std::string& goalId) const {
        auto it = checkins.find(goalId);
        return it == checkins.end() ? std::span<const Checkin* const>{} : std::span<const Checkin* const>(it->second);
    }
    RealismHints hintsFor(const Goal& goal) const { return hints.hintsFor(goal); }
    const Objective* objectiveOf(const Goal& goal) const {
        if (!goal.objectiveId) return nullptr;
        auto it = objectives.find(*goal.objectiveId);
        return it == objectives.end() ? nullptr : it->second;
    }

    KpiLookup kpis;
    const Context& context;
    RealismHintIndex hints;
    std::unordered_map<std::string_view, const Objective*> objectives;
    std::unordered_map<std::string_view, std::vector<const Checkin*>> checkins;
    std::unordered_set<std::string_view> guardedObjectives;
};

class FindingList {
public:
    void add(std::string_view code, TextArgs args = {}) {
        const size_t order = codeOrder(code);
        list_.push_back({std::string(code), order < std::size(kCodes) ? kCodes[order].severity : S::tip,
                         std::move(args)});
    }
    // The same with a milder severity than the table's, for a goal where the gap matters less.
    void addMild(std::string_view code, Severity severity) {
        add(code);
        list_.back().severity = std::max(list_.back().severity, severity);
    }
    std::vector<Finding> sorted() && {
        std::stable_sort(list_.begin(), list_.end(), [](const Finding& a, const Finding& b) {
            if (a.severity != b.severity) return a.severity < b.severity;
            return codeOrder(a.code) < codeOrder(b.code);
        });
        return std::move(list_);
    }

private:
    std::vector<Finding> list_;
};

// What one goal's checks share: the goal, its KPI, the plan and its index.
struct GoalContext {
    const Plan& plan;
    const Goal& goal;
    const std::optional<Kpi>& kpi;
    const PlanIndex& index;
    Date today;
    std::string amount(double v) const { return formatAmount(v, kpi, plan.context.currency); }
};

void checkNumbers(const GoalContext& g, FindingList& out) {
    const Goal& goal = g.goal;
    const std::pair<const char*, const std::optional<double>*> numbers[] = {
        {"review.field.baseline", &goal.baseline},
        {"review.field.target", &goal.target},
        {"review.field.budget", &goal.budget}};
    for (const auto& [field, value] : numbers) {
        if (!*value) continue;
        if (!std::isfinite(**value)) out.add("invalid_number", {{"field_key", field}});
        else if (**value < 0 && (value == &goal.budget || (g.kpi && !canBeNegative(*g.kpi))))
            out.add("negative_value", {{"field_key", field}, {"value_number", plainNumber(**value)}});
    }
}

void checkMetric(const GoalContext& g, FindingList& out) {
    const Goal& goal = g.goal;
    if (blank(goal.kpi)) out.add("missing_metric");
    else if (!g.kpi) out.add("unknown_kpi", {{"kpi", goal.kpi}});
    for (const std::string& id : goal.secondaryKpis)
        if (!blank(id) && !g.index.kpis.find(id)) out.add("unknown_kpi", {{"kpi", id}});
    if (!blank(goal.kpi) && findCatalogKpi(goal.kpi) && g.index.kpis.findCustom(goal.kpi))
        out.add("custom_kpi_shadowed", {kpiNameArg(*g.kpi), {"id", goal.kpi}});

    std::vector<std::string_view> ids;
    if (!blank(goal.kpi)) ids.push_back(goal.kpi);
    for (const std::string& id : goal.secondaryKpis)
        if (!blank(id) && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    if (ids.size() > kMaxKpisPerGoal)
        out.add("too_many_kpis", {{"count_number", std::to_string(ids.size())}, {"max_number", std::to_string(kMaxKpisPerGoal)}});
}

// True when the last check-in on or before the deadline reached the target (or held the line):
// a goal done in time has nothing left to act on, so its passed deadline is no finding.
bool reachedByDeadline(const GoalContext& g) {
    const Checkin* last = nullptr;
    for (const Checkin* c : g.index.checkinsOf(g.goal.id))
        if (c->date <= *g.goal.deadline && std::isfinite(c->value) && (!last || last->date <= c->date)) last = c;
    if (!last) return false;
    const Progress progress = measureProgress(g.plan, g.goal, last->value);
    if (progress.issue != ProgressIssue::none) return false;
    return holdsALine(g.goal) ? progress.holds : progress.fraction >= 1;
}

void checkTargetAndDates(const GoalContext& g, FindingList& out) {
    const Goal& goal = g.goal;
    // A soft goal is judged over time through its proxy: numbers for it help, they do not block.
    if (!goal.baseline) out.addMild("missing_baseline", goal.soft ? S::warning : S::error);
    if (!goal.target) out.addMild("missing_target", goal.soft ? S::warning : S::error);
    if (!goal.start) out.add("missing_start");
    if (!goal.deadline) out.add("missing_deadline");
    if (goal.start && goal.deadline && *goal.deadline <= *goal.start)
        out.add("deadline_before_start", {{"start_date", goal.start->str()}, {"deadline_date", goal.deadline->str()}});
    if (goal.deadline && *goal.deadline < g.today && !reachedByDeadline(g))
        out.add("deadline_passed", {{"deadline_date", goal.deadline->str()}});
    // A habit the team keeps (a posting rhythm) may outlast the objective it started for.
    const bool habit = g.kpi && g.kpi->controllable;
    if (const Objective* objective = g.index.objectiveOf(goal);
        objective && objective->due && goal.deadline && *goal.deadline > *objective->due && !habit)
        out.add("goal_after_objective", {{"deadline_date", goal.deadline->str()}, {"due_date", objective->due->str()}});

    const bool numbersUsable = goal.baseline && goal.target && std::isfinite(*goal.baseline) &&
                               std::isfinite(*goal.target);
    if (!g.kpi || !numbersUsable || holdsALine(goal)) return;
    const TextArgs args = {{"baseline_number", g.amount(*goal.baseline)}, {"target_number", g.amount(*goal.target)}};
    if (*goal.target == *goal.baseline) out.add("target_equals_baseline", args);
    else if ((*goal.target > *goal.baseline) != targetIsUpward(goal, *g.kpi)) out.add("target_wrong_direction", args);
}

// The latest measurement is older than twice the goal's rhythm (or a month): ask for a new one
// rather than let an old number pass for the present.
void checkFreshness(const GoalContext& g, FindingList& out) {
    const auto own = g.index.checkinsOf(g.goal.id);
    if (own.empty() || (g.goal.deadline && *g.goal.deadline < g.today) || g.goal.soft) return;
    Date latest = own.front()->date;
    for (const Checkin* c : own) latest = std::max(latest, c->date);
    const long days = daysBetween(latest, g.today);
    const long allowed = g.goal.checkinEveryDays ? kStaleRhythms * static_cast<long>(*g.goal.checkinEveryDays) : kStaleDays;
    if (days > allowed) out.add("stale_checkin", {{"date_date", latest.str()}, {"days_number", std::to_string(days)}});
}

void checkRealism(const GoalContext& g, const RealismResult& realism, FindingList& out) {
    const auto hasFactor = [&](std::string_view f) {
        return std::find(realism.factors.begin(), realism.factors.end(), f) != realism.factors.end();
    };
    if (realism.reason == "baseline_not_positive")
        out.add("baseline_not_positive", {{"baseline_number", g.amount(g.goal.baseline.value_or(0))}});
    // An average moves only with new ratings: the tip says how many, and how to get them.
    if (hasFactor("ratings_needed") && realism.ratingsNeeded && realism.verdict != Verdict::unknown)
        out.add("ratings_needed", {{"count_number", plainNumber(std::ceil(*realism.ratingsNeeded))},
                                   {"ratings_number", plainNumber(g.index.hintsFor(g.goal).ratingsCount.value_or(0))},
                                   {"target_number", g.amount(g.goal.target.value_or(0))}});
    if (!realism.decisive || (realism.verdict != Verdict::unrealistic && realism.verdict != Verdict::ambitious)) return;
    const Evidence& decisive = realism.evidence[*realism.decisive];
    if (decisive.kind == EvidenceKind::beyond_scale) {
        out.add("target_beyond_scale", {{"target_number", g.amount(g.goal.target.value_or(0))}});
        return;
    }
    // The finding names the evidence that decides, with the numbers it was judged on, and
    // suggests what every piece of evidence allows.
    const Sentence because = evidenceSentence(decisive, g.kpi, g.plan.context.currency);
    TextArgs args = {{"evidence_key", because.key}};
    args.insert(args.end(), because.args.begin(), because.args.end());
    const bool line = holdsALine(g.goal);
    std::string advice;
    if (realism.verdict == Verdict::ambitious) advice = realism.comfortableTarget ? (line ? "keep_line" : "keep") : "keep_only";
    else if (realism.comfortableTarget && realism.ambitiousTarget) advice = line ? "line" : "both";
    else if (realism.comfortableTarget || realism.ambitiousTarget) advice = line ? "line" : "one";
    else advice = "none";
    args.push_back({"advice_key", "review.suggest." + advice});
    if (realism.comfortableTarget) args.push_back({"comfortable_target_number", g.amount(*realism.comfortableTarget)});
    if (realism.ambitiousTarget) args.push_back({"ambitious_target_number", g.amount(*realism.ambitiousTarget)});
    if (!realism.comfortableTarget && realism.ambitiousTarget)
        args.push_back({"comfortable_target_number", g.amount(*realism.ambitiousTarget)});
    out.add(realism.verdict == Verdict::unrealistic ? "unrealistic" : "ambitious", std::move(args));
}

// Paid: the goal has its own budget, or the plan runs an ad budget and the KPI is counted in the
// ad manager (results the ads themselves bring).
bool paidGoal(const GoalContext& g) {
    if (positive(g.goal.budget)) return true;
    const CatalogKpi* row = g.kpi && !g.kpi->custom ? findCatalogKpi(g.kpi->id) : nullptr;
    const bool adCounted = row && (row->sources & (1u << static_cast<int>(DataSource::ad_manager))) != 0;
    return adCounted && paidPerMonthEur(g.goal, g.plan.context) >= kAdBudgetEur;
}

// Relevant, the second reading of the R: linked to an objective, and not proved by vanity alone.
void checkRelevance(const GoalContext& g, FindingList& out) {
    const Goal& goal = g.goal;
    const auto& kpi = g.kpi;
    const Plan& plan = g.plan;
    if (!g.index.objectiveOf(goal)) out.add("unlinked");

    const Category* category = findCategory(goal.category);
    if (!blank(goal.category) && !category) out.add("unknown_category", {{"category", goal.category}});
    const auto backedUp = [&] {
        return std::any_of(goal.secondaryKpis.begin(), goal.secondaryKpis.end(), [&](const std::string& id) {
            const auto other = g.index.kpis.find(id);
            return other && !other->vanity;
        });
    };
    bool vanityReported = false;
    if (kpi && kpi->vanity && category && category->outcome && !backedUp()) {
        out.add("vanity_metric", {kpiNameArg(*kpi), {"category_key", "category." + goal.category + ".name"},
                                  {"example_lower_key", outcomeExampleKey(goal.category)}});
        vanityReported = true;
    }
    if (kpi && goal.kpi == "likes" && !vanityReported && !goal.soft && !backedUp()) out.add("likes_only");

    // Paid outcomes: revenue or conversions bought with a real budget need a return or cost line.
    const bool outcome = kpi && kpi->higherIsBetter && !kpi->controllable &&
                         (kpi->family == KpiFamily::money || kpi->family == KpiFamily::conversions);
    if (outcome && paidGoal(g)) {
        bool guarded = goal.objectiveId && g.index.guardedObjectives.count(*goal.objectiveId);
        // A goal with its own capped budget and a conversion rate beside the count bounds the cost
        // per result and shows whether bought traffic converts.
        const bool capped = positive(goal.budget);
        for (const std::string& id : goal.secondaryKpis)
            guarded = guarded || isGuardrail(id, g.index.kpis.find(id)) ||
                      (capped && (id == "conversion_rate" || id == "lead_conversion_rate"));
        if (!guarded) out.add("paid_without_guardrail", {kpiNameArg(*kpi)});
    }

    const CatalogKpi* row = kpi && !kpi->custom ? findCatalogKpi(kpi->id) : nullptr;
    if (row && plan.context.business && !suitsBusiness(*row, *plan.context.business))
        out.add("kpi_unsuited_to_business",
                {kpiNameArg(*kpi), {"business_key", std::string("business.") + name(*plan.context.business) + ".name"}});
    if (row && category && !kpi->controllable && !inCategory(*row, goal.category))
        out.add("kpi_outside_category", {kpiNameArg(*kpi), {"category_key", "category." + goal.category + ".name"}});
}

// Where a soft goal's example proxy comes from: its category's, else a general one.
std::string proxyExampleKey(const Goal& goal) {
    static const char* const withOwnExample[] = {"employer_branding", "awareness", "reputation", "community",
                                                 "thought_leadership", "fundraising", "retention"};
    for (const char* c : withOwnExample)
        if (goal.category == c) return std::string("review.proxy.") + c;
    return "review.proxy.other";
}

// Specific and measurable: one channel, an audience where it matters, a data source; soft
// goals kept apart and measured through a proxy that means something.
void checkSpecifics(const GoalContext& g, FindingList& out) {
    const Goal& goal = g.goal;
    const auto& kpi = g.kpi;
    const CatalogKpi* row = kpi && !kpi->custom ? findCatalogKpi(kpi->id) : nullptr;
    const auto sources = row ? dataSources(*row) : std::vector<DataSource>{};
    // A KPI counted outside the social platforms (CRM, shop, reviews) counts across channels.
    const bool countedOffPlatform =
        !sources.empty() && std::find(sources.begin(), sources.end(), DataSource::native_analytics) == sources.end();
    if (blank(goal.channel) && !countedOffPlatform && !acrossChannels(goal.scope)) out.add("missing_channel");
    const bool decided = kpi && kpi->controllable;  // a posting rhythm has no audience to scope
    if (blank(goal.scope) && !decided && (g.plan.context.business == Business::local || positive(goal.budget)))
        out.add("missing_scope");
    if (blank(goal.dataSource)) {
        DataSource likely = sources.empty() ? DataSource::native_analytics : sources.front();
        // A local business reads ratings and profile actions in its Google Business Profile.
        const bool onProfile = std::find(sources.begin(), sources.end(), DataSource::business_profile) != sources.end();
        if (onProfile && (g.plan.context.business == Business::local || mentionsGoogle(goal.channel) || mentionsGoogle(goal.scope)))
            likely = DataSource::business_profile;
        out.add("missing_data_source", {{"source_key", std::string("source.") + name(likely) + ".name"}});
    }
    if (goal.soft) {
        bool proxy = kpi && kpi->hard, meaningful = kpi && kpi->hard && !kpi->vanity;
        for (const std::string& id : goal.secondaryKpis) {
            const auto other = g.index.kpis.find(id);
            proxy = proxy || (other && other->hard);
            meaningful = meaningful || (other && other->hard && !other->vanity);
        }
        if (!proxy) out.add("soft_without_proxy", {{"example_key", proxyExampleKey(goal)}});
        else if (!meaningful) out.add("weak_proxy", {{"example_key", proxyExampleKey(goal)}});
    } else if (kpi && !kpi->hard) {
        out.add("soft_metric_on_hard_goal", {kpiNameArg(*kpi)});
    }
}

// ---- the relevance sentence ---------------------------------------------------------------
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The first word, lower-cased for matching ("Grow" -> "grow").
std::string firstWord(const std::string& title) {
    std::string word;
    for (char c : title) {
        if (c == ' ' || c == ',' || c == ':') break;
        word += static_cast<char>(isUpper(c) ? c - 'A' + 'a' : c);
    }
    return word;
}

// Each language's words a title may start with to read after "we will" (review.relevance.verbs).
using VerbsByLanguage = std::map<std::string, std::vector<std::string>>;

const std::vector<std::string>& verbsOf(const VerbsByLanguage& verbs, const std::string& language) {
    static const std::vector<std::string> none;
    const auto it = verbs.find(language);
    return it == verbs.end() ? none : it->second;
}

// True when the title starts with one of the language's verbs (review.relevance.verbs), so it
// reads after "we will" / "to help us"; noun phrases and other languages are quoted instead.
bool startsWithVerb(const std::string& title, const std::vector<std::string>& verbs) {
    const std::string word = firstWord(title);
    return !word.empty() && std::binary_search(verbs.begin(), verbs.end(), word);
}

// "Grow revenue" -> "grow revenue", so a title reads inside a sentence; "NPS up" and
// "YouTube watch hours" keep their capitals (a second capital in the first word).
std::string lowerFirstWord(const std::string& title) {
    std::string out = title;
    size_t end = out.find(' ');
    if (end == std::string::npos) end = out.size();
    const bool otherCapitals = std::any_of(out.begin() + 1, out.begin() + static_cast<long>(std::max<size_t>(end, 1)), isUpper);
    if (!out.empty() && isUpper(out[0]) && !otherCapitals) out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

// The goal as an action from its KPI and numbers: "cut the cost per application from 85 EUR to
// 40 EUR"; empty key when the goal lacks the numbers.
void addActionArgs(TextArgs& args, const GoalContext& g) {
    const Goal& goal = g.goal;
    if (!g.kpi || !goal.target || !std::isfinite(*goal.target)) return;
    const bool line = holdsALine(goal);
    if (!line && (!goal.baseline || !std::isfinite(*goal.baseline) || *goal.baseline == *goal.target)) return;
    const bool upward = targetIsUpward(goal, *g.kpi);
    std::string type = line ? (upward ? "stay_above" : "stay_below") : (upward ? "increase" : "decrease");
    if (reachesThenHolds(goal)) type = upward ? "reach_then_stay_above" : "reach_then_stay_below";
    args.push_back(kpiNameArg(*g.kpi, "kpi"));
    if (g.kpi->custom) args.push_back({"kpi_lower", lowerFirstWord(g.kpi->customName.empty() ? g.kpi->id : g.kpi->customName)});
    else args.push_back({"kpi_lower_key", kpiNameKey(g.kpi->id)});
    if (goal.baseline) args.push_back({"baseline_number", g.amount(*goal.baseline)});
    args.push_back({"target_number", g.amount(*goal.target)});
    args.push_back({"action_key", "review.action." + type});
}

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (isUpper(c)) c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// True when every word of the title (of three letters or more) is in the action sentence, so the
// sentence says all the title says: "Cost per application" in "cut cost per application from 85
// EUR to 40 EUR", but not "Lokale Instagram-Follower bis Ende Juni" in "Follower von 180 auf 270
// steigern", whose place and date would be lost.
bool actionSaysTheTitle(const std::string& title, const std::string& action) {
    const std::string said = lowerAscii(action);
    std::string word;
    const auto covered = [&] { return word.size() < 3 || said.find(word) != std::string::npos; };
    for (char c : lowerAscii(title) + " ") {
        const bool partOfWord = static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
        if (partOfWord) {
            word += c;
            continue;
        }
        if (!covered()) return false;
        word.clear();
    }
    return true;
}

const Strings& stringsOf(const std::string& language) {
    static const std::map<std::string, Strings> all = [] {
        std::map<std::string, Strings> byLanguage;
        for (const std::string& code : Strings::languages()) byLanguage.emplace(code, Strings::load(code));
        return byLanguage;
    }();
    const auto it = all.find(language);
    return it == all.end() ? all.at("en") : it->second;
}

// The relevance sentence's form in one language: a title reads after "we will" / "to help us"
// only when it starts with one of that language's verbs; a title written in another language is
// said through its KPI and numbers (quoted after them when they leave out some of its words) or
// quoted alone, never spliced into this language's grammar.
std::string relevanceKey(const GoalContext& g, const std::string& language, const std::vector<std::string>& verbs) {
    const Goal& goal = g.goal;
    std::string form;
    if (!blank(goal.title) && !startsWithVerb(goal.title, verbs)) {
        TextArgs action;
        addActionArgs(action, g);
        if (action.empty()) {
            form = "_title";
        } else {
            const std::string actionKey = action.back().second;  // addActionArgs ends with action_key
            action.pop_back();
            const std::string said = sentenceText(Sentence{actionKey, action}, stringsOf(language));
            form = actionSaysTheTitle(goal.title, said) ? "_action" : "_action_titled";
        }
    }
    const Objective* objective = g.index.objectiveOf(goal);
    if (!objective) return "review.relevance.unlinked" + form;
    const bool about = !blank(objective->title) && !startsWithVerb(objective->title, verbs);
    return std::string("review.relevance.") + (about ? "about_" : "") + "linked" + form;
}

Sentence relevanceSentence(const GoalContext& g, const VerbsByLanguage& verbs) {
    const Goal& goal = g.goal;
    TextArgs args;
    if (blank(goal.title)) {
        args.push_back({"goal_key", "review.relevance.untitled_goal"});
        args.push_back({"goal_lower_key", "review.relevance.untitled_goal"});
    } else {
        args.push_back({"goal", goal.title});
        args.push_back({"goal_lower", lowerFirstWord(goal.title)});
    }
    // A title that reads after "we will" is the team's own words; otherwise the KPI and its
    // numbers say it, else the title is quoted as it is. Which one depends on the language the
    // sentence is shown in: the arguments serve every form, the key is chosen per language.
    if (!blank(goal.title)) addActionArgs(args, g);
    if (const Objective* objective = g.index.objectiveOf(goal)) {
        if (blank(objective->title)) {
            args.push_back({"objective_key", "review.relevance.untitled_objective"});
            args.push_back({"objective_lower_key", "review.relevance.untitled_objective"});
        } else {
            args.push_back({"objective", objective->title});
            args.push_back({"objective_lower", lowerFirstWord(objective->title)});
        }
    }
    Sentence sentence{relevanceKey(g, "en", verbsOf(verbs, "en")), args};
    for (const auto& [language, words] : verbs)
        if (std::string key = relevanceKey(g, language, words); key != sentence.key) sentence.keyByLanguage.emplace_back(language, key);
    return sentence;
}

// One finding per root cause. A goal without a KPI has no measure yet: its baseline, target,
// dates, channel, scope and data source follow from the KPI, so "missing_metric" (or, for a soft
// goal, "soft_without_proxy") says it once instead of eight times. A KPI that does not fit the
// goal's category is said once, by the finding that names what is wrong with it. A goal with
// neither start nor deadline has no time frame: "missing_deadline" says it, the start follows.
std::vector<Finding> withoutRepeats(std::vector<Finding> findings, const GoalContext& g) {
    static constexpr std::string_view kFollowFromTheKpi[] = {"missing_baseline", "missing_target",  "missing_start",
                                                             "missing_deadline", "missing_channel", "missing_scope",
                                                             "missing_data_source"};
    static constexpr std::string_view kNameTheKpi[] = {"vanity_metric", "likes_only", "weak_proxy", "soft_metric_on_hard_goal",
                                                       "unknown_kpi"};
    const auto has = [&](std::string_view code) {
        return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
    };
    const bool noMeasure = blank(g.goal.kpi);
    const bool kpiNamed = std::any_of(std::begin(kNameTheKpi), std::end(kNameTheKpi), has);
    std::erase_if(findings, [&](const Finding& f) {
        const bool followsFromKpi = std::find(std::begin(kFollowFromTheKpi), std::end(kFollowFromTheKpi), f.code) !=
                                    std::end(kFollowFromTheKpi);
        if (noMeasure && (followsFromKpi || (g.goal.soft && f.code == "missing_metric"))) return true;
        if (f.code == "missing_start" && has("missing_deadline")) return true;
        return kpiNamed && f.code == "kpi_outside_category";
    });
    return findings;
}

GoalReview reviewOne(const Plan& plan, const Goal& goal, Date today, const PlanIndex& index,
                     const VerbsByLanguage& verbs) {
    GoalReview result;
    result.goalId = goal.id;
    const std::optional<Kpi> kpi = index.kpis.find(goal.kpi);
    result.realism = assessRealism(goal, kpi, plan.context, index.checkinsOf(goal.id), index.hintsFor(goal));
    const GoalContext g{plan, goal, kpi, index, today};

    FindingList findings;
    checkNumbers(g, findings);
    checkMetric(g, findings);
    checkTargetAndDates(g, findings);
    checkFreshness(g, findings);
    checkRealism(g, result.realism, findings);
    checkRelevance(g, findings);
    checkSpecifics(g, findings);
    result.findings = withoutRepeats(std::move(findings).sorted(), g);
    result.relevance = relevanceSentence(g, verbs);
    return result;
}

// ---- plan level -----------------------------------------------------------------------------
// Objectives that a goal with a KPI and a target measures, directly or through a child objective.
std::unordered_set<std::string_view> measuredObjectives(const Plan& plan, const PlanIndex& index) {
    std::unordered_set<std::string_view> measured;
    for (const Goal& goal : plan.goals) {
        const auto kpi = index.kpis.find(goal.kpi);
        const bool hardProxy = std::any_of(goal.secondaryKpis.begin(), goal.secondaryKpis.end(), [&](const std::string& id) {
            const auto other = index.kpis.find(id);
            return other && other->hard;
        });
        if (!kpi || !(goal.target || (goal.soft && hardProxy))) continue;
        // Walk up the parents; the walk stops at a seen objective, so cycles end.
        for (const Objective* o = index.objectiveOf(goal); o && measured.insert(o->id).second;) {
            if (!o->parentId) break;
            auto it = index.objectives.find(*o->parentId);
            o = it == index.objectives.end() ? nullptr : it->second;
        }
    }
    return measured;
}

std::vector<Finding> planFindings(const Plan& plan, const PlanIndex& index) {
    FindingList out;
    const auto measured = measuredObjectives(plan, index);
    for (const Objective& o : plan.objectives)
        if (!measured.count(o.id))
            out.add("objective_not_measurable", {{"objective", blank(o.title) ? o.id : o.title}});

    size_t unowned = 0;
    std::string first;
    for (const Task& t : plan.tasks) {
        const bool owned = std::any_of(t.owners.begin(), t.owners.end(), [](const std::string& o) { return !blank(o); });
        if (owned || t.done) continue;
        if (unowned++ == 0) first = blank(t.title) ? t.id : t.title;
    }
    if (unowned > 0) out.add("tasks_without_owner", {{"count_number", std::to_string(unowned)}, {"task", first}});

    // A starting team judged by outcomes: said once for the plan. Soft goals are judged by the
    // team, and reviews are a local business's daily bread, so neither counts. One habit the team
    // controls beside a few outcomes is a fair start; more than twice as many outcomes as habits
    // is a plan that judges a new team by what it cannot control yet. A plan that buys results
    // with a real ad budget measures outcomes from day one.
    const bool adBudget = paidPerMonthEur(Goal{}, plan.context) >= kAdBudgetEur;
    if (plan.context.phase == Phase::starting && !adBudget) {
        size_t habits = 0, outcomes = 0;
        std::optional<Kpi> firstOutcome;
        for (const Goal& goal : plan.goals) {
            const auto kpi = index.kpis.find(goal.kpi);
            if (!kpi || goal.soft) continue;
            if (kpi->controllable) ++habits;
            else if (!(plan.context.business == Business::local && isRatingKpi(goal.kpi))) {
                ++outcomes;
                if (!firstOutcome) firstOutcome = kpi;
            }
        }
        if (firstOutcome && outcomes > kOutcomesPerHabit * habits) out.add("too_early", {kpiNameArg(*firstOutcome)});
    }
    return std::move(out).sorted();
}

VerbsByLanguage relevanceVerbs() {
    // The words live with the texts, each language listing its own: a title reads inside a
    // sentence only in the language whose verb starts it.
    VerbsByLanguage byLanguage;
    for (const std::string& language : Strings::languages()) {
        const Strings strings = Strings::load(language);
        if (!strings.has("review.relevance.verbs")) continue;
        std::vector<std::string>& verbs = byLanguage[language];
        std::string word;
        for (char c : strings("review.relevance.verbs") + " ") {
            if (c == ' ') {
                if (!word.empty()) verbs.push_back(word);
                word.clear();
            } else {
                word += c;
            }
        }
        std::sort(verbs.begin(), verbs.end());
        verbs.erase(std::unique(verbs.begin(), verbs.end()), verbs.end());
    }
    return byLanguage;
}

const VerbsByLanguage& verbs() {
    static const VerbsByLanguage list = relevanceVerbs();
    return list;
}

// Resolves "<x>_key" arguments into {x} with the translated text, itself filled with the other
// arguments (an action sentence names the KPI and numbers); "<x>_lower_key" also lower-cases
// the first word the way lowerFirstWord does. Numbers and dates are written the language's way.
TextArgs resolveArgs(const TextArgs& given, const Strings& strings) {
    const TextArgs args = strings.localized(given);
    constexpr std::string_view suffix = "_key", lower = "_lower";
    const auto isKey = [&](const std::string& name) {
        return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    // German capitalises nouns: a title's first word is lowered inside a sentence only when it is
    // one of the words a goal starts with ("bis", "mehr"), never a noun.
    const bool lowers = strings("language.lowercase_in_sentence") == "yes";
    const auto lowered = [&](const std::string& text) {
        if (lowers) return lowerFirstWord(text);
        const std::string first = lowerFirstWord(firstWord(text));
        const std::vector<std::string>& words = verbsOf(verbs(), strings.language());
        return std::binary_search(words.begin(), words.end(), first) ? lowerFirstWord(text) : text;
    };
    const auto findArg = [&](const std::string& name) -> const std::string* {
        for (const auto& [n, v] : args)
            if (n == name) return &v;
        return nullptr;
    };
    TextArgs out;
    out.reserve(args.size());
    for (const auto& [name, value] : args) {
        if (!isKey(name)) {
            // "<x>_lower" was lowered from "<x>" when the review ran, by English rules.
            const std::string* original = !lowers && name.size() > lower.size() &&
                                                  name.compare(name.size() - lower.size(), lower.size(), lower) == 0
                                              ? findArg(name.substr(0, name.size() - lower.size()))
                                              : nullptr;
            out.emplace_back(name, original ? lowered(*original) : value);
            continue;
        }
        const std::string bare = name.substr(0, name.size() - suffix.size());
        std::string text = strings(value);
        if (bare.size() > lower.size() && bare.compare(bare.size() - lower.size(), lower.size(), lower) == 0)
            text = lowered(text);
        out.emplace_back(bare, text);
    }
    // Second pass: texts named by keys may use the plain arguments.
    TextArgs filled = out;
    for (size_t i = 0; i < args.size(); ++i)
        if (isKey(args[i].first)) filled[i].second = fillPlaceholders(out[i].second, out);
    return filled;
}

}  // namespace

std::span<const FindingCode> findingCodes() { return kCodes; }

PlanReview reviewPlan(const Plan& plan, Date today) {
    const PlanIndex index(plan, today);
    PlanReview out;
    out.goals.reserve(plan.goals.size());
    for (const Goal& goal : plan.goals) out.goals.push_back(reviewOne(plan, goal, today, index, verbs()));
    out.planFindings = planFindings(plan, index);
    return out;
}

std::vector<GoalReview> review(const Plan& plan, Date today) {
    const PlanIndex index(plan, today);
    std::vector<GoalReview> out;
    out.reserve(plan.goals.size());
    for (const Goal& goal : plan.goals) out.push_back(reviewOne(plan, goal, today, index, verbs()));
    return out;
}

std::vector<Finding> reviewPlanLevel(const Plan& plan, Date today) {
    return planFindings(plan, PlanIndex(plan, today));
}

GoalReview reviewGoal(const Plan& plan, const Goal& goal, Date today) {
    return reviewOne(plan, goal, today, PlanIndex(plan, today), verbs());
}

std::string findingMessage(const Finding& finding, const Strings& strings) {
    return strings("finding." + finding.code + ".message", resolveArgs(finding.args, strings));
}

std::string findingSuggestion(const Finding& finding, const Strings& strings) {
    return strings("finding." + finding.code + ".suggestion", resolveArgs(finding.args, strings));
}

std::string sentenceText(const Sentence& sentence, const Strings& strings) {
    // The wording may depend on the language it is shown in (a German title quoted in English).
    std::string_view key = sentence.key;
    for (const auto& [language, byLanguage] : sentence.keyByLanguage)
        if (language == strings.language()) key = byLanguage;
    return strings(key, resolveArgs(sentence.args, strings));
}

const char* name(Severity v) { return kSeverityNames[static_cast<int>(v)]; }

}  // namespace waymark
