#include "ui/editors/goal_editor.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/method/catalog.h"
#include "core/plan/channels.h"
#include "core/plan/goal_input.h"
#include "core/text/number_format.h"
#include "core/text/number_parse.h"
#include "core/export/labels.h"
#include "imgui.h"
#include "ui/views/advice/advice_view.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
// From this panel width (in em) the advice gets a column of its own beside the fields.
constexpr float kTwoColumnsEm = 42.0f;
constexpr TargetType kTargetTypes[] = {TargetType::increase,   TargetType::decrease,
                                       TargetType::stay_above, TargetType::stay_below,
                                       TargetType::reach_then_stay_above, TargetType::reach_then_stay_below};
constexpr MeasuredAs kMeasuredAs[] = {MeasuredAs::total, MeasuredAs::per_week, MeasuredAs::per_month,
                                      MeasuredAs::per_quarter, MeasuredAs::vs_same_period};
constexpr CustomFamily kFamilies[] = {CustomFamily::audience, CustomFamily::count, CustomFamily::conversions,
                                      CustomFamily::money, CustomFamily::cost, CustomFamily::rate,
                                      CustomFamily::score, CustomFamily::duration, CustomFamily::cadence};
constexpr const char* kUnits[] = {"count", "percent", "currency", "minutes", "hours", "ratio", "score"};
constexpr QuickDate kDeadlinePicks[] = {QuickDate::end_of_month, QuickDate::end_of_quarter,
                                        QuickDate::end_of_next_quarter, QuickDate::end_of_year};
constexpr const char* kDeadlinePickKeys[] = {"editor.quick_end_of_month", "editor.quick_end_of_quarter",
                                             "editor.quick_end_of_next_quarter", "editor.quick_end_of_year"};

std::string numberText(const std::optional<double>& v, const Strings& tr) { return v ? tr.number(*v) : std::string(); }
char decimalMark(const Strings& tr) { return tr.numberStyle().decimal == "," ? ',' : '.'; }


UpdateGoal update(Goal goal, std::string field) { return UpdateGoal{std::move(goal), std::move(field)}; }
}  // namespace

void GoalEditor::open(const std::string& goalId) {
    if (goalId == goalId_) return;
    goalId_ = goalId;
    form_.reset();
    tactics_.reset();
    otherChannel_ = false;
}

std::string GoalEditor::applyText(Goal& goal, const std::string& key, const std::string& text, const Strings& tr) {
    const bool empty = text.find_first_not_of(" \t") == std::string::npos;
    auto number = [&](std::optional<double>& field) -> std::string {
        if (empty) { field.reset(); return {}; }
        const std::optional<double> v = tr.parseNumber(text);
        if (!v) return tr("editor.invalid_number", {{"text", text}});
        field = v;
        return {};
    };
    auto date = [&](std::optional<Date>& field) -> std::string {
        if (empty) { field.reset(); return {}; }
        std::string trimmed = text.substr(text.find_first_not_of(" \t"));
        trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
        const std::optional<Date> d = Date::parse(trimmed);
        if (!d) return tr("editor.invalid_date", {{"text", text}});
        field = d;
        return {};
    };
    if (key == "title") goal.title = text;
    else if (key == "scope") goal.scope = text;
    else if (key == "dataSource") goal.dataSource = text;
    else if (key == "channel") goal.channel = text;
    else if (key == "baseline") return number(goal.baseline);
    else if (key == "budget") return number(goal.budget);
    else if (key == "ratingsCount") return number(goal.ratingsCount);
    else if (key == "checkinEveryDays") {
        std::optional<double> days;
        if (const std::string error = number(days); !error.empty()) return error;
        if (days && (*days < 1 || *days > 366 || *days != std::floor(*days))) return tr("editor.invalid_days", {{"text", text}});
        goal.checkinEveryDays = days ? std::optional<int>(static_cast<int>(*days)) : std::nullopt;
    }
    else if (key == "start") return date(goal.start);
    else if (key == "deadline") return date(goal.deadline);
    else if (key == "target") {
        const TargetInput in = parseTargetInput(text, goal.baseline, decimalMark(tr));
        if (in.error == "invalid_number") return tr("editor.invalid_number", {{"text", text}});
        if (in.error == "relative_needs_baseline") return tr("editor.target_relative_needs_baseline", {{"text", text}});
        goal.target = in.value;
    }
    return {};
}

