#pragma once
// A goal's chart with ImGui's draw list: the check-ins (points and line), the path from baseline
// to target, the projection to the deadline (dashed), target changes, the deadline, today, axes
// with round ticks and the unit, and the check-in nearest the mouse as a readout. Lines sit on
// whole device pixels and every size follows the font, so it is crisp at any devicePixelRatio.
#include <string>

#include "core/method/goal_chart.h"
#include "imgui.h"
#include "ui/view_context.h"

namespace waymark::ui {

// Draws the chart of `data` at the cursor, `size` pixels including its legend. The plot is the
// item "goal-chart". `unit` names what the values count ("Followers, count").
void drawGoalChart(const ViewContext& ctx, const GoalChartData& data, const std::string& unit, ImVec2 size);

// "12 Nov", "Dec" / "Jan 2027" (a month start; the year on January or when asked): a tick's label.
std::string shortDate(const Strings& tr, Date day, bool withYear = false);

}  // namespace waymark::ui
