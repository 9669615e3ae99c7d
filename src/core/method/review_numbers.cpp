#include "core/method/review_numbers.h"

#include <cmath>
#include <cstdio>
#include <string>

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

// Counts of people and things are whole; a rhythm (posts a week) may be 2.5.
bool wholeCount(const std::optional<Kpi>& kpi) {
    return kpi && kpi->unit == KpiUnit::count && kpi->family != KpiFamily::cadence;
}

// The step a value is printed with, and its decimals; step 0 = printed as it is (huge values).
struct Step {
    double size;
    int decimals;
};
Step stepFor(double magnitude, const std::optional<Kpi>& kpi) {
    const KpiUnit unit = kpi ? kpi->unit : KpiUnit::count;
    const bool fine = unit == KpiUnit::percent || unit == KpiUnit::score || unit == KpiUnit::ratio;
    if (magnitude >= 1e15) return {0, 0};
    if (magnitude >= 1000) return {std::pow(10.0, std::floor(std::log10(magnitude)) - 2), 0};
    if (magnitude >= 100 || (magnitude >= 10 && !fine) || wholeCount(kpi)) return {1, 0};
    // Money under 10 keeps cents (0.45 EUR); everything else one decimal (4.8/5, 2.3%).
    if (unit == KpiUnit::currency && magnitude < 10) return {0.01, 2};
    return {0.1, 1};
}

}  // namespace

double roundForDisplay(double value, const std::optional<Kpi>& kpi, RoundDirection direction) {
    if (!std::isfinite(value)) return value;
    const Step step = stepFor(std::fabs(value), kpi);
    if (step.size == 0) return value;
    const double units = value / step.size;
    // A hair of tolerance: 4.5 / 0.1 is 44.99999999999999 in binary, and 45 steps down is 4.5.
    const double n = direction == RoundDirection::down ? std::floor(units + 1e-9)
                     : direction == RoundDirection::up ? std::ceil(units - 1e-9)
                                                       : std::round(units);
    const double rounded = std::stod(fixed(n * step.size, step.decimals));
    // Rounding across a power of ten changes the step (999.6 -> 1000): round again at the new one.
    const Step again = stepFor(std::fabs(rounded), kpi);
    if (again.size > step.size) return roundForDisplay(rounded, kpi, direction);
    return rounded;
}

std::string formatAmount(double value, const std::optional<Kpi>& kpi, const std::string& currency) {
    if (!std::isfinite(value)) return "?";
    const KpiUnit unit = kpi ? kpi->unit : KpiUnit::count;
    std::string text;
    const Step step = stepFor(std::fabs(value), kpi);
    if (step.size == 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3g", value);
        text = buf;
    } else {
        text = fixed(roundForDisplay(value, kpi), step.decimals);
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
