#include "ui/views/workshop/workshop_view.h"

// [SECTION] step bar: Back, "Step 3 of 8", Next, the steps, the timer
// [SECTION] the frame of a step: title, questions, what is missing, the body
// [SECTION] the steps' bodies

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "core/export/labels.h"
#include "core/text/number_format.h"
#include "core/plan/date_text.h"
#include "imgui.h"
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {

// At most this many missing things are listed; the rest are counted.
constexpr size_t kGapsListed = 5;
// A step has at most this many questions for the room ("workshop.step.<name>.q1" ...).
constexpr int kMaxQuestions = 4;
// From this width (in em) the questions and what is missing get a column beside the step's work,
// which takes the rest.
constexpr float kQuestionsBesideWorkEm = 60.0f;
constexpr float kSideShare = 0.3f;

std::string stepKey(WorkshopStep step, const char* field) {
    return std::string("workshop.step.") + name(step) + "." + field;
}

// Every number the workshop shows goes through here, so the language's format applies in one place.
std::string shownNumber(long long value) { return formatNumber(static_cast<double>(value)); }

std::string titleOr(const std::string& title, const Strings& tr, const char* untitledKey) {
    return title.empty() ? tr(untitledKey) : title;
}

std::string gapText(const WorkshopGap& gap, const Strings& tr) {
    if (gap.finding) {
        const std::string message = findingMessage(*gap.finding, tr);
        return gap.name.empty() ? message : tr("workshop.gap.finding", {{"name", gap.name}, {"message", message}});
    }
    return tr(std::string("workshop.gap.") + gap.code, {{"name", gap.name.empty() ? tr("workshop.untitled") : gap.name}});
}

// A tinted box of wrapped lines under a small heading.
template <class F>
void box(const char* id, const char* heading, const ImVec4& color, const Theme& theme, F&& body) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(color.x, color.y, color.z, 0.08f));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(color.x, color.y, color.z, 0.5f));
    ImGui::BeginChild(id, ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(heading);
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
    body();
    ImGui::PopStyleColor();
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

// A row's text, wrapped short of the button that follows it on the right (trailingButton).
void textBeforeButton(const std::string& text, const char* buttonLabel) {
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - actionButtonsWidth({buttonLabel}) - 0.5f * ImGui::GetFontSize());
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

// A row's trailing button, right-aligned in the current column; on a line of its own when the
// row leaves no room for it (a phone), never over what is before it.
bool trailingButton(const ViewContext& ctx, const char* label, const std::string& name) {
    const float width = actionButtonsWidth({label});
    const float right = ImGui::GetContentRegionMax().x - width + ImGui::GetStyle().ItemSpacing.x;
    const float afterLast = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() + ImGui::GetStyle().ItemSpacing.x;
    if (afterLast <= right) ImGui::SameLine(right);
    const bool pressed = smallButton(label, name.c_str());
    ctx.locator.noteLastItem(name);
    return pressed;
}

}  // namespace

void WorkshopView::selectTask(const std::string& taskId) {
    taskId_ = taskId;
    taskEditor_.open(taskId, true);
}

bool WorkshopView::needsFrames() const {
    return !refocus_.empty() || tactics_.needsFrames() || (!taskId_.empty() && taskEditor_.needsFrames());
}

