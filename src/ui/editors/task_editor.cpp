#include "ui/editors/task_editor.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>

#include "core/method/tasks.h"
#include "core/plan/goal_input.h"
#include "core/plan/date_text.h"
#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
// The repeat choices, "does not repeat" first; labels are "tasks.repeat.<name>".
constexpr const char* kRepeatChoices[] = {"none", "day", "week", "month"};
// How many past dates the occurrence list shows besides the overdue ones, and how many ahead.
constexpr int kPastShown = 6;
constexpr int kAheadShown = 3;
constexpr size_t kOverdueShown = 24;


// A date field's text: empty clears it (an empty optional inside), a date sets it; nullopt when
// the text is no date.
std::optional<std::optional<Date>> parseDateText(const std::string& text) {
    if (text.find_first_not_of(" \t") == std::string::npos) return std::optional<Date>();
    const auto parsed = Date::parse(text);
    if (!parsed) return std::nullopt;
    return std::optional<Date>(*parsed);
}

UpdateTask update(Task task, std::string field) { return UpdateTask{std::move(task), std::move(field)}; }

// The dates the occurrence list shows: the overdue ones, the last few before today, the next few.
std::vector<Date> listedOccurrences(const Task& task, Date today) {
    if (!task.repeat || !task.due) return {};
    const long unitDays = task.repeat->unit == RepeatUnit::month ? 31 : task.repeat->unit == RepeatUnit::week ? 7 : 1;
    const long span = std::max(1, task.repeat->every) * unitDays;
    std::vector<Date> dates = overdueOccurrences(task, today, kOverdueShown);
    const auto past = occurrences(task, today.plusDays(-span * (kPastShown + 1)), today);
    dates.insert(dates.end(), past.end() - std::min<long>(kPastShown, static_cast<long>(past.size())), past.end());
    const auto ahead = occurrences(task, today.plusDays(1), today.plusDays(span * (kAheadShown + 1)), kAheadShown);
    dates.insert(dates.end(), ahead.begin(), ahead.end());
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

void sectionLabel(const ViewContext& ctx, const char* key) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextUnformatted(ctx.tr.raw(key));
    ImGui::PopStyleColor();
}
}  // namespace

void TaskEditor::open(const std::string& taskId, bool focusTitle) {
    if (taskId != taskId_) form_.reset();
    taskId_ = taskId;
    if (focusTitle) form_.focus("task.title");
}

std::optional<PlanEdit> TaskEditor::taskField(const ViewContext& ctx, const Plan& plan, const Task& task,
                                              const std::string& key, const std::string& value, const char* hint,
                                              const char* field, SetText set) {
    return form_.edit(ctx, plan, key, value, hint,
                      [id = task.id, field, set = std::move(set)](const Plan& p, const std::string& text, const Strings& tr) -> FieldEdit {
                          const Task* found = p.findTask(id);
                          if (!found) return {};
                          Task next = *found;
                          if (const char* error = set(next, text)) return {std::nullopt, tr(error, {{"text", text}})};
                          return {PlanEdit{update(std::move(next), field)}, {}};
                      });
}

