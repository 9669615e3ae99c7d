// Consultant-style plans: real kinds of business with the findings, verdicts and statuses a
// senior social media consultant would give (tests/unit/consultant/*.json, one plan each, the
// expectations written before the engine was run on them). The test reports how many
// expectations the engine meets and requires at least 95%.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/method/review.h"
#include "core/method/tracking.h"
#include "core/plan/plan_json.h"

using namespace waymark;
using nlohmann::json;

namespace {

const std::filesystem::path kDir = std::filesystem::path(WAYMARK_SOURCE_DIR) / "tests/unit/consultant";

bool hasCode(const std::vector<Finding>& findings, const std::string& code) {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
}

struct Outcome {
    int met = 0, total = 0;
    std::vector<std::string> misses;
};

// One expectation against the plan's review and tracking; a miss says what the engine said.
bool meets(const json& e, const Plan& plan, const PlanReview& reviewed, const std::vector<GoalTrack>& tracks,
           const Strings& en, std::string& said) {
    if (e.contains("plan")) return hasCode(reviewed.planFindings, e["plan"].get<std::string>());
    if (e.contains("planAbsent")) return !hasCode(reviewed.planFindings, e["planAbsent"].get<std::string>());
    const std::string goalId = e["goal"].get<std::string>();
    size_t i = 0;
    while (i < plan.goals.size() && plan.goals[i].id != goalId) ++i;
    REQUIRE_MESSAGE(i < plan.goals.size(), "no goal " << goalId);
    const GoalReview& r = reviewed.goals[i];
    std::string codes;
    for (const Finding& f : r.findings) codes += f.code + " ";
    said = "verdict " + std::string(name(r.realism.verdict)) + ", status " + name(tracks[i].status) + ", findings " +
           codes + "| " + sentenceText(r.relevance, en);
    if (e.contains("finding")) return hasCode(r.findings, e["finding"].get<std::string>());
    if (e.contains("absent")) return !hasCode(r.findings, e["absent"].get<std::string>());
    if (e.contains("first")) return !r.findings.empty() && r.findings.front().code == e["first"].get<std::string>();
    if (e.contains("verdict")) return name(r.realism.verdict) == e["verdict"].get<std::string>();
    if (e.contains("verdictNot")) return name(r.realism.verdict) != e["verdictNot"].get<std::string>();
    if (e.contains("status")) return name(tracks[i].status) == e["status"].get<std::string>();
    if (e.contains("reachedLate"))
        return tracks[i].reachedLate && tracks[i].reachedLate->str() == e["reachedLate"].get<std::string>();
    if (e.contains("relevanceContains"))
        return sentenceText(r.relevance, en).find(e["relevanceContains"].get<std::string>()) != std::string::npos;
    FAIL("unknown expectation " << e.dump());
    return false;
}

Outcome check(const std::filesystem::path& file, const Strings& en) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const json doc = json::parse(text.str());
    const LoadResult loaded = parsePlanDocument(doc["document"].dump());
    REQUIRE_MESSAGE(loaded, file.filename().string() << ": " << loaded.error.str());
    const Plan& plan = *loaded.plan;
    const Date today = *Date::parse(doc["today"].get<std::string>());
    const PlanReview reviewed = reviewPlan(plan, today);
    const auto tracks = trackGoals(plan, today);
    Outcome out;
    for (const json& e : doc["expect"]) {
        std::string said;
        ++out.total;
        if (meets(e, plan, reviewed, tracks, en, said)) ++out.met;
        else out.misses.push_back(file.stem().string() + ": expected " + e.dump() + "; engine: " + said);
    }
    return out;
}

}  // namespace

TEST_CASE("consultant-style plans: the engine agrees with a senior consultant on at least 95%") {
    const Strings en = Strings::load("en");
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(kDir))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 15);
    int met = 0, total = 0;
    for (const auto& file : files) {
        CAPTURE(file.filename().string());
        const Outcome o = check(file, en);
        CHECK(o.total >= 5);  // each plan carries real expectations
        met += o.met, total += o.total;
        for (const std::string& miss : o.misses) MESSAGE(miss);
    }
    const double agreement = 100.0 * met / total;
    std::cout << "consultant agreement: " << met << " of " << total << " expectations met (" << agreement << "%) over "
              << files.size() << " plans\n";
    CHECK(agreement >= 95.0);
}
