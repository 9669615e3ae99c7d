#include "ui/chrome/new_plan_dialog.h"

#include "core/method/catalog.h"
#include "core/method/goal_templates.h"
#include "core/plan/example_plans.h"
#include "imgui.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

std::optional<Intent> NewPlanDialog::draw(const ViewContext& ctx) {
    const Strings& tr = ctx.tr;
    const std::span<const GoalTemplate> templates = goalTemplates();
    if (chosen_.size() != templates.size()) {
        chosen_.assign(templates.size(), false);
        baselines_.assign(templates.size(), "");
    }
    if (!beginDialog(std::string(tr.raw("new_plan.title")) + "###new-plan", openRequested_, 40, 36)) return std::nullopt;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> created;
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw("new_plan.intro"));
    ImGui::PopStyleColor();
    ImGui::Spacing();

    if (ImGui::RadioButton((std::string(tr.raw("new_plan.empty")) + "###empty").c_str(), start_ == Start::empty))
        start_ = Start::empty;
    ctx.locator.noteLastItem("new-plan:empty");
    for (const TemplateInfo& info : planTemplates()) {
        const std::string label = tr("new_plan.example", {{"name", tr(info.nameKey)}}) + "###" + info.id;
        if (ImGui::RadioButton(label.c_str(), start_ == Start::example && exampleId_ == info.id)) {
            start_ = Start::example;
            exampleId_ = info.id;
        }
        ctx.locator.noteLastItem("new-plan:example:" + info.id);
    }
    if (ImGui::RadioButton((std::string(tr.raw("new_plan.from_templates")) + "###templates").c_str(),
                           start_ == Start::templates))
        start_ = Start::templates;
    ctx.locator.noteLastItem("new-plan:templates");

    const float buttonsHeight = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("choices", ImVec2(0, -buttonsHeight), ImGuiChildFlags_Border);
    if (start_ == Start::templates) {
        ImGui::TextWrapped("%s", tr.raw("new_plan.from_templates_hint"));
        std::string category;
        for (size_t i = 0; i < templates.size(); ++i) {
            const GoalTemplate& t = templates[i];
            if (t.category != category) {
                category = t.category;
                ImGui::SeparatorText(tr("category." + category + ".name").c_str());
            }
            ImGui::PushID(static_cast<int>(i));
            bool on = chosen_[i];
            if (ImGui::Checkbox(tr("template." + std::string(t.id) + ".title").c_str(), &on)) chosen_[i] = on;
            ctx.locator.noteLastItem("template:" + std::string(t.id));
            if (on) {
                ImGui::Indent(2 * em);
                ImGui::SetNextItemWidth(8 * em);
                const std::string hint = tr("new_plan.template_baseline", {{"kpi", tr(kpiNameKey(t.kpi))}});
                inputText("##baseline", "", baselines_[i]);
                ctx.locator.noteLastItem("template-baseline:" + std::string(t.id));
                ImGui::SameLine();
                ImGui::TextDisabled("%s", hint.c_str());
                ImGui::TextDisabled("%s", tr("template." + std::string(t.id) + ".note").c_str());
                ImGui::Unindent(2 * em);
            }
            ImGui::PopID();
        }
    } else {
        ImGui::TextWrapped("%s", start_ == Start::empty ? tr.raw("new_plan.empty_hint")
                                                        : tr("plan_template." + exampleId_ + ".description").c_str());
    }
    ImGui::EndChild();

    int count = 0;
    for (bool on : chosen_) count += on;
    const bool ready = start_ != Start::templates || count > 0;
    if (start_ == Start::templates) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr("new_plan.chosen", {{"count_number", std::to_string(count)}}).c_str());
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(!ready);
    if (accentButton(tr.raw("new_plan.create"), "create", ctx.theme)) {
        CreatePlan choice;
        choice.start = start_ == Start::example     ? CreatePlan::Start::example
                       : start_ == Start::templates ? CreatePlan::Start::templates
                                                    : CreatePlan::Start::empty;
        if (start_ == Start::example) choice.exampleId = exampleId_;
        if (start_ == Start::templates)
            for (size_t i = 0; i < templates.size(); ++i)
                if (chosen_[i]) choice.goals.push_back({std::string(templates[i].id), baselines_[i]});
        created = std::move(choice);
        chosen_.assign(templates.size(), false);
        ImGui::CloseCurrentPopup();
    }
    ctx.locator.noteLastItem("new-plan:create");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((std::string(tr.raw("new_plan.cancel")) + "###cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return created;
}

}  // namespace waymark::ui
