#include "ui/views/task_plan/task_plan_view.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/export/labels.h"
#include "core/plan/plan_edit.h"
#include "core/plan/date_text.h"
#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
struct ModeInfo {
    TaskPlanView::Mode mode;
    const char* name;      // "tasks-mode:<name>"
    const char* labelKey;
};
constexpr ModeInfo kModes[] = {
    {TaskPlanView::Mode::tactic, "tactic", "tasks.mode.tactic"},
    {TaskPlanView::Mode::owner, "owner", "tasks.mode.owner"},
    {TaskPlanView::Mode::week, "week", "tasks.mode.week"},
    {TaskPlanView::Mode::load, "load", "tasks.mode.load"},
};
// The most occurrences the week timeline places, whatever the plan holds.
constexpr size_t kMaxPlaced = 20000;
// The editor's share of the view's width when a task is open beside the list.
constexpr float kEditorShare = 0.42f;

const char* weekdayKey(const Date& d) {
    static const char* const keys[] = {"tasks.weekday.1", "tasks.weekday.2", "tasks.weekday.3", "tasks.weekday.4",
                                       "tasks.weekday.5", "tasks.weekday.6", "tasks.weekday.7"};
    return keys[isoWeekday(d) - 1];
}

// Text in a colour, cut to fit `width` so columns never run into each other.
void cell(const std::string& text, float x, float width, const ImVec4* color = nullptr) {
    ImGui::SameLine(x);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
    ImGui::TextUnformatted(fitText(text, width).c_str());
    if (color) ImGui::PopStyleColor();
}
}  // namespace

void TaskPlanView::select(const std::string& taskId, bool focusTitle) {
    selected_ = taskId;
    editor_.open(taskId, focusTitle);
}

void TaskPlanView::setMode(Mode mode) {
    if (mode == mode_) return;
    mode_ = mode;
    rowsDirty_ = true;
}

// ---- derived data --------------------------------------------------------------------------
void TaskPlanView::refresh(const ViewContext& ctx, const Plan& plan, std::uint64_t revision) {
    if (windowStart_ == Date{}) windowStart_ = weekStart(ctx.today).plusDays(-7);
    if (revision == revision_ && ctx.today == today_) return;
    revision_ = revision;
    today_ = ctx.today;
    board_ = taskBoard(plan, ctx.today);
    std::unordered_map<std::string, std::string> objectiveOfGoal, goalOfTactic;
    for (const Goal& g : plan.goals) objectiveOfGoal[g.id] = g.objectiveId.value_or("");
    for (const Tactic& t : plan.tactics) goalOfTactic[t.id] = t.goalId;
    taskObjective_.assign(plan.tasks.size(), {});
    tasksByTactic_.clear();
    for (size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& task = plan.tasks[i];
        tasksByTactic_[task.tacticId].push_back(i);
        const auto goal = goalOfTactic.find(task.tacticId);
        if (goal != goalOfTactic.end()) taskObjective_[i] = objectiveOfGoal[goal->second];
    }
    if (!ownerFilter_.empty() && !std::binary_search(board_.owners.begin(), board_.owners.end(), ownerFilter_))
        ownerFilter_.clear();
    rowsDirty_ = true;
}

bool TaskPlanView::passes(const Plan& plan, size_t index) const {
    const Task& task = plan.tasks[index];
    if (noOwnerFilter_ && !task.owners.empty()) return false;
    if (!ownerFilter_.empty() && std::find(task.owners.begin(), task.owners.end(), ownerFilter_) == task.owners.end())
        return false;
    return objectiveFilter_.empty() || taskObjective_[index] == objectiveFilter_;
}

void TaskPlanView::buildRows(const ViewContext& ctx, const Plan& plan) {
    rows_.clear();
    placed_.clear();
    switch (mode_) {
        case Mode::tactic: buildTacticRows(ctx, plan); break;
        case Mode::owner: buildOwnerRows(ctx, plan); break;
        case Mode::week: buildWeekRows(ctx, plan); break;
        case Mode::load: buildLoad(plan); break;
    }
    rowsDirty_ = false;
}

