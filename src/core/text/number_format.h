#pragma once
// Numbers as text. Rules and files write them canonically ("1234.5", never "1234,5"; Waymark
// never calls setlocale), so plan files, exports and tests do not depend on the machine. What a
// user reads goes through localizeNumber once, with the separators of the user's language
// (Strings::number and the "_number" placeholder arguments do that).
#include <string>
#include <string_view>

namespace waymark {

// Up to 15 significant digits, '.' as decimal point, exponent for huge values ("1e+308"),
// "-0" written as "0"; an empty string for NaN and infinities.
std::string formatNumber(double value);

// A fraction as a whole percent: 1.25 -> "125%", -0.333 -> "-33%"; empty when not finite.
std::string formatPercent(double fraction);

// How a language writes numbers: English "1,234.5" and "12%", German "1.234,5" and "12 %".
struct NumberStyle {
    std::string decimal = ".";
    std::string group = ",";              // between groups of three digits
    std::string percent = "{number}%";    // where the number stands beside the percent sign
    int minGroupDigits = 4;               // integer parts this long or longer are grouped
};

// Canonical number text in a language's style: the leading number ("-1234.5") gets the style's
// separators and a percent sign right after it the style's pattern; whatever follows (a unit:
// " EUR", "/5", " min") is kept. Text that does not start with a number comes back unchanged.
std::string localizeNumber(std::string_view canonical, const NumberStyle& style);

}  // namespace waymark
