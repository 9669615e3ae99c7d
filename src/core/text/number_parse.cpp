#include "core/text/number_parse.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace waymark {

std::optional<double> parseNumber(std::string_view text, char decimal) {
    const char group = decimal == ',' ? '.' : ',';
    std::string clean;
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\'') clean += c;
    // The text for strtod: digits, a sign, and '.' where the user meant the decimal mark.
    std::string digits;
    bool decimalSeen = false;
    for (size_t i = 0; i < clean.size(); ++i) {
        const char c = clean[i];
        if (c != group && c != decimal) { digits += c; continue; }
        if (c == group && !decimalSeen) {
            size_t run = 0;
            while (i + 1 + run < clean.size() && std::isdigit(static_cast<unsigned char>(clean[i + 1 + run]))) ++run;
            if (run == 3) continue;  // "1,200,000" in English, "1.200.000" in German
        }
        if (decimalSeen) return std::nullopt;
        decimalSeen = true;
        digits += '.';
    }
    if (digits.empty() || digits == "-" || digits == "+") return std::nullopt;
    for (size_t i = 0; i < digits.size(); ++i) {
        const char c = digits[i];
        const bool sign = (c == '-' || c == '+') && i == 0;
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && !sign) return std::nullopt;
    }
    char* end = nullptr;
    const double value = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

}  // namespace waymark
