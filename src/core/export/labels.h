#pragma once
// How plan values read as text in the exports (CSV, calendar, report), in the user's language.
#include <string>
#include <vector>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

// A KPI's display name: the custom KPI's own name, the catalog's translated name, else its id.
std::string kpiLabel(const Plan& plan, const std::string& kpiId, const Strings& strings);

// A channel's display name: the catalog's translated name, else the user's own as typed.
std::string channelLabel(const std::string& channelId, const Strings& strings);

// "every 2 weeks until 2027-06-30", "monthly on day 30"; empty for a one-off task.
std::string describeRepeat(const Task& task, const Strings& strings);

// Names joined with ", " ("Brian, Hailley").
std::string joinNames(const std::vector<std::string>& names);

// The translated "yes" or "no".
std::string yesNo(bool value, const Strings& strings);

}  // namespace waymark
