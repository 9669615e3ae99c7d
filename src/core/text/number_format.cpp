#include "core/text/number_format.h"

#include <cmath>
#include <cstdio>

namespace waymark {

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return {};
    if (value == 0) value = 0;  // folds -0 into 0
    // snprintf, not std::to_chars: Emscripten 3.1.6's libc++ has no floating-point to_chars.
    // Waymark never calls setlocale, so "%g" always writes '.' as the decimal point.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    return buf;
}

std::string formatPercent(double fraction) {
    const double percent = std::round(fraction * 100);
    if (!std::isfinite(percent)) return {};
    return formatNumber(percent) + "%";
}

}  // namespace waymark
