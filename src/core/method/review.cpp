#include "core/method/review.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "core/method/catalog.h"

namespace waymark {

namespace {

using S = Severity;

// The fixed order: what blocks a SMART goal first, then what weakens it, then hints.
constexpr FindingCode kCodes[] = {
    {"invalid_number", S::error},          // baseline, target or budget is not a usable number
    {"negative_value", S::error},          // a negative count, amount or duration
    {"missing_metric", S::error},          // Measurable: no KPI
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
    {"missing_start", S::warning},
    {"missing_channel", S::warning},       // Specific: one channel
    {"missing_data_source", S::warning},   // Measurable: where the number comes from
    {"deadline_passed", S::warning},
    {"vanity_metric", S::warning},         // Relevant: a vanity KPI alone on a leads/sales goal
    {"too_early", S::warning},             // a starting team judged only by outcomes
    {"soft_without_proxy", S::warning},    // a soft goal with nothing measurable
    {"too_many_kpis", S::warning},         // analysis paralysis
    {"custom_kpi_shadowed", S::warning},   // a custom KPI reusing a catalog id is ignored
    {"unknown_category", S::warning},
    {"ambitious", S::tip},
    {"missing_scope", S::tip},             // Specific: local or paid goals need an audience or area
    {"kpi_unsuited_to_business", S::tip},
    {"kpi_outside_category", S::tip},
    {"soft_metric_on_hard_goal", S::tip},
};

// More KPIs than this on one goal is measuring everything rather than what shows progress.
constexpr size_t kMaxKpisPerGoal = 3;

const char* const kSeverityNames[] = {"error", "warning", "tip"};

size_t codeOrder(std::string_view code) {
    for (size_t i = 0; i < std::size(kCodes); ++i)
        if (code == kCodes[i].code) return i;
    return std::size(kCodes);
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Plain numbers for messages: whole numbers from 100 on, one decimal below, no trailing ".0".
std::string formatNumber(double v) {
    char buf[64];
    if (!std::isfinite(v)) return "?";
    if (std::fabs(v) >= 1e15) std::snprintf(buf, sizeof buf, "%.3g", v);
    else if (std::fabs(v) >= 100) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string out = buf;
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out == "-0" ? "0" : out;
}

bool positive(const std::optional<double>& v) { return v && std::isfinite(*v) && *v > 0; }

// Counts, amounts and durations cannot go below zero; shares and scores (ROI, NPS) can.
bool canBeNegative(const Kpi& kpi) { return kpi.unit == KpiUnit::percent || kpi.unit == KpiUnit::score; }

// Everything review() looks up more than once, indexed once per plan.
struct PlanIndex {
    explicit PlanIndex(const Plan& plan) : kpis(plan) {
        objectives.reserve(plan.objectives.size());
        for (const Objective& o : plan.objectives) objectives.emplace(o.id, &o);
        for (const Checkin& c : plan.checkins) checkins[c.goalId].push_back(&c);
        for (const Goal& g : plan.goals)
            if (auto kpi = kpis.find(g.kpi); kpi && kpi->controllable) hasControllableGoal = true;
    }
    std::span<const Checkin* const> checkinsOf(const std::string& goalId) const {
        auto it = checkins.find(goalId);
        return it == checkins.end() ? std::span<const Checkin* const>{} : std::span<const Checkin* const>(it->second);
    }

    KpiLookup kpis;
    std::unordered_map<std::string_view, const Objective*> objectives;
    std::unordered_map<std::string_view, std::vector<const Checkin*>> checkins;
    bool hasControllableGoal = false;
};

class FindingList {
public:
    void add(std::string_view code, TextArgs args = {}) {
        const size_t order = codeOrder(code);
        list_.push_back({std::string(code), order < std::size(kCodes) ? kCodes[order].severity : S::tip,
                         std::move(args)});
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

void checkNumbers(const Goal& goal, const std::optional<Kpi>& kpi, FindingList& out) {
    const std::pair<const char*, const std::optional<double>*> numbers[] = {
        {"review.field.baseline", &goal.baseline},
        {"review.field.target", &goal.target},
        {"review.field.budget", &goal.budget}};
    for (const auto& [field, value] : numbers) {
        if (!*value) continue;
        if (!std::isfinite(**value)) out.add("invalid_number", {{"field_key", field}});
        else if (**value < 0 && (value == &goal.budget || (kpi && !canBeNegative(*kpi))))
            out.add("negative_value", {{"field_key", field}, {"value", formatNumber(**value)}});
    }
}

void checkMetric(const Goal& goal, const std::optional<Kpi>& kpi, const PlanIndex& index, FindingList& out) {
    if (blank(goal.kpi)) out.add("missing_metric");
    else if (!kpi) out.add("unknown_kpi", {{"kpi", goal.kpi}});
    for (const std::string& id : goal.secondaryKpis)
        if (!blank(id) && !index.kpis.find(id)) out.add("unknown_kpi", {{"kpi", id}});
    if (!blank(goal.kpi) && findCatalogKpi(goal.kpi) && index.kpis.findCustom(goal.kpi))
        out.add("custom_kpi_shadowed", {kpiNameArg(*kpi), {"id", goal.kpi}});

    std::vector<std::string_view> ids;
    if (!blank(goal.kpi)) ids.push_back(goal.kpi);
    for (const std::string& id : goal.secondaryKpis)
        if (!blank(id) && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    if (ids.size() > kMaxKpisPerGoal)
        out.add("too_many_kpis", {{"count", std::to_string(ids.size())}, {"max", std::to_string(kMaxKpisPerGoal)}});
}

void checkTargetAndDates(const Goal& goal, const std::optional<Kpi>& kpi, Date today, FindingList& out) {
    if (!goal.baseline) out.add("missing_baseline");
    if (!goal.target) out.add("missing_target");
    if (!goal.start) out.add("missing_start");
    if (!goal.deadline) out.add("missing_deadline");
    if (goal.start && goal.deadline && *goal.deadline <= *goal.start)
        out.add("deadline_before_start", {{"start", goal.start->str()}, {"deadline", goal.deadline->str()}});
    if (goal.deadline && *goal.deadline < today) out.add("deadline_passed", {{"deadline", goal.deadline->str()}});

    const bool numbersUsable = goal.baseline && goal.target && std::isfinite(*goal.baseline) &&
                               std::isfinite(*goal.target);
    if (!kpi || !numbersUsable || holdsALine(goal)) return;
    const TextArgs args = {{"baseline", formatNumber(*goal.baseline)}, {"target", formatNumber(*goal.target)}};
    if (*goal.target == *goal.baseline) out.add("target_equals_baseline", args);
    else if ((*goal.target > *goal.baseline) != targetIsUpward(goal, *kpi)) out.add("target_wrong_direction", args);
}

void checkRealism(const Goal& goal, const RealismResult& realism, FindingList& out) {
    const auto hasFactor = [&](std::string_view f) {
        return std::find(realism.factors.begin(), realism.factors.end(), f) != realism.factors.end();
    };
    if (realism.reason == "baseline_not_positive")
        out.add("baseline_not_positive", {{"baseline", formatNumber(goal.baseline.value_or(0))}});
    if (realism.verdict == Verdict::unrealistic && hasFactor("beyond_scale")) {
        out.add("target_beyond_scale", {{"target", formatNumber(goal.target.value_or(0))}});
    } else if (realism.verdict == Verdict::unrealistic) {
        out.add("unrealistic", {{"ambitious_target", formatNumber(realism.ambitiousTarget.value_or(0))},
                                {"comfortable_target", formatNumber(realism.comfortableTarget.value_or(0))}});
    } else if (realism.verdict == Verdict::ambitious) {
        out.add("ambitious", {{"comfortable_target", formatNumber(realism.comfortableTarget.value_or(0))}});
    }
}

// Relevant, the second reading of the R: linked to an objective, and not proved by vanity alone.
void checkRelevance(const Goal& goal, const std::optional<Kpi>& kpi, const Plan& plan, const PlanIndex& index,
                    FindingList& out) {
    if (!goal.objectiveId || !index.objectives.count(*goal.objectiveId)) out.add("unlinked");

    const Category* category = findCategory(goal.category);
    if (!blank(goal.category) && !category) out.add("unknown_category", {{"category", goal.category}});
    if (kpi && kpi->vanity && category && category->outcome) {
        const bool backedUp = std::any_of(goal.secondaryKpis.begin(), goal.secondaryKpis.end(), [&](const std::string& id) {
            const auto other = index.kpis.find(id);
            return other && !other->vanity;
        });
        if (!backedUp)
            out.add("vanity_metric", {kpiNameArg(*kpi), {"category_key", "category." + goal.category + ".name"}});
    }
    if (kpi && plan.context.phase == Phase::starting && !kpi->controllable && !index.hasControllableGoal)
        out.add("too_early", {kpiNameArg(*kpi)});

    const CatalogKpi* row = kpi && !kpi->custom ? findCatalogKpi(kpi->id) : nullptr;
    if (row && plan.context.business && !suitsBusiness(*row, *plan.context.business))
        out.add("kpi_unsuited_to_business",
                {kpiNameArg(*kpi), {"business_key", std::string("business.") + name(*plan.context.business) + ".name"}});
    if (row && category && !kpi->controllable && !inCategory(*row, goal.category))
        out.add("kpi_outside_category", {kpiNameArg(*kpi), {"category_key", "category." + goal.category + ".name"}});
}

// Specific and measurable: one channel, an audience where it matters, a data source; soft
// goals kept apart and measured through a proxy.
void checkSpecifics(const Goal& goal, const std::optional<Kpi>& kpi, const Plan& plan, const PlanIndex& index,
                    FindingList& out) {
    if (blank(goal.channel)) out.add("missing_channel");
    if (blank(goal.scope) && (plan.context.business == Business::local || positive(goal.budget)))
        out.add("missing_scope");
    if (blank(goal.dataSource)) {
        const CatalogKpi* row = kpi && !kpi->custom ? findCatalogKpi(kpi->id) : nullptr;
        const auto sources = row ? dataSources(*row) : std::vector<DataSource>{};
        const DataSource likely = sources.empty() ? DataSource::native_analytics : sources.front();
        out.add("missing_data_source", {{"source_key", std::string("source.") + name(likely) + ".name"}});
    }
    if (goal.soft) {
        bool proxy = kpi && kpi->hard;
        for (const std::string& id : goal.secondaryKpis) {
            const auto other = index.kpis.find(id);
            proxy = proxy || (other && other->hard);
        }
        if (!proxy) out.add("soft_without_proxy");
    } else if (kpi && !kpi->hard) {
        out.add("soft_metric_on_hard_goal", {kpiNameArg(*kpi)});
    }
}

// "Grow revenue" -> "grow revenue", so a title reads inside a sentence; "NPS up" stays.
std::string lowerFirstWord(const std::string& title) {
    std::string out = title;
    const auto isUpper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (!out.empty() && isUpper(out[0]) && (out.size() == 1 || !isUpper(out[1]))) out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

// A title as two placeholders: {name} as written and {name_lower} for inside a sentence (a
// language whose nouns keep their capital, like German, uses {name}).
void addTitleArgs(TextArgs& args, const std::string& name, const std::string& title, const char* untitledKey) {
    if (blank(title)) {
        args.push_back({name + "_key", untitledKey});
        args.push_back({name + "_lower_key", untitledKey});
    } else {
        args.push_back({name, title});
        args.push_back({name + "_lower", lowerFirstWord(title)});
    }
}

Sentence relevanceSentence(const Goal& goal, const PlanIndex& index) {
    TextArgs args;
    addTitleArgs(args, "goal", goal.title, "review.relevance.untitled_goal");
    const Objective* objective = nullptr;
    if (goal.objectiveId)
        if (auto it = index.objectives.find(*goal.objectiveId); it != index.objectives.end()) objective = it->second;
    if (!objective) return {"review.relevance.unlinked", args};
    addTitleArgs(args, "objective", objective->title, "review.relevance.untitled_objective");
    return {"review.relevance.linked", args};
}

GoalReview reviewOne(const Plan& plan, const Goal& goal, Date today, const PlanIndex& index) {
    GoalReview result;
    result.goalId = goal.id;
    const std::optional<Kpi> kpi = index.kpis.find(goal.kpi);
    result.realism = assessRealism(goal, kpi, plan.context, index.checkinsOf(goal.id));

    FindingList findings;
    checkNumbers(goal, kpi, findings);
    checkMetric(goal, kpi, index, findings);
    checkTargetAndDates(goal, kpi, today, findings);
    checkRealism(goal, result.realism, findings);
    checkRelevance(goal, kpi, plan, index, findings);
    checkSpecifics(goal, kpi, plan, index, findings);
    result.findings = std::move(findings).sorted();
    result.relevance = relevanceSentence(goal, index);
    return result;
}

// Resolves "<x>_key" arguments into {x} with the translated text.
TextArgs resolveArgs(const TextArgs& args, const Strings& strings) {
    TextArgs out;
    out.reserve(args.size());
    constexpr std::string_view suffix = "_key";
    for (const auto& [name, value] : args) {
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            out.emplace_back(name.substr(0, name.size() - suffix.size()), strings(value));
        else
            out.emplace_back(name, value);
    }
    return out;
}

}  // namespace

std::span<const FindingCode> findingCodes() { return kCodes; }

std::vector<GoalReview> review(const Plan& plan, Date today) {
    const PlanIndex index(plan);
    std::vector<GoalReview> out;
    out.reserve(plan.goals.size());
    for (const Goal& goal : plan.goals) out.push_back(reviewOne(plan, goal, today, index));
    return out;
}

GoalReview reviewGoal(const Plan& plan, const Goal& goal, Date today) {
    return reviewOne(plan, goal, today, PlanIndex(plan));
}

std::string findingMessage(const Finding& finding, const Strings& strings) {
    return strings("finding." + finding.code + ".message", resolveArgs(finding.args, strings));
}

std::string findingSuggestion(const Finding& finding, const Strings& strings) {
    return strings("finding." + finding.code + ".suggestion", resolveArgs(finding.args, strings));
}

std::string sentenceText(const Sentence& sentence, const Strings& strings) {
    return strings(sentence.key, resolveArgs(sentence.args, strings));
}

const char* name(Severity v) { return kSeverityNames[static_cast<int>(v)]; }

}  // namespace waymark
