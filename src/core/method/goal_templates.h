#pragma once
// Goal templates: inspiration per category, never a target. A template names a category, a KPI
// and how the target is read; the baseline and target always come from the team's own numbers.
// Texts: "template.<id>.title" (the goal, phrased as what "we will" do) and "template.<id>.note"
// (how to pick a target) in assets/i18n/<lang>/catalog.json.
#include <span>
#include <string_view>
#include <vector>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

struct GoalTemplate {
    std::string_view id;
    std::string_view category;   // catalog category id
    std::string_view kpi;        // catalog KPI id
    TargetType targetType;
};

// Every template, grouped by category in category order.
std::span<const GoalTemplate> goalTemplates();
// The templates of one category, in table order; empty for an unknown category.
std::vector<const GoalTemplate*> templatesFor(std::string_view categoryId);
// A draft goal from a template: translated title, category, KPI and target type filled; id,
// objective, channel, baseline, target and dates left for the team to set.
Goal goalFromTemplate(const GoalTemplate& tmpl, const Strings& strings);

}  // namespace waymark
