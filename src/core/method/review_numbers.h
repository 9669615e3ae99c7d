#pragma once
// Numbers as people read them in advice: rounded to what the decision needs and carrying their
// unit ("about 62 EUR", "4.8/5", "2.3%", "466000"), never "466411" or "61.8734". The text is
// canonical (no thousands separators, '.' decimal): it goes into "_number" arguments, which the
// user's language writes out ("466,000", "466.000").
#include <optional>
#include <string>

#include "core/method/catalog.h"

namespace waymark {

// A KPI value for a message: three significant digits from 1,000 on,
// whole numbers from 100 (or 10 for counts and money), one decimal below (two for money under
// 10); counts of people and things (not rhythms such as posts a week) are always whole: "1 lead",
// never "0.8 leads". Then the unit: "%", " EUR" (the plan's currency, none when unset), " min",
// " h", "/5" for ratings out of five. Without a KPI, only the rounding. "?" when not finite.
std::string formatAmount(double value, const std::optional<Kpi>& kpi, const std::string& currency);

enum class RoundDirection { nearest, down, up };
// The value rounded to the step formatAmount prints it with, so that what is printed is the
// value itself: down or up for a suggestion that must stay on the safe side of a line.
double roundForDisplay(double value, const std::optional<Kpi>& kpi, RoundDirection direction = RoundDirection::nearest);

}  // namespace waymark
