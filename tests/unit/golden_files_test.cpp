// Plan files that earlier builds wrote (tests/golden/, one per shape of format version 1, each
// made by that build's own writer; see tests/golden/README.md) open in this build with their
// meaning kept, and open again once this build has written them out.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/method/catalog.h"
#include "core/method/plan_load.h"
#include "plan_with_every_field.h"

using namespace waymark;

namespace {

const std::filesystem::path kGoldenDir = std::filesystem::path(WAYMARK_SOURCE_DIR) / "tests" / "golden";
constexpr const char* kNewest = "v1-2026-12-07-app-install-rates.waymark.json";
constexpr const char* kOwnKpis = "v1-2026-11-23-own-kpis-catalog-took-later.waymark.json";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::filesystem::path> goldenFiles() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(kGoldenDir))
        if (entry.path().string().ends_with(".waymark.json")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string envelope(const std::string& plan) { return R"({"format":"waymark-plan","version":1,"plan":)" + plan + "}"; }

}  // namespace

TEST_CASE("every golden file of an earlier build opens, and opens again as this build writes it") {
    const auto files = goldenFiles();
    CHECK(files.size() >= 6);
    for (const auto& path : files) {
        const LoadResult first = loadPlanFile(readFile(path));
        REQUIRE_MESSAGE(first.plan, path.filename().string(), ": ", first.error.str());
        const std::string written = serializePlanDocument(*first.plan);
        const LoadResult again = loadPlanFile(written);
        REQUIRE_MESSAGE(again.plan, path.filename().string(), " written out: ", again.error.str());
        CHECK_MESSAGE(*again.plan == *first.plan, path.filename().string());
        CHECK_MESSAGE(again.notes.empty(), path.filename().string(), " still needs a change after it was written out");
    }
}

TEST_CASE("the newest golden file is what this build writes: a new written shape needs a golden file of its own") {
    CHECK(serializePlanDocument(planWithEveryField()) == readFile(kGoldenDir / kNewest));
}

TEST_CASE("own KPIs whose ids the catalog took later keep their meaning: moved to a free id, every goal re-pointed") {
    REQUIRE(findCatalogKpi("app_installs"));
    REQUIRE(findCatalogKpi("cost_per_application"));
    const LoadResult loaded = loadPlanFile(readFile(kGoldenDir / kOwnKpis));
    REQUIRE_MESSAGE(loaded.plan, loaded.error.str());
    const Plan& plan = *loaded.plan;
    REQUIRE(plan.customKpis.size() == 2);
    CHECK(plan.customKpis[0].id == "custom_app_installs");
    CHECK(plan.customKpis[0].name == "Installs from our links");
    CHECK(plan.customKpis[1].id == "custom_cost_per_application");
    CHECK_FALSE(plan.customKpis[1].higherIsBetter);
    const Goal& installs = *plan.findGoal("goal-installs");
    CHECK(installs.kpi == "custom_app_installs");
    CHECK(installs.secondaryKpis == std::vector<std::string>{"custom_cost_per_application", "reach"});
    const Goal& hiring = *plan.findGoal("goal-hiring");
    CHECK(hiring.kpi == "custom_cost_per_application");
    CHECK(hiring.secondaryKpis == std::vector<std::string>{"custom_app_installs"});
    // What the goals measure is still the plan's own KPI, as the file meant.
    const auto kpi = findKpi(plan, hiring.kpi);
    REQUIRE(kpi);
    CHECK(kpi->custom);
    CHECK_FALSE(kpi->higherIsBetter);
    REQUIRE(loaded.notes.size() == 2);
    CHECK(loaded.notes[0].code == "kpi_moved");
    const std::string said = loaded.notes[0].text(Strings::load("en"));
    CHECK(said.find("Installs from our links") != std::string::npos);
    CHECK(said.find("custom_app_installs") != std::string::npos);
    CHECK(loaded.notes[1].text(Strings::load("de")).find("custom_cost_per_application") != std::string::npos);
}

TEST_CASE("a moved KPI takes an id no other custom KPI has; a plan without a clash is read unchanged") {
    const std::string longId(kMaxIdLength - 3, 'x');
    const LoadResult loaded = loadPlanFile(envelope(
        R"({"id":"p","customKpis":[{"id":"custom_followers","name":"Taken"},{"id":"followers","name":"Mine"},)"
        R"({"id":")" + longId + R"(","name":"Long"}],"goals":[{"id":"g","kpi":"followers"}]})"));
    REQUIRE_MESSAGE(loaded.plan, loaded.error.str());
    CHECK(loaded.plan->customKpis[1].id == "custom_followers_2");
    CHECK(loaded.plan->goals[0].kpi == "custom_followers_2");
    CHECK(loaded.plan->customKpis[0].id == "custom_followers");  // already free of the catalog: unchanged
    CHECK(loaded.plan->customKpis[2].id == longId);
    CHECK(loaded.notes.size() == 1);
    const LoadResult plain = loadPlanFile(envelope(R"({"id":"p","customKpis":[{"id":"mine","name":"Mine"}]})"));
    REQUIRE(plain.plan);
    CHECK(plain.notes.empty());
}

TEST_CASE("a stored plan this build refuses is a newer build's when its record is whole, damage only when it is no plan file") {
    auto refusalOf = [](const std::string& text, bool whole) {
        const LoadResult r = loadPlanFile(text);
        REQUIRE_FALSE(r.plan);
        return storedRefusal(r.error, whole);
    };
    // One optional field a newer build added: its record is whole, so it is no damage.
    const std::string newerField = envelope(R"({"id":"p","goals":[{"id":"g","priority":"high"}]})");
    CHECK(refusalOf(newerField, true) == StoredRefusal::newer);
    CHECK(refusalOf(envelope(R"({"id":"p","goals":[{"id":"g","targetType":"hold_steady"}]})"), true) == StoredRefusal::newer);
    CHECK(refusalOf(R"({"format":"waymark-plan","version":2,"plan":{"id":"p"}})", true) == StoredRefusal::newer);
    // Without a checksum (the first builds' records) the same refusal cannot be told from damage.
    CHECK(refusalOf(newerField, false) == StoredRefusal::unreadable);
    // No build writes these, checksum or not.
    CHECK(refusalOf(R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[)", true) == StoredRefusal::damaged);
    CHECK(refusalOf("not json", true) == StoredRefusal::damaged);
    CHECK(refusalOf(std::string(kMaxPlanFileBytes + 1, ' '), true) == StoredRefusal::too_large);
}
