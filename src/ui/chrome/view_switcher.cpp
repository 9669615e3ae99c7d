#include "ui/chrome/view_switcher.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

std::optional<Intent> drawViewSwitcher(const ViewContext& ctx, std::span<const ViewInfo> tabs, ViewId current, float startX,
                                       bool endLine, float room) {
    std::optional<Intent> intent;
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = 0.5f * em;
    // At least a frame high: on a touch screen frames are finger-sized (fitTouchTargets).
    const float height = std::max(ImGui::GetTextLineHeight() + 0.6f * em, ImGui::GetFrameHeight() - style.ItemSpacing.y);
    float needed = -gap;
    for (const ViewInfo& view : tabs) needed += ImGui::CalcTextSize(ctx.tr.raw(view.labelKey)).x + em + gap;
    ImGui::SetCursorPosX(startX >= 0 ? startX : style.WindowPadding.x + 0.5f * em);
    const bool strip = room > 0 && needed > room;
    if (strip) {
        ImGui::BeginChild("view-tabs", ImVec2(room, height), ImGuiChildFlags_None,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
        // A wheel turned over the strip moves it sideways (it has nothing to scroll up or down).
        const float wheel = ImGui::GetIO().MouseWheel + ImGui::GetIO().MouseWheelH;
        if (ImGui::IsWindowHovered() && wheel != 0) ImGui::SetScrollX(ImGui::GetScrollX() - wheel * 3 * em);
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGuiStorage* seen = ImGui::GetStateStorage();
    const ImGuiID shownId = ImGui::GetID("view-tabs-current");
    for (const ViewInfo& view : tabs) {
        const bool selected = view.id == current;
        const char* label = ctx.tr.raw(view.labelKey);
        const ImVec2 text = ImGui::CalcTextSize(label);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? ctx.theme.accent : ctx.theme.textMuted);
        // A tab is a selectable as wide as its text plus padding; the current one is underlined
        // and stays selected, so the active view is never shown by colour alone.
        if (ImGui::Selectable((std::string(label) + "###view:" + view.name).c_str(), selected, ImGuiSelectableFlags_None,
                              ImVec2(text.x + em, height)) &&
            !selected)
            intent = ShowView{view.id};
        ImGui::PopStyleColor();
        const std::string item = std::string("view:") + view.name;
        ctx.locator.noteLastItem(item);
        // A finger that tapped a tab stays "over" it: no hint then, it would lie over the view.
        if (ImGui::GetIO().MouseSource != ImGuiMouseSource_TouchScreen && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
            ImGui::SetTooltip("%s", ctx.tr.raw(view.hintKey));
        if (selected) {
            const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
            draw->AddRectFilled(ImVec2(min.x, max.y - 0.15f * em), max, packed(ctx.theme.accent));
            // A view opened from elsewhere (a link, a step) brings its tab into the strip's view.
            if (strip && seen->GetInt(shownId, -1) != static_cast<int>(view.id)) {
                ImGui::SetScrollHereX(0.5f);
                seen->SetInt(shownId, static_cast<int>(view.id));
            }
        }
        ImGui::SameLine(0, gap);
    }
    if (strip) {
        ImGui::NewLine();
        const ImVec2 min = ImGui::GetWindowPos();
        ImGui::EndChild();
        ctx.locator.noteRect("view-tabs", min, ImVec2(min.x + room, min.y + height), min, ImVec2(min.x + room, min.y + height));
        if (!endLine) ImGui::SameLine(0, gap);
    } else if (endLine) {
        ImGui::NewLine();
    }
    return intent;
}

}  // namespace waymark::ui
