#pragma once
// The `waymark funnel` output: a worked funnel as JSON (numbers, sources, sentences, the goals
// it would create) or as a readable Markdown table.
#include <string>

#include "core/method/funnel.h"
#include "core/text/i18n.h"

namespace waymark {

std::string funnelJson(const Plan& plan, const Funnel& funnel, const Strings& strings, Date today);
std::string funnelMarkdown(const Plan& plan, const Funnel& funnel, const Strings& strings);

}  // namespace waymark