void TaskPlanView::buildTacticRows(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const bool filtering = noOwnerFilter_ || !ownerFilter_.empty();
    auto tacticRows = [&](const Goal& goal, std::vector<Row>& out) {
        for (const Tactic& tactic : plan.tactics) {
            if (tactic.goalId != goal.id) continue;
            std::vector<size_t> shown;
            if (const auto it = tasksByTactic_.find(tactic.id); it != tasksByTactic_.end())
                for (size_t i : it->second)
                    if (passes(plan, i)) shown.push_back(i);
            if (filtering && shown.empty()) continue;
            out.push_back({Row::Kind::tactic, 2, 0, tactic.id,
                           (tactic.title.empty() ? tr("tasks.untitled_tactic") : tactic.title) + "  ·  " +
                               tr.plural("tasks.count", shown.size())});
            if (collapsed_.count(tactic.id)) continue;
            for (size_t i : shown) out.push_back({Row::Kind::task, 3, i, {}, {}});
        }
    };
    auto goalRows = [&](const Goal& goal) {
        std::vector<Row> below;
        tacticRows(goal, below);
        if (below.empty() && filtering) return;
        rows_.push_back({Row::Kind::goal, 1, 0, goal.id, goal.title.empty() ? tr("outline.untitled_goal") : goal.title});
        if (!collapsed_.count(goal.id)) rows_.insert(rows_.end(), below.begin(), below.end());
    };
    for (const Objective& o : plan.objectives) {
        if (!objectiveFilter_.empty() && o.id != objectiveFilter_) continue;
        const size_t at = rows_.size();
        rows_.push_back({Row::Kind::objective, 0, 0, o.id, o.title.empty() ? tr("outline.untitled_objective") : o.title});
        if (collapsed_.count(o.id)) continue;
        for (const Goal& g : plan.goals)
            if (g.objectiveId == o.id) goalRows(g);
        if (filtering && rows_.size() == at + 1) rows_.pop_back();
    }
    if (objectiveFilter_.empty()) {
        const size_t at = rows_.size();
        rows_.push_back({Row::Kind::objective, 0, 0, "-", tr("tasks.no_objective")});
        if (!collapsed_.count("-"))
            for (const Goal& g : plan.goals)
                if (!g.objectiveId || !plan.findObjective(*g.objectiveId)) goalRows(g);
        if (rows_.size() == at + 1 && !collapsed_.count("-")) rows_.pop_back();
    }
    if (rows_.empty()) rows_.push_back({Row::Kind::nothing, 0, 0, {}, tr(plan.tactics.empty() ? "tasks.no_tactics" : "tasks.nothing_matches")});
}

void TaskPlanView::buildOwnerRows(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    std::map<std::string, std::vector<size_t>> byOwner;  // "" = nobody
    for (size_t i = 0; i < plan.tasks.size(); ++i) {
        if (!passes(plan, i)) continue;
        const Task& task = plan.tasks[i];
        if (task.owners.empty()) byOwner[""].push_back(i);
        for (const std::string& owner : task.owners)
            if (ownerFilter_.empty() || owner == ownerFilter_) byOwner[owner].push_back(i);
    }
    auto group = [&](const std::string& owner, const std::vector<size_t>& tasks) {
        size_t overdue = 0;
        for (size_t i : tasks) overdue += board_.tasks[i].overdue;
        std::string text = (owner.empty() ? tr("tasks.no_owner") : owner) + "  ·  " + tr.plural("tasks.count", tasks.size());
        if (overdue > 0) text += ", " + tr.plural("tasks.overdue_count", overdue);
        const std::string id = "owner:" + owner;
        rows_.push_back({Row::Kind::owner, 0, 0, id, text});
        if (collapsed_.count(id)) return;
        for (size_t i : tasks) rows_.push_back({Row::Kind::task, 1, i, {}, {}});
    };
    for (const auto& [owner, tasks] : byOwner)
        if (!owner.empty()) group(owner, tasks);
    if (const auto it = byOwner.find(""); it != byOwner.end()) group("", it->second);
    if (rows_.empty()) rows_.push_back({Row::Kind::nothing, 0, 0, {}, tr("tasks.nothing_matches")});
}

