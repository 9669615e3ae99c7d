// A new plan from what the user chose in the "new plan" dialog or the first visit's welcome.
#include "app/app.h"
#include "core/method/goal_templates.h"
#include "core/plan/example_plans.h"

namespace waymark {

Plan App::newPlan(const ui::CreatePlan& choice) const {
    Plan plan;
    if (choice.start == ui::CreatePlan::Start::example)
        plan = loadTemplate(choice.exampleId, tr_.language()).value_or(Plan{});
    if (plan.name.empty()) plan.name = tr_("new_plan.untitled");
    if (choice.start == ui::CreatePlan::Start::templates) {
        Objective objective{"o1", tr_("new_plan.objective"), ObjectiveKind::business, std::nullopt, std::nullopt};
        plan.objectives.push_back(objective);
        for (const ui::CreatePlan::TemplateGoal& chosen : choice.goals)
            for (const GoalTemplate& t : goalTemplates()) {
                if (t.id != chosen.templateId) continue;
                Goal goal = goalFromTemplate(t, tr_);
                goal.id = "g" + std::to_string(plan.goals.size() + 1);
                goal.objectiveId = objective.id;
                goal.baseline = tr_.parseNumber(chosen.baseline);  // the team's own number, or none
                plan.goals.push_back(goal);
            }
    }
    plan.id = newPlanId();
    plan.created = plan.updated = today_;
    return plan;
}

}  // namespace waymark
