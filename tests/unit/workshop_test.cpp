// The guided workshop's steps and what the plan still lacks before each one is done.
#include <doctest/doctest.h>

#include <map>

#include "core/method/workshop.h"

using namespace waymark;

namespace {

std::vector<std::string> codes(const std::vector<WorkshopGap>& gaps) {
    std::vector<std::string> out;
    for (const WorkshopGap& g : gaps) out.push_back(g.code + (g.name.empty() ? "" : ":" + g.name));
    return out;
}

struct Fixture {
    Plan plan;
    std::map<std::string, GoalReview> reviews;
    std::vector<Finding> planFindings;
    std::vector<std::string> gaps(WorkshopStep step, const std::string& focus = {}) const {
        return codes(workshopGaps(plan, step, focus, planFindings, [&](const std::string& id) -> const GoalReview* {
            const auto it = reviews.find(id);
            return it == reviews.end() ? nullptr : &it->second;
        }));
    }
};

}  // namespace

TEST_CASE("the eight steps in the method's order, numbered from 1") {
    CHECK(kWorkshopSteps.size() == 8);
    CHECK(stepNumber(WorkshopStep::objectives) == 1);
    CHECK(stepNumber(WorkshopStep::smart) == 3);
    CHECK(stepNumber(WorkshopStep::review) == 8);
    CHECK(stepAt(6) == WorkshopStep::prioritise);
    CHECK_FALSE(stepAt(0));
    CHECK_FALSE(stepAt(9));
    CHECK(std::string(name(WorkshopStep::owners)) == "owners");
}

TEST_CASE("an empty plan lacks something at every step but the review") {
    Fixture f;
    CHECK(f.gaps(WorkshopStep::objectives) == std::vector<std::string>{"no_objective"});
    CHECK(f.gaps(WorkshopStep::goals) == std::vector<std::string>{"no_goal"});
    CHECK(f.gaps(WorkshopStep::smart) == std::vector<std::string>{"no_goal"});
    CHECK(f.gaps(WorkshopStep::kpis) == std::vector<std::string>{"no_goal"});
    CHECK(f.gaps(WorkshopStep::tactics) == std::vector<std::string>{"no_goal"});
    CHECK(f.gaps(WorkshopStep::prioritise) == std::vector<std::string>{"no_tactic"});
    CHECK(f.gaps(WorkshopStep::owners) == std::vector<std::string>{"no_tactic"});
    CHECK(f.gaps(WorkshopStep::review).empty());
}

