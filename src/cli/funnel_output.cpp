#include "cli/funnel_output.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/json_number.h"
#include "core/method/catalog.h"
#include "core/method/funnel_goals.h"
#include "core/plan/plan_json.h"

namespace waymark {

namespace {
using Json = nlohmann::ordered_json;

std::string stageLabel(FunnelStageId s, const Strings& t) { return t(std::string("funnel.stage.") + name(s) + ".label"); }

// The goals as the plan file writes them, through the plan writer itself.
Json goalsJson(const std::vector<Goal>& goals) {
    Plan carrier;
    carrier.id = "funnel";
    carrier.goals = goals;
    const Json doc = Json::parse(serializePlanDocument(carrier));
    return doc["plan"].value("goals", Json::array());
}
}  // namespace

std::string funnelJson(const Plan& plan, const Funnel& f, const Strings& t, Date today) {
    Json out;
    out["plan"] = plan.id;
    out["objective"] = f.objectiveId;
    out["today"] = today.str();
    out["shape"] = name(f.shape);
    out["metric"] = name(f.metric);
    out["currency"] = plan.context.currency.empty() ? Json(nullptr) : Json(plan.context.currency);
    out["numberPerMonth"] = jsonNumber(f.numberPerMonth);
    out["socialShare"] = jsonNumber(f.socialShare);
    out["socialShareSource"] = name(f.socialShareSource);
    out["socialPerMonth"] = jsonNumber(f.socialPerMonth);
    Json stages = Json::array();
    for (const FunnelStage& s : f.stages)
        stages.push_back({{"stage", name(s.id)}, {"label", stageLabel(s.id, t)}, {"kpi", s.kpi},
                          {"requiredPerMonth", jsonNumber(s.required)}, {"current", jsonNumber(s.current)},
                          {"currentSource", name(s.currentSource)}, {"currentGoals", s.currentGoals},
                          {"timesToday", jsonNumber(s.timesToday)}});
    out["stages"] = std::move(stages);
    Json rates = Json::array();
    for (const FunnelRate& r : f.rates) {
        rates.push_back({{"rate", name(r.id)}, {"from", name(r.from)}, {"to", name(r.to)}, {"label", t(stepNameKey(r))},
                         {"value", jsonNumber(r.value)}, {"unit", isMoneyRate(r.id) ? "money" : "percent"},
                         {"source", name(r.source)}, {"measured", jsonNumber(r.measured)}, {"starting", jsonNumber(r.starting)}});
    }
    out["rates"] = std::move(rates);
    if (f.bottleneck) {
        const auto sentence = bottleneckSentence(f);
        out["bottleneck"] = {{"stage", name(f.stages[f.bottleneck->stage].id)},
                             {"timesToday", jsonNumber(f.bottleneck->timesToday)},
                             {"lever", f.bottleneck->lever ? Json(name(f.rates[*f.bottleneck->lever].id)) : Json(nullptr)},
                             {"text", sentenceText(*sentence, t)}};
    } else {
        out["bottleneck"] = nullptr;
    }
    Json sensitivity = Json::array();
    for (const Sensitivity& s : f.sensitivity)
        sensitivity.push_back({{"rate", name(f.rates[s.rate].id)}, {"from", s.from}, {"to", s.to},
                               {"before", s.before}, {"after", s.after}, {"less", s.less},
                               {"text", sentenceText(sensitivitySentence(f, s, plan.context.currency), t)}});
    out["sensitivity"] = std::move(sensitivity);
    Json issues = Json::array();
    for (const FunnelIssue& i : f.issues)
        issues.push_back({{"code", i.code}, {"blocking", i.blocking}, {"text", sentenceText(issueSentence(i), t)}});
    out["issues"] = std::move(issues);
    out["goals"] = goalsJson(funnelGoals(plan, f, today, t));
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string funnelMarkdown(const Plan& plan, const Funnel& f, const Strings& t) {
    const Objective* objective = plan.findObjective(f.objectiveId);
    const std::string& currency = plan.context.currency;
    auto money = [&](double v) { return roundedText(v) + (currency.empty() ? "" : " " + currency); };
    auto amount = [&](FunnelStageId s, double v) { return s == FunnelStageId::revenue ? money(v) : roundedText(v); };
    std::string md = "# " + t("funnel.md.title", {{"objective", objective ? objective->title : f.objectiveId}}) + "\n\n";
    const bool revenue = f.metric == BusinessMetric::revenue;
    md += t("funnel.md.number", {{"value", revenue ? money(f.numberPerMonth) : roundedText(f.numberPerMonth)},
                                 {"metric", t(std::string("funnel.md.metric.") + name(f.metric))},
                                 {"share", roundedText(f.socialShare)},
                                 {"share_source", t(std::string("funnel.source.") + name(f.socialShareSource))},
                                 {"social", revenue ? money(f.socialPerMonth) : roundedText(f.socialPerMonth)}}) + "\n\n";
    md += "| " + t("funnel.md.stage") + " | " + t("funnel.md.kpi") + " | " + t("funnel.md.needed") + " | " +
          t("funnel.md.today") + " | " + t("funnel.md.times") + " |\n|---|---|---:|---:|---:|\n";
    for (const FunnelStage& s : f.stages) {
        const std::string today = s.current ? amount(s.id, *s.current) + " (" + t(std::string("funnel.current.") + name(s.currentSource)) + ")"
                                            : t("funnel.current.none");
        md += "| " + stageLabel(s.id, t) + " | " + t(kpiNameKey(s.kpi)) + " | " +
              (s.required ? amount(s.id, *s.required) : t("funnel.md.unknown")) + " | " + today + " | " +
              (s.timesToday ? roundedText(*s.timesToday) + "×" : "") + " |\n";
    }
    md += "\n## " + t("funnel.md.rates") + "\n\n| " + t("funnel.md.step") + " | " + t("funnel.md.rate") + " | " +
          t("funnel.md.source") + " | " + t("funnel.md.measured") + " |\n|---|---:|---|---:|\n";
    for (const FunnelRate& r : f.rates) {
        FunnelRate measured = r;
        if (r.measured) measured.value = *r.measured;
        md += "| " + t(stepNameKey(r)) + " | " + rateText(r, currency) + " | " + t(std::string("funnel.source.") + name(r.source)) +
              " | " + (r.measured ? rateText(measured, currency) : "") + " |\n";
    }
    if (const auto sentence = bottleneckSentence(f))
        md += "\n## " + t("funnel.md.bottleneck") + "\n\n" + sentenceText(*sentence, t) + "\n";
    if (!f.sensitivity.empty()) {
        md += "\n## " + t("funnel.md.sensitivity") + "\n\n";
        for (const Sensitivity& s : f.sensitivity) md += "- " + sentenceText(sensitivitySentence(f, s, currency), t) + "\n";
    }
    if (!f.issues.empty()) {
        md += "\n## " + t("funnel.md.issues") + "\n\n";
        for (const FunnelIssue& i : f.issues) md += "- " + sentenceText(issueSentence(i), t) + "\n";
    }
    return md;
}

}  // namespace waymark
