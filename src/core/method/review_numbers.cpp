#include "core/method/review_numbers.h"

#include <cmath>
#include <cstdio>

namespace waymark {

namespace {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string out = buf;
    // "4.50" -> "4.5", "62.0" -> "62": trailing zeros say nothing.
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    return out == "-0" ? "0" : out;
}

}  // namespace

std::string formatAmount(double value, const std::optional<Kpi>& kpi, const std::string& currency) {
    if (!std::isfinite(value)) return "?";
    const double magnitude = std::fabs(value);
    const KpiUnit unit = kpi ? kpi->unit : KpiUnit::count;
    const bool fine = unit == KpiUnit::percent || unit == KpiUnit::score || unit == KpiUnit::ratio;
    std::string text;
    if (magnitude >= 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3g", value);
        text = buf;
    } else if (magnitude >= 1000) {
        const double step = std::pow(10.0, std::floor(std::log10(magnitude)) - 2);
        text = fixed(std::round(value / step) * step, 0);
    } else if (magnitude >= 100 || (magnitude >= 10 && !fine)) {
        text = fixed(std::round(value), 0);
    } else {
        // Money under 10 keeps cents (0.45 EUR); everything else one decimal (4.8/5, 2.3%).
        text = fixed(value, unit == KpiUnit::currency && magnitude < 10 ? 2 : 1);
    }
    if (!kpi) return text;
    switch (unit) {
        case KpiUnit::percent: return text + "%";
        case KpiUnit::currency: return currency.empty() ? text : text + " " + currency;
        case KpiUnit::minutes: return text + " min";
        case KpiUnit::hours: return text + " h";
        case KpiUnit::score: return kpi->ceiling == 5 ? text + "/5" : text;
        case KpiUnit::count:
        case KpiUnit::ratio: break;
    }
    return text;
}

}  // namespace waymark
