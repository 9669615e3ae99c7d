#include "ui/chrome/presentation_bar.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/kit/theme.h"
#include "ui/chrome/view_switcher.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

std::optional<Intent> drawPresentationBar(const ViewContext& ctx, const Plan& plan, std::span<const ViewInfo> tabs,
                                          ViewId current) {
    std::optional<Intent> intent;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetIO().DisplaySize.x;
    const float left = style.WindowPadding.x + 0.5f * em, right = width - style.WindowPadding.x - 0.5f * em;
    const std::string leave = std::string(ctx.tr.raw("present.leave")) + "###present";
    const float leaveWidth = ImGui::CalcTextSize(leave.c_str(), nullptr, true).x + 2 * style.FramePadding.x;
    float tabsWidth = 0;
    for (const ViewInfo& view : tabs) tabsWidth += ImGui::CalcTextSize(ctx.tr.raw(view.labelKey)).x + 1.5f * em;
    const float rowHeight = std::max(ImGui::GetFrameHeight(), ImGui::GetTextLineHeight() + 0.6f * em);
    const float top = 0.35f * em, height = rowHeight + 2 * top;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0), ImVec2(width, height + 1), false);
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), packed(ctx.theme.surface));
    draw->AddLine(ImVec2(0, height), ImVec2(width, height), packed(ctx.theme.surfaceBorder), std::max(1.0f, em / 16));
    draw->PopClipRect();

    // The plan's name gets what the tabs and the way out leave; a long one ends in "…".
    const float nameRoom = std::max(0.0f, right - left - tabsWidth - leaveWidth - 2 * em);
    const float textY = top + (rowHeight - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::SetCursorPos(ImVec2(left, textY));
    const std::string name = fitText(plan.name.empty() ? ctx.tr.raw("header.untitled_plan") : plan.name, nameRoom);
    ImGui::TextUnformatted(name.c_str());
    const float tabsX = left + ImGui::CalcTextSize(name.c_str()).x + 1.5f * em;
    ImGui::SetCursorPos(ImVec2(tabsX, textY));  // a tab's text sits at its top, level with the name
    if (auto i = drawViewSwitcher(ctx, tabs, current, tabsX, false, right - leaveWidth - em - tabsX)) intent = i;

    ImGui::SetCursorPos(ImVec2(right - leaveWidth, top + (rowHeight - ImGui::GetFrameHeight()) * 0.5f));
    if (ImGui::Button(leave.c_str())) intent = TogglePresentation{};
    ctx.locator.noteLastItem("present");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", ctx.tr.raw("present.leave_hint"));
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, height + style.ItemSpacing.y));
    return intent;
}

}  // namespace waymark::ui
