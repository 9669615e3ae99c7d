#include "ui/editors/objective_editor.h"

#include "core/plan/goal_input.h"
#include "core/plan/plan_edit.h"
#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

void ObjectiveEditor::open(const std::string& objectiveId) {
    if (objectiveId == objectiveId_) return;
    objectiveId_ = objectiveId;
    form_.reset();
}

std::optional<Intent> ObjectiveEditor::draw(const ViewContext& ctx, const Plan& plan, const Funnel* funnel) {
    const Objective* found = plan.findObjective(objectiveId_);
    if (!found) return ClosePanel{};
    const Objective& o = *found;
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    auto update = [&](Objective next, const char* field) { intent = PlanEdit{UpdateObjective{std::move(next), field}}; };
    form_.layout(std::min(9 * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x * 0.35f));

    form_.row(ctx, tr.raw("field.title"));
    if (auto edit = form_.edit(ctx, plan, "title", o.title, tr.raw("outline.untitled_objective"),
                               [id = o.id](const Plan& p, const std::string& text, const Strings&) -> FieldEdit {
                                   const Objective* found = p.findObjective(id);
                                   if (!found) return {};
                                   Objective next = *found;
                                   next.title = text;
                                   return {PlanEdit{UpdateObjective{std::move(next), "title"}}, {}};
                               }))
        intent = std::move(*edit);
    form_.row(ctx, tr.raw("field.kind"));
    if (const auto kind = form_.choice(ctx, "kind", static_cast<int>(o.kind),
                                       {tr("editor.kind_business"), tr("editor.kind_marketing")})) {
        Objective next = o;
        next.kind = static_cast<ObjectiveKind>(*kind);
        update(next, "kind");
    }

    // Any objective that is not this one or below it can be its parent.
    std::vector<std::string> parents{tr("editor.no_parent")};
    std::vector<const Objective*> parentItems{nullptr};
    int currentParent = 0;
    for (const Objective& p : plan.objectives) {
        if (p.id == o.id || wouldMakeCycle(plan, o.id, p.id)) continue;
        parentItems.push_back(&p);
        parents.push_back(p.title.empty() ? tr("outline.untitled_objective") : p.title);
        if (o.parentId == p.id) currentParent = static_cast<int>(parents.size()) - 1;
    }
    form_.row(ctx, tr.raw("field.parentId"));
    if (const auto picked = form_.choice(ctx, "parentId", currentParent, parents)) {
        Objective next = o;
        next.parentId = *picked == 0 ? std::nullopt : std::optional<std::string>(parentItems[*picked]->id);
        update(next, "parentId");
    }

    form_.row(ctx, tr.raw("field.due"));
    if (auto edit = form_.edit(ctx, plan, "due", o.due ? o.due->str() : "", tr.raw("editor.date_hint"),
                               [id = o.id](const Plan& p, const std::string& text, const Strings& strings) -> FieldEdit {
                                   const Objective* found = p.findObjective(id);
                                   if (!found) return {};
                                   const bool empty = text.find_first_not_of(' ') == std::string::npos;
                                   const std::optional<Date> due = Date::parse(text);
                                   if (!empty && !due) return {std::nullopt, strings("editor.invalid_date", {{"text", text}})};
                                   Objective next = *found;
                                   next.due = due;
                                   return {PlanEdit{UpdateObjective{std::move(next), "due"}}, {}};
                               }))
        intent = std::move(*edit);
    form_.indent();
    const struct { QuickDate pick; const char* key; } picks[] = {
        {QuickDate::end_of_quarter, "editor.quick_end_of_quarter"},
        {QuickDate::end_of_next_quarter, "editor.quick_end_of_next_quarter"},
        {QuickDate::end_of_year, "editor.quick_end_of_year"}};
    for (size_t i = 0; i < std::size(picks); ++i) {
        if (i > 0) ImGui::SameLine();
        if (smallButton(tr.raw(picks[i].key), picks[i].key)) {
            Objective next = o;
            next.due = quickDate(picks[i].pick, ctx.today);
            update(next, "due");
        }
    }
    form_.unindent();

    ImGui::Spacing();
    form_.indent();
    if (smallButton(tr.raw("editor.move_up"), "up")) intent = PlanEdit{MoveObjective{o.id, -1}};
    ctx.locator.noteLastItem("move-up:" + o.id);
    ImGui::SameLine();
    if (smallButton(tr.raw("editor.move_down"), "down")) intent = PlanEdit{MoveObjective{o.id, 1}};
    ctx.locator.noteLastItem("move-down:" + o.id);
    form_.unindent();
    // Working back from a number is for what the business wants; a marketing objective that has
    // one keeps showing it.
    if (o.kind == ObjectiveKind::business || o.number)
        if (auto i = funnel_.draw(ctx, plan, o, funnel)) intent = i;
    return intent;
}

}  // namespace waymark::ui