std::optional<Intent> TaskEditor::draw(const ViewContext& ctx, const Plan& plan, const Task& task,
                                       const std::vector<std::string>& owners, bool& closed) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    auto take = [&](std::optional<Intent> i) { if (i) intent = std::move(i); };
    if (task.id != taskId_) open(task.id, false);
    form_.layout(6.5f * ImGui::GetFontSize());

    chip(tr.raw("tasks.editor_title"), ctx.theme.tactic);
    const float closeWidth = actionButtonsWidth({tr.raw("tasks.close")});
    ImGui::SameLine(ImGui::GetContentRegionMax().x - closeWidth + ImGui::GetStyle().ItemSpacing.x);
    if (smallButton(tr.raw("tasks.close"), "task-close")) closed = true;
    ctx.locator.noteLastItem("task-close");

    // A new task's title takes the keyboard over a few frames; what is typed meanwhile is held
    // (the field drops the characters of its activation frame) and handed to it once active.
    if (form_.needsFrames()) {
        ImGuiIO& io = ImGui::GetIO();
        typeAhead_.insert(typeAhead_.end(), io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
        io.InputQueueCharacters.resize(0);
    }
    form_.row(ctx, tr.raw("tasks.field_title"));
    if (auto edit = taskField(ctx, plan, task, "task.title", task.title, tr.raw("tasks.title_hint"), "title",
                              [](Task& t, const std::string& text) -> const char* {
                                  t.title = text;
                                  return nullptr;
                              }))
        intent = std::move(*edit);
    if (form_.activeKey() == "task.title") replayTypeAhead(typeAhead_);
    else if (!form_.needsFrames()) typeAhead_.clear();

    // Owners: each named one with a way to remove it, then a pick from the plan's names or a new one.
    form_.row(ctx, tr.raw("tasks.field_owners"));
    if (task.owners.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.warning);
        ImGui::TextUnformatted(tr.raw("tasks.no_owner"));
        ImGui::PopStyleColor();
    }
    for (size_t i = 0; i < task.owners.size(); ++i) {
        const std::string& owner = task.owners[i];
        if (i > 0) ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(owner.c_str()).x + 6 * ImGui::GetFontSize()) ImGui::NewLine();
        chip(owner.c_str(), ctx.theme.text);
        ImGui::SameLine(0, 0.2f * ImGui::GetFontSize());
        if (smallButton(tr.raw("tasks.owner_remove"), ("owner-remove:" + owner).c_str())) {
            Task next = task;
            next.owners.erase(next.owners.begin() + static_cast<std::ptrdiff_t>(i));
            intent = update(std::move(next), "owners");
        }
        ctx.locator.noteLastItem("owner-remove:" + owner);
    }
    std::vector<std::string> others;
    for (const std::string& o : owners)
        if (std::find(task.owners.begin(), task.owners.end(), o) == task.owners.end()) others.push_back(o);
    form_.indent();
    if (!others.empty()) {
        std::vector<std::string> labels{tr("tasks.owner_pick")};
        labels.insert(labels.end(), others.begin(), others.end());
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (const auto picked = form_.choice(ctx, "task.owner_pick", 0, labels); picked && *picked > 0) {
            Task next = task;
            next.owners.push_back(others[static_cast<size_t>(*picked - 1)]);
            intent = update(std::move(next), "owners");
        }
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (auto edit = form_.edit(ctx, plan, "task.owner_new", "", tr.raw("tasks.owner_new_hint"),
                               [id = task.id](const Plan& p, const std::string& text, const Strings&) -> FieldEdit {
                                   const Task* found = p.findTask(id);
                                   const auto first = text.find_first_not_of(" \t");
                                   if (!found || first == std::string::npos) return {};
                                   const std::string name = text.substr(first, text.find_last_not_of(" \t") - first + 1);
                                   if (std::find(found->owners.begin(), found->owners.end(), name) != found->owners.end()) return {};
                                   Task next = *found;
                                   next.owners.push_back(text);
                                   return {PlanEdit{update(std::move(next), "owners")}, {}};
                               }))
        intent = std::move(*edit);
    form_.unindent();

    form_.row(ctx, tr.raw("tasks.field_due"));
    if (auto edit = taskField(ctx, plan, task, "task.due", isoOrEmpty(task.due), tr.raw("tasks.date_hint"), "due",
                              [](Task& t, const std::string& text) -> const char* {
                                  const auto date = parseDateText(text);
                                  if (!date) return "tasks.invalid_date";
                                  t.due = *date;
                                  if (!t.due) t.repeat.reset();  // a repeat needs its first date
                                  return nullptr;
                              }))
        intent = std::move(*edit);
    form_.indent();
    const Date picks[] = {ctx.today, ctx.today.plusDays(1), weekStart(ctx.today).plusDays(7),
                          quickDate(QuickDate::end_of_month, ctx.today)};
    const char* pickKeys[] = {"tasks.quick_today", "tasks.quick_tomorrow", "tasks.quick_next_monday",
                              "tasks.quick_end_of_month"};
    const char* pickNames[] = {"quick:task-today", "quick:task-tomorrow", "quick:task-next-monday", "quick:task-end-of-month"};
    for (size_t i = 0; i < std::size(picks); ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(tr.raw(pickKeys[i])).x + 2 * ImGui::GetFontSize())
            ImGui::NewLine();
        if (smallButton(tr.raw(pickKeys[i]), pickNames[i]) && task.due != picks[i]) {
            Task next = task;
            next.due = picks[i];
            intent = update(std::move(next), "due");
        }
        ctx.locator.noteLastItem(pickNames[i]);
    }
    form_.unindent();

    take(drawRepeat(ctx, plan, task));

    form_.row(ctx, tr.raw("tasks.field_done"));
    if (const auto done = form_.check(ctx, "task.done", task.done,
                                      tr.raw(task.repeat ? "tasks.done_series" : "tasks.done_whole")))
        intent = PlanEdit{SetTaskDone{task.id, std::nullopt, *done}};

    take(drawOccurrences(ctx, task));

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (dangerButton(tr.raw("tasks.delete"), "task-delete", ctx.theme)) intent = PlanEdit{DeleteTask{task.id}};
    ctx.locator.noteLastItem("task-delete");
    return intent;
}

