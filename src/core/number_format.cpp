#include "core/number_format.h"

#include <charconv>
#include <cmath>

namespace waymark {

std::string formatNumber(double value) {
    if (!std::isfinite(value)) return {};
    if (value == 0) value = 0;  // folds -0 into 0
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 15).ptr;
    return std::string(buf, end);
}

std::string formatPercent(double fraction) {
    const double percent = std::round(fraction * 100);
    if (!std::isfinite(percent)) return {};
    return formatNumber(percent) + "%";
}

}  // namespace waymark
