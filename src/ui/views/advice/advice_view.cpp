#include "ui/views/advice/advice_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "core/method/finding_fields.h"
#include "core/text/number_format.h"
#include "imgui.h"
#include "ui/kit/status_colors.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
constexpr float kAmbitiousAt = 2.0f / 3.0f;


// Canonical number text for "_number" arguments: a rate per month to one decimal.
std::string percentText(double value, bool points) {
    return formatNumber(std::round(value * 10) / 10) + (points ? "" : "%");
}

// A target to offer as a fix: whole numbers from 100 up, one decimal below.
double friendly(double v) { return std::fabs(v) >= 100 ? std::round(v) : std::round(v * 10) / 10; }
std::string friendlyText(double v) { return formatNumber(friendly(v)); }

// The gauge is drawn in the goal's own numbers: how far the target is from the baseline against
// how far the comfortable and ambitious targets are, so floors and every adjustment agree with
// the verdict.
void drawGauge(const ViewContext& ctx, double baseline, double target, double comfortable, double ambitious) {
    const float em = ImGui::GetFontSize();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x, height = 0.7f * em;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const double reach = std::fabs(ambitious - baseline);
    const float comfortableX = pos.x + width * gaugePosition(std::fabs(comfortable - baseline), reach);
    const float ambitiousX = pos.x + width * gaugePosition(reach, reach);
    const float bottom = pos.y + height;
    draw->AddRectFilled(pos, ImVec2(comfortableX, bottom), packed(ctx.theme.onTrack), height / 2, ImDrawFlags_RoundCornersLeft);
    draw->AddRectFilled(ImVec2(comfortableX, pos.y), ImVec2(ambitiousX, bottom), packed(ctx.theme.atRisk));
    draw->AddRectFilled(ImVec2(ambitiousX, pos.y), ImVec2(pos.x + width, bottom), packed(ctx.theme.offTrack), height / 2,
                        ImDrawFlags_RoundCornersRight);
    const float x = pos.x + width * gaugePosition(std::fabs(target - baseline), reach);
    draw->AddTriangleFilled(ImVec2(x - 0.45f * em, pos.y - 0.5f * em), ImVec2(x + 0.45f * em, pos.y - 0.5f * em),
                            ImVec2(x, pos.y + 0.1f * em), packed(ctx.theme.text));
    draw->AddLine(ImVec2(x, pos.y), ImVec2(x, bottom + 0.3f * em), packed(ctx.theme.text), std::max(2.0f, em / 8));
    ImGui::Dummy(ImVec2(width, height + 0.4f * em));
}

void drawRealism(const ViewContext& ctx, const Goal* goal, const RealismResult& r) {
    const Strings& tr = ctx.tr;
    ImGui::TextUnformatted(tr.raw("advice.realism"));
    ImGui::SameLine();
    chip(tr.raw(std::string("realism.verdict.") + name(r.verdict)),
         r.verdict == Verdict::unknown ? ctx.theme.textMuted : verdictColor(r.verdict, ctx.theme));
    if (r.verdict == Verdict::unknown) {
        if (!r.reason.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
            ImGui::TextWrapped("%s", tr(std::string("realism.reason.") + r.reason).c_str());
            ImGui::PopStyleColor();
        }
        return;
    }
    ImGui::Dummy(ImVec2(0, 0.3f * ImGui::GetFontSize()));
    const bool targets = goal && goal->baseline && goal->target && r.comfortableTarget && r.ambitiousTarget;
    if (targets) drawGauge(ctx, *goal->baseline, *goal->target, *r.comfortableTarget, *r.ambitiousTarget);
    const bool points = r.measure == Measure::points;
    const std::string measure = tr(std::string("realism.measure.") + name(r.measure));
    if (r.requiredPerMonth)
        ImGui::TextWrapped("%s", tr("advice.needed", {{"value_number", percentText(*r.requiredPerMonth, points)}, {"measure", measure}}).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    if (targets) {
        // A reduction's lines lie below the baseline: "down to", never "up to".
        const bool down = *r.comfortableTarget < *goal->baseline;
        ImGui::TextWrapped("%s", tr(down ? "advice.limits_targets_down" : "advice.limits_targets",
                                    {{"comfortable_number", friendlyText(*r.comfortableTarget)},
                                     {"ambitious_number", friendlyText(*r.ambitiousTarget)}})
                                     .c_str());
    }
    ImGui::TextWrapped("%s", tr("advice.limits", {{"comfortable_number", percentText(r.comfortableLimit, points)},
                                                  {"ambitious_number", percentText(r.ambitiousLimit, points)}})
                                 .c_str());
    if (r.trendPerMonth)
        ImGui::TextWrapped("%s", tr("advice.trend", {{"value_number", percentText(*r.trendPerMonth, points)}, {"measure", measure}}).c_str());
    if (!r.factors.empty()) {
        ImGui::TextWrapped("%s", tr.raw("advice.factors"));
        for (const std::string& factor : r.factors) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", tr(std::string("realism.factor.") + factor).c_str());
        }
    }
    ImGui::PopStyleColor();
}
}  // namespace

