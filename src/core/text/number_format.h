#pragma once
// Numbers as text the same on every machine: "1234.5", never "1234,5", so exports and UI
// formulas do not depend on the user's locale (Waymark never calls setlocale).
#include <string>

namespace waymark {

// Up to 15 significant digits, '.' as decimal point, exponent for huge values ("1e+308"),
// "-0" written as "0"; an empty string for NaN and infinities.
std::string formatNumber(double value);

// A fraction as a whole percent: 1.25 -> "125%", -0.333 -> "-33%"; empty when not finite.
std::string formatPercent(double fraction);

}  // namespace waymark
