#pragma once
// The workshop summary (workshop_summary.h) written out: as Markdown, and as a printable HTML
// page laid out for both A4 and Letter (the margins and content width fit the narrower A4 width
// and the shorter Letter height; a goal is not split across pages where avoidable). The page has
// no script and only an inline style sheet, so it prints under the site's CSP. User text is
// escaped in both.
#include <string>

#include "core/export/workshop_summary.h"

namespace waymark {

std::string summaryMarkdown(const WorkshopSummary& summary, const Strings& strings);
std::string summaryHtml(const WorkshopSummary& summary, const Strings& strings);

// Text made inert for HTML: & < > " ' as entities, control characters dropped.
std::string htmlText(const std::string& text);

}  // namespace waymark