std::optional<Goal> GoalEditor::draft(const Plan& plan) const {
    const Goal* goal = plan.findGoal(goalId_);
    if (!goal || form_.activeKey().empty()) return std::nullopt;
    Goal draft = *goal;
    if (!applyText(draft, form_.activeKey(), form_.activeText(), Strings{}).empty()) return std::nullopt;
    return draft;
}

std::optional<Intent> GoalEditor::textField(const ViewContext& ctx, const Plan& plan, const Goal& goal,
                                            const std::string& key, const std::string& value, const char* hint) {
    const auto edit = form_.edit(ctx, plan, key, value, hint,
                                 [id = goal.id, key](const Plan& p, const std::string& text, const Strings& tr) -> FieldEdit {
                                     const Goal* found = p.findGoal(id);
                                     if (!found) return {};
                                     Goal next = *found;
                                     std::string error = applyText(next, key, text, tr);
                                     if (!error.empty()) return {std::nullopt, std::move(error)};
                                     return {PlanEdit{update(std::move(next), key)}, {}};
                                 });
    return edit ? std::optional<Intent>(*edit) : std::nullopt;
}

void GoalEditor::sectionHeading(const ViewContext& ctx, const char* key) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.goal);
    ImGui::SeparatorText(ctx.tr.raw(key));
    ImGui::PopStyleColor();
}