void TaskPlanView::buildWeekRows(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    std::vector<size_t> which;
    for (size_t i = 0; i < plan.tasks.size(); ++i)
        if (passes(plan, i)) which.push_back(i);
    const Date end = windowStart_.plusDays(7 * weeks_ - 1);
    placed_ = placeOccurrences(plan, which, windowStart_, end, ctx.today, kMaxPlaced);
    size_t at = 0;
    for (int w = 0; w < weeks_; ++w) {
        const Date monday = windowStart_.plusDays(7 * w), sunday = monday.plusDays(6);
        const bool thisWeek = monday <= ctx.today && ctx.today <= sunday;
        size_t count = 0;
        while (at + count < placed_.size() && placed_[at + count].date <= sunday) ++count;
        std::string text = tr("tasks.week_of", {{"date_date", monday.str()}}) + "  ·  " + tr.plural("tasks.due_count", count);
        if (thisWeek) text += "  ·  " + tr("tasks.this_week");
        rows_.push_back({thisWeek ? Row::Kind::today : Row::Kind::week, 0, 0, {}, text});
        bool todayPlaced = !thisWeek;
        for (size_t k = at; k < at + count; ++k) {
            if (!todayPlaced && placed_[k].date > ctx.today) {
                rows_.push_back({Row::Kind::today, 1, 0, {}, tr("tasks.today_marker", {{"date_date", ctx.today.str()}})});
                todayPlaced = true;
            }
            rows_.push_back({Row::Kind::occurrence, 1, k, {}, {}});
        }
        if (!todayPlaced) rows_.push_back({Row::Kind::today, 1, 0, {}, tr("tasks.today_marker", {{"date_date", ctx.today.str()}})});
        if (count == 0) rows_.push_back({Row::Kind::nothing, 1, 0, {}, tr("tasks.nothing_due")});
        at += count;
    }
}

void TaskPlanView::buildLoad(const Plan& plan) {
    // The load of the filtered tasks only: a copy of the plan with just those, once per change.
    Plan filtered;
    for (size_t i = 0; i < plan.tasks.size(); ++i)
        if (passes(plan, i)) filtered.tasks.push_back(plan.tasks[i]);
    const auto load = loadByOwnerAndWeek(filtered, windowStart_, windowStart_.plusDays(7 * weeks_ - 1));
    loadOwners_.clear();
    load_.clear();
    for (const WeekLoad& row : load) {
        if (!ownerFilter_.empty() && row.owner != ownerFilter_) continue;
        if (loadOwners_.empty() || loadOwners_.back() != row.owner) {
            loadOwners_.push_back(row.owner);
            load_.emplace_back(weeks_, 0);
        }
        const long week = daysBetween(windowStart_, row.week) / 7;
        if (week >= 0 && week < weeks_) load_.back()[static_cast<size_t>(week)] = row.count;
    }
}

