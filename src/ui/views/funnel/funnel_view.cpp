#include "ui/views/funnel/funnel_view.h"

#include <algorithm>
#include <cmath>

#include "core/method/catalog.h"
#include "core/text/number_format.h"
#include "core/text/number_parse.h"
#include "imgui.h"
#include "ui/kit/input_words.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
constexpr NumberPeriod kPeriods[] = {NumberPeriod::month, NumberPeriod::quarter, NumberPeriod::year, NumberPeriod::total};

std::string valueText(const std::optional<double>& v, const Strings& tr) { return v ? tr.number(*v) : std::string(); }

// "2%", "2 %" and "2" all mean two percent; empty clears the value.
struct Parsed {
    bool ok = true;
    std::optional<double> value;
};
Parsed parsePercentOrNumber(std::string text, const Strings& tr) {
    while (!text.empty() && (text.back() == '%' || text.back() == ' ')) text.pop_back();
    if (text.find_first_not_of(' ') == std::string::npos) return {};
    const std::optional<double> v = tr.parseNumber(text);
    return v ? Parsed{true, v} : Parsed{false, std::nullopt};
}

UpdateObjective update(Objective o, const char* field) { return UpdateObjective{std::move(o), field}; }

// A funnel field's typed text as its edit of objective `id`: `set` writes the parsed value into
// the objective, or refuses it (returns its error key; nullptr when it took it). Text that is no
// number is refused with badKey.
template <class Set>
FieldEdit objectiveNumberEdit(const Plan& plan, const std::string& id, const std::string& text, const Strings& tr,
                              const char* field, const char* badKey, Set set) {
    const Objective* found = plan.findObjective(id);
    if (!found) return {};
    const Parsed parsed = parsePercentOrNumber(text, tr);
    Objective next = *found;
    const char* errorKey = parsed.ok ? set(next, parsed.value) : badKey;
    if (errorKey) return {std::nullopt, tr(errorKey, {{"text", text}})};
    return {PlanEdit{update(std::move(next), field)}, {}};
}
}  // namespace

std::optional<Intent> FunnelView::draw(const ViewContext& ctx, const Plan& plan, const Objective& objective,
                                       const Funnel* funnel) {
    const Strings& tr = ctx.tr;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.objective);
    ImGui::SeparatorText(tr.raw("funnel.panel.title"));
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", tr.raw("funnel.panel.intro"));
    ImGui::PopStyleColor();
    form_.layout(std::min(11 * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x * 0.38f));
    std::optional<Intent> intent = drawNumber(ctx, plan, objective, funnel);
    if (!funnel) return intent;

    for (const FunnelIssue& issue : funnel->issues) {
        ImGui::PushStyleColor(ImGuiCol_Text, issue.blocking ? ctx.theme.danger : ctx.theme.warning);
        ImGui::TextWrapped("%s", sentenceText(issueSentence(issue), tr).c_str());
        ImGui::PopStyleColor();
    }
    if (funnel->blocked()) return intent;

    const std::string currency = plan.context.currency;
    const std::string social = roundedText(funnel->socialPerMonth);
    ImGui::TextWrapped("%s", tr(funnel->metric == BusinessMetric::revenue ? "funnel.panel.social_revenue" : "funnel.panel.social_customers",
                                {{"value", social}, {"currency", currency}, {"share", roundedText(funnel->socialShare)}})
                                 .c_str());
    drawStages(ctx, plan, *funnel);
    if (const std::optional<Sentence> bottleneck = bottleneckSentence(*funnel)) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.accent);
        ImGui::TextWrapped("%s", sentenceText(*bottleneck, tr).c_str());
        ImGui::PopStyleColor();
    }
    if (auto i = drawRates(ctx, plan, objective, *funnel)) intent = i;
    if (!funnel->sensitivity.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted(tr.raw("funnel.md.sensitivity"));
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        for (const Sensitivity& s : funnel->sensitivity) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", sentenceText(sensitivitySentence(*funnel, s, currency), tr).c_str());
        }
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", pointerWords(tr, "funnel.panel.create_hint").c_str());
    ImGui::PopStyleColor();
    if (accentButton(tr.raw("funnel.panel.create"), "funnel-create", ctx.theme)) intent = CreateFunnelGoals{objective.id};
    ctx.locator.noteLastItem("funnel-create");
    return intent;
}

