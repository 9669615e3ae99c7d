#include "ui/views/tracking/tracking_view.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "core/method/catalog.h"
#include "core/text/number_format.h"
#include "core/plan/date_text.h"
#include "imgui.h"
#include "ui/views/tracking/goal_chart_view.h"
#include "ui/kit/status_colors.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {

// From this width (in em) the chart and the check-ins sit side by side under the dashboard.
constexpr float kChartBesideTableEm = 56.0f;
// Below this width (in em) the dashboard scrolls sideways, its goal column this wide.
constexpr float kWideTableEm = 66.0f;
constexpr float kNarrowGoalEm = 14.0f;
// The dashboard takes at most this share of the view's height when a goal is selected.
constexpr float kDashboardShare = 0.36f;
// Filter choices for "serves no objective" and "tasks without an owner" (never plan ids: those
// are non-empty strings the plan chose, and these contain a character ids never have).
const std::string kNoObjective = "\n-none";
const std::string kNoOwner = "\n-none";

constexpr Status kStatuses[] = {Status::off_track, Status::missed,      Status::at_risk,  Status::stale,
                                Status::not_started, Status::on_track, Status::achieved, Status::unmeasured};
struct ColumnInfo {
    DashboardColumn id;
    const char* name;      // the header's item name is "sort:<name>"
    const char* labelKey;
    float widthEm;         // 0 = stretch
};
constexpr ColumnInfo kColumns[] = {
    {DashboardColumn::goal, "goal", "tracking_view.col_goal", 0},
    {DashboardColumn::status, "status", "tracking_view.col_status", 7.5f},
    {DashboardColumn::progress, "progress", "tracking_view.col_progress", 8.5f},
    {DashboardColumn::current, "current", "tracking_view.col_current", 7.5f},
    {DashboardColumn::projection, "projection", "tracking_view.col_projection", 8.5f},
    {DashboardColumn::deadline, "deadline", "tracking_view.col_deadline", 6.5f},
    {DashboardColumn::owners, "owners", "tracking_view.col_owners", 8.0f},
};

// The order of statuses from the most urgent: what needs attention comes first.
int urgency(Status s) {
    return static_cast<int>(std::find(std::begin(kStatuses), std::end(kStatuses), s) - std::begin(kStatuses));
}

// The status's words: in its colour, or in body text where the colour is the muted grey.
const ImVec4& statusTextColor(Status s, const Theme& theme) {
    const ImVec4& color = statusColor(s, theme);
    return &color == &theme.textMuted ? theme.text : color;
}

std::string statusText(Status s, const Strings& tr) { return tr(std::string("tracking.status.") + name(s)); }

// Compares optional keys with the missing ones last in either direction.
template <class T>
int compareOptional(const std::optional<T>& a, const std::optional<T>& b) {
    if (!a || !b) return a ? -2 : b ? 2 : 0;
    return *a < *b ? -1 : *b < *a ? 1 : 0;
}

// A filled bar of the fraction (clamped to 0..1) with the percentage after it, in one table cell.
void progressBar(const DashboardRow& row, const Theme& theme, const Strings& tr) {
    if (!row.progress) {
        ImGui::TextDisabled("%s", tr.raw("tracking_view.none"));
        return;
    }
    const float em = ImGui::GetFontSize();
    const std::string percent = tr.percent(*row.progress);
    const float textWidth = ImGui::CalcTextSize(tr.percent(-1.0).c_str()).x;
    const float barWidth = std::max(em, ImGui::GetContentRegionAvail().x - textWidth - 0.4f * em);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float lineHeight = ImGui::GetTextLineHeight();
    const float top = std::round(at.y + lineHeight * 0.25f), bottom = std::round(at.y + lineHeight * 0.75f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float left = std::round(at.x), right = std::round(at.x + barWidth);
    draw->AddRectFilled(ImVec2(left, top), ImVec2(right, bottom), packed(theme.surfaceBorder), 0.2f * em);
    const float filled = std::clamp(static_cast<float>(*row.progress), 0.0f, 1.0f);
    if (filled > 0)
        draw->AddRectFilled(ImVec2(left, top), ImVec2(std::round(left + (right - left) * filled), bottom),
                            packed(statusColor(row.status, theme)), 0.2f * em);
    ImGui::Dummy(ImVec2(barWidth, lineHeight));
    ImGui::SameLine(0, 0.4f * em);
    ImGui::TextUnformatted(percent.c_str());
}

}  // namespace