// ---- drawing ---------------------------------------------------------------------------------
std::optional<Intent> TaskPlanView::draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision) {
    std::optional<Intent> intent;
    auto take = [&](std::optional<Intent> i) { if (i) intent = std::move(i); };
    refresh(ctx, plan, revision);
    drawing_.clear();
    const float em = ImGui::GetFontSize();
    ImGui::Dummy(ImVec2(0, 0.2f * em));
    ImGui::Indent(0.5f * em);
    take(drawToolbar(ctx, plan));
    if (rowsDirty_) buildRows(ctx, plan);

    const Task* open = selected_.empty() ? nullptr : plan.findTask(selected_);
    if (!open) selected_.clear();
    const float width = ImGui::GetContentRegionAvail().x;
    const float listWidth = open && mode_ != Mode::load ? std::floor(width * (1 - kEditorShare)) : width;
    ImGui::BeginChild("task-list", ImVec2(open ? listWidth : 0, 0), ImGuiChildFlags_Border);
    take(mode_ == Mode::load ? drawLoad(ctx) : drawList(ctx, plan));
    ImGui::EndChild();
    if (open) {
        ImGui::SameLine();
        ImGui::BeginChild("task-editor", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
        bool closed = false;
        take(editor_.draw(ctx, plan, *open, board_.owners, closed));
        ImGui::Dummy(ImVec2(0, em));
        ImGui::EndChild();
        if (closed) selected_.clear();
        note({true, 2, ctx.tr("tasks.mirror_editing", {{"task", open->title}})});
    }
    ImGui::Unindent(0.5f * em);
    if (drawing_ != shown_) {
        shown_.swap(drawing_);
        ++shownVersion_;
    }
    return intent;
}

std::optional<Intent> TaskPlanView::drawToolbar(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    // The four ways to look at the tasks, as a row of toggles; the current one stays selected.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto buttonWidth = [&](const char* label) { return ImGui::CalcTextSize(label).x + 2 * style.FramePadding.x; };
    bool firstMode = true;
    for (const ModeInfo& m : kModes) {
        if (!firstMode) sameLineIfFits(buttonWidth(tr.raw(m.labelKey)));
        firstMode = false;
        const bool current = m.mode == mode_;
        // The current mode keeps its accent under the mouse too, so it never looks switched off.
        const ImVec4& fill = current ? ctx.theme.accent : ctx.theme.surface;
        ImGui::PushStyleColor(ImGuiCol_Button, fill);
        if (current) ImGui::PushStyleColor(ImGuiCol_ButtonHovered, fill);
        if (current) ImGui::PushStyleColor(ImGuiCol_ButtonActive, fill);
        ImGui::PushStyleColor(ImGuiCol_Text, current ? ctx.theme.accentText : ctx.theme.text);
        if (ImGui::Button((std::string(tr.raw(m.labelKey)) + "###tasks-mode:" + m.name).c_str())) setMode(m.mode);
        ImGui::PopStyleColor(current ? 4 : 2);
        ctx.locator.noteLastItem(std::string("tasks-mode:") + m.name);
    }
    note({true, 2, tr("tasks.mirror_mode", {{"mode", tr(kModes[static_cast<int>(mode_)].labelKey)}})});

    // Filters: owner (everyone, nobody, a name) and objective.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.raw("tasks.filter_owner"));
    ImGui::SameLine();
    std::vector<std::string> owners{tr("tasks.everyone"), tr("tasks.no_owner")};
    owners.insert(owners.end(), board_.owners.begin(), board_.owners.end());
    int ownerAt = noOwnerFilter_ ? 1 : 0;
    for (size_t i = 0; i < board_.owners.size(); ++i)
        if (board_.owners[i] == ownerFilter_) ownerAt = static_cast<int>(i) + 2;
    ImGui::SetNextItemWidth(10 * em);
    if (ImGui::BeginCombo("##tasks-owner", owners[static_cast<size_t>(ownerAt)].c_str())) {
        for (int i = 0; i < static_cast<int>(owners.size()); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(owners[static_cast<size_t>(i)].c_str(), i == ownerAt) && i != ownerAt) {
                noOwnerFilter_ = i == 1;
                ownerFilter_ = i >= 2 ? board_.owners[static_cast<size_t>(i - 2)] : std::string();
                rowsDirty_ = true;
            }
            ctx.locator.noteLastItem("option:tasks-owner:" + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ctx.locator.noteLastItem("tasks-owner");
    sameLineIfFits(ImGui::CalcTextSize(tr.raw("tasks.filter_objective")).x + style.ItemSpacing.x + 14 * em, em);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.raw("tasks.filter_objective"));
    ImGui::SameLine();
    int objectiveAt = 0;
    for (size_t i = 0; i < plan.objectives.size(); ++i)
        if (plan.objectives[i].id == objectiveFilter_) objectiveAt = static_cast<int>(i) + 1;
    if (objectiveAt == 0) objectiveFilter_.clear();
    ImGui::SetNextItemWidth(14 * em);
    const std::string preview = objectiveAt == 0 ? tr("tasks.every_objective") : plan.objectives[static_cast<size_t>(objectiveAt - 1)].title;
    if (ImGui::BeginCombo("##tasks-objective", preview.c_str())) {
        for (int i = 0; i <= static_cast<int>(plan.objectives.size()); ++i) {
            ImGui::PushID(i);
            const std::string label = i == 0 ? tr("tasks.every_objective") : plan.objectives[static_cast<size_t>(i - 1)].title;
            if (ImGui::Selectable(label.c_str(), i == objectiveAt) && i != objectiveAt) {
                objectiveFilter_ = i == 0 ? std::string() : plan.objectives[static_cast<size_t>(i - 1)].id;
                rowsDirty_ = true;
            }
            ctx.locator.noteLastItem("option:tasks-objective:" + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ctx.locator.noteLastItem("tasks-objective");

    // The call-outs: tasks nobody owns (a click filters them) and overdue tasks, as text.
    if (board_.unassigned > 0) {
        const std::string label = tr.plural("tasks.without_owner", static_cast<size_t>(board_.unassigned));
        sameLineIfFits(buttonWidth(label.c_str()), em);
        ImGui::PushStyleColor(ImGuiCol_Button, ctx.theme.warning);
        if (ImGui::Button((label + "###tasks-no-owner").c_str())) {
            noOwnerFilter_ = !noOwnerFilter_;
            ownerFilter_.clear();
            rowsDirty_ = true;
        }
        ImGui::PopStyleColor();
        ctx.locator.noteLastItem("tasks-no-owner");
        note({false, 3, label});
    }
    if (board_.overdue > 0) {
        const std::string text = tr.plural("tasks.overdue_total", static_cast<size_t>(board_.overdue));
        sameLineIfFits(ImGui::CalcTextSize(text.c_str()).x, em);
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopStyleColor();
        note({false, 3, text});
    }

    if (mode_ == Mode::week || mode_ == Mode::load) {
        const Date end = windowStart_.plusDays(7 * weeks_ - 1);
        if (smallButton(tr.raw("tasks.earlier"), "tasks-earlier")) { windowStart_ = windowStart_.plusDays(-7 * 4); rowsDirty_ = true; }
        ctx.locator.noteLastItem("tasks-earlier");
        ImGui::SameLine();
        if (smallButton(tr.raw("tasks.this_week_button"), "tasks-this-week")) {
            windowStart_ = weekStart(ctx.today).plusDays(-7);
            rowsDirty_ = true;
        }
        ctx.locator.noteLastItem("tasks-this-week");
        ImGui::SameLine();
        if (smallButton(tr.raw("tasks.later"), "tasks-later")) { windowStart_ = windowStart_.plusDays(7 * 4); rowsDirty_ = true; }
        ctx.locator.noteLastItem("tasks-later");
        const std::string range = tr("tasks.window", {{"from_date", windowStart_.str()}, {"to_date", end.str()}});
        sameLineIfFits(ImGui::CalcTextSize(range.c_str()).x, em);
        ImGui::TextUnformatted(range.c_str());
        note({false, 3, range});
        if (mode_ == Mode::load) {
            ImGui::SameLine(0, em);
            ImGui::TextUnformatted(tr.raw("tasks.capacity"));
            ImGui::SameLine();
            ImGui::SetNextItemWidth(6 * em);
            if (ImGui::InputInt("##tasks-capacity", &capacity_)) capacity_ = std::clamp(capacity_, 1, 999);
            ctx.locator.noteLastItem("tasks-capacity");
        }
    }
    ImGui::Spacing();
    return std::nullopt;
}

std::optional<Intent> TaskPlanView::drawList(const ViewContext& ctx, const Plan& plan) {
    std::optional<Intent> intent;
    auto take = [&](std::optional<Intent> i) { if (i) intent = std::move(i); };
    const float rowHeight = ImGui::GetFrameHeightWithSpacing();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()), rowHeight);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Row& row = rows_[static_cast<size_t>(r)];
            ImGui::PushID(r);
            // Every row is one frame high, so the clipper's arithmetic holds.
            const float y = ImGui::GetCursorPosY();
            if (row.kind == Row::Kind::task) take(drawTask(ctx, plan, row, width));
            else if (row.kind == Row::Kind::occurrence) take(drawOccurrence(ctx, plan, row, width));
            else take(drawHeading(ctx, row));
            ImGui::SetCursorPosY(y + rowHeight);
            ImGui::PopID();
        }
    }
    ImGui::Dummy(ImVec2(0, 0));  // an item where the rows end: the list's extent, not just a cursor moved there
    return intent;
}

std::optional<Intent> TaskPlanView::drawHeading(const ViewContext& ctx, const Row& row) {
    std::optional<Intent> intent;
    const float em = ImGui::GetFontSize();
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + row.depth * 1.2f * em);
    const bool collapsible = row.kind == Row::Kind::objective || row.kind == Row::Kind::goal ||
                             row.kind == Row::Kind::tactic || row.kind == Row::Kind::owner;
    if (collapsible) {
        const bool closed = collapsed_.count(row.id) > 0;
        if (ImGui::ArrowButton(("toggle:" + row.id).c_str(), closed ? ImGuiDir_Right : ImGuiDir_Down)) {
            if (closed) collapsed_.erase(row.id);
            else collapsed_.insert(row.id);
            rowsDirty_ = true;
        }
        ctx.locator.noteLastItem("toggle:" + row.id);
        ImGui::SameLine();
    }
    const ImVec4* color = row.kind == Row::Kind::objective ? &ctx.theme.objective
                          : row.kind == Row::Kind::goal    ? &ctx.theme.goal
                          : row.kind == Row::Kind::tactic  ? &ctx.theme.tactic
                          : row.kind == Row::Kind::today   ? &ctx.theme.accent
                          : row.kind == Row::Kind::nothing ? &ctx.theme.textMuted
                                                           : &ctx.theme.text;
    const bool bold = row.kind != Row::Kind::nothing && row.kind != Row::Kind::tactic && row.depth == 0;
    if (bold) ImGui::PushFont(ctx.fonts.heading);
    const float addWidth = row.kind == Row::Kind::tactic ? actionButtonsWidth({ctx.tr.raw("tasks.add")}) + em : 0;
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, *color);
    ImGui::TextUnformatted(fitText(row.text, ImGui::GetContentRegionAvail().x - addWidth).c_str());
    ImGui::PopStyleColor();
    if (bold) ImGui::PopFont();
    if (row.kind == Row::Kind::today && row.depth > 0) {
        // Today's line across the week: a rule as well as the words.
        const ImVec2 min = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + 0.5f * em, min.y - 0.5f * ImGui::GetTextLineHeight()),
                                            ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - em,
                                                   min.y - 0.5f * ImGui::GetTextLineHeight()),
                                            packed(ctx.theme.accent), 2.0f);
    }
    if (row.kind == Row::Kind::tactic && !ctx.presenting) {  // presentation mode shows, it does not edit
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - addWidth + em);
        if (smallButton(ctx.tr.raw("tasks.add"), ("task-add:" + row.id).c_str())) intent = PlanEdit{AddTask{row.id, ""}};
        ctx.locator.noteLastItem("task-add:" + row.id);
    }
    const bool marker = row.kind == Row::Kind::nothing || (row.kind == Row::Kind::today && row.depth > 0);
    note({!marker, std::min(4, 2 + row.depth), row.text});
    return intent;
}

