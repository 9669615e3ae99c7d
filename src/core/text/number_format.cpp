#include "core/text/number_format.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace waymark {

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return {};
    if (value == 0) value = 0;  // folds -0 into 0
    // snprintf, not std::to_chars: Emscripten 3.1.6's libc++ has no floating-point to_chars.
    // Waymark never calls setlocale, so "%g" always writes '.' as the decimal point.
    // 15 significant digits hide binary noise (0.1 + 0.2 shows as 0.3); near the largest double
    // they round up past it and would read back as infinity, so those get all 17.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    if (!std::isfinite(std::strtod(buf, nullptr))) std::snprintf(buf, sizeof buf, "%.17g", value);
    return buf;
}

std::string formatPercent(double fraction) {
    const double percent = std::round(fraction * 100);
    if (!std::isfinite(percent)) return {};
    return formatNumber(percent) + "%";
}

}  // namespace waymark

namespace waymark {

std::string localizeNumber(std::string_view canonical, const NumberStyle& style) {
    size_t i = 0;
    std::string sign;
    if (i < canonical.size() && (canonical[i] == '-' || canonical[i] == '+')) sign = canonical[i++];
    const size_t intStart = i;
    while (i < canonical.size() && std::isdigit(static_cast<unsigned char>(canonical[i]))) ++i;
    const std::string_view integer = canonical.substr(intStart, i - intStart);
    if (integer.empty()) return std::string(canonical);
    std::string_view fraction;
    if (i + 1 < canonical.size() && canonical[i] == '.' && std::isdigit(static_cast<unsigned char>(canonical[i + 1]))) {
        const size_t fracStart = ++i;
        while (i < canonical.size() && std::isdigit(static_cast<unsigned char>(canonical[i]))) ++i;
        fraction = canonical.substr(fracStart, i - fracStart);
    }
    // An exponent ("1e+308") is left as written: grouping its mantissa would mislead.
    if (i < canonical.size() && (canonical[i] == 'e' || canonical[i] == 'E')) return std::string(canonical);

    std::string number = sign;
    const bool grouped = static_cast<int>(integer.size()) >= style.minGroupDigits;
    for (size_t d = 0; d < integer.size(); ++d) {
        if (grouped && d > 0 && (integer.size() - d) % 3 == 0) number += style.group;
        number += integer[d];
    }
    if (!fraction.empty()) number += style.decimal + std::string(fraction);

    std::string_view rest = canonical.substr(i);
    if (!rest.empty() && rest.front() == '%') {
        rest.remove_prefix(1);
        const size_t at = style.percent.find("{number}");
        std::string percent = style.percent;
        if (at != std::string::npos) percent.replace(at, 8, number);
        return percent + std::string(rest);
    }
    return number + std::string(rest);
}

}  // namespace waymark
