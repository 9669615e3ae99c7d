#include "core/method/funnel_goals.h"

#include <cmath>
#include <set>

#include "core/method/catalog.h"
#include "core/plan/plan_json.h"
#include "core/text/number_format.h"

namespace waymark {

namespace {

// "leads-for-segment", shortened to fit an id and numbered when taken.
std::string freeId(const std::string& stage, const std::string& objectiveId, std::set<std::string>& taken) {
    const std::string base = (stage + "-for-" + objectiveId).substr(0, kMaxIdLength - 4);
    std::string id = base;
    for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
    taken.insert(id);
    return id;
}

// When the goal is due: the objective's due date when still ahead, else one period from today.
Date deadlineFor(const Objective& objective, Date today) {
    if (objective.due && *objective.due > today) return *objective.due;
    switch (objective.number ? objective.number->per : NumberPeriod::month) {
        case NumberPeriod::quarter: return today.plusMonths(3);
        case NumberPeriod::year: return today.plusMonths(12);
        default: return today.plusMonths(1);
    }
}

// The stage's category, unless the KPI read for it belongs elsewhere (profile actions counted as
// enquiries): then the KPI's own category nearest the business number.
std::string categoryFor(const FunnelStage& stage) {
    const CatalogKpi* kpi = findCatalogKpi(stage.kpi);
    if (!kpi) return stageCategory(stage.id);
    for (const char* id : {stageCategory(stage.id), "sales", "leads", "traffic", "awareness"})
        if (inCategory(*kpi, id)) return id;
    return stageCategory(stage.id);
}

// The channel of the goals today's value comes from, when they share one: the goal then
// continues what is measured. Several channels or none: left for the team to choose.
std::string commonChannel(const Plan& plan, const FunnelStage& stage) {
    std::set<std::string> channels;
    for (const std::string& id : stage.currentGoals)
        if (const Goal* g = plan.findGoal(id)) channels.insert(g->channel);
    return channels.size() == 1 ? *channels.begin() : std::string();
}

}  // namespace

std::vector<Goal> funnelGoals(const Plan& plan, const Funnel& funnel, Date today, const Strings& strings) {
    std::vector<Goal> goals;
    const Objective* objective = plan.findObjective(funnel.objectiveId);
    if (!objective || funnel.blocked()) return goals;
    std::set<std::string> taken;
    for (const Goal& g : plan.goals) taken.insert(g.id);
    // A total won before its window closes (applications, enrolment) is worked for until then.
    const Date deadline = funnel.windowEnd.value_or(deadlineFor(*objective, today));
    for (size_t i = 0; i < funnel.stages.size(); ++i) {
        const FunnelStage& stage = funnel.stages[i];
        if (!stage.required) continue;
        Goal g;
        g.id = freeId(name(stage.id), objective->id, taken);
        g.objectiveId = objective->id;
        g.kpi = stage.kpi;
        g.category = categoryFor(stage);
        g.channel = commonChannel(plan, stage);
        g.baseline = stage.current;
        // Whole people and whole money: a need of 333.3 leads a month is 334.
        g.target = std::ceil(*stage.required - 1e-9);
        const bool covered = stage.current && *stage.current >= *g.target;
        g.targetType = covered ? TargetType::stay_above : TargetType::increase;
        g.start = today;
        g.deadline = deadline;
        g.scope = strings("funnel.goal.scope");
        if (const CatalogKpi* kpi = findCatalogKpi(g.kpi); kpi && !dataSources(*kpi).empty())
            g.dataSource = strings(std::string("source.") + name(dataSources(*kpi).front()) + ".name");
        if (i < funnel.rates.size())
            if (const char* rateKpiId = rateKpi(funnel.rates[i].id)) g.secondaryKpis.push_back(rateKpiId);
        const TextArgs args{{"stage", strings(std::string("funnel.stage.") + name(stage.id) + ".name")},
                            {"target_number", formatNumber(*g.target)},
                            {"amount_number", formatNumber(*g.target) + (plan.context.currency.empty() ? "" : " " + plan.context.currency)},
                            {"deadline_date", deadline.str()}};
        g.title = strings(covered ? std::string("funnel.goal.hold") : std::string("funnel.goal.") + name(stage.id), args);
        goals.push_back(std::move(g));
    }
    return goals;
}

}  // namespace waymark