void TrackingView::select(const std::string& goalId) {
    if (goalId == selected_) return;
    selected_ = goalId;
    ++describedVersion_;
}

void TrackingView::refresh(const Plan& plan, std::uint64_t planState, Date today, const Strings& tr) {
    if (planState == state_ && today == today_ && rows_.size() == plan.goals.size()) return;
    state_ = planState;
    today_ = today;
    const std::vector<GoalTrack> tracks = trackGoals(plan, today);
    // Owners of each goal's tasks, through their tactics.
    std::unordered_map<std::string_view, size_t> goalIndex;
    for (size_t i = 0; i < plan.goals.size(); ++i) goalIndex.emplace(plan.goals[i].id, i);
    std::unordered_map<std::string_view, size_t> tacticGoal;
    for (const Tactic& t : plan.tactics)
        if (const auto it = goalIndex.find(t.goalId); it != goalIndex.end()) tacticGoal.emplace(t.id, it->second);
    std::vector<std::set<std::string>> owners(plan.goals.size());
    std::set<std::string> everyone;
    for (const Task& task : plan.tasks) {
        const auto it = tacticGoal.find(task.tacticId);
        if (it == tacticGoal.end()) continue;
        for (const std::string& o : task.owners) {
            owners[it->second].insert(o);
            everyone.insert(o);
        }
    }
    owners_.assign(everyone.begin(), everyone.end());
    rows_.clear();
    rows_.reserve(plan.goals.size());
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals[i];
        const GoalTrack& t = tracks[i];
        DashboardRow row;
        row.goal = i;
        row.id = g.id;
        row.title = g.title.empty() ? tr("outline.untitled_goal") : g.title;
        if (g.objectiveId && plan.findObjective(*g.objectiveId)) row.objectiveId = *g.objectiveId;
        row.status = t.status;
        row.issue = t.progress.issue;
        if (t.progress.issue == ProgressIssue::none) row.progress = t.progress.fraction;
        if (t.latest && t.progress.issue == ProgressIssue::none) row.current = t.progress.current;
        const std::string none = tr("tracking_view.none");
        row.currentText = (row.current ? tr.number(*row.current) : none) + " / " + (g.target ? tr.number(*g.target) : none);
        if (t.forecast) {
            row.projection = t.forecast->value;
            row.projectionText = tr("tracking_view.projection_value", {{"value_number", formatNumber(std::round(t.forecast->value * 10) / 10)}});
        } else {
            row.projectionText = none;
        }
        row.deadline = g.deadline;
        row.deadlineText = g.deadline ? shownDate(tr, *g.deadline) : none;
        row.owners.assign(owners[i].begin(), owners[i].end());
        for (const std::string& o : row.owners) row.ownersText += (row.ownersText.empty() ? "" : ", ") + o;
        if (row.ownersText.empty()) row.ownersText = tr("tracking_view.no_owner");
        rows_.push_back(std::move(row));
    }
    orderDirty_ = true;
    ++describedVersion_;
}

