#include "ui/chrome/unstored_switch_dialog.h"

#include "core/text/excerpt.h"
#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
constexpr size_t kQuotedNameCharacters = 80;  // a name may have 10,000 characters
}

std::optional<Intent> UnstoredSwitchDialog::draw(const ViewContext& ctx, const std::string& planName,
                                                 const std::string& problem) {
    const Strings& tr = ctx.tr;
    if (!beginDialog(std::string(tr.raw("storage.switch_title")) + "###unstored-switch", openRequested_, 32, 16)) return std::nullopt;
    using Kind = UnstoredSwitchAction::Kind;
    std::optional<Intent> answer;
    const std::string name = planName.empty() ? std::string(tr.raw("header.untitled_plan")) : excerpt(planName, kQuotedNameCharacters);
    ImGui::TextWrapped("%s", tr("storage.switch_text", {{"name", name}, {"problem", problem}}).c_str());
    ImGui::Spacing();
    if (accentButton(tr.raw("storage.switch_download"), "download", ctx.theme)) answer = UnstoredSwitchAction{Kind::download_then_open};
    ctx.locator.noteLastItem("switch-download");
    const auto buttonWidth = [](const char* label) { return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x; };
    sameLineIfFits(buttonWidth(tr.raw("storage.switch_anyway")));
    if (ImGui::Button(tr.raw("storage.switch_anyway"))) answer = UnstoredSwitchAction{Kind::open};
    ctx.locator.noteLastItem("switch-anyway");
    sameLineIfFits(buttonWidth(tr.raw("storage.switch_cancel")));
    if (ImGui::Button(tr.raw("storage.switch_cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        answer = UnstoredSwitchAction{Kind::cancel};
    ctx.locator.noteLastItem("switch-cancel");
    if (answer) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return answer;
}

}  // namespace waymark::ui
