#include "ui/header_view.h"

#include <algorithm>

#include "imgui.h"
#include "ui/widgets.h"

namespace waymark::ui {

namespace {
// A header button: its label, its name for itemRect, a tooltip, and whether it can be used.
bool headerButton(const ViewContext& ctx, const char* label, const char* name, const std::string& tooltip,
                  bool enabled = true, bool accent = false) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = accent ? accentButton(label, name, ctx.theme) : ImGui::Button((std::string(label) + "###" + name).c_str());
    ImGui::EndDisabled();
    ctx.locator.noteLastItem(name);
    if (!tooltip.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip.c_str());
    return pressed;
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
}
}  // namespace

std::optional<Intent> HeaderView::draw(const ViewContext& ctx, const Plan& plan, const HeaderState& state) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetIO().DisplaySize.x;
    const float height = ctx.fonts.heading->FontSize + 2.2f * em;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0), ImVec2(width, height + 1), false);
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), packed(theme.surface));
    draw->AddLine(ImVec2(0, height), ImVec2(width, height), packed(theme.surfaceBorder), std::max(1.0f, em / 16));
    draw->PopClipRect();

    const char* labels[] = {tr.raw("header.new_plan"), tr.raw("header.open"), tr.raw("header.download"),
                            tr.raw("header.context"), tr.raw("header.undo"), tr.raw("header.redo"),
                            tr.raw("header.plans")};
    float buttons = 0;
    for (const char* label : labels) buttons += buttonWidth(label);
    const char* savedText = tr.raw(state.unsaved ? "header.unsaved" : "header.saved");
    const float savedWidth = state.saving ? ImGui::CalcTextSize(savedText).x + em : 0;

    const float headingY = (height - ctx.fonts.heading->FontSize) * 0.5f;
    const float buttonY = (height - ImGui::GetFrameHeight()) * 0.5f;
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x + 0.5f * em, headingY));
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.accent);
    ImGui::TextUnformatted(tr.raw("app.title"));
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 1.5f * em);
    // The plan's name gets the room the buttons leave; a long one ends in "…".
    const float nameRoom = ImGui::GetContentRegionMax().x - buttons - savedWidth - 1.5f * em - ImGui::GetCursorPosX();
    ImGui::TextUnformatted(fitText(plan.name.empty() ? tr.raw("header.untitled_plan") : plan.name, nameRoom).c_str());
    ImGui::PopFont();
    if (ImGui::IsItemClicked()) return EditContext{};

    std::optional<Intent> intent;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - buttons - savedWidth - 0.5f * em));
    if (state.saving) {
        ImGui::SetCursorPosY((height - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextUnformatted(savedText);
        ImGui::PopStyleColor();
        ctx.locator.noteLastItem("saved-state");
        ImGui::SameLine(0, em);
    }
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[6], "plans", "")) intent = ShowPlans{};
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[0], "new-plan", "")) intent = ShowNewPlan{};
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[1], "open-file", "")) intent = OpenFile{};
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[2], "download", "", true, true)) intent = DownloadPlan{};
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[3], "context", tr.raw("editor.context_title"))) intent = EditContext{};
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[4], "undo", state.undoLabel.empty() ? tr("history.nothing_to_undo") : state.undoLabel,
                     !state.undoLabel.empty()))
        intent = Undo{};
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (headerButton(ctx, labels[5], "redo", state.redoLabel.empty() ? tr("history.nothing_to_redo") : state.redoLabel,
                     !state.redoLabel.empty()))
        intent = Redo{};
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, height + style.ItemSpacing.y));
    return intent;
}

std::optional<Intent> drawBanners(const ViewContext& ctx, const std::string& storageProblem, const std::string& notice,
                                  bool noticeIsError) {
    std::optional<Intent> intent;
    auto banner = [&](const std::string& text, const ImVec4& color, const char* id, bool dismissable) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(color.x, color.y, color.z, 0.12f));
        ImGui::PushStyleColor(ImGuiCol_Border, color);
        ImGui::BeginChild(id, ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
        ImGui::TextWrapped("%s", text.c_str());
        if (dismissable) {
            if (smallButton(ctx.tr.raw("notice.dismiss"), "dismiss")) intent = DismissNotice{};
            ctx.locator.noteLastItem(std::string("dismiss-") + id);
        }
        ImGui::EndChild();
        ImGui::PopStyleColor(2);
        ImGui::Spacing();
    };
    if (!storageProblem.empty())
        banner(ctx.tr("notice.not_saved", {{"problem", storageProblem}}), ctx.theme.danger, "storage", false);
    if (!notice.empty()) banner(notice, noticeIsError ? ctx.theme.danger : ctx.theme.onTrack, "notice", true);
    return intent;
}

}  // namespace waymark::ui