// ---- [SECTION] step bar ----------------------------------------------------------------------
std::optional<Intent> WorkshopView::drawStepBar(const ViewContext& ctx) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    const int number = stepNumber(step_);
    const int total = static_cast<int>(kWorkshopSteps.size());

    ImGui::BeginDisabled(number == 1);
    if (ImGui::Button((tr("workshop.back") + "###workshop-back").c_str())) step_ = *stepAt(number - 1);
    ImGui::EndDisabled();
    ctx.locator.noteLastItem("workshop-back");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(ctx.fonts.heading);
    const std::string indicator = tr("workshop.step_of", {{"number", shownNumber(number)}, {"total", shownNumber(total)}});
    ImGui::TextUnformatted(indicator.c_str());
    ImGui::PopFont();
    ctx.locator.noteLastItem("workshop-indicator");
    drawing_.push_back(indicator);
    sameLineIfFits(actionButtonsWidth({tr.raw("workshop.next")}));  // under the step's number on a phone
    ImGui::BeginDisabled(number == total);
    if (accentButton(tr.raw("workshop.next"), "workshop-next", ctx.theme)) step_ = *stepAt(number + 1);
    ImGui::EndDisabled();
    ctx.locator.noteLastItem("workshop-next");
    if (trailingButton(ctx, tr.raw("workshop.timer"), "workshop-timer")) intent = TimerAction{TimerAction::Kind::toggle};

    // Every step by name; a click goes there. Short names where they fit, numbers where they do not.
    float needed = 0;
    for (WorkshopStep s : kWorkshopSteps)
        needed += ImGui::CalcTextSize((shownNumber(stepNumber(s)) + " " + tr(stepKey(s, "short"))).c_str()).x +
                  2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
    const bool named = needed <= ImGui::GetContentRegionAvail().x;
    for (WorkshopStep s : kWorkshopSteps) {
        const std::string n = shownNumber(stepNumber(s));
        const std::string item = "workshop-step:" + std::to_string(stepNumber(s));
        const std::string label = (named ? n + " " + tr(stepKey(s, "short")) : n) + "###" + item;
        // The numbers flow onto a second row where even they do not fit in one (a phone).
        if (s != kWorkshopSteps.front())
            sameLineIfFits(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x);
        const bool current = s == step_;
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, ctx.theme.accent);
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.accentText);
        }
        if (ImGui::Button(label.c_str())) step_ = s;
        if (current) ImGui::PopStyleColor(2);
        ctx.locator.noteLastItem(item);
        if (!named && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(stepKey(s, "title")).c_str());
    }
    ImGui::Dummy(ImVec2(0, 0.2f * em));
    return intent;
}

