#include "core/plan/goal_input.h"

#include <cmath>

#include "core/text/number_parse.h"

namespace waymark {

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

Date endOfMonth(int year, int month) { return {year, month, daysInMonth(year, month)}; }
}  // namespace

TargetInput parseTargetInput(std::string_view text, std::optional<double> baseline, char decimal) {
    text = trim(text);
    TargetInput in;
    if (text.empty()) return in;
    const bool signedPercent = text.size() > 2 && (text.front() == '+' || text.front() == '-') && text.back() == '%';
    if (!signedPercent) {
        in.value = parseNumber(text, decimal);
        if (!in.value) in.error = "invalid_number";
        return in;
    }
    in.relative = true;
    const std::optional<double> percent = parseNumber(text.substr(0, text.size() - 1), decimal);
    if (!percent) {
        in.error = "invalid_number";
        return in;
    }
    if (!baseline || !std::isfinite(*baseline)) {
        in.error = "relative_needs_baseline";
        return in;
    }
    in.value = *baseline * (1 + *percent / 100);
    return in;
}

Date quickDate(QuickDate pick, Date today) {
    const int quarterEnd = ((today.month - 1) / 3 + 1) * 3;
    switch (pick) {
        case QuickDate::today: return today;
        case QuickDate::end_of_month: return endOfMonth(today.year, today.month);
        case QuickDate::end_of_quarter: return endOfMonth(today.year, quarterEnd);
        case QuickDate::end_of_next_quarter:
            return quarterEnd == 12 ? endOfMonth(today.year + 1, 3) : endOfMonth(today.year, quarterEnd + 3);
        case QuickDate::end_of_year: return {today.year, 12, 31};
    }
    return today;
}

}  // namespace waymark
