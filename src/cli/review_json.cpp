#include "cli/review_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/json_number.h"
#include "core/method/review.h"
#include "core/method/tasks.h"
#include "core/method/tracking.h"

namespace waymark {

namespace {
using Json = nlohmann::ordered_json;


Json realismJson(const RealismResult& r, const Strings& strings) {
    Json j;
    j["verdict"] = name(r.verdict);
    j["label"] = strings(std::string("realism.verdict.") + name(r.verdict));
    j["reason"] = r.reason.empty() ? Json(nullptr) : Json(r.reason);
    j["measure"] = name(r.measure);
    j["months"] = jsonNumber(r.months);
    j["requiredTotal"] = jsonNumber(r.requiredTotal);
    j["requiredPerMonth"] = jsonNumber(r.requiredPerMonth);
    j["comfortableLimit"] = jsonNumber(r.comfortableLimit);
    j["ambitiousLimit"] = jsonNumber(r.ambitiousLimit);
    j["comfortableTarget"] = jsonNumber(r.comfortableTarget);
    j["ambitiousTarget"] = jsonNumber(r.ambitiousTarget);
    j["trendPerMonth"] = jsonNumber(r.trendPerMonth);
    j["tier"] = r.tier;
    j["factors"] = r.factors;
    return j;
}

Json goalJson(const Goal& goal, const GoalTrack& track, const GoalReview& review, const Strings& strings) {
    Json j;
    j["id"] = goal.id;
    j["title"] = goal.title;
    j["status"] = name(track.status);
    const Progress& p = track.progress;
    const bool measured = p.issue == ProgressIssue::none;
    j["progress"] = measured ? jsonNumber(p.fraction) : Json(nullptr);  // 1 = target reached; below 0 = worse than baseline
    j["progressIssue"] = measured ? Json(nullptr) : Json(name(p.issue));
    j["progressFormula"] = measured ? Json(strings(p.formulaKey, p.formulaArgs)) : Json(nullptr);
    j["expectedProgress"] = jsonNumber(track.expectedFraction);
    j["worseThanBaseline"] = p.worseThanBaseline;
    j["reachedLate"] = track.reachedLate ? Json(track.reachedLate->str()) : Json(nullptr);
    j["latest"] = track.latest ? Json{{"date", track.latest->date.str()}, {"value", jsonNumber(track.latest->value)}} : Json(nullptr);
    j["forecast"] = track.forecast ? Json{{"value", jsonNumber(track.forecast->value)},
                                          {"date", track.forecast->at.str()},
                                          {"points", track.forecast->points},
                                          {"projection", track.forecast->projection}}
                                   : Json(nullptr);
    j["relevance"] = sentenceText(review.relevance, strings);
    Json findings = Json::array();
    for (const Finding& f : review.findings)
        findings.push_back({{"code", f.code}, {"severity", name(f.severity)}, {"message", findingMessage(f, strings)},
                            {"suggestion", findingSuggestion(f, strings)}});
    j["findings"] = std::move(findings);
    j["realism"] = realismJson(review.realism, strings);
    return j;
}
}  // namespace

std::string reviewJson(const Plan& plan, const Strings& strings, Date today) {
    const auto tracks = trackGoals(plan, today);
    const PlanReview reviewed = reviewPlan(plan, today);
    const auto& reviews = reviewed.goals;
    Json out;
    out["plan"] = plan.id;
    out["today"] = today.str();
    Json goals = Json::array();
    for (size_t i = 0; i < plan.goals.size(); ++i) goals.push_back(goalJson(plan.goals[i], tracks[i], reviews[i], strings));
    out["goals"] = std::move(goals);
    Json planFindings = Json::array();
    for (const Finding& f : reviewed.planFindings)
        planFindings.push_back({{"code", f.code}, {"severity", name(f.severity)}, {"message", findingMessage(f, strings)},
                                {"suggestion", findingSuggestion(f, strings)}});
    out["planFindings"] = std::move(planFindings);
    Json overdue = Json::array();
    for (size_t i : overdueTasks(plan, today)) overdue.push_back(plan.tasks[i].id);
    out["overdueTasks"] = std::move(overdue);
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace waymark