std::optional<Intent> FunnelView::drawNumber(const ViewContext& ctx, const Plan& plan, const Objective& objective,
                                             const Funnel* funnel) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    const BusinessNumber number = objective.number.value_or(BusinessNumber{});
    form_.row(ctx, tr.raw("funnel.panel.number"));
    if (auto edit = form_.edit(ctx, plan, "number.value", objective.number ? tr.number(objective.number->value) : "",
                               tr.raw("funnel.panel.number_hint"),
                               [id = objective.id](const Plan& p, const std::string& text, const Strings& strings) {
                                   return objectiveNumberEdit(p, id, text, strings, "number", "editor.invalid_number",
                                                              [](Objective& o, std::optional<double> v) -> const char* {
                                       if (v && *v < 0) return "editor.invalid_number";
                                       if (!v) {
                                           o.number.reset();
                                           return nullptr;
                                       }
                                       if (!o.number) o.number = BusinessNumber{};
                                       o.number->value = *v;
                                       return nullptr;
                                   });
                               }))
        intent = std::move(*edit);
    form_.row(ctx, tr.raw("funnel.panel.metric"));
    const std::string currency = plan.context.currency.empty() ? tr("funnel.panel.money") : plan.context.currency;
    if (const auto picked = form_.choice(ctx, "number.metric", static_cast<int>(number.metric),
                                         {tr("funnel.panel.metric_revenue", {{"currency", currency}}),
                                          tr("funnel.panel.metric_customers")})) {
        Objective next = objective;
        next.number = number;
        next.number->metric = static_cast<BusinessMetric>(*picked);
        intent = PlanEdit{update(next, "number")};
    }
    std::vector<std::string> periods;
    for (NumberPeriod p : kPeriods) periods.push_back(tr(std::string("funnel.panel.per.") + name(p)));
    form_.row(ctx, tr.raw("funnel.panel.period"));
    if (const auto picked = form_.choice(ctx, "number.per", static_cast<int>(number.per), periods)) {
        Objective next = objective;
        next.number = number;
        next.number->per = kPeriods[*picked];
        intent = PlanEdit{update(next, "number")};
    }
    form_.row(ctx, tr.raw("funnel.panel.share"));
    const std::string shareHint = funnel ? tr("funnel.panel.share_hint", {{"value", roundedText(funnel->socialShare)}}) : "";
    if (auto edit = form_.edit(ctx, plan, "funnel.socialShare", valueText(objective.funnel.socialShare, tr), shareHint.c_str(),
                               [id = objective.id](const Plan& p, const std::string& text, const Strings& strings) {
                                   return objectiveNumberEdit(p, id, text, strings, "funnel", "funnel.panel.invalid_percent",
                                                              [](Objective& o, std::optional<double> v) -> const char* {
                                       if (v && (*v < 0 || *v > 100)) return "funnel.panel.invalid_percent";
                                       o.funnel.socialShare = v;
                                       return nullptr;
                                   });
                               }))
        intent = std::move(*edit);
    return intent;
}

