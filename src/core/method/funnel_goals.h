#pragma once
// Turns a worked funnel into social media goals linked to its objective, one per stage it could
// work out: the stage's KPI, today's value as the baseline (when the plan knows it), the funnel's
// need per month as the target, from today to the objective's due date (else the number's
// period). The caller adds them (through its undo history); the SMART review and its realism
// bands then judge each one. Texts: "funnel.goal.*" in assets/i18n/<lang>/funnel.json.
#include <vector>

#include "core/method/funnel.h"
#include "core/text/i18n.h"

namespace waymark {

// The new goals, top stage first, with ids unused in the plan. A stage that today's value
// already covers becomes a stay_above goal that holds the line; a stage without a need (a zero
// rate below it) gets no goal. Empty for a blocked funnel.
std::vector<Goal> funnelGoals(const Plan& plan, const Funnel& funnel, Date today, const Strings& strings);

}  // namespace waymark