float gaugePosition(double change, double ambitiousChange) {
    if (!std::isfinite(change) || !(ambitiousChange > 0)) return change > 0 ? 1.0f : 0.0f;
    const double at = change / ambitiousChange * kAmbitiousAt;
    return static_cast<float>(std::clamp(at, 0.0, 1.0));
}

std::optional<AdviceFix> drawAdvice(const ViewContext& ctx, const Goal* goal, const GoalReview& review) {
    std::optional<AdviceFix> fix;
    const Strings& tr = ctx.tr;
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextUnformatted(tr.raw("advice.relevance"));
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", sentenceText(review.relevance, tr).c_str());
    ImGui::Spacing();
    drawRealism(ctx, goal, review.realism);
    ImGui::Spacing();
    if (review.findings.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.onTrack);
        ImGui::TextWrapped("%s", tr.raw("advice.none"));
        ImGui::PopStyleColor();
        return fix;
    }
    // A goal still being filled in lacks several fields: that is a to-do, not a wall of errors.
    // The next field to fill comes first, with a way there; the others are named after it.
    std::vector<const Finding*> missing;
    for (const Finding& f : review.findings)
        if (f.code.rfind("missing_", 0) == 0 && !findingField(f).empty()) missing.push_back(&f);
    const bool fillingIn = missing.size() >= 2;
    if (fillingIn) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.accent);
        ImGui::SeparatorText(tr.raw("advice.fill_next"));
        ImGui::PopStyleColor();
        const Finding& next = *missing.front();
        const std::string field = findingField(next);
        ImGui::TextWrapped("%s", findingMessage(next, tr).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", findingSuggestion(next, tr).c_str());
        ImGui::PopStyleColor();
        ImGui::PushID(next.code.c_str());
        if (accentButton(tr("advice.fix_go_to_field", {{"field", tr("field." + field)}}).c_str(), "go", ctx.theme))
            fix = AdviceFix{std::nullopt, field};
        ctx.locator.noteLastItem("fix:" + next.code);
        ImGui::PopID();
        std::vector<std::string> later;
        for (size_t i = 1; i < missing.size(); ++i) later.push_back(tr("field." + findingField(*missing[i])));
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", tr("advice.fill_then", {{"fields", tr.list(later)}}).c_str());
        ImGui::PopStyleColor();
        ctx.locator.noteLastItem("fill-then");
        ImGui::Spacing();
    }
    const struct { Severity severity; const char* heading; } groups[] = {
        {Severity::error, "advice.errors"}, {Severity::warning, "advice.warnings"}, {Severity::tip, "advice.tips"}};
    for (const auto& group : groups) {
        bool headed = false;
        for (const Finding& f : review.findings) {
            if (f.severity != group.severity) continue;
            if (fillingIn && std::find(missing.begin(), missing.end(), &f) != missing.end()) continue;
            if (!headed) {
                ImGui::PushStyleColor(ImGuiCol_Text, severityColor(group.severity, ctx.theme));
                ImGui::SeparatorText(tr.raw(group.heading));
                ImGui::PopStyleColor();
                headed = true;
            }
            ImGui::PushID(f.code.c_str());
            ImGui::TextWrapped("%s", findingMessage(f, tr).c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
            ImGui::TextWrapped("%s", findingSuggestion(f, tr).c_str());
            ImGui::PopStyleColor();
            const RealismResult& r = review.realism;
            if ((f.code == "unrealistic" || f.code == "ambitious") && r.comfortableTarget) {
                const double value = friendly(*r.comfortableTarget);
                if (smallButton(tr("advice.fix_take_comfortable", {{"value_number", friendlyText(value)}}).c_str(), "comfortable"))
                    fix = AdviceFix{value, {}};
                ctx.locator.noteLastItem("fix:" + f.code);
                if (f.code == "unrealistic" && r.ambitiousTarget) {
                    ImGui::SameLine();
                    const double stretch = friendly(*r.ambitiousTarget);
                    if (smallButton(tr("advice.fix_take_ambitious", {{"value_number", friendlyText(stretch)}}).c_str(), "ambitious"))
                        fix = AdviceFix{stretch, {}};
                }
            } else if (const std::string field = findingField(f); !field.empty()) {
                if (smallButton(tr("advice.fix_go_to_field", {{"field", tr("field." + field)}}).c_str(), "go"))
                    fix = AdviceFix{std::nullopt, field};
                ctx.locator.noteLastItem("fix:" + f.code);
            }
            ImGui::PopID();
            ImGui::Spacing();
        }
    }
    return fix;
}

}  // namespace waymark::ui
