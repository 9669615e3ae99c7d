#pragma once
// The SMART review: for every goal, what is missing or doubtful (findings), the sentence that
// ties it to an objective ("To help us <objective>, we will <goal>") and its realism verdict;
// for the plan as a whole, what concerns no single goal (reviewPlan: tasks without an owner, an
// objective nothing measures, a starting team judged by outcomes, said once).
// Both readings of the R are checked: Realistic (realism.h) and Relevant (linked, not vanity).
// Numbers in messages carry their unit and rounding (review_numbers.h).
// Texts: "finding.<code>.message" and "finding.<code>.suggestion", "review.relevance.*" and
// "review.field.*" in assets/i18n/<lang>/review.json.
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/plan/date.h"
#include "core/text/i18n.h"
#include "core/plan/plan.h"
#include "core/method/realism.h"

namespace waymark {

enum class Severity { error, warning, tip };

struct Finding {
    std::string code;                  // stable: see findingCodes()
    Severity severity = Severity::tip;
    // Placeholder values. An argument named "<x>_key" holds a text key whose translation fills
    // {x} (e.g. {"kpi_key", "kpi.followers.name"}); any other fills {<name>} as it is.
    TextArgs args;
};

struct GoalReview {
    std::string goalId;
    std::vector<Finding> findings;     // errors first, then warnings, tips; then findingCodes() order
    Sentence relevance;                // "To help us <objective>, we will <goal>." or why it cannot say
    RealismResult realism;
};

// Reviews by goal id.
using ReviewsByGoal = std::unordered_map<std::string, GoalReview>;

struct FindingCode {
    const char* code;
    Severity severity;
};

// Every finding code with its severity, in the fixed order findings are sorted by.
std::span<const FindingCode> findingCodes();

// Reviews every goal of the plan, in plan order; today decides whether a deadline has passed.
// Objectives, KPIs and check-ins are indexed once: O(n log n) in the size of the plan.
std::vector<GoalReview> review(const Plan& plan, Date today);
// Reviews one goal of the plan (indexes the plan too: for many goals call review()).
GoalReview reviewGoal(const Plan& plan, const Goal& goal, Date today);

// The whole plan: every goal (as review()) and the findings about the plan rather than one goal
// (tasks without an owner, an objective nothing measures, a starting team judged by outcomes).
struct PlanReview {
    std::vector<GoalReview> goals;     // aligned with plan.goals
    std::vector<Finding> planFindings; // sorted like a goal's findings
};
// Reviews goals and plan in one pass; O(n log n) like review().
PlanReview reviewPlan(const Plan& plan, Date today);
// Only the plan-level findings.
std::vector<Finding> reviewPlanLevel(const Plan& plan, Date today);

// The finding's message and its concrete suggestion, placeholders filled, in strings' language.
std::string findingMessage(const Finding& finding, const Strings& strings);
std::string findingSuggestion(const Finding& finding, const Strings& strings);
// A sentence's text, placeholders filled.
std::string sentenceText(const Sentence& sentence, const Strings& strings);

// "error", "warning", "tip".
const char* name(Severity v);

}  // namespace waymark
