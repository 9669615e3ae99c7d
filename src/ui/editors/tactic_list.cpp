#include "ui/editors/tactic_list.h"

#include <algorithm>

#include "core/method/tactics.h"
#include "core/plan/plan_edit.h"
#include "imgui.h"
#include "ui/kit/quadrant_style.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

std::optional<int> TacticList::scoreButtons(const ViewContext& ctx, const std::string& name,
                                            const std::optional<int>& current) {
    std::optional<int> picked;
    const float em = ImGui::GetFontSize();
    ImGui::PushID(name.c_str());
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        if (score > kMinScore) ImGui::SameLine(0, 0.3f * em);
        const bool on = current == score;
        // The chosen score is filled and in brackets: told by text too, not by colour alone.
        ImGui::PushStyleColor(ImGuiCol_Button, on ? ctx.theme.accent : ImGui::GetStyleColorVec4(ImGuiCol_Button));
        ImGui::PushStyleColor(ImGuiCol_Text, on ? ctx.theme.accentText : ctx.theme.text);
        const std::string label = (on ? "[" + std::to_string(score) + "]" : std::to_string(score)) + "###" + std::to_string(score);
        if (ImGui::Button(label.c_str(), ImVec2(std::max(2.2f * em, ImGui::GetFrameHeight()), 0)) && !on) picked = score;
        ImGui::PopStyleColor(2);
        ctx.locator.noteLastItem(name + ":" + std::to_string(score));
    }
    ImGui::PopID();
    return picked;
}

std::optional<Intent> TacticList::draw(const ViewContext& ctx, const Plan& plan, const Goal& goal) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    form_.layout(std::min(11 * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x * 0.38f));
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.goal);
    ImGui::SeparatorText(tr.raw("tactics.section"));
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw("tactics.hint"));
    ImGui::PopStyleColor();

    // The goal's tactics in plan order (the order MoveTactic changes).
    std::vector<const Tactic*> tactics;
    for (const Tactic& t : plan.tactics)
        if (t.goalId == goal.id) tactics.push_back(&t);
    for (size_t i = 0; i < tactics.size(); ++i) {
        const Tactic& t = *tactics[i];
        ImGui::PushID(t.id.c_str());
        if (i > 0) ImGui::Separator();
        const Quadrant quadrant = quadrantOf(t);
        form_.row(ctx, "");
        chip(tr.raw(quadrantKey(quadrant)), quadrantColor(quadrant, ctx.theme));
        form_.row(ctx, tr.raw("tactics.title"));
        if (auto edit = form_.edit(ctx, plan, "tactic-title:" + t.id, t.title, tr.raw("matrix.untitled_tactic"),
                                   [id = t.id](const Plan& p, const std::string& text, const Strings&) -> FieldEdit {
                                       const Tactic* found = p.findTactic(id);
                                       if (!found) return {};
                                       Tactic next = *found;
                                       next.title = text;
                                       return {PlanEdit{UpdateTactic{std::move(next), "title"}}, {}};
                                   }))
            intent = std::move(*edit);
        form_.row(ctx, tr.raw("tactics.value"));
        if (const auto v = scoreButtons(ctx, "tactic-value:" + t.id, t.value)) {
            Tactic next = t;
            next.value = *v;
            intent = PlanEdit{UpdateTactic{std::move(next), "value"}};
        }
        form_.row(ctx, tr.raw("tactics.complexity"));
        if (const auto c = scoreButtons(ctx, "tactic-complexity:" + t.id, t.complexity)) {
            Tactic next = t;
            next.complexity = *c;
            intent = PlanEdit{UpdateTactic{std::move(next), "complexity"}};
        }
        form_.row(ctx, "");
        ImGui::BeginDisabled(i == 0);
        if (smallButton(tr.raw("tactics.up"), "up")) intent = PlanEdit{MoveTactic{t.id, -1}};
        ImGui::EndDisabled();
        ctx.locator.noteLastItem("tactic-up:" + t.id);
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == tactics.size());
        if (smallButton(tr.raw("tactics.down"), "down")) intent = PlanEdit{MoveTactic{t.id, +1}};
        ImGui::EndDisabled();
        ctx.locator.noteLastItem("tactic-down:" + t.id);
        ImGui::SameLine();
        if (smallButton(tr.raw("tactics.delete"), "delete")) {
            confirmDeleteId_ = t.id;
            openConfirm_ = true;
        }
        ctx.locator.noteLastItem("tactic-delete:" + t.id);
        ImGui::PopID();
    }
    if (tactics.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", tr.raw("tactics.none_yet"));
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    form_.row(ctx, tr.raw("tactics.add"));
    const std::string newKey = "tactic-new:" + goal.id;
    if (auto edit = form_.edit(ctx, plan, newKey, "", tr.raw("tactics.add_hint"),
                               [id = goal.id](const Plan& p, const std::string& text, const Strings&) -> FieldEdit {
                                   if (!p.findGoal(id) || text.find_first_not_of(" \t") == std::string::npos) return {};
                                   return {PlanEdit{AddTactic{id, text}}, {}};
                               })) {
        intent = std::move(*edit);
        form_.focus(newKey);  // ready for the next one, as in a list being typed
    }
    if (auto e = drawDeleteConfirmation(ctx, plan)) intent = PlanEdit{*e};
    return intent;
}

std::optional<PlanEdit> TacticList::drawDeleteConfirmation(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    std::optional<PlanEdit> edit;
    const std::string title = std::string(tr.raw("tactics.confirm_title")) + "###confirm-delete-tactic";
    if (openConfirm_) {
        ImGui::OpenPopup(title.c_str());
        openConfirm_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(28 * ImGui::GetFontSize(), 0));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return edit;
    const Tactic* tactic = plan.findTactic(confirmDeleteId_);
    if (tactic) {
        ImGui::TextWrapped("%s", tr("tactics.confirm", {{"title", tactic->title}}).c_str());
        const int tasks = tacticTasks(plan, tactic->id);
        ImGui::TextWrapped("%s", tasks > 0 ? tr.plural("tactics.confirm_tasks", static_cast<size_t>(tasks)).c_str()
                                           : tr.raw("tactics.confirm_no_tasks"));
    } else {
        ImGui::CloseCurrentPopup();  // gone already (an undo or an import meanwhile)
    }
    ImGui::Spacing();
    const ConfirmAnswer answer = confirmOrCancel(tr.raw("tactics.delete"), tr.raw("outline.cancel"), ctx.locator,
                                                 "confirm-delete-tactic", ctx.theme);
    if (answer == ConfirmAnswer::confirmed && tactic) edit = DeleteTactic{tactic->id};
    if (answer != ConfirmAnswer::none) confirmDeleteId_.clear();
    ImGui::EndPopup();
    return edit;
}

}  // namespace waymark::ui
