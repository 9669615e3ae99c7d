#include "core/text/number_format.h"

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
