#include "core/method/plan_load.h"

#include "core/method/catalog.h"

namespace waymark {

LoadResult loadPlanFile(std::string_view text) {
    LoadResult result = parsePlanDocument(text);
    if (!result.plan) return result;
    // Stored and downloaded plans are written indented: a compact file just under the limit
    // would come back over it and could not be opened again. Refuse it now, while it is a file.
    if (const size_t written = serializePlanDocument(*result.plan).size(); written > kMaxPlanFileBytes) {
        result.error = {"", "the plan is too large: written out it takes " + std::to_string(written / 1024) +
                                " KB, over the " + std::to_string(kMaxPlanFileBytes / 1024 / 1024) + " MB plan files may have"};
        result.plan.reset();
        return result;
    }
    const auto& kpis = result.plan->customKpis;
    for (size_t i = 0; i < kpis.size(); ++i)
        if (findCatalogKpi(kpis[i].id)) {
            result.error = {"plan.customKpis[" + std::to_string(i) + "].id",
                            "\"" + kpis[i].id + "\" is a built-in KPI; a custom KPI needs an id of its own"};
            result.plan.reset();
            break;
        }
    return result;
}

}  // namespace waymark
