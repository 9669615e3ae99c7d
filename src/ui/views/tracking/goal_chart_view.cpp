#include "ui/views/tracking/goal_chart_view.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/text/number_format.h"
#include "core/plan/date_text.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

namespace {

// A value as an axis label: 12500 -> "12.5k", 2000000 -> "2M" (in the language's words);
// smaller numbers as they are.
std::string axisNumber(double v, const Strings& tr) {
    const double a = std::abs(v);
    if (a >= 1e6) return tr("format.millions", {{"number_number", formatNumber(std::round(v / 1e5) / 10)}});
    if (a >= 1e4) return tr("format.thousands", {{"number_number", formatNumber(std::round(v / 1e2) / 10)}});
    return tr.number(v);
}

// The plot's mapping from dates and values to framebuffer pixels, and pixel snapping.
struct Frame {
    ImVec2 min, max;  // the plot area
    const GoalChartData* data;
    float px;         // one line's thickness in whole pixels (grows with the font scale)

    float x(Date d) const {
        const double span = static_cast<double>(daysBetween(data->first, data->last));
        return min.x + static_cast<float>(daysBetween(data->first, d) / span) * (max.x - min.x);
    }
    float y(double v) const {
        return max.y - static_cast<float>((v - data->low) / (data->high - data->low)) * (max.y - min.y);
    }
    // A line of `thickness` whole pixels is sharp when its centre sits on a pixel's centre (odd)
    // or on a pixel edge (even).
    static float snap(float v, float thickness) {
        return static_cast<int>(thickness) % 2 ? std::floor(v) + 0.5f : std::round(v);
    }
};

void dashedLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 color, float thickness, float dash, float gap) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length <= 0) return;
    for (float at = 0; at < length; at += dash + gap) {
        const float end = std::min(length, at + dash);
        draw->AddLine(ImVec2(a.x + dx * at / length, a.y + dy * at / length),
                      ImVec2(a.x + dx * end / length, a.y + dy * end / length), color, thickness);
    }
}

// A vertical marker (today, the deadline) with its label above the plot, left or right of the
// line, or a line lower when it would touch `avoid` (the other marker's label). Returns where
// the label went (an empty range when the day is outside the chart).
ImVec2 marker(ImDrawList* draw, const Frame& f, Date day, const char* label, const ImVec4& color, bool labelLeft,
              ImVec2 avoid = ImVec2(0, 0)) {
    if (day < f.data->first || day > f.data->last) return ImVec2(0, 0);
    const float x = Frame::snap(f.x(day), f.px);
    draw->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), packed(color), f.px);
    const ImVec2 size = ImGui::CalcTextSize(label);
    const float em = ImGui::GetFontSize();
    // Kept inside the plot's width: a label past the edge would be cut.
    const float left = std::clamp(labelLeft ? x - size.x - 0.3f * em : x + 0.3f * em, f.min.x, f.max.x - size.x);
    const bool clash = left < avoid.y + 0.3f * em && left + size.x + 0.3f * em > avoid.x;
    const float top = clash ? f.min.y + 0.15f * em : f.min.y - size.y - 0.15f * em;
    draw->AddText(ImVec2(std::round(left), std::round(top)), packed(color), label);
    return ImVec2(left, left + size.x);
}

void legendSwatch(ImDrawList* draw, const Theme& theme, int kind, float px) {
    const float em = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float midY = Frame::snap(at.y + ImGui::GetTextLineHeight() * 0.5f, 2 * px);
    const ImVec2 a(at.x, midY), b(at.x + 1.6f * em, midY);
    if (kind == 0) {
        draw->AddLine(a, b, packed(theme.text), 2 * px);
        draw->AddCircleFilled(ImVec2(at.x + 0.8f * em, midY), 0.24f * em, packed(theme.text));
    } else if (kind == 1) {
        draw->AddLine(a, b, packed(theme.goal), 2 * px);
    } else {
        dashedLine(draw, a, b, packed(theme.accent), 2 * px, 0.45f * em, 0.3f * em);
    }
    ImGui::Dummy(ImVec2(1.8f * em, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 0.3f * em);
}

}  // namespace

std::string shortDate(const Strings& tr, Date day, bool withYear) {
    if (day.day != 1) return shownDayMonth(tr, day);
    const std::string month = tr(std::string("format.month.") + std::to_string(day.month));
    return withYear || day.month == 1 ? month + " " + std::to_string(day.year) : month;
}

