// The funnel's results as sentences with text keys ("funnel.*" in assets/i18n/<lang>/funnel.json).
#include <cmath>

#include "core/method/funnel.h"
#include "core/text/number_format.h"

namespace waymark {

namespace {
std::string oneDecimal(double v) { return formatNumber(std::round(v * 10) / 10); }
}  // namespace

std::string roundedText(double value) {
    if (!std::isfinite(value)) return {};
    if (std::fabs(value) >= 100) return formatNumber(std::round(value));
    const double digits = value == 0 ? 0 : 2 - std::floor(std::log10(std::fabs(value)));
    const double scale = std::pow(10.0, digits);
    return formatNumber(std::round(value * scale) / scale);
}

std::string stageNameKey(FunnelStageId stage) { return std::string("funnel.stage.") + name(stage) + ".name"; }

std::string stepNameKey(const FunnelRate& rate) {
    return std::string("funnel.step.") + name(rate.from) + "." + name(rate.to);
}

std::string rateText(const FunnelRate& rate, const std::string& currency) {
    if (isMoneyRate(rate.id)) return roundedText(rate.value) + (currency.empty() ? "" : " " + currency);
    return roundedText(rate.value) + "%";
}

std::optional<Sentence> bottleneckSentence(const Funnel& funnel) {
    if (!funnel.bottleneck) return std::nullopt;
    const Bottleneck& b = *funnel.bottleneck;
    const FunnelStage& stage = funnel.stages[b.stage];
    if (b.timesToday <= 1) return Sentence{"funnel.bottleneck.covered", {}};
    TextArgs args{{"times_number", oneDecimal(b.timesToday)}, {"stage_key", stageNameKey(stage.id)}};
    if (!b.lever) return Sentence{"funnel.bottleneck.plain", args};
    args.emplace_back("lever_key", stepNameKey(funnel.rates[*b.lever]));
    return Sentence{"funnel.bottleneck.lever", args};
}

Sentence sensitivitySentence(const Funnel& funnel, const Sensitivity& s, const std::string& currency) {
    FunnelRate from = funnel.rates[s.rate], to = from;
    from.value = s.from;
    to.value = s.to;
    return {"funnel.sensitivity",
            {{"from_number", rateText(from, currency)},
             {"to_number", rateText(to, currency)},
             {"rate_key", stepNameKey(from)},
             {"less_number", formatPercent(s.less)},
             {"stage_key", stageNameKey(funnel.stages.front().id)},
             {"before_number", roundedText(s.before)},
             {"after_number", roundedText(s.after)}}};
}

Sentence issueSentence(const FunnelIssue& issue) { return {"funnel.issue." + issue.code, issue.args}; }

}  // namespace waymark
