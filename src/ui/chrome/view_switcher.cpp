#include "ui/chrome/view_switcher.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "imgui.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

const ViewInfo* findView(const char* name) {
    for (const ViewInfo& v : kViews)
        if (std::strcmp(v.name, name) == 0) return &v;
    return nullptr;
}

std::optional<Intent> drawViewSwitcher(const ViewContext& ctx, ViewId current, float startX, bool endLine) {
    std::optional<Intent> intent;
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::SetCursorPosX(startX >= 0 ? startX : style.WindowPadding.x + 0.5f * em);
    for (const ViewInfo& view : kViews) {
        const bool selected = view.id == current;
        const char* label = ctx.tr.raw(view.labelKey);
        const ImVec2 text = ImGui::CalcTextSize(label);
        ImGui::PushStyleColor(ImGuiCol_Text, selected ? ctx.theme.accent : ctx.theme.textMuted);
        // A tab is a selectable as wide as its text plus padding; the current one is underlined
        // and stays selected, so the active view is never shown by colour alone.
        // At least a frame high: on a touch screen frames are finger-sized (fitTouchTargets).
        const float height = std::max(text.y + 0.6f * em, ImGui::GetFrameHeight() - style.ItemSpacing.y);
        if (ImGui::Selectable((std::string(label) + "###view:" + view.name).c_str(), selected, ImGuiSelectableFlags_None,
                              ImVec2(text.x + em, height)) &&
            !selected)
            intent = ShowView{view.id};
        ImGui::PopStyleColor();
        const std::string item = std::string("view:") + view.name;
        ctx.locator.noteLastItem(item);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", ctx.tr.raw(view.hintKey));
        if (selected) {
            const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
            draw->AddRectFilled(ImVec2(min.x, max.y - 0.15f * em), max, packed(ctx.theme.accent));
        }
        ImGui::SameLine(0, 0.5f * em);
    }
    if (endLine) ImGui::NewLine();
    return intent;
}

}  // namespace waymark::ui
