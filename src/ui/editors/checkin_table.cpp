#include "ui/editors/checkin_table.h"

#include <algorithm>
#include <cctype>

#include "core/plan/date_text.h"
#include "core/text/number_format.h"
#include "core/text/number_parse.h"
#include "core/text/plain_text.h"
#include "imgui.h"
#include "imgui_internal.h"  // ActivateItemByID, ScrollToItem
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
constexpr Confidence kConfidences[] = {Confidence::low, Confidence::medium, Confidence::high};

// "h", "hi", "High": a non-empty beginning of the confidence's name or label.
std::optional<Confidence> parseConfidence(const std::string& text, const Strings& tr) {
    const std::string typed = asciiLower(text);
    for (Confidence c : kConfidences) {
        for (const std::string& word : {std::string(name(c)), asciiLower(tr(std::string("tracking.confidence.") + name(c)))})
            if (!typed.empty() && word.rfind(typed, 0) == 0) return c;
    }
    return std::nullopt;
}

// The date the goal's next check-in is due after `day`: its own rhythm, else a month.
Date nextCheckinDate(const Goal& goal, Date day) {
    return goal.checkinEveryDays ? day.plusDays(*goal.checkinEveryDays) : day.plusMonths(1);
}
}  // namespace

void CheckinTable::gather(const Plan& plan, const std::string& goalId, std::uint64_t planState) {
    if (goalId == gatheredGoal_ && planState == gatheredState_) return;
    gatheredGoal_ = goalId;
    gatheredState_ = planState;
    indices_.clear();
    for (size_t i = 0; i < plan.checkins.size(); ++i)
        if (plan.checkins[i].goalId == goalId) indices_.push_back(i);
    std::stable_sort(indices_.begin(), indices_.end(),
                     [&](size_t a, size_t b) { return plan.checkins[a].date < plan.checkins[b].date; });
}

void CheckinTable::startNew(const std::string& goalId, Date day) {
    row_ = Row{};
    row_->goalId = goalId;
    row_->typed.date = day.str();
    row_->started = row_->typed;
    error_.clear();
    focusKey_ = "value";
    focusFrames_ = kFocusFrames;
    typeAhead_.clear();
}

void CheckinTable::startEdit(const Plan& plan, size_t index, const Strings& tr) {
    const Checkin& c = plan.checkins[index];
    row_ = Row{};
    row_->goalId = c.goalId;
    row_->index = index;
    row_->original = c;
    // The confidence as the user's language says it; parseConfidence reads it back.
    row_->typed = {c.date.str(), tr.number(c.value),
                   c.confidence ? tr(std::string("tracking.confidence.") + name(*c.confidence)) : std::string(), c.note};
    row_->started = row_->typed;
    error_.clear();
    focusKey_ = "value";
    focusFrames_ = kFocusFrames;
    typeAhead_.clear();
}

CheckinTable::Parsed CheckinTable::parseRow(const Row& row, const Strings& tr) {
    const Texts& typed = row.typed;
    const std::optional<Checkin>& was = row.original;
    Checkin c;
    c.goalId = row.goalId;
    if (was && typed.date == row.started.date) {
        c.date = was->date;
    } else {
        const std::string date = trimmed(typed.date);
        const std::optional<Date> day = Date::parse(date);
        if (!day) return {std::nullopt, tr("tracking_view.error_date", {{"text", date}}), "date"};
        c.date = *day;
    }
    if (was && typed.value == row.started.value) {
        c.value = was->value;
    } else {
        const std::string value = trimmed(typed.value);
        if (value.empty()) return {std::nullopt, tr("tracking_view.error_value_empty"), "value"};
        const std::optional<double> number = tr.parseNumber(value);
        if (!number) return {std::nullopt, tr("tracking_view.error_value", {{"text", value}}), "value"};
        c.value = *number;
    }
    if (was && typed.confidence == row.started.confidence) {
        c.confidence = was->confidence;
    } else if (const std::string confidence = trimmed(typed.confidence); !confidence.empty()) {
        c.confidence = parseConfidence(confidence, tr);
        if (!c.confidence) return {std::nullopt, tr("tracking_view.error_confidence", {{"text", confidence}}), "confidence"};
    }
    c.note = was && typed.note == row.started.note ? was->note : trimmed(typed.note);
    return {c, {}, nullptr};
}

std::optional<PlanEdit> CheckinTable::rowEdit(const Plan& plan, const Row& row, const Checkin& c) {
    if (!plan.findGoal(row.goalId)) return std::nullopt;
    if (!row.index) return PlanEdit{AddCheckin{c}};
    const size_t index = *row.index;
    if (index >= plan.checkins.size()) return std::nullopt;
    const Checkin& was = plan.checkins[index];
    const char* field = c.date != was.date                 ? "date"
                        : c.value != was.value             ? "value"
                        : c.confidence != was.confidence   ? "confidence"
                        : c.note != was.note               ? "note"
                                                           : nullptr;
    if (!field) return std::nullopt;
    Checkin next = c;
    next.id = was.id;  // the row edits this check-in: it keeps its id
    return PlanEdit{UpdateCheckin{next, field}};
}

