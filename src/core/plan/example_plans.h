#pragma once
// Example plans shipped in the binary (assets/templates/<id>.json, and written in another language
// as assets/templates/<language>/<id>.json): complete plans a team can open, study and adapt.
// Their numbers are an example's own; a team replaces them with its own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.h"

namespace waymark {

struct TemplateInfo {
    std::string id;       // "restaurant", "software"
    std::string nameKey;  // "plan_template.<id>.name"; ".description" holds a one-line summary
};

// Every embedded example plan, sorted by id.
std::vector<TemplateInfo> planTemplates();

// The example plan with this id, parsed and validated, written in `language` when there is such a
// version (else in English); nullopt for an unknown id or a broken file.
std::optional<Plan> loadTemplate(std::string_view id, std::string_view language = "en");

}  // namespace waymark