std::string TaskPlanView::taskLine(const ViewContext& ctx, const Plan& plan, size_t index) const {
    const Strings& tr = ctx.tr;
    const Task& task = plan.tasks[index];
    const TaskState& state = board_.tasks[index];
    std::string line = task.title.empty() ? tr("tasks.untitled") : task.title;
    line += ". " + (task.owners.empty() ? tr("tasks.no_owner") : joinNames(task.owners));
    if (state.nextOpen) line += ". " + tr("tasks.next_due", {{"date_date", state.nextOpen->str()}});
    if (const std::string repeat = describeRepeat(task, tr); !repeat.empty()) line += ", " + repeat;
    if (state.overdue) line += ". " + tr("tasks.state_overdue");
    else if (task.done || (task.due && !state.current)) line += ". " + tr("tasks.state_done");
    return line;
}

std::optional<Intent> TaskPlanView::drawTask(const ViewContext& ctx, const Plan& plan, const Row& row, float width) {
    std::optional<Intent> intent;
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    const Task& task = plan.tasks[row.index];
    const TaskState& state = board_.tasks[row.index];
    const float x0 = ImGui::GetCursorPosX() + row.depth * 1.2f * em;
    ImGui::SetCursorPosX(x0);
    // The tick: a one-off task is done; a repeating one ticks off its current date.
    const bool checked = task.done || (task.due && !state.current);
    bool v = checked;
    const std::string doneName = "task-done:" + task.id;
    if (ImGui::Checkbox(("##" + doneName).c_str(), &v)) {
        if (!checked) intent = PlanEdit{SetTaskDone{task.id, task.repeat ? state.current : std::nullopt, true}};
        else if (task.done || !task.repeat || task.doneDates.empty()) intent = PlanEdit{SetTaskDone{task.id, std::nullopt, false}};
        else intent = PlanEdit{SetTaskDone{task.id, task.doneDates.back(), false}};
    }
    ctx.locator.noteLastItem(doneName);
    const float right = x0 + width - row.depth * 1.2f * em;
    const float titleX = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() + 0.4f * em;
    const float ownersX = std::max(titleX + 8 * em, x0 + (right - x0) * 0.42f);
    const float dueX = ownersX + (right - ownersX) * 0.30f, stateX = dueX + (right - ownersX) * 0.45f;
    ImGui::SameLine(titleX);
    const std::string title = task.title.empty() ? tr("tasks.untitled") : task.title;
    const bool late = state.overdue;
    if (late) ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
    if (ImGui::Selectable((fitText(title, ownersX - titleX - em) + "###task:" + task.id).c_str(), selected_ == task.id,
                          ImGuiSelectableFlags_None, ImVec2(ownersX - titleX - 0.5f * em, 0)))
        select(task.id, false);
    if (late) ImGui::PopStyleColor();
    ctx.locator.noteLastItem("task:" + task.id);
    if (task.owners.empty()) cell(tr("tasks.no_owner"), ownersX, dueX - ownersX - em, &ctx.theme.warning);
    else cell(joinNames(task.owners), ownersX, dueX - ownersX - em);
    std::string due;
    if (state.current && task.repeat) {
        // The row names the rhythm only; its end date is in the editor.
        Task rhythm = task;
        rhythm.repeat->until.reset();
        due = shownDate(tr, *state.current) + "  ·  " + describeRepeat(rhythm, tr);
        if (ImGui::CalcTextSize(due.c_str()).x > stateX - dueX - em) due = shownDate(tr, *state.current);  // no room: the date
    }
    else if (task.due) due = shownDate(tr, *task.due);
    cell(due, dueX, stateX - dueX - em, &ctx.theme.textMuted);
    if (late) cell(tr("tasks.state_overdue"), stateX, right - stateX, &ctx.theme.danger);
    else if (checked) cell(tr("tasks.state_done"), stateX, right - stateX, &ctx.theme.onTrack);
    note({false, 3, taskLine(ctx, plan, row.index)});
    return intent;
}