void CheckinTable::afterField(const char* key, bool& enter, bool& escape) {
    if (ImGui::IsItemDeactivated()) {
        enter = enter || ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
        escape = escape || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    }
    if (focusKey_ != key) return;
    if (ImGui::IsItemActive()) {
        // What was typed while the field was on its way arrives in it on the next frame.
        replayTypeAhead(typeAhead_);
        focusKey_.clear();
        focusFrames_ = 0;
        return;
    }
    if (--focusFrames_ <= 0) {
        focusKey_.clear();
        return;
    }
    // SetKeyboardFocusHere misses a field in a row that appeared this frame (1.90.1).
    ImGui::ActivateItemByID(ImGui::GetItemID());
    GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}

std::optional<Intent> CheckinTable::drawEntryRow(const ViewContext& ctx, const Plan& plan, const Goal& goal) {
    const Strings& tr = ctx.tr;
    if (!focusKey_.empty()) {
        // On the frame a field activates, InputText drops that frame's characters (1.90.1).
        ImGuiIO& io = ImGui::GetIO();
        typeAhead_.insert(typeAhead_.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
        io.InputQueueCharacters.resize(0);
    }
    bool enter = false, escape = false;
    struct Field { const char* key; std::string* text; const char* hintKey; };
    const Field fields[] = {{"date", &row_->typed.date, "tracking_view.hint_date"},
                           {"value", &row_->typed.value, "tracking_view.hint_value"},
                           {"confidence", &row_->typed.confidence, "tracking_view.hint_confidence"},
                           {"note", &row_->typed.note, "tracking_view.hint_note"}};
    for (int column = 0; column < 4; ++column) {
        const Field& f = fields[column];
        ImGui::TableSetColumnIndex(column);
        ImGui::SetNextItemWidth(-FLT_MIN);
        inputText((std::string("##") + f.key).c_str(), tr.raw(f.hintKey), *f.text);
        ctx.locator.noteLastItem(std::string("checkin-field:") + f.key);
        // While the row is typed, the draft is the row stored as Enter would store it.
        if (ImGui::IsItemActive() && row_->typed != row_->started)
            ctx.typing.set(std::string("checkin-field:") + f.key, *f.text,
                           [row = *row_](const Plan& p, const std::string&, const Strings& strings) -> FieldEdit {
                               const Parsed parsed = parseRow(row, strings);
                               if (!parsed.checkin) return {std::nullopt, parsed.error};
                               return {rowEdit(p, row, *parsed.checkin), {}};
                           });
        afterField(f.key, enter, escape);
    }
    ImGui::TableSetColumnIndex(4);
    if (accentButton(tr.raw("tracking_view.checkin_save"), "save", ctx.theme)) enter = true;
    ctx.locator.noteLastItem("checkin-save");
    ImGui::SameLine();
    if (smallButton(tr.raw("tracking_view.checkin_cancel"), "cancel")) escape = true;
    ctx.locator.noteLastItem("checkin-cancel");
    if (escape) {
        row_.reset();
        error_.clear();
        focusKey_.clear();
        focusFrames_ = 0;
        return std::nullopt;
    }
    if (!enter) return std::nullopt;
    const Parsed parsed = parseRow(*row_, tr);
    if (!parsed.checkin) {
        error_ = parsed.error;
        focusKey_ = parsed.field;
        focusFrames_ = kFocusFrames;
        return std::nullopt;
    }
    // A date after today is most likely a slip of the keyboard: asked once, the same Enter again keeps it.
    if (parsed.checkin->date > ctx.today && futureAsked_ != parsed.checkin->date) {
        futureAsked_ = parsed.checkin->date;
        error_ = tr("tracking_view.future_ask", {{"date_date", parsed.checkin->date.str()}});
        focusKey_ = "date";
        focusFrames_ = kFocusFrames;
        return std::nullopt;
    }
    futureAsked_.reset();
    error_.clear();
    const std::optional<PlanEdit> edit = rowEdit(plan, *row_, *parsed.checkin);
    if (row_->index) row_.reset();
    // The next row at the goal's next due date, so a series of past check-ins is typed in a row,
    // but never after today: the app would question its own suggestion.
    else startNew(goal.id, std::min(nextCheckinDate(goal, parsed.checkin->date), ctx.today));
    if (!edit) return std::nullopt;
    return Intent{*edit};
}

std::optional<Intent> CheckinTable::draw(const ViewContext& ctx, const Plan& plan, const Goal& goal,
                                         std::uint64_t planState, float height) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    std::optional<Intent> intent;
    gather(plan, goal.id, planState);
    if (row_ && (row_->goalId != goal.id || (row_->index && *row_->index >= plan.checkins.size()))) {
        row_.reset();
        error_.clear();
        focusKey_.clear();
        focusFrames_ = 0;
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("tracking_view.checkins_heading", {{"count_number", std::to_string(indices_.size())}}).c_str());
    if (!ctx.presenting) {  // presentation mode shows, it does not edit
        ImGui::SameLine();
        if (accentButton(tr.raw("tracking_view.checkin_add"), "checkin-add", theme)) startNew(goal.id, ctx.today);
        ctx.locator.noteLastItem("checkin-add:" + goal.id);
    }
    // One slot for the hint or, in its place, the row's error (a date in the future is asked
    // about there), as tall as the tallest of them: the table under it stays where it is while a
    // row is added, questioned or saved.
    const float width = ImGui::GetContentRegionAvail().x;
    const auto heightOf = [&](const std::string& text) { return ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y; };
    float slot = heightOf(error_);
    for (const char* key : {"tracking_view.checkin_keys", "tracking_view.checkins_none", "tracking_view.checkin_intro"})
        slot = std::max(slot, heightOf(tr.raw(key)));
    slot = std::max(slot, heightOf(tr("tracking_view.future_ask", {{"date_date", ctx.today.str()}})));
    ImGui::BeginChild("checkin-hint", ImVec2(0, slot), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
    ImGui::PushStyleColor(ImGuiCol_Text, error_.empty() ? theme.textMuted : theme.danger);
    ImGui::TextWrapped("%s", !error_.empty() ? error_.c_str()
                             : tr.raw(row_                ? "tracking_view.checkin_keys"
                                      : indices_.empty() ? "tracking_view.checkins_none"
                                                         : "tracking_view.checkin_intro"));
    ImGui::PopStyleColor();
    if (!error_.empty()) ctx.locator.noteLastItem("checkin-error");
    ImGui::EndChild();
    ctx.locator.noteLastItem("checkin-hint");

    const float em = ImGui::GetFontSize();
    const float rowHeight = ImGui::GetFrameHeightWithSpacing();
    const float available = ImGui::GetContentRegionAvail().y;
    // The table fills what is left (its rows scroll inside it), at least four rows: the pane
    // around it scrolls only when even those do not fit, so the question above the rows stays in
    // sight while the entry row is typed in.
    const float tableHeight = std::max(height > 0 ? height : available, 4 * rowHeight);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("checkins", 5, flags, ImVec2(0, tableHeight))) return intent;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr.raw("tracking_view.col_date"), ImGuiTableColumnFlags_WidthFixed, 6.2f * em);
    ImGui::TableSetupColumn(tr.raw("tracking_view.col_value"), ImGuiTableColumnFlags_WidthFixed, 4.8f * em);
    ImGui::TableSetupColumn(tr.raw("tracking_view.col_confidence"), ImGuiTableColumnFlags_WidthFixed, 5.8f * em);
    ImGui::TableSetupColumn(tr.raw("tracking_view.col_note"), ImGuiTableColumnFlags_WidthStretch);
    const float actionsWidth =
        std::max(actionButtonsWidth({tr.raw("tracking_view.checkin_edit"), tr.raw("tracking_view.checkin_delete")}),
                 actionButtonsWidth({tr.raw("tracking_view.checkin_save"), tr.raw("tracking_view.checkin_cancel")}));
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, actionsWidth);
    ImGui::TableHeadersRow();

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(indices_.size()), rowHeight);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const size_t index = indices_[static_cast<size_t>(r)];
            const Checkin& c = plan.checkins[index];
            ImGui::TableNextRow(ImGuiTableRowFlags_None, rowHeight);
            ImGui::PushID(static_cast<int>(index));
            if (row_ && row_->index == index) {
                if (auto i = drawEntryRow(ctx, plan, goal)) intent = i;
                ImGui::PopID();
                continue;
            }
            ImGui::TableSetColumnIndex(0);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(shownDate(tr, c.date).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(tr.number(c.value).c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(c.confidence ? tr(std::string("tracking.confidence.") + name(*c.confidence)).c_str() : "");
            ImGui::TableSetColumnIndex(3);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(c.note.c_str());
            if (!c.note.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.note.c_str());
            ImGui::TableSetColumnIndex(4);
            if (!ctx.presenting) {
                if (smallButton(tr.raw("tracking_view.checkin_edit"), "edit")) startEdit(plan, index, tr);
                ctx.locator.noteLastItem("checkin-edit:" + std::to_string(index));
                ImGui::SameLine();
                if (smallButton(tr.raw("tracking_view.checkin_delete"), "delete")) intent = PlanEdit{DeleteCheckin{c.id}};
                ctx.locator.noteLastItem("checkin-delete:" + std::to_string(index));
            }
            ImGui::PopID();
        }
    }
    if (row_ && !row_->index) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, rowHeight);
        ImGui::PushID("new");
        if (auto i = drawEntryRow(ctx, plan, goal)) intent = i;
        ImGui::PopID();
    }
    ImGui::EndTable();
    return intent;
}

}  // namespace waymark::ui