// ---- [SECTION] the frame of a step -----------------------------------------------------------
std::optional<Intent> WorkshopView::draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision,
                                         const Review& review) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    drawing_.clear();
    std::optional<Intent> intent;
    auto take = [&](std::optional<Intent> i) { if (i) intent = std::move(i); };

    ImGui::Dummy(ImVec2(0, 0.2f * em));
    ImGui::Indent(0.5f * em);
    const WorkshopStep before = step_;
    take(drawStepBar(ctx));
    if (step_ != before) {
        refocus_.clear();
        taskId_.clear();
    }

    const std::string title = tr(stepKey(step_, "title"));
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextWrapped("%s", title.c_str());
    ImGui::PopFont();
    drawing_.push_back(title);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw(stepKey(step_, "intro")));
    ImGui::PopStyleColor();
    ImGui::Spacing();

    const auto questionsAndGaps = [&] {
        box("workshop-questions", tr.raw("workshop.ask_room"), theme.accent, theme, [&] {
            for (int q = 1; q <= kMaxQuestions; ++q) {
                const std::string key = stepKey(step_, ("q" + std::to_string(q)).c_str());
                if (!tr.has(key)) break;
                ImGui::Bullet();
                ImGui::TextWrapped("%s", tr.raw(key));
                drawing_.push_back(tr(key));
            }
        });
        ImGui::Spacing();
        drawGaps(ctx, plan, revision, review);
    };
    // On a wide screen the questions and what is missing stay in view beside the work (the matrix
    // keeps the window's height); on a narrow one (an editor open beside) they come first.
    const float width = ImGui::GetContentRegionAvail().x - 0.5f * em;
    // Another step starts at its top, not where the last one was scrolled to (the prioritise
    // step opened with the matrix's toolbar above the view after the tactics were typed).
    const bool newStep = scrolledFor_ != step_;
    scrolledFor_ = step_;
    if (width >= kQuestionsBesideWorkEm * em) {
        const float side = std::floor(width * kSideShare);
        ImGui::BeginChild("workshop-body", ImVec2(width - side - em, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        if (newStep) ImGui::SetScrollY(0);
        take(drawBody(ctx, plan, revision, review));
        ImGui::Dummy(ImVec2(0, em));
        ImGui::EndChild();
        ImGui::SameLine(0, em);
        ImGui::BeginChild("workshop-side", ImVec2(side, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        questionsAndGaps();
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("workshop-step", ImVec2(width, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        if (newStep) ImGui::SetScrollY(0);
        questionsAndGaps();
        ImGui::Spacing();
        take(drawBody(ctx, plan, revision, review));
        ImGui::Dummy(ImVec2(0, em));
        ImGui::EndChild();
    }
    ImGui::Unindent(0.5f * em);
    if (drawing_ != shown_) shown_.swap(drawing_);
    return intent;
}

void WorkshopView::drawGaps(const ViewContext& ctx, const Plan& plan, std::uint64_t revision, const Review& review) {
    if (!gapsValid_ || gapsRevision_ != revision || gapsStep_ != step_ || gapsFocus_ != focusGoalId_) {
        gaps_ = workshopGaps(plan, step_, focusGoalId_, review.plan, [&](const std::string& id) -> const GoalReview* {
            const auto it = review.goals.find(id);
            return it == review.goals.end() ? nullptr : &it->second;
        });
        gapsRevision_ = revision;
        gapsStep_ = step_;
        gapsFocus_ = focusGoalId_;
        gapsValid_ = true;
    }
    const Strings& tr = ctx.tr;
    if (gaps_.empty()) {
        box("workshop-gaps", tr.raw("workshop.missing"), ctx.theme.onTrack, ctx.theme, [&] {
            ImGui::TextWrapped("%s", tr.raw("workshop.done"));
            drawing_.push_back(tr("workshop.done"));
        });
        ctx.locator.noteLastItem("workshop-done");
        return;
    }
    box("workshop-gaps", tr.raw("workshop.missing"), ctx.theme.warning, ctx.theme, [&] {
        for (size_t i = 0; i < gaps_.size() && i < kGapsListed; ++i) {
            const std::string text = gapText(gaps_[i], tr);
            ImGui::Bullet();
            ImGui::TextWrapped("%s", text.c_str());
            drawing_.push_back(text);
        }
        if (gaps_.size() > kGapsListed) {
            const long long more = static_cast<long long>(gaps_.size() - kGapsListed);
            const std::string text = tr.plural("workshop.more_missing", more, {{"count", shownNumber(more)}});
            ImGui::TextWrapped("%s", text.c_str());
            drawing_.push_back(text);
        }
    });
    ctx.locator.noteLastItem("workshop-missing");
}

std::optional<PlanEdit> WorkshopView::addField(const ViewContext& ctx, const Plan& plan, const std::string& key,
                                               const char* hint, const FieldMapping& add) {
    const std::string name = "field:" + key;
    std::string& text = typing_[key];
    if (refocus_ == key) {
        ImGui::SetKeyboardFocusHere();
        refocus_.clear();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = inputText(("###" + name).c_str(), hint, text, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.locator.noteLastItem(name);
    const bool blank = text.find_first_not_of(" \t") == std::string::npos;
    if (ImGui::IsItemActive() && !blank) ctx.typing.set(name, text, add);
    if (!entered) return std::nullopt;
    const std::string added = std::exchange(text, std::string());
    refocus_ = key;  // the room names the next one straight away
    if (blank) return std::nullopt;
    return add(plan, added, ctx.tr).edit;
}

std::optional<Intent> WorkshopView::drawBody(const ViewContext& ctx, const Plan& plan, std::uint64_t revision,
                                             const Review& review) {
    switch (step_) {
        case WorkshopStep::objectives: return drawObjectives(ctx, plan);
        case WorkshopStep::goals: return drawGoals(ctx, plan);
        case WorkshopStep::smart: return drawSmart(ctx, plan, review);
        case WorkshopStep::kpis: return drawKpis(ctx, plan);
        case WorkshopStep::tactics: return drawTactics(ctx, plan);
        case WorkshopStep::prioritise: {
            // The matrix as in its own view, given the rest of the window but never less than a
            // grid the room can read.
            const float em = ImGui::GetFontSize();
            const float height = std::max(ImGui::GetContentRegionAvail().y, 20 * em);
            ImGui::BeginChild("workshop-matrix", ImVec2(0, height), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
            std::optional<Intent> intent = matrix_.draw(ctx, plan, revision);
            ImGui::EndChild();
            return intent;
        }
        case WorkshopStep::owners: return drawOwners(ctx, plan);
        case WorkshopStep::review: return drawReview(ctx, plan, review);
    }
    return std::nullopt;
}

// ---- [SECTION] the steps' bodies -------------------------------------------------------------
std::optional<Intent> WorkshopView::drawObjectives(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    for (const Objective& o : plan.objectives) {
        ImGui::PushID(o.id.c_str());
        chip(tr.raw(o.kind == ObjectiveKind::business ? "editor.kind_business" : "editor.kind_marketing"), ctx.theme.objective);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        textBeforeButton(titleOr(o.title, tr, "outline.untitled_objective"), tr.raw("editor.edit"));
        if (trailingButton(ctx, tr.raw("editor.edit"), "edit:" + o.id)) intent = EditObjective{o.id};
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (auto edit = addField(ctx, plan, "workshop-objective-new", tr.raw("workshop.objectives.new_hint"),
                             [](const Plan&, const std::string& text, const Strings&) -> FieldEdit {
                                 return {PlanEdit{AddObjective{text}}, {}};
                             }))
        intent = std::move(*edit);
    return intent;
}

std::optional<Intent> WorkshopView::drawGoals(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    auto goalRow = [&](const Goal& g) {
        ImGui::PushID(g.id.c_str());
        ImGui::Bullet();
        textBeforeButton(titleOr(g.title, tr, "outline.untitled_goal"), tr.raw("editor.edit"));
        if (trailingButton(ctx, tr.raw("editor.edit"), "edit:" + g.id)) intent = EditGoal{g.id};
        ImGui::PopID();
    };
    for (const Objective& o : plan.objectives) {
        ImGui::PushID(o.id.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.objective);
        ImGui::TextWrapped("%s", titleOr(o.title, tr, "outline.untitled_objective").c_str());
        ImGui::PopStyleColor();
        ImGui::Indent();
        for (const Goal& g : plan.goals)
            if (g.objectiveId == o.id) goalRow(g);
        if (auto edit = addField(ctx, plan, "workshop-goal-new:" + o.id, tr.raw("workshop.goals.new_hint"),
                                 [id = o.id](const Plan&, const std::string& text, const Strings&) -> FieldEdit {
                                     return {PlanEdit{AddGoal{id, text}}, {}};
                                 }))
            intent = std::move(*edit);
        ImGui::Unindent();
        ImGui::Spacing();
        ImGui::PopID();
    }
    bool unlinkedHeading = false;
    for (const Goal& g : plan.goals) {
        if (g.objectiveId) continue;
        if (!unlinkedHeading) {
            ImGui::TextWrapped("%s", tr.raw("workshop.goals.unlinked"));
            unlinkedHeading = true;
        }
        goalRow(g);
    }
    if (plan.objectives.empty()) ImGui::TextWrapped("%s", tr.raw("workshop.goals.objectives_first"));
    return intent;
}

std::optional<Intent> WorkshopView::drawSmart(const ViewContext& ctx, const Plan& plan, const Review& review) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    if (!focusGoalId_.empty() && !plan.findGoal(focusGoalId_)) focusGoalId_.clear();
    for (const Goal& g : plan.goals) {
        ImGui::PushID(g.id.c_str());
        const bool chosen = g.id == focusGoalId_;
        long long advice = 0;
        if (const auto it = review.goals.find(g.id); it != review.goals.end())
            for (const Finding& f : it->second.findings) advice += f.severity != Severity::tip;
        if (chosen) {
            chip(tr.raw("workshop.smart.chosen"), ctx.theme.accent);
            ImGui::SameLine();
        }
        ImGui::AlignTextToFramePadding();
        const char* action = tr.raw(chosen ? "workshop.smart.open" : "workshop.smart.pick");
        textBeforeButton(titleOr(g.title, tr, "outline.untitled_goal"), action);
        if (trailingButton(ctx, action, "workshop-focus:" + g.id)) {
            focusGoalId_ = g.id;
            intent = EditGoal{g.id};  // the goal editor with its SMART checks and advice, beside the steps
        }
        ImGui::PushStyleColor(ImGuiCol_Text, advice ? ctx.theme.warning : ctx.theme.onTrack);
        ImGui::Indent();
        ImGui::TextUnformatted(advice ? tr.plural("workshop.smart.advice", advice, {{"count", shownNumber(advice)}}).c_str()
                                      : tr.raw("workshop.smart.no_advice"));
        ImGui::Unindent();
        ImGui::PopStyleColor();
        ImGui::Separator();
        ImGui::PopID();
    }
    return intent;
}

std::optional<Intent> WorkshopView::drawKpis(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    if (!ImGui::BeginTable("workshop-kpis", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return intent;
    ImGui::TableSetupColumn(tr.raw("workshop.kpis.goal"), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr.raw("workshop.kpis.kpi"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr.raw("workshop.kpis.source"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("###edit", ImGuiTableColumnFlags_WidthFixed, actionButtonsWidth({tr.raw("editor.edit")}));
    ImGui::TableHeadersRow();
    for (const Goal& g : plan.goals) {
        ImGui::PushID(g.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", titleOr(g.title, tr, "outline.untitled_goal").c_str());
        ImGui::TableNextColumn();
        const auto muted = [&](const std::string& value, const char* missingKey) {
            if (!value.empty()) return ImGui::TextWrapped("%s", value.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.warning);
            ImGui::TextWrapped("%s", tr.raw(missingKey));
            ImGui::PopStyleColor();
        };
        muted(g.kpi.empty() ? std::string() : kpiLabel(plan, g.kpi, tr), "workshop.kpis.no_kpi");
        ImGui::TableNextColumn();
        muted(g.dataSource, "workshop.kpis.no_source");
        ImGui::TableNextColumn();
        if (smallButton(tr.raw("editor.edit"), ("edit:" + g.id).c_str())) intent = EditGoal{g.id};
        ctx.locator.noteLastItem("edit:" + g.id);
        ImGui::PopID();
    }
    ImGui::EndTable();
    return intent;
}

std::optional<Intent> WorkshopView::drawTactics(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    if (!plan.findGoal(tacticsGoalId_)) {
        // Start with the first goal that has no tactic yet: that is where the room has work.
        std::set<std::string> withTactics;
        for (const Tactic& t : plan.tactics) withTactics.insert(t.goalId);
        tacticsGoalId_.clear();
        for (const Goal& g : plan.goals)
            if (!withTactics.count(g.id)) { tacticsGoalId_ = g.id; break; }
        if (tacticsGoalId_.empty() && !plan.goals.empty()) tacticsGoalId_ = plan.goals.front().id;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.raw("workshop.tactics.for_goal"));
    for (const Goal& g : plan.goals) {
        const std::string item = "workshop-goal:" + g.id;
        const bool current = g.id == tacticsGoalId_;
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(g.title.c_str()).x + 2 * ImGui::GetFontSize() > ImGui::GetContentRegionMax().x)
            ImGui::NewLine();
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, ctx.theme.goal);
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.accentText);
        }
        const std::string label = fitText(titleOr(g.title, tr, "outline.untitled_goal"), 20 * ImGui::GetFontSize());
        if (ImGui::Button((label + "###" + item).c_str()) && !current) {
            tacticsGoalId_ = g.id;
            tactics_.reset();
        }
        if (current) ImGui::PopStyleColor(2);
        ctx.locator.noteLastItem(item);
    }
    ImGui::Spacing();
    const Goal* goal = plan.findGoal(tacticsGoalId_);
    if (!goal) return std::nullopt;
    return tactics_.draw(ctx, plan, *goal);
}

std::optional<Intent> WorkshopView::drawOwners(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    std::vector<std::string> owners;
    for (const Task& t : plan.tasks)
        for (const std::string& o : t.owners)
            if (std::find(owners.begin(), owners.end(), o) == owners.end()) owners.push_back(o);
    std::sort(owners.begin(), owners.end());

    const Task* open = taskId_.empty() ? nullptr : plan.findTask(taskId_);
    if (!open) taskId_.clear();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool beside = open && width >= 40 * em;
    ImGui::BeginChild("workshop-tasks", ImVec2(beside ? std::floor(width * 0.5f) : 0, 0),
                      ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoBackground);
    for (const Goal& g : plan.goals) {
        bool heading = false;
        for (const Tactic& tactic : plan.tactics) {
            if (tactic.goalId != g.id) continue;
            if (!heading) {
                ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.goal);
                ImGui::TextWrapped("%s", titleOr(g.title, tr, "outline.untitled_goal").c_str());
                ImGui::PopStyleColor();
                heading = true;
            }
            ImGui::PushID(tactic.id.c_str());
            ImGui::Indent();
            ImGui::AlignTextToFramePadding();
            textBeforeButton(titleOr(tactic.title, tr, "tasks.untitled_tactic"), tr.raw("tasks.add"));
            if (trailingButton(ctx, tr.raw("tasks.add"), "task-add:" + tactic.id)) intent = PlanEdit{AddTask{tactic.id, ""}};
            ImGui::Indent();
            for (const Task& task : plan.tasks) {
                if (task.tacticId != tactic.id) continue;
                // The task on its line, who and when on the next, whole: the room checks both.
                const std::string who = task.owners.empty() ? tr("tasks.no_owner") : tr.list(task.owners);
                const std::string when = task.due ? shownDate(tr, *task.due) : tr("workshop.owners.no_date");
                const float rowWidth = ImGui::GetContentRegionAvail().x;
                const std::vector<std::string> lines = wrapText(titleOr(task.title, tr, "tasks.untitled"), rowWidth, 2);
                const std::vector<std::string> details = wrapText(who + " · " + when, rowWidth, 3);
                const float line = ImGui::GetTextLineHeight();
                const ImVec2 at = ImGui::GetCursorScreenPos();
                if (ImGui::Selectable(("###task:" + task.id).c_str(), task.id == taskId_, ImGuiSelectableFlags_None,
                                      ImVec2(rowWidth, line * static_cast<float>(lines.size() + details.size()))))
                    selectTask(task.id);
                ctx.locator.noteLastItem("task:" + task.id);
                ImDrawList* draw = ImGui::GetWindowDrawList();
                float y = at.y;
                for (const std::string& l : lines) {
                    draw->AddText(ImVec2(at.x, y), packed(ctx.theme.text), l.c_str());
                    y += line;
                }
                for (const std::string& l : details) {
                    draw->AddText(ImVec2(at.x, y), packed(ctx.theme.textMuted), l.c_str());
                    y += line;
                }
            }
            ImGui::Unindent();
            ImGui::Unindent();
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (open) {
        if (beside) ImGui::SameLine();
        ImGui::BeginChild("workshop-task-editor", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY |
                                                                    ImGuiChildFlags_AlwaysUseWindowPadding);
        bool closed = false;
        if (auto i = taskEditor_.draw(ctx, plan, *open, owners, closed)) intent = i;
        ImGui::EndChild();
        if (closed) taskId_.clear();
    }
    return intent;
}

std::optional<Intent> WorkshopView::drawReview(const ViewContext& ctx, const Plan& plan, const Review& review) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    auto findings = [&](const std::vector<Finding>& list, const char* noneKey) {
        ImGui::Indent();
        size_t shown = 0;
        for (const Finding& f : list) {
            if (f.severity == Severity::tip || shown == 3) continue;
            ++shown;
            ImGui::PushStyleColor(ImGuiCol_Text, f.severity == Severity::error ? ctx.theme.dangerText : ctx.theme.text);
            ImGui::Bullet();
            ImGui::TextWrapped("%s", findingMessage(f, tr).c_str());
            ImGui::PopStyleColor();
        }
        if (shown == 0) {
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.onTrack);
            ImGui::TextWrapped("%s", tr.raw(noneKey));
            ImGui::PopStyleColor();
        }
        ImGui::Unindent();
    };
    // The workshop ends with its summary, for the room to take home: first, where the room looks.
    ImGui::TextWrapped("%s", tr.raw("workshop.review.summary"));
    if (accentButton(tr.raw("workshop.review.print"), "workshop-print", ctx.theme)) intent = ExportAs{ExportKind::summary_print};
    ctx.locator.noteLastItem("workshop-print");
    const std::string markdown = tr("workshop.review.markdown");
    const float printEnd = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX();
    if (printEnd + actionButtonsWidth({markdown.c_str()}) + ImGui::GetFontSize() < ImGui::GetContentRegionMax().x) ImGui::SameLine();
    if (ImGui::Button((markdown + "###workshop-summary-md").c_str())) intent = ExportAs{ExportKind::summary_md};
    ctx.locator.noteLastItem("workshop-summary-md");
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr.raw("workshop.review.plan"));
    findings(review.plan, "workshop.review.plan_clear");
    for (const Goal& g : plan.goals) {
        ImGui::PushID(g.id.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.text);
        ImGui::AlignTextToFramePadding();
        textBeforeButton(titleOr(g.title, tr, "outline.untitled_goal"), tr.raw("editor.edit"));
        ImGui::PopStyleColor();
        if (trailingButton(ctx, tr.raw("editor.edit"), "edit:" + g.id)) intent = EditGoal{g.id};
        if (const auto it = review.goals.find(g.id); it != review.goals.end())
            findings(it->second.findings, "workshop.smart.no_advice");
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (accentButton(tr.raw("workshop.review.download"), "workshop-download", ctx.theme)) intent = DownloadPlan{};
    ctx.locator.noteLastItem("workshop-download");
    ImGui::SameLine();
    if (ImGui::Button((tr("workshop.review.tracking") + "###workshop-tracking").c_str())) intent = ShowView{ViewId::tracking};
    ctx.locator.noteLastItem("workshop-tracking");
    return intent;
}

}  // namespace waymark::ui
