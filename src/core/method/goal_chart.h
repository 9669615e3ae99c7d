#pragma once
// The numbers a goal's chart draws, worked out once per plan revision from tracking.h (never
// re-derived here): the check-ins, the path from baseline to target, the projection to the
// deadline, target changes, the time span and value range, and axis ticks a person can read.
#include <optional>
#include <vector>

#include "core/method/tracking.h"
#include "core/plan/plan.h"

namespace waymark {

struct ChartPoint {
    Date date;
    double value = 0;
    friend bool operator==(const ChartPoint&, const ChartPoint&) = default;
};

// Points the compounded path is sampled at between its start and the deadline (a curve).
inline constexpr int kCompoundedPathSamples = 32;

struct GoalChartData {
    std::vector<ChartPoint> actual;           // check-ins, oldest first (later-dated ones too)
    PathShape shape = PathShape::linear;      // what `path` is
    std::vector<ChartPoint> path;             // expectedValue from the path's start to the deadline; empty = none
    std::optional<ChartPoint> projectionFrom; // the latest check-in on or before today
    std::optional<Forecast> forecast;         // forecastAtDeadline: drawn from projectionFrom, dashed
    std::optional<double> line;               // stay goals: the line to hold (their target)
    std::vector<TargetChange> targetChanges;  // the goal's targetHistory
    std::optional<Date> deadline;
    Date today;
    Date first, last;                         // the time span shown (first < last)
    double low = 0, high = 1;                 // the value range shown (low < high)
    bool compoundedPossible = false;          // a positive baseline and target allow a compounded path
};

// The chart of `goal` on `today` with the path drawn as `shape` (linear when compounded is not
// possible). The span covers the path, the check-ins, today and the deadline; the range covers
// every value drawn, padded so no point sits on the frame.
GoalChartData goalChartData(const Plan& plan, const Goal& goal, Date today, PathShape shape);

// Round tick values ("nice" steps of 1, 2 or 5 times a power of ten) inside [low, high], at most
// maxTicks of them (at least 2 when the range allows); empty when the range is empty or not finite.
std::vector<double> valueTicks(double low, double high, int maxTicks);

// Tick dates inside [first, last]: every day, every Monday, the first of every 1, 2, 3 or 6 months,
// or every 1st of January of every Nth year, whichever is the finest with at most maxTicks ticks.
std::vector<Date> dateTicks(Date first, Date last, int maxTicks);

}  // namespace waymark
