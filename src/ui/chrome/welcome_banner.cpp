#include "ui/chrome/welcome_banner.h"

#include <string>

#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

bool isExamplePlan(const Plan& plan) { return plan.id.rfind("template-", 0) == 0; }

std::optional<Intent> drawWelcomeBanner(const ViewContext& ctx) {
    const Strings& tr = ctx.tr;
    const ImVec4& color = ctx.theme.accent;
    std::optional<Intent> intent;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(color.x, color.y, color.z, 0.10f));
    ImGui::PushStyleColor(ImGuiCol_Border, color);
    ImGui::BeginChild("welcome", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextWrapped("%s", tr.raw("welcome.title"));
    ImGui::PopFont();
    ImGui::TextWrapped("%s", tr.raw("welcome.text"));
    // The three ways on, in a row where they fit, one under the other on a phone.
    const std::pair<const char*, const char*> choices[] = {
        {"welcome.empty", "welcome-empty"}, {"welcome.templates", "welcome-templates"}, {"welcome.explore", "welcome-explore"}};
    const WelcomeChoice::Kind kinds[] = {WelcomeChoice::Kind::empty, WelcomeChoice::Kind::templates, WelcomeChoice::Kind::explore};
    for (int i = 0; i < 3; ++i) {
        const std::string label = std::string(tr.raw(choices[i].first)) + "###" + choices[i].second;
        const float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        }
        const bool pressed = i == 0 ? accentButton(tr.raw(choices[i].first), choices[i].second, ctx.theme)
                                    : ImGui::Button(label.c_str());
        ctx.locator.noteLastItem(choices[i].second);
        if (pressed) intent = WelcomeChoice{kinds[i]};
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    return intent;
}

}  // namespace waymark::ui
