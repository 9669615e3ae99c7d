#pragma once
// `waymark review`: the plan's review, goal by goal, as JSON for scripts and CI checks.
#include <string>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

// {"plan", "today", "goals": [{"id", "title", "status", "progress", ..., "findings", "realism"}],
// "overdueTasks": [...]}, 2-space indented, keys in a fixed order; numbers that are not set or not
// finite are null.
std::string reviewJson(const Plan& plan, const Strings& strings, Date today);

}  // namespace waymark