void TrackingView::reorder() {
    orderDirty_ = false;
    ++describedVersion_;
    order_.clear();
    for (size_t i = 0; i < rows_.size(); ++i) {
        const DashboardRow& r = rows_[i];
        if (!filterObjective_.empty() && r.objectiveId != (filterObjective_ == kNoObjective ? "" : filterObjective_)) continue;
        if (filterStatus_ && r.status != *filterStatus_) continue;
        if (!filterOwner_.empty()) {
            const bool match = filterOwner_ == kNoOwner ? r.owners.empty()
                                                        : std::binary_search(r.owners.begin(), r.owners.end(), filterOwner_);
            if (!match) continue;
        }
        order_.push_back(i);
    }
    // Compares two rows by the sort column; ties keep the plan's order. Missing values go last.
    auto compare = [this](const DashboardRow& a, const DashboardRow& b) -> int {
        switch (sortColumn_) {
            case DashboardColumn::goal: return a.title < b.title ? -1 : b.title < a.title ? 1 : 0;
            case DashboardColumn::status: return (urgency(a.status) > urgency(b.status)) - (urgency(a.status) < urgency(b.status));
            case DashboardColumn::progress: return compareOptional(a.progress, b.progress);
            case DashboardColumn::current: return compareOptional(a.current, b.current);
            case DashboardColumn::projection: return compareOptional(a.projection, b.projection);
            case DashboardColumn::deadline: return compareOptional(a.deadline, b.deadline);
            case DashboardColumn::owners:
                if (a.owners.empty() || b.owners.empty()) return a.owners.empty() == b.owners.empty() ? 0 : a.owners.empty() ? 2 : -2;
                return a.ownersText < b.ownersText ? -1 : b.ownersText < a.ownersText ? 1 : 0;
        }
        return 0;
    };
    std::stable_sort(order_.begin(), order_.end(), [&](size_t x, size_t y) {
        const int c = compare(rows_[x], rows_[y]);
        if (c == 2 || c == -2) return c < 0;  // a missing value is last whichever the direction
        return sortDescending_ ? c > 0 : c < 0;
    });
}

void TrackingView::refreshChart(const Plan& plan, Date today, const Strings& tr) {
    if (selected_ == chartGoal_ && state_ == chartState_) return;
    const Goal* goal = plan.findGoal(selected_);
    chartGoal_ = goal ? selected_ : std::string();
    chartState_ = state_;
    if (!goal) return;
    chart_ = goalChartData(plan, *goal, today, chartShape_);
    unitText_ = tr("tracking_view.unit_value");
    if (const std::optional<Kpi> kpi = findKpi(plan, goal->kpi)) {
        // The unit as a label's parenthesis says it: "count" in English, "Anzahl" in German.
        std::string unit = tr(std::string("unit.") + name(kpi->unit) + ".in_label");
        if (kpi->unit == KpiUnit::currency && !plan.context.currency.empty()) unit = plan.context.currency;
        unitText_ = tr("tracking_view.chart_unit", {{"kpi", kpiName(*kpi, tr)}, {"unit", unit}});
    }
    ++describedVersion_;
}

std::vector<const DashboardRow*> TrackingView::shownRows() const {
    std::vector<const DashboardRow*> out;
    for (size_t i : order_) out.push_back(&rows_[i]);
    return out;
}

const DashboardRow* TrackingView::selectedRow() const {
    if (chartGoal_.empty()) return nullptr;
    const auto it = std::find_if(rows_.begin(), rows_.end(), [&](const DashboardRow& r) { return r.id == chartGoal_; });
    return it == rows_.end() ? nullptr : &*it;
}