void drawGoalChart(const ViewContext& ctx, const GoalChartData& data, const std::string& unit, ImVec2 size) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float legendHeight = 2 * ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float chartHeight = std::max(8 * em, size.y - legendHeight);

    // Room for the value labels on the left, the unit and markers above, the dates below.
    const float plotHeightGuess = chartHeight - 4.5f * line;
    const std::vector<double> ticks = valueTicks(data.low, data.high, std::max(2, static_cast<int>(plotHeightGuess / (2.2f * em))));
    float labelWidth = 0;
    for (double t : ticks) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(axisNumber(t, tr).c_str()).x);
    Frame f{ImVec2(std::round(origin.x + labelWidth + 0.6f * em), std::round(origin.y + 2.9f * line)),
            ImVec2(std::round(origin.x + size.x - 1.2f * em), std::round(origin.y + chartHeight - 1.6f * line)), &data,
            std::max(1.0f, std::floor(em / 16))};
    if (f.max.x - f.min.x < 4 * em || f.max.y - f.min.y < 3 * em) {
        ImGui::Dummy(size);
        return;
    }

    ImGui::SetCursorScreenPos(f.min);
    ImGui::InvisibleButton("goal-chart", ImVec2(f.max.x - f.min.x, f.max.y - f.min.y));
    ctx.locator.noteLastItem("goal-chart");
    const bool hovered = ImGui::IsItemHovered();

    draw->AddRectFilled(f.min, f.max, packed(theme.surface));
    draw->AddText(ImVec2(origin.x, origin.y), packed(theme.textMuted), unit.c_str());

    // Grid and value labels.
    for (double t : ticks) {
        const float y = Frame::snap(f.y(t), f.px);
        draw->AddLine(ImVec2(f.min.x, y), ImVec2(f.max.x, y), packed(theme.surfaceBorder), f.px);
        const std::string label = axisNumber(t, tr);
        const ImVec2 s = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(f.min.x - s.x - 0.4f * em, std::round(y - s.y * 0.5f)), packed(theme.textMuted), label.c_str());
    }
    // Dates along the bottom.
    const std::vector<Date> dates = dateTicks(data.first, data.last, std::max(2, static_cast<int>((f.max.x - f.min.x) / (6 * em))));
    for (size_t i = 0; i < dates.size(); ++i) {
        const float x = Frame::snap(f.x(dates[i]), f.px);
        draw->AddLine(ImVec2(x, f.max.y), ImVec2(x, f.max.y + 0.3f * em), packed(theme.textMuted), f.px);
        const std::string label = shortDate(tr, dates[i], i == 0);
        const ImVec2 s = ImGui::CalcTextSize(label.c_str());
        const float left = std::clamp(x - s.x * 0.5f, origin.x, origin.x + size.x - s.x);
        draw->AddText(ImVec2(std::round(left), f.max.y + 0.4f * em), packed(theme.textMuted), label.c_str());
    }
    draw->AddLine(ImVec2(f.min.x, Frame::snap(f.max.y, f.px)), ImVec2(f.max.x, Frame::snap(f.max.y, f.px)),
                  packed(theme.textMuted), f.px);

    draw->PushClipRect(ImVec2(f.min.x - em, f.min.y - 2.9f * line), ImVec2(f.max.x + em, f.max.y), true);
    // The target, or for stay goals the line to hold, across the plot.
    const std::optional<double> target = data.line ? data.line : (data.path.empty() ? std::nullopt
                                                                                      : std::optional<double>(data.path.back().value));
    // Where the target line runs, worked out once (the projection's label keeps clear of it).
    const float targetY = target ? f.y(*target) : 0.0f;
    if (target) {
        const float y = Frame::snap(targetY, f.px);
        dashedLine(draw, ImVec2(f.min.x, y), ImVec2(f.max.x, y), packed(faded(theme.goal, 0.6f)), f.px, 0.3f * em, 0.3f * em);
        const std::string label = tr(data.line ? "tracking_view.chart_line" : "tracking_view.chart_target",
                                     {{"value_number", formatNumber(*target)}});
        const ImVec2 s = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(std::round(f.min.x + 0.4f * em), std::round(y - s.y - 0.1f * em)), packed(theme.goal), label.c_str());
    }
    // The path from baseline to target.
    if (data.path.size() >= 2) {
        std::vector<ImVec2> points;
        for (const ChartPoint& p : data.path) points.emplace_back(f.x(p.date), f.y(p.value));
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), packed(theme.goal), ImDrawFlags_None, 2 * f.px);
    }
    // Target changes: a diamond at the new target, with from -> to.
    for (const TargetChange& t : data.targetChanges) {
        const ImVec2 c(f.x(t.date), f.y(t.to));
        const float r = 0.35f * em;
        draw->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y),
                            packed(theme.warning));
        const std::string label = tr("tracking_view.chart_target_change", {{"from_number", formatNumber(t.from)}, {"to_number", formatNumber(t.to)}});
        draw->AddText(ImVec2(std::round(c.x + 0.5f * em), std::round(c.y - line - 0.2f * em)), packed(theme.warning), label.c_str());
    }
    const ImVec2 deadline =
        data.deadline ? marker(draw, f, *data.deadline, tr.raw("tracking_view.chart_deadline"), theme.text, true) : ImVec2(0, 0);
    marker(draw, f, data.today, tr.raw("tracking_view.chart_today"), theme.accent, false, deadline);
    // The projection: dashed from the latest check-in to the forecast at the deadline.
    if (data.forecast && data.projectionFrom) {
        const ImVec2 a(f.x(data.projectionFrom->date), f.y(data.projectionFrom->value));
        const ImVec2 b(f.x(data.forecast->at), f.y(data.forecast->value));
        dashedLine(draw, a, b, packed(theme.accent), 2 * f.px, 0.6f * em, 0.35f * em);
        draw->AddCircle(b, 0.3f * em, packed(theme.accent), 0, 2 * f.px);
        const std::string label = tr("tracking_view.chart_projection", {{"value_number", formatNumber(std::round(data.forecast->value * 10) / 10)}});
        const ImVec2 s = ImGui::CalcTextSize(label.c_str());
        // Beside the dashed line's end, on the side away from the target line, and clear of the
        // dashed line itself over the label's whole width.
        const float lx = std::max(f.min.x, b.x - s.x - 0.5f * em);
        auto lineY = [&](float x) { return b.x == a.x ? b.y : a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x); };
        const bool below = target ? b.y >= targetY : b.y < f.min.y + 1.5f * line;
        const float ly = below ? std::max(lineY(lx), lineY(lx + s.x)) + 0.3f * em
                               : std::min(lineY(lx), lineY(lx + s.x)) - s.y - 0.3f * em;
        draw->AddText(ImVec2(std::round(lx), std::round(std::clamp(ly, f.min.y, f.max.y - s.y))), packed(theme.accent),
                      label.c_str());
    }
    // The check-ins: a line through them and a point on each (hollow when dated after today).
    if (data.actual.size() >= 2) {
        std::vector<ImVec2> points;
        for (const ChartPoint& p : data.actual) points.emplace_back(f.x(p.date), f.y(p.value));
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), packed(theme.text), ImDrawFlags_None, 2 * f.px);
    }
    for (const ChartPoint& p : data.actual) {
        const ImVec2 c(f.x(p.date), f.y(p.value));
        if (p.date <= data.today) draw->AddCircleFilled(c, 0.26f * em, packed(theme.text));
        else draw->AddCircle(c, 0.26f * em, packed(theme.text), 0, 2 * f.px);
    }
    draw->PopClipRect();

    // The check-in nearest the mouse: a ring, a guide and its date and value.
    if (hovered && !data.actual.empty()) {
        const float mx = ImGui::GetIO().MousePos.x;
        const ChartPoint* nearest = &data.actual.front();
        for (const ChartPoint& p : data.actual)
            if (std::abs(f.x(p.date) - mx) < std::abs(f.x(nearest->date) - mx)) nearest = &p;
        const ImVec2 c(f.x(nearest->date), f.y(nearest->value));
        const float x = Frame::snap(c.x, f.px);
        draw->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), packed(faded(theme.text, 0.35f)), f.px);
        draw->AddCircle(c, 0.5f * em, packed(theme.accent), 0, 2 * f.px);
        ImGui::SetTooltip("%s", tr("tracking_view.chart_readout", {{"date_date", nearest->date.str()},
                                                                  {"value_number", formatNumber(nearest->value)}, {"unit", unit}})
                                    .c_str());
    }

    // The legend, in words: what each line is.
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + chartHeight));
    ImGui::PushTextWrapPos(origin.x + size.x - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    legendSwatch(draw, theme, 0, f.px);
    ImGui::TextUnformatted(tr.raw("tracking_view.legend_checkins"));
    ImGui::SameLine(0, em);
    legendSwatch(draw, theme, 1, f.px);
    ImGui::TextUnformatted(tr.raw(data.shape == PathShape::linear ? "tracking_view.legend_path_linear"
                                                                  : "tracking_view.legend_path_compounded"));
    if (data.forecast) {
        const std::string text = tr("tracking_view.legend_projection", {{"points_number", std::to_string(data.forecast->points)}});
        // On this line only when it fits whole; a legend entry broken over lines reads badly.
        ImGui::SameLine(0, em);
        if (ImGui::GetContentRegionAvail().x < 2.1f * em + ImGui::CalcTextSize(text.c_str()).x) ImGui::NewLine();
        legendSwatch(draw, theme, 2, f.px);
        ImGui::TextUnformatted(text.c_str());
    } else if (data.deadline) {
        // Why the dashed line is missing, so nobody looks for it.
        const char* text = tr.raw("tracking_view.legend_no_projection");
        ImGui::SameLine(0, em);
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text).x) ImGui::NewLine();
        ImGui::TextDisabled("%s", text);
    }
    ImGui::PopTextWrapPos();
}

}  // namespace waymark::ui
