#include "core/method/plan_load.h"

#include <unordered_set>

#include "core/method/catalog.h"

namespace waymark {

namespace {

// A free id for a custom KPI that the catalog took: "custom_" + its id (catalog ids never start
// so), within kMaxIdLength characters, with "_2", "_3", ... when another custom KPI has it.
std::string freeKpiId(const std::string& id, const std::unordered_set<std::string>& taken) {
    for (int n = 1;; ++n) {
        const std::string suffix = n == 1 ? "" : "_" + std::to_string(n);
        std::string candidate = "custom_" + id;
        // Ids are ASCII in every file a build wrote; cutting bytes of anything else is still a
        // valid id here, as it is checked by the same rules on the next load.
        if (candidate.size() + suffix.size() > kMaxIdLength) candidate.resize(kMaxIdLength - suffix.size());
        candidate += suffix;
        if (!taken.count(candidate) && !findCatalogKpi(candidate)) return candidate;
    }
}

// Custom KPIs made before the catalog took their id (app_installs and cost_per_application joined
// it after users could name their own). The plan's own KPI keeps its meaning: it moves to a free
// id, and every goal that measured it (kpi, secondaryKpis) measures it under the new id. Moving it
// (rather than letting the plan's definition win over the catalog's) keeps one rule everywhere:
// an id names the catalog KPI wherever it is one, in the review, the funnel, exports and the UI.
void moveShadowedKpis(Plan& plan, std::vector<LoadNote>& notes) {
    std::unordered_set<std::string> taken;
    for (const CustomKpi& k : plan.customKpis) taken.insert(k.id);
    for (CustomKpi& kpi : plan.customKpis) {
        if (!findCatalogKpi(kpi.id)) continue;
        const std::string from = kpi.id, to = freeKpiId(from, taken);
        taken.insert(to);
        kpi.id = to;
        for (Goal& goal : plan.goals) {
            if (goal.kpi == from) goal.kpi = to;
            for (std::string& secondary : goal.secondaryKpis)
                if (secondary == from) secondary = to;
        }
        notes.push_back({"kpi_moved", {{"name", kpi.name.empty() ? from : kpi.name}, {"id", from}, {"new_id", to}}});
    }
}

}  // namespace

LoadResult loadPlanFile(std::string_view text) {
    LoadResult result = parsePlanDocument(text);
    if (!result.plan) return result;
    moveShadowedKpis(*result.plan, result.notes);
    // Stored and downloaded plans are written indented: a compact file just under the limit
    // would come back over it and could not be opened again. Refuse it now, while it is a file.
    if (const size_t written = serializePlanDocument(*result.plan).size(); written > kMaxPlanFileBytes) {
        result.error = {"", "plan_too_large", {{"kb_number", std::to_string(written / 1024)},
                                               {"mb_number", std::to_string(kMaxPlanFileBytes / 1024 / 1024)}}};
        result.plan.reset();
        result.notes.clear();
    }
    return result;
}

StoredRefusal storedRefusal(const LoadError& error, bool whole) {
    const std::string& c = error.code;
    if (c == "file_too_large" || c == "plan_too_large") return StoredRefusal::too_large;
    if (c == "version_newer") return StoredRefusal::newer;
    // The file as a whole is not a plan file of any build (no writer makes these).
    for (const char* broken : {"json_syntax", "json_depth", "json_nul", "json_unreadable", "duplicate_key", "inexact_number",
                               "not_json_object", "not_waymark", "version_missing", "version_low"})
        if (c == broken) return StoredRefusal::damaged;
    return whole ? StoredRefusal::newer : StoredRefusal::unreadable;
}

}  // namespace waymark
