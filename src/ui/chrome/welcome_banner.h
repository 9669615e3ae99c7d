#pragma once
// The first visit opens on an example plan: this banner says so and offers the ways on, a plan of
// one's own (empty, or from goal templates) or more time with the example.
#include <optional>

#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// True for a plan the app opened as an example (its id is an example's: "template-...").
bool isExamplePlan(const Plan& plan);

// Draws the banner across the current column; returns WelcomeChoice when one is chosen. Named
// items: "welcome-empty", "welcome-templates", "welcome-explore".
std::optional<Intent> drawWelcomeBanner(const ViewContext& ctx);

}  // namespace waymark::ui
