#include "ui/views/outline/outline_view.h"

#include <algorithm>
#include <cstring>

#include "core/text/number_format.h"
#include "core/export/labels.h"
#include "imgui.h"
#include "imgui_internal.h"  // ActivateItemByID, ScrollToItem (which scrolls enclosing windows too), ImGuiWindow
#include "ui/kit/status_colors.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {

// Objectives nest (a marketing objective under a business one); deeper chains are flattened.
constexpr int kMaxDepth = 4;
// Heights in em that stand in for a card and a goal row before they were first drawn.
constexpr float kCardEm = 6.0f;
constexpr float kGoalRowEm = 4.5f;

// "Followers · facebook · 400 → 480 by 2026-12-31": the goal's SMART essentials in one line.
std::string goalSummary(const Plan& plan, const Goal& g, const Strings& tr) {
    std::string parts;
    auto add = [&parts](const std::string& s) {
        if (s.empty()) return;
        if (!parts.empty()) parts += "  ·  ";
        parts += s;
    };
    if (!g.kpi.empty()) add(kpiLabel(plan, g.kpi, tr));  // a KPI of the team's own by its name
    if (!g.channel.empty()) add(channelLabel(g.channel, tr));
    if (g.baseline && g.target) add(tr.number(*g.baseline) + " → " + tr.number(*g.target));
    else if (g.target) add(tr("outline.target", {{"target_number", formatNumber(*g.target)}}));
    if (g.deadline) add(tr("outline.by_date", {{"date_date", g.deadline->str()}}));
    if (g.soft) add(tr("outline.soft_goal"));
    return parts.empty() ? tr("outline.goal_not_specified") : parts;
}

}  // namespace

void OutlineView::startRename(const std::string& id, const std::string& currentTitle) {
    renamingId_ = id;
    renameText_ = currentTitle;
    focusRename_ = true;
    focusFrames_ = kFocusFrames;
    typeAhead_.clear();
}

void OutlineView::holdTypeAhead() {
    // Taken before the field is drawn: on the frame it is activated, InputText discards the
    // frame's characters without typing them (1.90.1).
    ImGuiIO& io = ImGui::GetIO();
    typeAhead_.insert(typeAhead_.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
    io.InputQueueCharacters.resize(0);
}

void OutlineView::takeKeyboard() {
    if (ImGui::IsItemActive()) {
        // What was typed while the field was on its way arrives in it on the next frame.
        replayTypeAhead(typeAhead_);
        focusRename_ = false;
        return;
    }
    if (--focusFrames_ <= 0) {
        focusRename_ = false;
        return;
    }
    if (ImGui::IsWindowAppearing()) return;
    // Activate the field directly, asking for text input: SetKeyboardFocusHere's tabbing request
    // misses a field in a card that appeared this frame (1.90.1). Repeated until it is active.
    ImGui::ActivateItemByID(ImGui::GetItemID());
    GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
    // An item added at the end of a long plan starts below the fold: bring its field into view.
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleCenterY);
}

std::optional<std::string> OutlineView::drawTitle(const std::string& id, const std::string& title,
                                                  const char* placeholder) {
    if (renamingId_ != id) {
        if (title.empty()) ImGui::TextDisabled("%s", placeholder);
        else ImGui::TextWrapped("%s", title.c_str());
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) startRename(id, title);
        return std::nullopt;
    }
    if (focusRename_) holdTypeAhead();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = inputText("##rename", placeholder, renameText_,
                                   ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    if (focusRename_) takeKeyboard();
    if (ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        renamingId_.clear();
        return std::nullopt;
    }
    if (ImGui::IsItemActive() && renameText_ != title)
        typing_->set("rename:" + id, renameText_, [id](const Plan& plan, const std::string& text, const Strings&) -> FieldEdit {
            if (plan.findGoal(id)) return {PlanEdit{RenameGoal{id, text}}, {}};
            if (plan.findObjective(id)) return {PlanEdit{RenameObjective{id, text}}, {}};
            return {};
        });
    if (entered || ImGui::IsItemDeactivated()) {
        renamingId_.clear();
        // Only what the user changed: leaving an untouched title must not rewrite it.
        if (leftChanged(renameText_, title)) return renameText_;
    }
    return std::nullopt;
}