std::optional<Intent> GoalEditor::draw(const ViewContext& ctx, const Plan& plan, const GoalReview& review) {
    const Goal* found = plan.findGoal(goalId_);
    if (!found) return ClosePanel{};
    const float em = ImGui::GetFontSize();
    std::optional<Intent> intent;
    // Wide enough: the advice stays in view beside the fields while the user types.
    // Measured on the window, not the content region: a scrollbar coming and going must not
    // switch the layout back and forth.
    const float panelWidth = ImGui::GetWindowWidth() - 2 * ImGui::GetStyle().WindowPadding.x;
    if (panelWidth >= kTwoColumnsEm * em) {
        const float fieldsWidth = std::floor(ImGui::GetContentRegionAvail().x * 0.56f);
        ImGui::BeginChild("fields", ImVec2(fieldsWidth, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        intent = drawFields(ctx, plan, *found);
        ImGui::Dummy(ImVec2(0, em));
        ImGui::EndChild();
        ImGui::SameLine(0, em);
        ImGui::BeginChild("advice", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        if (auto i = drawAdviceColumn(ctx, plan, *found, review)) intent = i;
        ImGui::Dummy(ImVec2(0, em));
        ImGui::EndChild();
        return intent;
    }
    intent = drawFields(ctx, plan, *found);
    if (auto i = drawAdviceColumn(ctx, plan, *found, review)) intent = i;
    return intent;
}

std::optional<Intent> GoalEditor::drawAdviceColumn(const ViewContext& ctx, const Plan& plan, const Goal& goal,
                                                   const GoalReview& review) {
    std::optional<Intent> intent;
    sectionHeading(ctx, "editor.section_advice");
    const std::optional<Goal> drafted = draft(plan);
    if (const std::optional<AdviceFix> fix = drawAdvice(ctx, drafted ? &*drafted : &goal, review)) {
        if (fix->target) {
            Goal next = goal;
            next.target = fix->target;
            intent = update(std::move(next), "target");
        } else if (!fix->focusField.empty()) {
            form_.focus(fix->focusField);
        }
    }
    return intent;
}

std::optional<Intent> GoalEditor::drawFields(const ViewContext& ctx, const Plan& plan, const Goal& goal) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    auto take = [&intent](std::optional<Intent> i) { if (i) intent = std::move(i); };
    form_.layout(std::min(11 * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x * 0.38f));

    sectionHeading(ctx, "editor.section_what");
    form_.row(ctx, tr.raw("field.title"));
    take(textField(ctx, plan, goal, "title", goal.title, tr.raw("outline.untitled_goal")));

    // Which objective it serves: moving a goal to another objective is this choice.
    std::vector<std::string> objectives{tr("editor.no_objective")};
    int currentObjective = 0;
    for (const Objective& o : plan.objectives) {
        objectives.push_back(o.title.empty() ? tr("outline.untitled_objective") : o.title);
        if (goal.objectiveId == o.id) currentObjective = static_cast<int>(objectives.size()) - 1;
    }
    form_.row(ctx, tr.raw("field.objectiveId"));
    if (const auto picked = form_.choice(ctx, "objectiveId", currentObjective, objectives)) {
        Goal next = goal;
        next.objectiveId = *picked == 0 ? std::nullopt : std::optional<std::string>(plan.objectives[*picked - 1].id);
        intent = update(std::move(next), "objectiveId");
    }

    std::vector<std::string> categoryLabels{tr("editor.not_set")};
    int currentCategory = 0;
    for (const Category& c : categories()) {
        categoryLabels.push_back(tr("category." + std::string(c.id) + ".name"));
        if (goal.category == c.id) currentCategory = static_cast<int>(categoryLabels.size()) - 1;
    }
    form_.row(ctx, tr.raw("field.category"));
    if (const auto picked = form_.choice(ctx, "category", currentCategory, categoryLabels)) {
        Goal next = goal;
        next.category = *picked == 0 ? std::string() : std::string(categories()[*picked - 1].id);
        intent = update(std::move(next), "category");
    }

    form_.row(ctx, tr.raw("field.kpi"));
    const KpiPicker::Pick pick = kpiPicker_.draw(ctx, plan, "kpi", goal.kpi, goal.category);
    form_.afterField(ctx, "kpi");  // "Go to KPI" finds it, and opens its list
    if (pick.kpiId) {
        Goal next = goal;
        next.kpi = *pick.kpiId;
        intent = update(std::move(next), "kpi");
    } else if (pick.create) {
        intent = PlanEdit{AddCustomKpi{*pick.create, goal.id}};
    }
    if (!goal.kpi.empty()) {
        form_.indent();
        KpiPicker::drawDetails(ctx, plan, goal.kpi);
        form_.unindent();
    }
    for (const CustomKpi& custom : plan.customKpis)
        if (custom.id == goal.kpi) take(drawCustomKpi(ctx, plan, custom));

    // Secondary KPIs: a list with Remove, and a picker that adds one.
    form_.row(ctx, tr.raw("field.secondaryKpis"));
    ImGui::BeginGroup();
    for (size_t i = 0; i < goal.secondaryKpis.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::optional<Kpi> k = findKpi(plan, goal.secondaryKpis[i]);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(k ? kpiName(*k, tr).c_str() : goal.secondaryKpis[i].c_str());
        ImGui::SameLine();
        if (smallButton(tr.raw("editor.secondary_remove"), "remove")) {
            Goal next = goal;
            next.secondaryKpis.erase(next.secondaryKpis.begin() + static_cast<long>(i));
            intent = update(std::move(next), "secondaryKpis");
        }
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const KpiPicker::Pick secondary = secondaryPicker_.draw(ctx, plan, "secondaryKpis", "", goal.category,
                                                                tr.raw("editor.secondary_add"));
    if (secondary.kpiId && *secondary.kpiId != goal.kpi &&
        std::find(goal.secondaryKpis.begin(), goal.secondaryKpis.end(), *secondary.kpiId) == goal.secondaryKpis.end()) {
        Goal next = goal;
        next.secondaryKpis.push_back(*secondary.kpiId);
        intent = update(std::move(next), "secondaryKpis");
    }
    ImGui::EndGroup();

    // Channel: the plan's own channels first (the business says which it uses), then the other
    // known ones, the goal's own if it named another, or typed as free text.
    std::vector<std::string> channelLabels{tr("editor.not_set")};
    std::vector<std::string> channelIds{""};
    const auto offer = [&](const std::string& id) {
        if (std::find(channelIds.begin(), channelIds.end(), id) != channelIds.end()) return;
        channelIds.push_back(id);
        channelLabels.push_back(channelLabel(id, tr));
    };
    for (const std::string& id : plan.context.channels)
        if (std::find(knownChannels().begin(), knownChannels().end(), id) != knownChannels().end()) offer(id);
    for (std::string_view id : knownChannels()) offer(std::string(id));
    if (!goal.channel.empty() && std::find(channelIds.begin(), channelIds.end(), goal.channel) == channelIds.end()) {
        channelIds.push_back(goal.channel);
        channelLabels.push_back(goal.channel);
    }
    channelLabels.push_back(tr("editor.channel_other"));
    const int currentChannel = static_cast<int>(std::find(channelIds.begin(), channelIds.end(), goal.channel) - channelIds.begin());
    form_.row(ctx, tr.raw("field.channel"));
    if (otherChannel_) {
        if (auto i = textField(ctx, plan, goal, "channel", goal.channel, tr.raw("editor.channel_other"))) {
            intent = std::move(i);
            otherChannel_ = false;
        }
    } else if (const auto picked = form_.choice(ctx, "channel", currentChannel, channelLabels)) {
        if (*picked == static_cast<int>(channelIds.size())) {
            otherChannel_ = true;
            form_.focus("channel");
        } else {
            Goal next = goal;
            next.channel = channelIds[*picked];
            intent = update(std::move(next), "channel");
        }
    }

    form_.row(ctx, tr.raw("field.scope"));
    take(textField(ctx, plan, goal, "scope", goal.scope, ""));
    form_.row(ctx, tr.raw("field.dataSource"));
    take(textField(ctx, plan, goal, "dataSource", goal.dataSource, ""));
    form_.row(ctx, "");
    if (const auto soft = form_.check(ctx, "soft", goal.soft, tr.raw("field.soft"))) {
        Goal next = goal;
        next.soft = *soft;
        intent = update(std::move(next), "soft");
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.raw("editor.soft_hint"));

    sectionHeading(ctx, "editor.section_numbers");
    form_.row(ctx, tr.raw("field.baseline"));
    take(textField(ctx, plan, goal, "baseline", numberText(goal.baseline, tr), tr.raw("editor.number_hint")));
    form_.row(ctx, tr.raw("field.target"));
    take(textField(ctx, plan, goal, "target", numberText(goal.target, tr), tr.raw("editor.target_relative_hint")));
    if (form_.activeKey() == "target") {
        const TargetInput in = parseTargetInput(form_.activeText(), goal.baseline, decimalMark(tr));
        if (in.relative && in.value) {
            form_.indent();
            ImGui::TextDisabled("%s", tr("editor.target_preview", {{"value_number", formatNumber(*in.value)}}).c_str());
            form_.unindent();
        }
    }
    form_.row(ctx, tr.raw("field.targetType"));
    if (const auto picked = form_.optionalChoice(ctx, "targetType", goal.targetType, kTargetTypes, "tracking.target_type.")) {
        Goal next = goal;
        next.targetType = *picked;
        intent = update(std::move(next), "targetType");
    }
    form_.row(ctx, tr.raw("field.measuredAs"));
    if (const auto picked = form_.optionalChoice(ctx, "measuredAs", goal.measuredAs, kMeasuredAs, "editor.measured_as.")) {
        Goal next = goal;
        next.measuredAs = *picked;
        intent = update(std::move(next), "measuredAs");
    }
    // An average over many ratings moves slowly: the review needs to know how many there are.
    const std::optional<Kpi> kpi = findKpi(plan, goal.kpi);
    if ((kpi && kpi->family == KpiFamily::score) || goal.ratingsCount) {
        form_.row(ctx, tr.raw("field.ratingsCount"));
        take(textField(ctx, plan, goal, "ratingsCount", numberText(goal.ratingsCount, tr), tr.raw("editor.number_hint")));
    }

    sectionHeading(ctx, "editor.section_time");
    form_.row(ctx, tr.raw("field.start"));
    take(textField(ctx, plan, goal, "start", isoOrEmpty(goal.start), tr.raw("editor.date_hint")));
    form_.indent();
    if (smallButton(tr.raw("editor.quick_today"), "start-today")) {
        Goal next = goal;
        next.start = ctx.today;
        intent = update(std::move(next), "start");
    }
    ctx.locator.noteLastItem("quick:today");
    form_.unindent();
    form_.row(ctx, tr.raw("field.deadline"));
    take(textField(ctx, plan, goal, "deadline", isoOrEmpty(goal.deadline), tr.raw("editor.date_hint")));
    form_.indent();
    for (size_t i = 0; i < std::size(kDeadlinePicks); ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(tr.raw(kDeadlinePickKeys[i])).x + 2 * ImGui::GetFontSize())
            ImGui::NewLine();
        if (smallButton(tr.raw(kDeadlinePickKeys[i]), kDeadlinePickKeys[i])) {
            Goal next = goal;
            next.deadline = quickDate(kDeadlinePicks[i], ctx.today);
            intent = update(std::move(next), "deadline");
        }
        ctx.locator.noteLastItem(std::string("quick:") + kDeadlinePickKeys[i]);
    }
    form_.unindent();
    form_.row(ctx, tr.raw("field.checkinEveryDays"));
    take(textField(ctx, plan, goal, "checkinEveryDays", goal.checkinEveryDays ? std::to_string(*goal.checkinEveryDays) : "",
                   tr.raw("editor.days_hint")));
    form_.indent();
    if (smallButton(tr.raw("tracking_view.open_from_editor"), "checkins")) intent = TrackGoal{goal.id};
    ctx.locator.noteLastItem("goal-checkins:" + goal.id);
    form_.unindent();
    form_.row(ctx, tr.raw("field.budget"));
    take(textField(ctx, plan, goal, "budget", numberText(goal.budget, tr), tr.raw("editor.number_hint")));
    take(tactics_.draw(ctx, plan, goal));
    return intent;
}

std::optional<Intent> GoalEditor::drawCustomKpi(const ViewContext& ctx, const Plan& plan, const CustomKpi& kpi) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    auto update = [&](CustomKpi next, const char* field) { intent = PlanEdit{UpdateCustomKpi{std::move(next), field}}; };
    form_.indent();
    ImGui::TextDisabled("%s", tr.raw("editor.custom_kpi_section"));
    form_.unindent();
    form_.row(ctx, tr.raw("field.custom.name"));
    if (auto edit = form_.edit(ctx, plan, "custom.name", kpi.name, "",
                               [id = kpi.id](const Plan& p, const std::string& text, const Strings&) -> FieldEdit {
                                   for (const CustomKpi& k : p.customKpis) {
                                       if (k.id != id) continue;
                                       CustomKpi next = k;
                                       next.name = text;
                                       return {PlanEdit{UpdateCustomKpi{std::move(next), "name"}}, {}};
                                   }
                                   return {};
                               }))
        intent = std::move(*edit);
    std::vector<std::string> units;
    int currentUnit = 0;
    for (const char* u : kUnits) {
        units.push_back(tr(std::string("unit.") + u + ".name"));
        if (kpi.unit == u) currentUnit = static_cast<int>(units.size()) - 1;
    }
    form_.row(ctx, tr.raw("field.custom.unit"));
    if (const auto picked = form_.choice(ctx, "custom.unit", currentUnit, units)) {
        CustomKpi next = kpi;
        next.unit = kUnits[*picked];
        update(next, "unit");
    }
    form_.row(ctx, tr.raw("field.custom.family"));
    if (const auto picked = form_.optionalChoice(ctx, "custom.family", kpi.family, kFamilies, "editor.family.")) {
        CustomKpi next = kpi;
        next.family = *picked;
        update(next, "family");
    }
    form_.row(ctx, tr.raw("field.custom.higherIsBetter"));
    if (const auto picked = form_.choice(ctx, "custom.higherIsBetter", kpi.higherIsBetter ? 0 : 1,
                                         {tr("editor.higher_is_better"), tr("editor.lower_is_better")})) {
        CustomKpi next = kpi;
        next.higherIsBetter = *picked == 0;
        update(next, "higherIsBetter");
    }
    form_.row(ctx, tr.raw("field.custom.hard"));
    if (const auto picked = form_.choice(ctx, "custom.hard", kpi.hard ? 0 : 1,
                                         {tr("editor.kpi_kind_hard"), tr("editor.kpi_kind_soft")})) {
        CustomKpi next = kpi;
        next.hard = *picked == 0;
        update(next, "hard");
    }
    return intent;
}

}  // namespace waymark::ui
