#include "core/method/goal_chart.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
// Space above and below the values drawn, as a share of their range.
constexpr double kRangePadding = 0.08;

bool isStayType(TargetType t) { return t == TargetType::stay_above || t == TargetType::stay_below; }

// Appends the ticks of one candidate rhythm while they stay within maxTicks; false when more would be needed.
template <class Next>
bool collect(Date from, Date last, int maxTicks, Next next, std::vector<Date>& out) {
    out.clear();
    for (Date d = from; d <= last; d = next(d)) {
        if (static_cast<int>(out.size()) == maxTicks) return false;
        out.push_back(d);
    }
    return true;
}
}  // namespace

GoalChartData goalChartData(const Plan& plan, const Goal& goal, Date today, PathShape shape) {
    GoalChartData data;
    data.today = today;
    data.deadline = goal.deadline;
    data.targetChanges = goal.targetHistory;
    for (const Checkin& c : checkinsOf(plan, goal.id)) {
        data.actual.push_back({c.date, c.value});
        if (c.date <= today) data.projectionFrom = data.actual.back();
    }
    data.forecast = forecastAtDeadline(plan, goal, today);
    const TargetType type = effectiveTargetType(plan, goal);
    if (isStayType(type)) data.line = goal.target;
    data.compoundedPossible = goal.baseline && goal.target && *goal.baseline > 0 && *goal.target > 0 &&
                              goal.measuredAs != MeasuredAs::vs_same_period;
    data.shape = shape == PathShape::compounded && data.compoundedPossible ? PathShape::compounded : PathShape::linear;
    const std::optional<Date> start = pathStart(plan, goal);
    if (start && goal.deadline && *start < *goal.deadline) {
        const long span = daysBetween(*start, *goal.deadline);
        const int samples = data.shape == PathShape::linear ? 1 : kCompoundedPathSamples;
        for (int i = 0; i <= samples; ++i) {
            const Date day = start->plusDays(span * i / samples);
            if (const auto v = expectedValue(plan, goal, day, data.shape)) data.path.push_back({day, *v});
        }
        if (data.path.size() < 2) data.path.clear();
    }

    // The span: everything drawn in time.
    data.first = data.last = today;
    auto coverDate = [&](Date d) {
        data.first = std::min(data.first, d);
        data.last = std::max(data.last, d);
    };
    if (start) coverDate(*start);
    if (goal.deadline) coverDate(*goal.deadline);
    for (const ChartPoint& p : data.actual) coverDate(p.date);
    for (const TargetChange& t : data.targetChanges) coverDate(t.date);
    if (data.first == data.last) data.last = data.first.plusDays(1);

    // The range: every value drawn.
    double low = INFINITY, high = -INFINITY;
    auto cover = [&](std::optional<double> v) {
        if (!v || !std::isfinite(*v)) return;
        low = std::min(low, *v);
        high = std::max(high, *v);
    };
    for (const ChartPoint& p : data.actual) cover(p.value);
    for (const ChartPoint& p : data.path) cover(p.value);
    if (data.forecast) cover(data.forecast->value);
    cover(data.line);
    cover(goal.measuredAs == MeasuredAs::vs_same_period ? std::optional<double>(0) : goal.baseline);
    cover(goal.target);
    for (const TargetChange& t : data.targetChanges) {
        cover(t.from);
        cover(t.to);
    }
    if (!(low <= high)) low = 0, high = 1;
    if (low == high) {
        const double half = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= half, high += half;
    }
    const double pad = (high - low) * kRangePadding;
    // A count never goes below zero: the axis starts at 0 rather than at a negative padding.
    data.low = low >= 0 && low - pad < 0 ? 0 : low - pad;
    data.high = high + pad;
    return data;
}

std::vector<double> valueTicks(double low, double high, int maxTicks) {
    std::vector<double> ticks;
    if (!std::isfinite(low) || !std::isfinite(high) || !(low < high) || maxTicks < 2) return ticks;
    const double range = high - low;
    double magnitude = std::pow(10.0, std::floor(std::log10(range / maxTicks)));
    for (int guard = 0; guard < 64; ++guard, magnitude *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            const double step = m * magnitude;
            const double from = std::ceil(low / step), to = std::floor(high / step);
            if (to - from + 1 > maxTicks) continue;
            for (double k = from; k <= to; ++k) ticks.push_back(k * step == 0 ? 0.0 : k * step);
            return ticks;
        }
    }
    return ticks;
}

std::vector<Date> dateTicks(Date first, Date last, int maxTicks) {
    std::vector<Date> out;
    if (last < first || maxTicks < 1) return out;
    if (collect(first, last, maxTicks, [](Date d) { return d.plusDays(1); }, out)) return out;
    const Date monday = weekStart(first) < first ? weekStart(first).plusDays(7) : first;
    if (collect(monday, last, maxTicks, [](Date d) { return d.plusDays(7); }, out)) return out;
    for (int months : {1, 2, 3, 6}) {
        // The first month start on or after `first` that the rhythm keeps (Jan, Apr, Jul, Oct for 3).
        Date d{first.year, first.month, 1};
        if (d < first) d = d.plusMonths(1);
        while ((d.month - 1) % months != 0) d = d.plusMonths(1);
        if (collect(d, last, maxTicks, [months](Date x) { return x.plusMonths(months); }, out)) return out;
    }
    for (int years : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        int year = first.month == 1 && first.day == 1 ? first.year : first.year + 1;
        year += (years - year % years) % years;
        if (collect(Date{year, 1, 1}, last, maxTicks, [years](Date x) { return Date{x.year + years, 1, 1}; }, out))
            return out;
    }
    out.clear();
    return out;
}

}  // namespace waymark
