#include "core/method/workshop.h"

#include <algorithm>
#include <set>

namespace waymark {

namespace {

void add(std::vector<WorkshopGap>& gaps, const char* code, const std::string& name = {}) {
    gaps.push_back({code, name, std::nullopt});
}

void addErrors(std::vector<WorkshopGap>& gaps, const std::vector<Finding>& findings, const std::string& name) {
    for (const Finding& f : findings)
        if (f.severity == Severity::error) gaps.push_back({"finding", name, f});
}

}  // namespace

const char* name(WorkshopStep step) {
    switch (step) {
        case WorkshopStep::objectives: return "objectives";
        case WorkshopStep::goals: return "goals";
        case WorkshopStep::smart: return "smart";
        case WorkshopStep::kpis: return "kpis";
        case WorkshopStep::tactics: return "tactics";
        case WorkshopStep::prioritise: return "prioritise";
        case WorkshopStep::owners: return "owners";
        case WorkshopStep::review: return "review";
    }
    return "objectives";
}

int stepNumber(WorkshopStep step) {
    return static_cast<int>(std::find(kWorkshopSteps.begin(), kWorkshopSteps.end(), step) - kWorkshopSteps.begin()) + 1;
}

std::optional<WorkshopStep> stepAt(int number) {
    if (number < 1 || number > static_cast<int>(kWorkshopSteps.size())) return std::nullopt;
    return kWorkshopSteps[static_cast<size_t>(number - 1)];
}

std::vector<WorkshopGap> workshopGaps(const Plan& plan, WorkshopStep step, const std::string& focusGoalId,
                                      const std::vector<Finding>& planFindings, const GoalReviewLookup& reviewOf) {
    std::vector<WorkshopGap> gaps;
    switch (step) {
        case WorkshopStep::objectives:
            if (plan.objectives.empty()) add(gaps, "no_objective");
            for (const Objective& o : plan.objectives)
                if (o.title.empty()) add(gaps, "objective_untitled");
            break;
        case WorkshopStep::goals: {
            if (plan.goals.empty()) add(gaps, "no_goal");
            std::set<std::string> served;
            for (const Goal& g : plan.goals) {
                if (g.objectiveId) served.insert(*g.objectiveId);
                else add(gaps, "goal_without_objective", g.title);
                if (g.title.empty()) add(gaps, "goal_untitled");
            }
            for (const Objective& o : plan.objectives)
                if (!served.count(o.id)) add(gaps, "objective_without_goal", o.title);
            break;
        }
        case WorkshopStep::smart: {
            const Goal* g = plan.findGoal(focusGoalId);
            if (!g) {
                add(gaps, plan.goals.empty() ? "no_goal" : "no_focus_goal");
                break;
            }
            if (g->kpi.empty()) add(gaps, "goal_no_kpi", g->title);
            if (!g->baseline) add(gaps, "goal_no_baseline", g->title);
            if (!g->target) add(gaps, "goal_no_target", g->title);
            if (!g->deadline) add(gaps, "goal_no_deadline", g->title);
            if (const GoalReview* r = reviewOf(g->id)) addErrors(gaps, r->findings, g->title);
            break;
        }
        case WorkshopStep::kpis:
            if (plan.goals.empty()) add(gaps, "no_goal");
            for (const Goal& g : plan.goals) {
                if (g.kpi.empty()) add(gaps, "goal_no_kpi", g.title);
                if (g.dataSource.empty()) add(gaps, "goal_no_source", g.title);
                // A soft goal is not judged by a number soon: it needs no baseline yet.
                if (!g.soft && !g.baseline) add(gaps, "goal_no_baseline", g.title);
            }
            break;
        case WorkshopStep::tactics: {
            if (plan.goals.empty()) add(gaps, "no_goal");
            std::set<std::string> withTactics;
            for (const Tactic& t : plan.tactics) withTactics.insert(t.goalId);
            for (const Goal& g : plan.goals)
                if (!withTactics.count(g.id)) add(gaps, "goal_without_tactic", g.title);
            break;
        }
        case WorkshopStep::prioritise:
            if (plan.tactics.empty()) add(gaps, "no_tactic");
            for (const Tactic& t : plan.tactics)
                if (!t.value || !t.complexity) add(gaps, "tactic_unscored", t.title);
            break;
        case WorkshopStep::owners: {
            if (plan.tactics.empty()) add(gaps, "no_tactic");
            std::set<std::string> withTasks;
            for (const Task& t : plan.tasks) withTasks.insert(t.tacticId);
            for (const Tactic& t : plan.tactics)
                if (!withTasks.count(t.id)) add(gaps, "tactic_without_task", t.title);
            for (const Task& t : plan.tasks) {
                if (t.owners.empty()) add(gaps, "task_no_owner", t.title);
                if (!t.due) add(gaps, "task_no_due", t.title);
            }
            break;
        }
        case WorkshopStep::review:
            addErrors(gaps, planFindings, "");
            for (const Goal& g : plan.goals)
                if (const GoalReview* r = reviewOf(g.id)) addErrors(gaps, r->findings, g.title);
            break;
    }
    return gaps;
}

}  // namespace waymark
