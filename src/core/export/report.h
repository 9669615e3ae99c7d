#pragma once
// The whole plan as a Markdown report a team can show its boss or client: objectives, the goals
// under each (SMART fields, baseline, target, deadline, KPIs and data sources, status, the
// review's findings and realism), the prioritised tactics, who does what by when, and the record
// of check-ins. User text is escaped, so a title can never break a table or inject markup.
#include <string>
#include <string_view>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

// The report as of `today` (status, overdue tasks and review depend on it).
std::string exportReport(const Plan& plan, const Strings& strings, Date today);

// User text made inert for Markdown (and safe in a table cell): punctuation that could start
// markup is backslash-escaped, line breaks become spaces.
std::string markdownText(std::string_view text);

}  // namespace waymark
