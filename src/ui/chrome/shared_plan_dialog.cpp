#include "ui/chrome/shared_plan_dialog.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "core/text/excerpt.h"
#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
// The plan's name as the dialog quotes it: a name may have 10,000 characters.
constexpr size_t kNameCharacters = 80;

std::string sizeText(size_t bytes, const Strings& tr) {
    if (bytes < 1024 * 1024) return tr("share.size_kb", {{"kb_number", std::to_string((bytes + 1023) / 1024)}});
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f", std::ceil(static_cast<double>(bytes) / (1024 * 1024) * 10) / 10);
    return tr("share.size_mb", {{"mb_number", mb}});
}
}  // namespace

std::string offerName(const SharedPlanOffer& offer, const Strings& tr) {
    return offer.name.empty() ? std::string(tr.raw("share.unnamed")) : excerpt(offer.name, kNameCharacters);
}

std::string describeOffer(const SharedPlanOffer& offer, const Strings& tr) {
    std::vector<std::string> parts;
    parts.push_back(tr.plural("share.count_objectives", static_cast<long long>(offer.objectives)));
    parts.push_back(tr.plural("share.count_goals", static_cast<long long>(offer.goals)));
    parts.push_back(tr.plural("outline.count_tactics", static_cast<long long>(offer.tactics)));
    parts.push_back(tr.plural("outline.count_tasks", static_cast<long long>(offer.tasks)));
    return tr("share.offer", {{"name", offerName(offer, tr)}, {"contents", tr.list(parts)}, {"size", sizeText(offer.bytes, tr)}});
}

std::optional<Intent> SharedPlanDialog::draw(const ViewContext& ctx, const SharedPlanOffer& offer) {
    const Strings& tr = ctx.tr;
    if (!beginDialog(std::string(tr.raw("share.ask_title")) + "###shared-plan", openRequested_, 30, 14)) return std::nullopt;
    std::optional<Intent> answer;
    ImGui::TextWrapped("%s", describeOffer(offer, tr).c_str());
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw("share.ask_hint"));
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (accentButton(tr.raw("share.open"), "open", ctx.theme)) answer = SharedPlanAction{SharedPlanAction::Kind::open};
    ctx.locator.noteLastItem("shared-plan-open");
    ImGui::SameLine();
    if (ImGui::Button(tr.raw("share.not_now")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        answer = SharedPlanAction{SharedPlanAction::Kind::later};
    ctx.locator.noteLastItem("shared-plan-later");
    if (answer) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return answer;
}

std::optional<Intent> drawSharedPlanBanner(const ViewContext& ctx, const SharedPlanOffer& offer) {
    std::optional<Intent> chosen;
    const ImVec4& color = ctx.theme.accent;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(color.x, color.y, color.z, 0.12f));
    ImGui::PushStyleColor(ImGuiCol_Border, color);
    ImGui::BeginChild("shared-plan", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::TextWrapped("%s", ctx.tr("share.waiting", {{"offer", describeOffer(offer, ctx.tr)}}).c_str());
    if (smallButton(ctx.tr.raw("share.open"), "open")) chosen = SharedPlanAction{SharedPlanAction::Kind::open};
    ctx.locator.noteLastItem("shared-plan-banner-open");
    ImGui::SameLine();
    if (smallButton(ctx.tr.raw("notice.dismiss"), "forget")) chosen = SharedPlanAction{SharedPlanAction::Kind::forget};
    ctx.locator.noteLastItem("shared-plan-banner-forget");
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    ImGui::Spacing();
    return chosen;
}

}  // namespace waymark::ui
