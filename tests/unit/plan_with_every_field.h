#pragma once
// A test plan with every field of format v1 set, and every flag off its default, so the writer
// writes every key it knows: the fixture for round trips and the schema's in-step test.
#include "core/plan/plan.h"

namespace waymark {

inline Plan planWithEveryField() {
    Plan p;
    p.id = "plan-full";
    p.name = "Campfire: Q1 social plan";
    p.language = "en";
    p.created = Date{2026, 11, 1};
    p.updated = Date{2026, 11, 23};
    p.context = {Business::b2b, Phase::growing, 4, 2500.5, "EUR", {"linkedin", "youtube"}};
    p.customKpis.push_back({"kpi-demo-bookings", "Demo bookings", "count", false, false, true, CustomFamily::conversions});
    p.objectives.push_back({"obj-segment", "Expand into the small-business segment", ObjectiveKind::business,
                            std::nullopt, Date{2027, 12, 31}});
    p.objectives.push_back({"obj-known", "Be known among owners", ObjectiveKind::marketing, "obj-segment", Date{2027, 6, 30}});
    p.objectives.front().number = BusinessNumber{BusinessMetric::revenue, 120000.5, NumberPeriod::year};
    p.objectives.front().funnel = {12.5, Business::ecommerce, {1.5, 2.5, 3.5, 4.5, 25, 80.5, 35, 3.5}};
    Goal g;
    g.id = "goal-followers"; g.objectiveId = "obj-known"; g.title = "Grow LinkedIn followers by 20%";
    g.category = "awareness"; g.kpi = "followers"; g.channel = "linkedin"; g.scope = "owners in DACH";
    g.baseline = 1200; g.target = 1440.25; g.targetType = TargetType::stay_above;
    g.start = Date{2027, 1, 1}; g.deadline = Date{2027, 3, 31}; g.budget = 900; g.soft = true;
    g.secondaryKpis = {"engagement_rate", "kpi-demo-bookings"}; g.dataSource = "LinkedIn page analytics";
    g.targetHistory.push_back({Date{2027, 2, 1}, 1400, 1440.25, "raised after a strong January"});
    g.measuredAs = MeasuredAs::total; g.ratingsCount = 35; g.checkinEveryDays = 14;
    p.goals.push_back(g);
    p.tactics.push_back({"tactic-influencers", "goal-followers", "Work with 10 creators", 4, 2});
    p.tasks.push_back({"task-list", "tactic-influencers", "List the creators", {"Brian"}, Date{2027, 1, 15},
                       std::nullopt, true});
    p.tasks.push_back({"task-sponsored", "tactic-influencers", "One sponsored post", {"Brian", "Hailley"},
                       Date{2027, 1, 30}, Repeat{2, RepeatUnit::month, 30, Date{2027, 12, 31}}, true,
                       {Date{2027, 1, 30}, Date{2027, 3, 30}}});
    p.checkins.push_back({"goal-followers", Date{2027, 1, 31}, 1290, Confidence::medium, "webinar helped", "checkin-jan"});
    p.voting = VotingRound{VoteSubject::tactics, 4, {{"Anna", {"tactic-influencers"}, "voter-anna"}, {"", {}, "voter-2"}}, 1, true};
    return p;
}

}  // namespace waymark
