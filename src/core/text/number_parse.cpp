#include "core/text/number_parse.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace waymark {

std::optional<double> parseNumber(std::string_view text) {
    std::string clean;
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\'') clean += c;
    // "1,200,000" and "1,200.5": commas that group three digits are separators.
    std::string digits;
    for (size_t i = 0; i < clean.size(); ++i) {
        if (clean[i] != ',') { digits += clean[i]; continue; }
        size_t run = 0;
        while (i + 1 + run < clean.size() && std::isdigit(static_cast<unsigned char>(clean[i + 1 + run]))) ++run;
        const bool grouping = run == 3 && digits.find('.') == std::string::npos;
        if (!grouping) {
            if (digits.find('.') != std::string::npos) return std::nullopt;
            digits += '.';
        }
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