void TrackingView::drawFilters(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    auto label = [&](const char* key) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr.raw(key));
        ImGui::SameLine();
    };
    // Objective
    std::vector<std::string> labels{tr("tracking_view.filter_all_objectives")};
    std::vector<std::string> ids{""};
    for (const Objective& o : plan.objectives) {
        labels.push_back(o.title.empty() ? tr("outline.untitled_objective") : o.title);
        ids.push_back(o.id);
    }
    labels.push_back(tr("tracking_view.filter_no_objective"));
    ids.push_back(kNoObjective);
    int at = static_cast<int>(std::find(ids.begin(), ids.end(), filterObjective_) - ids.begin());
    if (at >= static_cast<int>(ids.size())) at = 0;
    label("tracking_view.filter_objective");
    ImGui::SetNextItemWidth(14 * em);
    if (const auto picked = filters_.choice(ctx, "filter-objective", at, labels)) {
        filterObjective_ = ids[*picked];
        orderDirty_ = true;
    }
    // Status
    ImGui::SameLine(0, em);
    labels = {tr("tracking_view.filter_all_statuses")};
    at = 0;
    for (Status s : kStatuses) {
        labels.push_back(statusText(s, tr));
        if (filterStatus_ == s) at = static_cast<int>(labels.size()) - 1;
    }
    if (ImGui::GetContentRegionAvail().x < 20 * em) ImGui::NewLine();
    label("tracking_view.filter_status");
    ImGui::SetNextItemWidth(9 * em);
    if (const auto picked = filters_.choice(ctx, "filter-status", at, labels)) {
        filterStatus_ = *picked == 0 ? std::nullopt : std::optional<Status>(kStatuses[*picked - 1]);
        orderDirty_ = true;
    }
    // Owner
    ImGui::SameLine(0, em);
    labels = {tr("tracking_view.filter_all_owners")};
    ids = {""};
    for (const std::string& o : owners_) {
        labels.push_back(o);
        ids.push_back(o);
    }
    labels.push_back(tr("tracking_view.filter_no_owner"));
    ids.push_back(kNoOwner);
    at = static_cast<int>(std::find(ids.begin(), ids.end(), filterOwner_) - ids.begin());
    if (at >= static_cast<int>(ids.size())) at = 0;
    if (ImGui::GetContentRegionAvail().x < 20 * em) ImGui::NewLine();
    label("tracking_view.filter_owner");
    ImGui::SetNextItemWidth(9 * em);
    if (const auto picked = filters_.choice(ctx, "filter-owner", at, labels)) {
        filterOwner_ = ids[*picked];
        orderDirty_ = true;
    }
}

std::optional<Intent> TrackingView::drawTable(const ViewContext& ctx, float height) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    // Too narrow for every column (the goal editor beside it): the table scrolls sideways.
    const bool narrow = ImGui::GetContentRegionAvail().x < kWideTableEm * em;
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_PadOuterX | (narrow ? ImGuiTableFlags_ScrollX : ImGuiTableFlags_None);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0.45f * em, 0.3f * em));
    if (!ImGui::BeginTable("dashboard", static_cast<int>(std::size(kColumns)), flags, ImVec2(0, height))) {
        ImGui::PopStyleVar();
        return intent;
    }
    ImGui::TableSetupScrollFreeze(narrow ? 1 : 0, 1);
    for (const ColumnInfo& c : kColumns) {
        ImGuiTableColumnFlags columnFlags = c.widthEm > 0 || narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
        if (c.id == DashboardColumn::status) columnFlags |= ImGuiTableColumnFlags_DefaultSort;
        const float width = (c.widthEm > 0 ? c.widthEm : kNarrowGoalEm) * em;
        ImGui::TableSetupColumn(tr.raw(c.labelKey), columnFlags, width, static_cast<ImGuiID>(c.id));
    }
    // Headers one by one, so each is a named item a test can click.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < static_cast<int>(std::size(kColumns)); ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        ctx.locator.noteLastItem(std::string("sort:") + kColumns[c].name);
    }
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            sortColumn_ = static_cast<DashboardColumn>(specs->Specs[0].ColumnUserID);
            sortDescending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
        orderDirty_ = true;
    }
    if (orderDirty_) reorder();

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order_.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const DashboardRow& row = rows_[order_[static_cast<size_t>(r)]];
            const std::string& id = row.id;
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(row.goal));
            ImGui::TableSetColumnIndex(0);
            if (ImGui::Selectable(row.title.c_str(), id == selected_, ImGuiSelectableFlags_SpanAllColumns))
                select(id);
            ctx.locator.noteLastItem("goal-row:" + id);
            if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) intent = EditGoal{id};
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
                ImGui::SetTooltip("%s\n%s", row.title.c_str(), tr.raw("tracking_view.row_hint"));
            ImGui::TableSetColumnIndex(1);
            const ImVec4& color = statusColor(row.status, theme);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float lineHeight = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(std::round(at.x + 0.3f * em), std::round(at.y + lineHeight * 0.5f)),
                                                        0.28f * em, packed(color));
            ImGui::Dummy(ImVec2(0.6f * em, lineHeight));
            ImGui::SameLine(0, 0.35f * em);
            ImGui::PushStyleColor(ImGuiCol_Text, statusTextColor(row.status, theme));
            ImGui::TextUnformatted(statusText(row.status, tr).c_str());
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(2);
            progressBar(row, theme, tr);
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(row.currentText.c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::TextUnformatted(row.projectionText.c_str());
            ImGui::TableSetColumnIndex(5);
            ImGui::TextUnformatted(row.deadlineText.c_str());
            ImGui::TableSetColumnIndex(6);
            if (row.owners.empty()) ImGui::TextDisabled("%s", row.ownersText.c_str());
            else ImGui::TextUnformatted(row.ownersText.c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    ImGui::PopStyleVar();
    return intent;
}

std::optional<Intent> TrackingView::draw(const ViewContext& ctx, const Plan& plan, std::uint64_t planState) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    refresh(plan, planState, ctx.today, tr);
    if (orderDirty_) reorder();
    // A goal is always selected while there is one, so the chart is never an empty box.
    if (!plan.findGoal(selected_)) select(order_.empty() ? (plan.goals.empty() ? std::string() : plan.goals.front().id)
                                                         : rows_[order_.front()].id);
    refreshChart(plan, ctx.today, tr);

    ImGui::Dummy(ImVec2(0, 0.2f * em));
    if (plan.goals.empty()) {
        ImGui::TextWrapped("%s", tr.raw("tracking_view.no_goals"));
        return intent;
    }
    drawFilters(ctx, plan);
    ImGui::SameLine(0, em);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(rows_.size() == 1 ? "tracking_view.shown.one" : "tracking_view.shown.other",
                                 {{"shown_number", std::to_string(order_.size())}, {"total_number", std::to_string(rows_.size())}})
                                  .c_str());
    // What a click does, after the count when it fits there (the chart needs the height).
    const char* intro = tr.raw("tracking_view.intro");
    ImGui::SameLine(0, em);
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(intro).x) ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", intro);
    ImGui::PopStyleColor();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float rowStep = ImGui::GetTextLineHeight() + 0.6f * em + 2;
    const float available = ImGui::GetContentRegionAvail().y;
    const float wanted = (static_cast<float>(order_.size()) + 1.15f) * rowStep;
    const float height = std::floor(std::max(std::min(wanted, available * kDashboardShare), 4 * rowStep));
    if (auto i = drawTable(ctx, height)) intent = i;
    refreshChart(plan, ctx.today, tr);  // a row clicked just now shows its chart in this frame
    if (order_.empty()) {
        ImGui::TextWrapped("%s", tr.raw("tracking_view.filtered_out"));
    }
    ImGui::Dummy(ImVec2(0, 0.3f * em - style.ItemSpacing.y));
    if (auto i = drawSelected(ctx, plan, planState)) intent = i;
    return intent;
}