TEST_CASE("each step is done when the plan has what the step asks for") {
    Fixture f;
    f.plan.objectives.push_back({.id = "o1", .title = "Open a second shop", .parentId = std::nullopt, .due = std::nullopt});
    f.plan.objectives.push_back({.id = "o2", .title = "", .parentId = std::nullopt, .due = std::nullopt});
    CHECK(f.gaps(WorkshopStep::objectives) == std::vector<std::string>{"objective_untitled"});
    f.plan.objectives[1].title = "More regulars";
    CHECK(f.gaps(WorkshopStep::objectives).empty());

    Goal g;
    g.id = "g1";
    g.objectiveId = "o1";
    g.title = "Grow Instagram";
    f.plan.goals.push_back(g);
    Goal loose;
    loose.id = "g2";
    loose.title = "Be on TikTok";
    f.plan.goals.push_back(loose);
    CHECK(f.gaps(WorkshopStep::goals) ==
          std::vector<std::string>{"goal_without_objective:Be on TikTok", "objective_without_goal:More regulars"});
    f.plan.goals[1].objectiveId = "o2";
    CHECK(f.gaps(WorkshopStep::goals).empty());

    // SMART: the chosen goal's fields, then the review's errors about it.
    CHECK(f.gaps(WorkshopStep::smart) == std::vector<std::string>{"no_focus_goal"});
    CHECK(f.gaps(WorkshopStep::smart, "g1") ==
          std::vector<std::string>{"goal_no_kpi:Grow Instagram", "goal_no_baseline:Grow Instagram",
                                   "goal_no_target:Grow Instagram", "goal_no_deadline:Grow Instagram"});
    Goal& smart = f.plan.goals[0];
    smart.kpi = "followers";
    smart.baseline = 400;
    smart.target = 480;
    smart.deadline = Date{2027, 3, 31};
    f.reviews["g1"].findings = {{"target_unrealistic", Severity::error, {}}, {"no_channel", Severity::tip, {}}};
    const std::vector<WorkshopGap> errors = workshopGaps(f.plan, WorkshopStep::smart, "g1", f.planFindings,
                                                         [&](const std::string& id) { return &f.reviews[id]; });
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].finding->code == "target_unrealistic");
    f.reviews["g1"].findings.erase(f.reviews["g1"].findings.begin());
    CHECK(f.gaps(WorkshopStep::smart, "g1").empty());

    // KPIs: every goal has a KPI, a source, and (unless soft) a baseline.
    CHECK(f.gaps(WorkshopStep::kpis) == std::vector<std::string>{"goal_no_source:Grow Instagram", "goal_no_kpi:Be on TikTok",
                                                                 "goal_no_source:Be on TikTok",
                                                                 "goal_no_baseline:Be on TikTok"});
    f.plan.goals[0].dataSource = "Instagram Insights";
    f.plan.goals[1].kpi = "video_views";
    f.plan.goals[1].dataSource = "TikTok analytics";
    f.plan.goals[1].soft = true;
    CHECK(f.gaps(WorkshopStep::kpis).empty());

    f.plan.tactics.push_back({.id = "t1", .goalId = "g1", .title = "Reels twice a week", .value = std::nullopt, .complexity = std::nullopt});
    CHECK(f.gaps(WorkshopStep::tactics) == std::vector<std::string>{"goal_without_tactic:Be on TikTok"});
    f.plan.tactics.push_back({.id = "t2", .goalId = "g2", .title = "Kitchen clips", .value = 3, .complexity = std::nullopt});
    CHECK(f.gaps(WorkshopStep::tactics).empty());

    CHECK(f.gaps(WorkshopStep::prioritise) ==
          std::vector<std::string>{"tactic_unscored:Reels twice a week", "tactic_unscored:Kitchen clips"});
    f.plan.tactics[0].value = 4;
    f.plan.tactics[0].complexity = 2;
    f.plan.tactics[1].complexity = 1;
    CHECK(f.gaps(WorkshopStep::prioritise).empty());

    f.plan.tasks.push_back({.id = "k1", .tacticId = "t1", .title = "Shoot reels", .owners = {}, .due = std::nullopt, .repeat = std::nullopt});
    CHECK(f.gaps(WorkshopStep::owners) == std::vector<std::string>{"tactic_without_task:Kitchen clips",
                                                                   "task_no_owner:Shoot reels", "task_no_due:Shoot reels"});
    f.plan.tasks[0].owners = {"Brian"};
    f.plan.tasks[0].due = Date{2027, 1, 15};
    f.plan.tasks.push_back({.id = "k2", .tacticId = "t2", .title = "Film", .owners = {"Hailley"}, .due = Date{2027, 1, 20}, .repeat = std::nullopt});
    CHECK(f.gaps(WorkshopStep::owners).empty());
}

TEST_CASE("the review step lists the review's errors, the plan's first, and ignores warnings and tips") {
    Fixture f;
    Goal leads;
    leads.id = "g1";
    leads.title = "Leads";
    f.plan.goals.push_back(leads);
    f.planFindings = {{"objective_unmeasured", Severity::error, {}}, {"team_new", Severity::warning, {}}};
    f.reviews["g1"].findings = {{"no_deadline", Severity::error, {}}, {"no_channel", Severity::tip, {}}};
    const std::vector<WorkshopGap> gaps = workshopGaps(f.plan, WorkshopStep::review, "", f.planFindings,
                                                       [&](const std::string& id) { return &f.reviews[id]; });
    REQUIRE(gaps.size() == 2);
    CHECK(gaps[0].finding->code == "objective_unmeasured");
    CHECK(gaps[0].name.empty());
    CHECK(gaps[1].finding->code == "no_deadline");
    CHECK(gaps[1].name == "Leads");
}
