#include "core/method/finding_fields.h"

#include <map>

namespace waymark {

std::string findingField(const Finding& finding) {
    static const std::map<std::string, std::string, std::less<>> kFields = {
        {"missing_metric", "kpi"},          {"unknown_kpi", "kpi"},
        {"missing_target", "target"},       {"target_wrong_direction", "target"},
        {"target_beyond_scale", "target"},  {"target_equals_baseline", "target"},
        {"missing_baseline", "baseline"},   {"baseline_not_positive", "baseline"},
        {"missing_deadline", "deadline"},   {"deadline_before_start", "deadline"},
        {"deadline_passed", "deadline"},    {"missing_start", "start"},
        {"missing_channel", "channel"},     {"missing_data_source", "dataSource"},
        {"missing_scope", "scope"},         {"unlinked", "objectiveId"},
        {"unknown_category", "category"},   {"kpi_outside_category", "category"},
        {"soft_without_proxy", "secondaryKpis"}, {"too_many_kpis", "secondaryKpis"},
        {"soft_metric_on_hard_goal", "soft"},
    };
    if (finding.code == "invalid_number" || finding.code == "negative_value")
        for (const auto& [name, value] : finding.args)
            if (name == "field_key") return value.substr(value.rfind('.') + 1);  // "review.field.baseline"
    const auto it = kFields.find(finding.code);
    return it == kFields.end() ? std::string() : it->second;
}

}  // namespace waymark