std::optional<Intent> TrackingView::drawSelected(const ViewContext& ctx, const Plan& plan, std::uint64_t planState) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    const Goal* goal = plan.findGoal(chartGoal_);
    const DashboardRow* row = selectedRow();
    if (!goal || !row) return intent;

    // The goal's name, its status in words, and the way to its editor.
    const float editWidth = ctx.presenting ? 0.0f : actionButtonsWidth({tr.raw("tracking_view.edit_goal")});
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(fitText(row->title, ImGui::GetContentRegionAvail().x - editWidth - em).c_str());
    ImGui::PopFont();
    if (!ctx.presenting) {  // presentation mode shows, it does not edit
        ImGui::SameLine(ImGui::GetContentRegionMax().x - editWidth + ImGui::GetStyle().ItemSpacing.x);
        if (smallButton(tr.raw("tracking_view.edit_goal"), "edit-goal")) intent = EditGoal{goal->id};
        ctx.locator.noteLastItem("tracking-edit:" + goal->id);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, statusTextColor(row->status, ctx.theme));
    ImGui::TextUnformatted(statusText(row->status, tr).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", summary(*row, tr).c_str());

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x >= kChartBesideTableEm * em) {
        const float height = std::floor(std::max(avail.y, 15 * em));
        const float chartWidth = std::floor(avail.x * 0.55f);
        ImGui::BeginChild("chart", ImVec2(chartWidth, height), ImGuiChildFlags_None,
                          ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        if (auto i = drawChart(ctx, *goal, ImVec2(chartWidth, height))) intent = i;
        ImGui::EndChild();
        ImGui::SameLine(0, em);
        ImGui::BeginChild("checkins", ImVec2(0, height), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        if (auto i = checkins_.draw(ctx, plan, *goal, planState, 0)) intent = i;
        ImGui::EndChild();
    } else {
        if (auto i = drawChart(ctx, *goal, ImVec2(avail.x, 20 * em))) intent = i;
        ImGui::Spacing();
        if (auto i = checkins_.draw(ctx, plan, *goal, planState, 14 * ImGui::GetFrameHeightWithSpacing())) intent = i;
    }
    return intent;
}

std::string TrackingView::summary(const DashboardRow& row, const Strings& tr) const {
    std::string text;
    if (row.progress) text += tr("tracking_view.summary_progress", {{"percent_number", formatPercent(*row.progress)}});
    else text += tr(std::string("tracking.issue.") + name(row.issue));
    text += "  ·  " + tr("tracking_view.summary_values", {{"values", row.currentText}});
    if (row.projection)
        text += "  ·  " + tr("tracking_view.summary_projection", {{"projection", row.projectionText}, {"date", row.deadlineText}});
    return text;
}

std::optional<Intent> TrackingView::drawChart(const ViewContext& ctx, const Goal& goal, ImVec2 size) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    const DashboardRow* row = selectedRow();
    // Without the numbers a chart would be an empty frame: say what is missing and what to do.
    const char* missing = goal.soft && !goal.target                ? "tracking_view.empty_soft"
                          : row->issue == ProgressIssue::no_baseline ? "tracking_view.empty_no_baseline"
                          : row->issue == ProgressIssue::no_target   ? "tracking_view.empty_no_target"
                                                                     : nullptr;
    if (missing) {
        ImGui::TextWrapped("%s", tr.raw(missing));
        if (smallButton(tr.raw("tracking_view.edit_goal"), "empty-edit")) intent = EditGoal{goal.id};
        ctx.locator.noteLastItem("chart-edit:" + goal.id);
        return intent;
    }
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const char* note = !goal.deadline          ? "tracking_view.empty_no_deadline"
                       : chart_.actual.empty() ? "tracking_view.empty_no_checkins"
                                               : nullptr;
    if (note) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.warning);
        ImGui::TextWrapped("%s", tr.raw(note));
        ImGui::PopStyleColor();
    }
    const float used = ImGui::GetCursorScreenPos().y - top.y + ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    if (chart_.compoundedPossible && !chart_.line) {
        // The path's shape: the straight line the status compares with, or constant growth. It
        // sits at the right of the chart's first line, where the unit is on the left.
        const float radio = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
        const float width = ImGui::CalcTextSize(tr.raw("tracking_view.path_shape")).x +
                            ImGui::CalcTextSize(tr.raw("tracking_view.path_linear")).x +
                            ImGui::CalcTextSize(tr.raw("tracking_view.path_compounded")).x + 2 * radio +
                            2 * ImGui::GetStyle().ItemSpacing.x;
        ImGui::SetCursorScreenPos(ImVec2(std::floor(start.x + size.x - width - 1.2f * em), start.y));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr.raw("tracking_view.path_shape"));
        ImGui::SameLine();
        if (ImGui::RadioButton(tr.raw("tracking_view.path_linear"), chartShape_ == PathShape::linear) &&
            chartShape_ != PathShape::linear) {
            chartShape_ = PathShape::linear;
            chartState_ = UINT64_MAX;
        }
        ctx.locator.noteLastItem("path-shape:linear");
        ImGui::SameLine();
        if (ImGui::RadioButton(tr.raw("tracking_view.path_compounded"), chartShape_ == PathShape::compounded) &&
            chartShape_ != PathShape::compounded) {
            chartShape_ = PathShape::compounded;
            chartState_ = UINT64_MAX;
        }
        ctx.locator.noteLastItem("path-shape:compounded");
        ImGui::SetCursorScreenPos(start);
    }
    drawGoalChart(ctx, chart_, unitText_, ImVec2(size.x, std::max(12 * em, size.y - used)));
    return intent;
}

}  // namespace waymark::ui