std::optional<Intent> TaskPlanView::drawOccurrence(const ViewContext& ctx, const Plan& plan, const Row& row, float width) {
    std::optional<Intent> intent;
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    const PlacedOccurrence& at = placed_[row.index];
    const Task& task = plan.tasks[at.task];
    const float x0 = ImGui::GetCursorPosX() + row.depth * 1.2f * em;
    ImGui::SetCursorPosX(x0);
    bool v = at.done;
    const std::string name = "occurrence:" + task.id + ":" + at.date.str();
    ImGui::BeginDisabled(task.done && at.done);
    if (ImGui::Checkbox(("##" + name).c_str(), &v)) {
        intent = task.repeat ? PlanEdit{SetTaskDone{task.id, at.date, v}} : PlanEdit{SetTaskDone{task.id, std::nullopt, v}};
    }
    ImGui::EndDisabled();
    ctx.locator.noteLastItem(name);
    const float right = x0 + width - row.depth * 1.2f * em;
    const float dateX = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetScrollX() + 0.4f * em;
    const float titleX = dateX + 7.5f * em;
    const float ownersX = titleX + (right - titleX) * 0.55f, stateX = ownersX + (right - titleX) * 0.27f;
    cell(tr(weekdayKey(at.date)) + " " + shownDayMonth(tr, at.date), dateX, titleX - dateX - 0.5f * em,
         at.date == ctx.today ? &ctx.theme.accent : nullptr);
    ImGui::SameLine(titleX);
    const std::string title = task.title.empty() ? tr("tasks.untitled") : task.title;
    if (at.overdue) ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
    if (ImGui::Selectable((fitText(title, ownersX - titleX - em) + "###open:" + name).c_str(), selected_ == task.id,
                          ImGuiSelectableFlags_None, ImVec2(ownersX - titleX - 0.5f * em, 0)))
        select(task.id, false);
    if (at.overdue) ImGui::PopStyleColor();
    if (task.owners.empty()) cell(tr("tasks.no_owner"), ownersX, stateX - ownersX - em, &ctx.theme.warning);
    else cell(joinNames(task.owners), ownersX, stateX - ownersX - em);
    const char* stateKey = at.done ? "tasks.state_done" : at.overdue ? "tasks.state_overdue" : at.date == ctx.today ? "tasks.state_today" : "tasks.state_upcoming";
    cell(tr(stateKey), stateX, right - stateX, at.overdue ? &ctx.theme.danger : at.done ? &ctx.theme.onTrack : &ctx.theme.textMuted);
    note({false, 3, tr(weekdayKey(at.date)) + " " + shownDate(tr, at.date) + ": " + title + ". " +
                        (task.owners.empty() ? tr("tasks.no_owner") : joinNames(task.owners)) + ". " + tr(stateKey)});
    return intent;
}

