#pragma once
// Opening a plan file: the file format's checks (plan_json.h) plus the rules that need the
// method's catalog, so every way a file enters Waymark (browser, storage, CLI) refuses the same.
#include <string_view>

#include "core/plan/plan_json.h"

namespace waymark {

// parsePlanDocument, then: the plan written out stays within kMaxPlanFileBytes (else it could not
// be read back), and no custom KPI may take a catalog KPI's id (it would be shadowed).
LoadResult loadPlanFile(std::string_view text);

}  // namespace waymark
