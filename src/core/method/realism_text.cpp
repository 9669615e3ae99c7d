// The realism verdict in words, with the evidence that decides it and the very numbers it was
// judged on ("Unrealistic: 2,000 EUR a month at 95 EUR a result buys about 21 leads a month; the
// target needs 25."). Texts: "realism.because", "realism.evidence.<kind>.<unit>[_down]" in
// assets/i18n/<lang>/review.json.
#include <cmath>

#include "core/method/realism.h"
#include "core/method/review_numbers.h"
#include "core/text/number_format.h"

namespace waymark {

namespace {

// Canonical text of one of the evidence's numbers, with its unit.
std::string numberText(double value, EvidenceUnit unit, const std::optional<Kpi>& kpi, const std::string& currency) {
    switch (unit) {
        case EvidenceUnit::percent_per_month: return formatNumber(value) + "%";
        case EvidenceUnit::points_per_month:
        case EvidenceUnit::ratings: return formatNumber(value);
        case EvidenceUnit::per_month:
        case EvidenceUnit::value: break;
    }
    return formatAmount(value, kpi, currency);
}

}  // namespace

double evidenceNumber(double value, EvidenceUnit unit, const std::optional<Kpi>& kpi) {
    if (!std::isfinite(value)) return value;
    switch (unit) {
        case EvidenceUnit::percent_per_month:
        case EvidenceUnit::points_per_month: return std::round(value * 10) / 10;
        case EvidenceUnit::ratings: return std::round(value);
        case EvidenceUnit::per_month:
        case EvidenceUnit::value: break;
    }
    return roundForDisplay(value, kpi);
}

Sentence evidenceSentence(const Evidence& e, const std::optional<Kpi>& kpi, const std::string& currency) {
    std::string key = std::string("realism.evidence.") + name(e.kind) + "." + name(e.unit);
    if (e.unit == EvidenceUnit::value && e.lowerIsHarder) key += "_down";
    if (!e.wording.empty()) key += "." + e.wording;
    TextArgs args = {{"needed_number", numberText(e.needed, e.unit, kpi, currency)},
                     {"comfortable_number", numberText(e.comfortable, e.unit, kpi, currency)},
                     {"ambitious_number", numberText(e.ambitious, e.unit, kpi, currency)}};
    if (kpi) {
        const std::string custom = kpi->customName.empty() ? kpi->id : kpi->customName;
        if (kpi->custom) args.insert(args.end(), {{"kpi", custom}, {"kpi_lower", custom}});
        else args.insert(args.end(), {{"kpi_key", kpiNameKey(kpi->id)}, {"kpi_lower_key", kpiNameKey(kpi->id)}});
    }
    args.insert(args.end(), e.args.begin(), e.args.end());
    return {key, args};
}

Sentence realismSentence(const RealismResult& r, const std::optional<Kpi>& kpi, const std::string& currency) {
    const std::string verdict = std::string("realism.verdict.") + name(r.verdict);
    if (r.verdict == Verdict::unknown && !r.reason.empty())
        return {"realism.because_reason", {{"verdict_key", verdict}, {"reason_key", "realism.reason." + r.reason}}};
    if (!r.decisive) return {"realism.because", {{"verdict_key", verdict}, {"evidence_key", "realism.evidence.already_there"}}};
    Sentence evidence = evidenceSentence(r.evidence[*r.decisive], kpi, currency);
    TextArgs args = {{"verdict_key", verdict}, {"evidence_key", evidence.key}};
    args.insert(args.end(), evidence.args.begin(), evidence.args.end());
    return {"realism.because", args};
}

}  // namespace waymark
