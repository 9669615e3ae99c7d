#include "ui/views/matrix/matrix_model.h"

#include <unordered_map>
#include <unordered_set>

#include "core/method/tactics.h"

namespace waymark::ui {

namespace {

// The goals the filter lets through, as indices into plan.goals.
std::vector<bool> goalsShown(const Plan& plan, const MatrixFilter& filter) {
    std::vector<bool> shown(plan.goals.size(), filter.kind == MatrixFilter::Kind::all);
    if (filter.kind == MatrixFilter::Kind::goal) {
        for (size_t g = 0; g < plan.goals.size(); ++g) shown[g] = plan.goals[g].id == filter.id;
    } else if (filter.kind == MatrixFilter::Kind::objective) {
        // The objective and every objective below it (objectives nest; a cycle cannot repeat one).
        std::unordered_set<std::string> objectives{filter.id};
        for (bool grew = true; grew;) {
            grew = false;
            for (const Objective& o : plan.objectives)
                if (o.parentId && objectives.count(*o.parentId) && objectives.insert(o.id).second) grew = true;
        }
        for (size_t g = 0; g < plan.goals.size(); ++g)
            shown[g] = plan.goals[g].objectiveId && objectives.count(*plan.goals[g].objectiveId);
    }
    return shown;
}

bool filterExists(const Plan& plan, const MatrixFilter& filter) {
    if (filter.kind == MatrixFilter::Kind::goal) return plan.findGoal(filter.id) != nullptr;
    if (filter.kind == MatrixFilter::Kind::objective) return plan.findObjective(filter.id) != nullptr;
    return true;
}

}  // namespace

MatrixModel buildMatrixModel(const Plan& plan, const MatrixFilter& requested) {
    const MatrixFilter filter = filterExists(plan, requested) ? requested : MatrixFilter{};
    MatrixModel model;
    model.planTactics = plan.tactics.size();
    std::unordered_map<std::string_view, size_t> goalIndex;
    for (size_t g = 0; g < plan.goals.size(); ++g) goalIndex.emplace(plan.goals[g].id, g);
    model.goalOf.assign(plan.tactics.size(), kNoGoal);
    for (size_t t = 0; t < plan.tactics.size(); ++t)
        if (const auto it = goalIndex.find(plan.tactics[t].goalId); it != goalIndex.end()) model.goalOf[t] = it->second;

    const std::vector<bool> shown = goalsShown(plan, filter);
    model.rankOf.assign(plan.tactics.size(), 0);
    for (size_t t : rankTactics(plan.tactics)) {
        const size_t goal = model.goalOf[t];
        if (goal == kNoGoal || !shown[goal]) continue;
        model.ranked.push_back(t);
        model.rankOf[t] = model.ranked.size();
        const Tactic& tactic = plan.tactics[t];
        if (quadrantOf(tactic) == Quadrant::unscored) model.unscored.push_back(t);
        else model.cells[cellIndex({*tactic.complexity, *tactic.value})].push_back(t);
    }
    return model;
}

}  // namespace waymark::ui