void FunnelView::drawStages(const ViewContext& ctx, const Plan& plan, const Funnel& funnel) {
    const Strings& tr = ctx.tr;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("stages", 4, flags)) return;
    ImGui::TableSetupColumn(tr.raw("funnel.md.stage"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr.raw("funnel.panel.col_needed"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr.raw("funnel.md.today"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr.raw("funnel.panel.col_times"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    const bool money = funnel.metric == BusinessMetric::revenue;
    for (size_t i = 0; i < funnel.stages.size(); ++i) {
        const FunnelStage& stage = funnel.stages[i];
        const bool bottleneck = funnel.bottleneck && funnel.bottleneck->stage == i && funnel.bottleneck->timesToday > 1;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", tr(std::string("funnel.stage.") + name(stage.id) + ".label").c_str());
        const std::optional<Kpi> kpi = findKpi(plan, stage.kpi);
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", kpi ? kpiName(*kpi, tr).c_str() : stage.kpi.c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        const bool isRevenue = stage.id == FunnelStageId::revenue && money;
        const std::string unit = isRevenue && !plan.context.currency.empty() ? " " + plan.context.currency : "";
        ImGui::TextUnformatted(stage.required ? (roundedText(*stage.required) + unit).c_str() : tr.raw("funnel.md.unknown"));
        ctx.locator.noteLastItem(std::string("funnel-needed:") + name(stage.id));
        ImGui::TableNextColumn();
        if (stage.current) {
            ImGui::TextUnformatted((roundedText(*stage.current) + unit).c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
            ImGui::TextWrapped("%s", tr(std::string("funnel.current.") + name(stage.currentSource)).c_str());
            ImGui::PopStyleColor();
        } else {
            ImGui::TextDisabled("%s", tr.raw("funnel.current.none"));
        }
        ImGui::TableNextColumn();
        if (stage.timesToday) {
            ImGui::PushStyleColor(ImGuiCol_Text, bottleneck ? ctx.theme.danger : ctx.theme.text);
            ImGui::TextUnformatted(tr("funnel.panel.times", {{"times", roundedText(*stage.timesToday)}}).c_str());
            ImGui::PopStyleColor();
            if (bottleneck) ImGui::TextColored(ctx.theme.danger, "%s", tr.raw("funnel.md.bottleneck"));
        }
    }
    ImGui::EndTable();
}

std::optional<Intent> FunnelView::drawRates(const ViewContext& ctx, const Plan& plan, const Objective& objective,
                                            const Funnel& funnel) {
    const Strings& tr = ctx.tr;
    std::optional<Intent> intent;
    ImGui::Spacing();
    ImGui::TextUnformatted(tr.raw("funnel.md.rates"));
    for (const FunnelRate& rate : funnel.rates) {
        const std::string key = std::string("funnel.rate.") + name(rate.id);
        form_.row(ctx, tr(stepNameKey(rate)).c_str());
        const std::optional<double> team = teamRate(objective.funnel.rates, rate.id);
        const std::string hint = rateText(rate, plan.context.currency);
        if (auto edit = form_.edit(ctx, plan, key, valueText(team, tr), hint.c_str(),
                                   [id = objective.id, rate = rate.id](const Plan& p, const std::string& text, const Strings& strings) {
                                       const bool percent = !isMoneyRate(rate);
                                       return objectiveNumberEdit(p, id, text, strings, "funnel",
                                                                  percent ? "funnel.panel.invalid_percent" : "editor.invalid_number",
                                                                  [rate, percent](Objective& o, std::optional<double> v) -> const char* {
                                           if (v && (*v < 0 || (percent && *v > 100)))
                                               return percent ? "funnel.panel.invalid_percent" : "editor.invalid_number";
                                           *teamRateField(o.funnel.rates, rate) = v;
                                           return nullptr;
                                       });
                                   }))
            intent = std::move(*edit);
        form_.indent();
        ImGui::PushStyleColor(ImGuiCol_Text, rate.source == RateSource::starting ? ctx.theme.warning : ctx.theme.textMuted);
        std::string source = tr(std::string("funnel.source.") + name(rate.source));
        if (rate.source != RateSource::team || !team) source = rateText(rate, plan.context.currency) + ": " + source;
        ImGui::TextWrapped("%s", source.c_str());
        ImGui::PopStyleColor();
        form_.unindent();
    }
    return intent;
}

}  // namespace waymark::ui
