#include "core/method/plan_load.h"

#include "core/method/catalog.h"

namespace waymark {

LoadResult loadPlanFile(std::string_view text) {
    LoadResult result = parsePlanDocument(text);
    if (!result.plan) return result;
    // Stored and downloaded plans are written indented: a compact file just under the limit
    // would come back over it and could not be opened again. Refuse it now, while it is a file.
    if (const size_t written = serializePlanDocument(*result.plan).size(); written > kMaxPlanFileBytes) {
        result.error = {"", "plan_too_large", {{"kb_number", std::to_string(written / 1024)},
                                               {"mb_number", std::to_string(kMaxPlanFileBytes / 1024 / 1024)}}};
        result.plan.reset();
        return result;
    }
    const auto& kpis = result.plan->customKpis;
    for (size_t i = 0; i < kpis.size(); ++i)
        if (findCatalogKpi(kpis[i].id)) {
            result.error = {"plan.customKpis[" + std::to_string(i) + "].id", "builtin_kpi_id", {{"id", kpis[i].id}}};
            result.plan.reset();
            break;
        }
    return result;
}

}  // namespace waymark
