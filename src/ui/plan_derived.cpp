#include "ui/plan_derived.h"

namespace waymark::ui {

const GoalTrack* PlanDerived::track(std::string_view goalId) const {
    const auto it = goalIndex.find(goalId);
    return it == goalIndex.end() || it->second >= tracks.size() ? nullptr : &tracks[it->second];
}

const PlanDerived& DerivedCache::get(const Plan& plan, std::uint64_t revision, Date today) {
    if (valid_ && revision == revision_ && today == today_) return derived_;
    PlanDerived d;
    d.tracks = trackGoals(plan, today);
    d.overdueTasks = waymark::overdueTasks(plan, today);
    d.loadFrom = weekStart(today).plusDays(-7L * kLoadWeeksBefore);
    d.loadTo = weekStart(today).plusDays(7L * (kLoadWeeksAfter + 1) - 1);
    d.load = loadByOwnerAndWeek(plan, d.loadFrom, d.loadTo);
    d.goalIndex.reserve(plan.goals.size());
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals[i];
        d.goalIndex.emplace(g.id, i);
        if (g.objectiveId) d.goalsOfObjective[*g.objectiveId].push_back(i);
    }
    derived_ = std::move(d);
    revision_ = revision;
    today_ = today;
    valid_ = true;
    ++computations_;
    return derived_;
}

}  // namespace waymark::ui
