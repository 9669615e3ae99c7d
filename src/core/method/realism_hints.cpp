// What other goals of a plan tell about one goal's realism: the audience its results come
// from, the cost of its results, the ratings behind its average. Only goals that measure one of
// these on the same channel count (a goal without a channel counts across channels), and where
// several do, the choice never depends on their order in the plan: the largest audience, the
// highest cost per result (the fewest results), the most ratings; ties go to the smaller id.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/method/plan_numbers.h"
#include "core/method/realism.h"

namespace waymark {

namespace {

std::string normalised(std::string_view channel) {
    const size_t first = channel.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const size_t last = channel.find_last_not_of(" \t");
    std::string out;
    for (char c : channel.substr(first, last - first + 1)) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

bool sameChannel(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }
// Money is spent on a channel: a cost prices results on that channel only (or, without channels
// on both, the plan's results as a whole).
bool sameSpend(const std::string& a, const std::string& b) { return a == b; }

// Counts that hold people who can act on a goal's results: followers, subscribers, a list, members.
bool isAudienceKpi(const Kpi& kpi) {
    return (kpi.family == KpiFamily::audience || kpi.family == KpiFamily::members) && kpi.id != "review_count";
}

// The latest check-in of a goal, else its baseline: what the plan measures today.
double measuredToday(const Goal& goal, const std::vector<const Checkin*>& checkins) {
    const Checkin* latest = nullptr;
    for (const Checkin* c : checkins)
        if (std::isfinite(c->value) && (!latest || latest->date <= c->date)) latest = c;
    return latest && latest->value > 0 ? latest->value : *goal.baseline;
}

}  // namespace

RealismHintIndex::RealismHintIndex(const Plan& plan) : plan_(plan) {
    for (const Objective& o : plan.objectives)
        if (o.due) objectiveDue_.emplace(o.id, *o.due);
    std::vector<const Goal*> costGoals, reviewGoals;
    const KpiLookup kpis(plan);
    for (const Goal& g : plan.goals) {
        const auto kpi = kpis.find(g.kpi);
        if (!kpi || !positive(g.baseline) || g.soft) continue;
        const std::string channel = normalised(g.channel);
        if (isAudienceKpi(*kpi)) audiences_.push_back({&g, channel, *g.baseline});
        else if (g.kpi == "reach") reaches_.push_back({&g, channel, *g.baseline});
        else if (g.kpi == "review_count") reviewGoals.push_back(&g);
        else if (kpi->family == KpiFamily::cost) costGoals.push_back(&g);
    }
    if (costGoals.empty() && reviewGoals.empty()) return;
    // What the plan measures: the cost today prices results, the reviews a month feed averages.
    std::unordered_map<std::string_view, std::vector<const Checkin*>> checkins;
    for (const Goal* g : costGoals) checkins[g->id];
    for (const Goal* g : reviewGoals) checkins[g->id];
    for (const Checkin& c : plan.checkins)
        if (auto it = checkins.find(c.goalId); it != checkins.end()) it->second.push_back(&c);
    for (const Goal* g : costGoals) costs_.push_back({g->kpi, {g, normalised(g->channel), measuredToday(*g, checkins[g->id])}});
    for (const Goal* g : reviewGoals) {
        ratings_.push_back({g, normalised(g->channel), *g->baseline});
        // New reviews a month as the plan measures them: the check-ins' pace, with the baseline
        // at the start as one more point; two check-ins at least.
        std::vector<const Checkin*> points = checkins[g->id];
        const Checkin atStart{g->id, g->start.value_or(Date{}), *g->baseline, std::nullopt, ""};
        if (points.size() >= 2 && g->start) points.push_back(&atStart);
        if (const auto pace = trendPerMonth(points, Measure::points); pace && *pace > 0) reviewPace_[g->id] = *pace;
    }
}

RealismHints RealismHintIndex::hintsFor(const Goal& goal) const {
    RealismHints hints;
    if (goal.objectiveId)
        if (const auto due = objectiveDue_.find(*goal.objectiveId); due != objectiveDue_.end()) hints.objectiveDue = due->second;
    const std::string channel = normalised(goal.channel);
    // The best source on the goal's channel by value (largest, or smallest when `largest` is
    // false), ties to the smaller id; never the goal itself.
    const auto best = [&](const std::vector<Source>& sources, bool largest) -> const Source* {
        const Source* chosen = nullptr;
        for (const Source& s : sources) {
            if (s.goal->id == goal.id || !sameChannel(channel, s.channel)) continue;
            const bool better = !chosen || (largest ? s.value > chosen->value : s.value < chosen->value) ||
                                (s.value == chosen->value && s.goal->id < chosen->goal->id);
            if (better) chosen = &s;
        }
        return chosen;
    };
    const auto kpi = findKpi(plan_, goal.kpi);
    if (!kpi) return hints;

    // Results come from followers and from the people a month's posts reach; reach and other
    // per-period counts come from followers alone.
    if (kpi->family == KpiFamily::conversions || kpi->family == KpiFamily::volume)
        if (const Source* audience = best(audiences_, true)) hints.audience = audience->value, hints.audienceGoal = audience->goal->id;
    // From nothing only: a metric with a number of its own grows from that number.
    const bool fromNothing = !(goal.baseline && *goal.baseline >= 1);
    if (fromNothing &&
        (kpi->family == KpiFamily::conversions || kpi->family == KpiFamily::volume || kpi->family == KpiFamily::audience)) {
        const Source* any = nullptr;
        for (const Source& s : audiences_)
            if (s.goal->id != goal.id &&
                (!any || s.value > any->value || (s.value == any->value && s.goal->id < any->goal->id)))
                any = &s;
        if (any) hints.anyAudience = any->value, hints.anyAudienceGoal = any->goal->id;
    }
    if (kpi->family == KpiFamily::conversions)
        if (const Source* reach = best(reaches_, true)) hints.reach = reach->value, hints.reachGoal = reach->goal->id;

    if (goal.kpi == "average_rating")
        if (const Source* reviews = best(ratings_, true)) {
            hints.ratingsCount = reviews->value, hints.ratingsGoal = reviews->goal->id;
            const Goal& r = *reviews->goal;
            // The pace the plan measures beats the pace it plans.
            if (const auto it = reviewPace_.find(r.id); it != reviewPace_.end()) hints.newRatingsPerMonth = it->second;
            else if (positive(r.target) && r.start && r.deadline && *r.target > *r.baseline)
                hints.newRatingsPerMonth = (*r.target - *r.baseline) / std::max(1.0, monthsBetween(*r.start, *r.deadline));
        }
    // The goal's own count of ratings is the best known; a review goal still tells the pace of new ones.
    if (positive(goal.ratingsCount)) hints.ratingsCount = goal.ratingsCount;

    if (const std::string_view costKpi = costKpiFor(goal.kpi); !costKpi.empty()) {
        std::vector<Source> priced;
        for (const auto& [id, source] : costs_)
            if (id == costKpi && sameSpend(channel, source.channel)) priced.push_back(source);
        // The highest cost today buys the fewest results: the tightest money evidence.
        if (const Source* cost = best(priced, true)) {
            // In the plan's own currency, the one its costs are written in.
            const double budget = paidPerMonth(goal, plan_.context);
            const Goal& c = *cost->goal;
            const double aimed = positive(c.target) ? std::min(*c.target, cost->value) : cost->value;
            if (budget > 0) {
                hints.paidResultsComfortable = budget / cost->value;
                hints.paidResultsAmbitious = budget / aimed;
                hints.costGoal = c.id, hints.budgetPerMonth = budget, hints.costToday = cost->value, hints.costAimed = aimed;
            }
        }
    }
    return hints;
}

std::vector<std::string> evidenceSources(const RealismHints& hints) {
    std::vector<std::string> ids;
    for (const std::string* id : {&hints.audienceGoal, &hints.reachGoal, &hints.anyAudienceGoal, &hints.ratingsGoal, &hints.costGoal})
        if (!id->empty()) ids.push_back(*id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

RealismHints realismHints(const Plan& plan, const Goal& goal) { return RealismHintIndex(plan).hintsFor(goal); }

}  // namespace waymark