std::optional<Intent> TaskPlanView::drawLoad(const ViewContext& ctx) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    if (loadOwners_.empty()) {
        ImGui::TextDisabled("%s", tr.raw("tasks.nothing_due"));
        note({false, 3, tr("tasks.nothing_due")});
        return std::nullopt;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr("tasks.load_intro", {{"capacity_number", std::to_string(capacity_)}}).c_str());
    ImGui::PopStyleColor();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    // As tall as its rows (a short team leaves no empty grid), scrolling when they do not fit.
    const float height = std::min(ImGui::GetContentRegionAvail().y,
                                  (static_cast<float>(loadOwners_.size()) + 1.2f) * ImGui::GetFrameHeightWithSpacing());
    if (!ImGui::BeginTable("task-load", weeks_ + 1, flags, ImVec2(0, height))) return std::nullopt;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr.raw("tasks.owner_column"), ImGuiTableColumnFlags_WidthFixed, 10 * em);
    const Date thisWeek = weekStart(ctx.today);
    std::vector<std::string> headers;
    for (int w = 0; w < weeks_; ++w) {
        const Date monday = windowStart_.plusDays(7 * w);
        headers.push_back(monday == thisWeek ? tr("tasks.this_week") : shownDayMonth(tr, monday));
        ImGui::TableSetupColumn((headers.back() + "###w" + std::to_string(w)).c_str(), ImGuiTableColumnFlags_WidthFixed, 5.5f * em);
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(loadOwners_.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const std::string& owner = loadOwners_[static_cast<size_t>(r)];
            const std::string ownerText = owner.empty() ? tr("tasks.no_owner") : owner;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fitText(ownerText, 10 * em).c_str());
            std::string line = ownerText + ":";
            for (int w = 0; w < weeks_; ++w) {
                ImGui::TableNextColumn();
                const int count = load_[static_cast<size_t>(r)][static_cast<size_t>(w)];
                const bool over = count > capacity_;
                if (over) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, packed(ImVec4(ctx.theme.danger.x, ctx.theme.danger.y, ctx.theme.danger.z, 0.18f)));
                const std::string text = count == 0 ? "0" : over ? tr("tasks.load_over", {{"count_number", std::to_string(count)}}) : tr.number(count);
                ImGui::PushStyleColor(ImGuiCol_Text, over ? ctx.theme.danger : count == 0 ? ctx.theme.textMuted : ctx.theme.text);
                ImGui::TextUnformatted(text.c_str());
                ImGui::PopStyleColor();
                ctx.locator.noteLastItem("load:" + owner + ":" + std::to_string(w));
                line += " " + headers[static_cast<size_t>(w)] + " " + text + ";";
            }
            note({false, 3, line});
        }
    }
    ImGui::EndTable();
    return std::nullopt;
}

}  // namespace waymark::ui
