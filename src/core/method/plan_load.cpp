#include "core/method/plan_load.h"

#include "core/method/catalog.h"

namespace waymark {

LoadResult loadPlanFile(std::string_view text) {
    LoadResult result = parsePlanDocument(text);
    if (!result.plan) return result;
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