std::optional<Intent> TaskEditor::drawRepeat(const ViewContext& ctx, const Plan& plan, const Task& task) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    form_.row(ctx, tr.raw("tasks.field_repeat"));
    std::vector<std::string> labels;
    for (const char* c : kRepeatChoices) labels.push_back(tr(std::string("tasks.repeat.") + c));
    const int current = task.repeat ? 1 + static_cast<int>(task.repeat->unit) : 0;
    if (const auto picked = form_.choice(ctx, "task.repeat", current, labels)) {
        Task next = task;
        if (*picked == 0) {
            next.repeat.reset();
        } else {
            Repeat r = next.repeat.value_or(Repeat{});
            r.unit = static_cast<RepeatUnit>(*picked - 1);
            if (r.unit != RepeatUnit::month) r.dayOfMonth.reset();
            next.repeat = r;
            if (!next.due) next.due = ctx.today;  // a repeating task needs a first date
        }
        intent = update(std::move(next), "repeat");
    }
    if (!task.repeat) return intent;
    const Repeat& repeat = *task.repeat;
    // A whole number from min to max written by `set` into the task's repeat; empty gives nullopt.
    auto wholeNumber = [&](const std::string& key, std::optional<int> value, const char* hint, int min, int max,
                           const char* errorKey, void (*set)(Repeat&, std::optional<int>)) {
        if (auto edit = taskField(ctx, plan, task, key, value ? std::to_string(*value) : std::string(), hint, "repeat",
                                  [min, max, errorKey, set](Task& t, const std::string& text) -> const char* {
                                      const bool empty = text.find_first_not_of(" \t") == std::string::npos;
                                      char* end = nullptr;
                                      const long n = empty ? 0 : std::strtol(text.c_str(), &end, 10);
                                      if (!empty && !(end && *end == '\0' && n >= min && n <= max)) return errorKey;
                                      if (!t.repeat) return nullptr;
                                      set(*t.repeat, empty ? std::nullopt : std::optional<int>(static_cast<int>(n)));
                                      return nullptr;
                                  }))
            intent = std::move(*edit);
    };
    form_.row(ctx, tr.raw("tasks.field_every"));
    wholeNumber("task.every", repeat.every, tr.raw("tasks.every_hint"), 1, 366, "tasks.invalid_every",
                [](Repeat& r, std::optional<int> n) { r.every = n.value_or(1); });
    if (repeat.unit == RepeatUnit::month) {
        form_.row(ctx, tr.raw("tasks.field_day"));
        wholeNumber("task.day", repeat.dayOfMonth, tr.raw("tasks.day_hint"), 1, 31, "tasks.invalid_day",
                    [](Repeat& r, std::optional<int> n) { r.dayOfMonth = n; });
    }
    form_.row(ctx, tr.raw("tasks.field_until"));
    if (auto edit = taskField(ctx, plan, task, "task.until", isoOrEmpty(repeat.until), tr.raw("tasks.date_hint"), "repeat",
                              [](Task& t, const std::string& text) -> const char* {
                                  const auto date = parseDateText(text);
                                  if (!date) return "tasks.invalid_date";
                                  if (t.repeat) t.repeat->until = *date;
                                  return nullptr;
                              }))
        intent = std::move(*edit);
    return intent;
}

std::optional<Intent> TaskEditor::drawOccurrences(const ViewContext& ctx, const Task& task) {
    const Strings& tr = ctx.tr;
    if (!task.repeat || !task.due) return std::nullopt;
    std::optional<Intent> intent;
    sectionLabel(ctx, "tasks.occurrences");
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw(task.done ? "tasks.occurrences_all_done" : "tasks.occurrences_hint"));
    ImGui::PopStyleColor();
    // One task's dates, bounded by the caps above: cheap enough to list on every frame.
    const std::vector<Date> dates = listedOccurrences(task, ctx.today);
    if (const size_t hidden = overdueOccurrences(task, ctx.today).size(); hidden > kOverdueShown) {
        const size_t count = hidden - kOverdueShown;
        ImGui::TextWrapped("%s", tr.plural("tasks.occurrences_more_overdue", static_cast<long long>(count))
                                     .c_str());
    }
    ImGui::BeginDisabled(task.done);
    for (const Date& date : dates) {
        const bool done = isOccurrenceDone(task, date);
        const char* state = done ? "tasks.state_done" : date < ctx.today ? "tasks.state_overdue"
                                                    : date == ctx.today  ? "tasks.state_today"
                                                                         : "tasks.state_upcoming";
        bool v = done;
        const std::string label = shownDate(tr, date) + "  " + tr(state);
        const std::string name = "occurrence:" + task.id + ":" + date.str();
        const bool late = !done && date < ctx.today;
        if (late) ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
        if (ImGui::Checkbox((label + "###" + name).c_str(), &v)) intent = PlanEdit{SetTaskDone{task.id, date, v}};
        if (late) ImGui::PopStyleColor();
        ctx.locator.noteLastItem(name);
    }
    ImGui::EndDisabled();
    return intent;
}

}  // namespace waymark::ui