void OutlineView::drawAdvice(const GoalReview& review, const Strings& tr, const Theme& theme) {
    if (review.realism.verdict != Verdict::unknown) {
        chip(tr.raw(std::string("realism.verdict.") + name(review.realism.verdict)),
             verdictColor(review.realism.verdict, theme));
        if (!review.findings.empty()) ImGui::SameLine();
    }
    if (review.findings.empty()) return;
    const Finding& first = review.findings.front();
    std::string line = findingMessage(first, tr);
    if (review.findings.size() > 1)
        line += "  " + tr("outline.more_findings", {{"count_number", std::to_string(review.findings.size() - 1)}});
    ImGui::PushStyleColor(ImGuiCol_Text, severityColor(first.severity, theme));
    ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
    if (!ImGui::IsItemHovered()) return;
    // Every finding with what to do about it, while the pointer rests on the line.
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    for (const Finding& f : review.findings) {
        ImGui::PushStyleColor(ImGuiCol_Text, severityColor(f.severity, theme));
        ImGui::TextWrapped("%s", findingMessage(f, tr).c_str());
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", findingSuggestion(f, tr).c_str());
        ImGui::Spacing();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::optional<Intent> OutlineView::drawItemActions(const std::string& id, const std::string& title, bool goal,
                                                   const Strings& tr) {
    std::optional<Intent> intent;
    if (smallButton(tr.raw("editor.edit"), "edit"))
        intent = goal ? Intent{EditGoal{id}} : Intent{EditObjective{id}};
    locator_->noteLastItem("edit:" + id);
    ImGui::SameLine();
    if (smallButton(tr.raw("outline.rename"), "rename")) startRename(id, title);
    locator_->noteLastItem("rename:" + id);
    ImGui::SameLine();
    if (smallButton(tr.raw("outline.delete"), "delete")) {
        confirmDeleteId_ = id;
        openConfirm_ = true;
    }
    locator_->noteLastItem("delete:" + id);
    return intent;
}

void OutlineView::highlightIfSelected(const std::string& id, const Theme& theme) {
    if (id != selectedId_) return;
    const float pad = 0.25f * ImGui::GetFontSize();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(ImVec2(min.x - pad, min.y - pad), ImVec2(max.x + pad, max.y + pad), packed(theme.accent),
                  ImGui::GetStyle().FrameRounding, 0, std::max(2.0f, ImGui::GetFontSize() / 8));
}

std::optional<Intent> OutlineView::drawGoal(const Goal& goal, const Strings& tr, const Theme& theme) {
    std::optional<Intent> edit;
    ImGui::PushID(goal.id.c_str());
    const float em = ImGui::GetFontSize();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(start.x + 0.35f * em, start.y + 0.6f * em), 0.28f * em,
                                                packed(theme.goal));
    ImGui::Indent(em);
    const float buttonsWidth = presenting_ ? 0.0f : actionButtonsWidth({tr.raw("editor.edit"), tr.raw("outline.rename"), tr.raw("outline.delete")});
    // On a narrow screen the buttons go under the goal rather than squeeze its title.
    const bool beside = buttonsFitBeside(buttonsWidth);
    const float actionsWidth = beside ? buttonsWidth : 0.0f;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - actionsWidth);
    if (auto title = drawTitle(goal.id, goal.title, tr.raw("outline.untitled_goal")))
        edit = PlanEdit{RenameGoal{goal.id, *title}};
    locator_->noteLastItem("goal-title:" + goal.id);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
    ImGui::TextWrapped("%s", goalSummary(*plan_, goal, tr).c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    // The advice line runs under the buttons, which only share the title's first lines.
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
    if (const auto it = reviews_->find(goal.id); it != reviews_->end()) drawAdvice(it->second, tr, theme);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    highlightIfSelected(goal.id, theme);
    // A double click on the goal's summary opens it in the editor.
    if (renamingId_ != goal.id && ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        edit = EditGoal{goal.id};
    if (renamingId_ != goal.id && !presenting_) {
        if (beside) {
            ImGui::SameLine(ImGui::GetContentRegionMax().x - actionsWidth + ImGui::GetStyle().ItemSpacing.x);
            ImGui::SetCursorPosY(ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y + ImGui::GetScrollY());
        }
        if (auto e = drawItemActions(goal.id, goal.title, true, tr)) edit = e;
    }
    ImGui::Unindent(em);
    ImGui::PopID();
    return edit;
}

std::optional<Intent> OutlineView::drawObjective(const Plan& plan, const Card& card, const Strings& tr,
                                                 const Theme& theme, const Fonts& fonts) {
    std::optional<Intent> edit;
    const Objective& objective = plan.objectives[card.objective];
    const float em = ImGui::GetFontSize();
    ImGui::PushID(objective.id.c_str());
    if (card.depth > 0) ImGui::Indent(1.5f * em * card.depth);
    ImGui::BeginChild("card", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar);
    // A coloured stripe on the left says "objective" before any word is read.
    const ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::GetWindowDrawList()->AddRectFilled(min, ImVec2(min.x + 0.35f * em, min.y + size.y), packed(theme.objective),
                                              ImGui::GetStyle().ChildRounding, ImDrawFlags_RoundCornersLeft);
    ImGui::Indent(0.5f * em);

    chip(objective.kind == ObjectiveKind::business ? tr.raw("outline.kind_business") : tr.raw("outline.kind_marketing"),
         theme.objective);
    const float actionsWidth = presenting_ ? 0.0f : actionButtonsWidth({tr.raw("editor.edit"), tr.raw("outline.rename"), tr.raw("outline.delete")});
    if (renamingId_ != objective.id && !presenting_) {
        // Beside the kind's chip where they fit, on a row of their own under it on a narrow screen.
        if (buttonsFitBeside(actionsWidth + ImGui::GetItemRectSize().x))
            ImGui::SameLine(ImGui::GetContentRegionMax().x - actionsWidth + ImGui::GetStyle().ItemSpacing.x);
        if (auto e = drawItemActions(objective.id, objective.title, false, tr)) edit = e;
    }
    ImGui::PushFont(fonts.heading);
    if (auto title = drawTitle(objective.id, objective.title, tr.raw("outline.untitled_objective")))
        edit = PlanEdit{RenameObjective{objective.id, *title}};
    ImGui::PopFont();
    if (objective.due) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextUnformatted(tr("outline.due", {{"date_date", objective.due->str()}}).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();

    if (auto e = drawGoalRows(plan, card, tr, theme)) edit = e;
    if (card.goals.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextWrapped("%s", tr.raw("outline.no_goals_yet"));
        ImGui::PopStyleColor();
    }
    const bool addGoal = !presenting_ && accentButton(tr.raw("outline.add_goal"), "add-goal", theme);
    if (!presenting_) locator_->noteLastItem("add-goal:" + objective.id);
    if (addGoal) edit = PlanEdit{AddGoal{objective.id, tr("outline.new_goal")}};
    ImGui::Unindent(0.5f * em);
    ImGui::EndChild();
    if (card.depth > 0) ImGui::Unindent(1.5f * em * card.depth);
    ImGui::PopID();
    ImGui::Spacing();
    return edit;
}

std::optional<Intent> OutlineView::drawGoalRows(const Plan& plan, const Card& card, const Strings& tr, const Theme& theme) {
    std::optional<Intent> edit;
    for (const size_t index : card.goals) {
        const Goal& goal = plan.goals[index];
        clipped("goal:" + goal.id, kGoalRowEm * ImGui::GetFontSize(), renamingId_ == goal.id, [&] {
            if (auto e = drawGoal(goal, tr, theme)) edit = e;
            ImGui::Spacing();
        });
    }
    return edit;
}

std::optional<Intent> OutlineView::drawCard(const Plan& plan, const Card& card, const Strings& tr, const Theme& theme,
                                            const Fonts& fonts) {
    if (card.objective != npos) return drawObjective(plan, card, tr, theme, fonts);
    std::optional<Intent> edit;
    ImGui::BeginChild("unlinked", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(tr.raw("outline.unlinked_title"));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw("outline.unlinked_hint"));
    ImGui::PopStyleColor();
    ImGui::Spacing();
    if (auto e = drawGoalRows(plan, card, tr, theme)) edit = e;
    ImGui::EndChild();
    ImGui::Spacing();
    return edit;
}

void OutlineView::addCards(const Plan& plan, size_t objective, int depth,
                           const std::unordered_map<std::string_view, std::vector<size_t>>& children) {
    layout_.cards.push_back({objective, depth, {}});
    if (depth >= kMaxDepth) return;
    if (const auto it = children.find(plan.objectives[objective].id); it != children.end())
        for (const size_t child : it->second) addCards(plan, child, depth + 1, children);
}

void OutlineView::updateLayout(const Plan& plan, std::uint64_t revision) {
    if (layout_.revision == revision && layout_.objectiveCount == plan.objectives.size() &&
        layout_.goalCount == plan.goals.size())
        return;
    layout_ = Layout{revision, plan.objectives.size(), plan.goals.size(), {}};
    std::unordered_map<std::string_view, size_t> objectiveIndex;
    for (size_t i = 0; i < plan.objectives.size(); ++i) objectiveIndex.emplace(plan.objectives[i].id, i);
    std::unordered_map<std::string_view, std::vector<size_t>> children;
    for (size_t i = 0; i < plan.objectives.size(); ++i) {
        const Objective& o = plan.objectives[i];
        if (o.parentId && objectiveIndex.count(*o.parentId)) children[*o.parentId].push_back(i);
    }
    for (size_t i = 0; i < plan.objectives.size(); ++i) {
        const Objective& o = plan.objectives[i];
        if (!o.parentId || !objectiveIndex.count(*o.parentId)) addCards(plan, i, 0, children);
    }
    std::unordered_map<size_t, size_t> cardOf;  // objective index -> card index
    for (size_t c = 0; c < layout_.cards.size(); ++c) cardOf.emplace(layout_.cards[c].objective, c);
    Card unlinked{npos, 0, {}};
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals[i];
        const auto objective = g.objectiveId ? objectiveIndex.find(*g.objectiveId) : objectiveIndex.end();
        if (objective == objectiveIndex.end()) {
            unlinked.goals.push_back(i);
        } else if (const auto card = cardOf.find(objective->second); card != cardOf.end()) {
            layout_.cards[card->second].goals.push_back(i);
        }
    }
    if (!unlinked.goals.empty()) layout_.cards.push_back(std::move(unlinked));
}

template <class Draw>
void OutlineView::clipped(const std::string& key, float estimate, bool keep, Draw&& draw) {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const auto known = heights_.find(key);
    const float height = known != heights_.end() ? known->second : estimate;
    if (!keep && (start.y + height < visibleTop_ || start.y > visibleBottom_)) {
        ImGui::Dummy(ImVec2(1, std::max(0.0f, height - ImGui::GetStyle().ItemSpacing.y)));
        return;
    }
    draw();
    heights_[key] = ImGui::GetCursorScreenPos().y - start.y;
}

std::optional<PlanEdit> OutlineView::drawDeleteConfirmation(const Plan& plan, const Strings& tr, const Theme& theme) {
    std::optional<PlanEdit> edit;
    const char* popupLabel = "###confirm-delete";
    const std::string title = std::string(tr.raw("outline.confirm_title")) + popupLabel;
    if (openConfirm_) {
        ImGui::OpenPopup(title.c_str());
        openConfirm_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(28 * ImGui::GetFontSize(), 0));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return edit;

    const Objective* objective = plan.findObjective(confirmDeleteId_);
    const Goal* goal = plan.findGoal(confirmDeleteId_);
    if (objective) {
        const auto goals = std::count_if(plan.goals.begin(), plan.goals.end(),
                                         [&](const Goal& g) { return g.objectiveId == objective->id; });
        ImGui::TextWrapped("%s", tr("outline.confirm_objective", {{"title", objective->title}}).c_str());
        if (goals > 0)
            ImGui::TextWrapped("%s", tr.plural("outline.confirm_objective_goals", goals).c_str());
    } else if (goal) {
        const GoalDependents d = goalDependents(plan, goal->id);
        ImGui::TextWrapped("%s", tr("outline.confirm_goal", {{"title", goal->title}}).c_str());
        std::vector<std::string> items;
        if (d.tactics > 0) items.push_back(tr.plural("outline.count_tactics", d.tactics));
        if (d.tasks > 0) items.push_back(tr.plural("outline.count_tasks", d.tasks));
        if (d.checkins > 0) items.push_back(tr.plural("outline.count_checkins", d.checkins));
        if (!items.empty())
            ImGui::TextWrapped("%s", tr("outline.confirm_goal_dependents", {{"items", tr.list(items)}}).c_str());
    } else {
        ImGui::CloseCurrentPopup();  // the item is gone already (e.g. a plan was imported meanwhile)
    }
    ImGui::Spacing();
    const ConfirmAnswer answer = confirmOrCancel(tr.raw("outline.delete"), tr.raw("outline.cancel"), *locator_,
                                                 "confirm-delete", theme);
    if (answer == ConfirmAnswer::confirmed && objective) edit = DeleteObjective{objective->id};
    if (answer == ConfirmAnswer::confirmed && goal) edit = DeleteGoal{goal->id};
    if (answer != ConfirmAnswer::none) confirmDeleteId_.clear();
    ImGui::EndPopup();
    return edit;
}

void OutlineView::drawPlanFindings(const std::vector<Finding>& findings, const Strings& tr, const Theme& theme,
                                   const Fonts& fonts) {
    if (findings.empty()) return;
    ImGui::BeginChild("plan-findings", ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(tr.raw("editor.whole_plan"));
    ImGui::PopFont();
    for (const Finding& f : findings) {
        ImGui::PushStyleColor(ImGuiCol_Text, severityColor(f.severity, theme));
        ImGui::TextWrapped("%s", findingMessage(f, tr).c_str());
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextWrapped("%s", findingSuggestion(f, tr).c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    ImGui::EndChild();
    ImGui::Spacing();
}

std::optional<Intent> OutlineView::draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision,
                                        const ReviewsByGoal& reviews, const std::vector<Finding>& planFindings,
                                        const std::string& selectedId) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const Fonts& fonts = ctx.fonts;
    ItemLocator& locator = ctx.locator;
    locator_ = &locator;
    typing_ = &ctx.typing;
    presenting_ = ctx.presenting;
    reviews_ = &reviews;
    plan_ = &plan;
    selectedId_ = selectedId;
    const float em = ImGui::GetFontSize();
    if (em != heightsScale_) {
        heights_.clear();
        heightsScale_ = em;
    }
    updateLayout(plan, revision);
    // What is visible is judged by the window that scrolls: the column and the cards inside it size
    // themselves to their content a frame late, so their own clip rects lag behind.
    const ImGuiWindow* scroller = ImGui::GetCurrentWindow();
    while (scroller->ParentWindow && (scroller->ChildFlags & ImGuiChildFlags_AutoResizeY)) scroller = scroller->ParentWindow;
    visibleTop_ = scroller->ClipRect.Min.y;
    visibleBottom_ = scroller->ClipRect.Max.y;
    std::optional<Intent> edit;
    clipped("plan-findings", planFindings.size() * 3 * em, false, [&] { drawPlanFindings(planFindings, tr, theme, fonts); });
    // Only the cards on screen are drawn; the others are spacers of their measured height.
    for (const Card& card : layout_.cards) {
        const bool unlinked = card.objective == npos;
        const std::string id = unlinked ? std::string() : plan.objectives[card.objective].id;
        const bool keep = !renamingId_.empty() &&
                          (renamingId_ == id || std::any_of(card.goals.begin(), card.goals.end(), [&](size_t g) {
                               return plan.goals[g].id == renamingId_;
                           }));
        clipped(unlinked ? "card:unlinked" : "card:" + id, (kCardEm + kGoalRowEm * card.goals.size()) * em, keep,
                [&] {
                    if (auto e = drawCard(plan, card, tr, theme, fonts)) edit = e;
                });
    }

    if (plan.objectives.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextWrapped("%s", tr.raw("outline.no_objectives"));
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }

    const bool addObjective = !presenting_ && accentButton(tr.raw("outline.add_objective"), "add-objective", theme);
    if (!presenting_) locator.noteLastItem("add-objective");
    if (addObjective) edit = PlanEdit{AddObjective{tr("outline.new_objective")}};
    if (auto e = drawDeleteConfirmation(plan, tr, theme)) edit = PlanEdit{*e};
    return edit;
}

}  // namespace waymark::ui
