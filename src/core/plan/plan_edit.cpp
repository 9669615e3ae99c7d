#include "core/plan/plan_edit.h"

#include <algorithm>
#include <unordered_set>

namespace waymark {

namespace {
template <class T, class Pred>
bool eraseWhere(std::vector<T>& items, Pred pred) {
    const auto before = items.size();
    items.erase(std::remove_if(items.begin(), items.end(), pred), items.end());
    return items.size() != before;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Sets an item's title, trimmed; a missing item or an unchanged title is no change.
template <class Item>
EditResult retitle(Item* item, const std::string& title) {
    if (!item || item->title == trimmed(title)) return {};
    item->title = trimmed(title);
    return {true, {}};
}

struct Applier {
    Plan& plan;

    EditResult operator()(const AddObjective& e) {
        Objective o;
        o.id = newId(plan, "o");
        o.title = trimmed(e.title);
        plan.objectives.push_back(o);
        return {true, o.id};
    }
    EditResult operator()(const RenameObjective& e) { return retitle(plan.findObjective(e.id), e.title); }
    EditResult operator()(const DeleteObjective& e) {
        const Objective* o = plan.findObjective(e.id);
        if (!o) return {};
        const std::optional<std::string> parent = o->parentId;
        for (Objective& child : plan.objectives)
            if (child.parentId == e.id) child.parentId = parent;
        for (Goal& g : plan.goals)
            if (g.objectiveId == e.id) g.objectiveId.reset();
        eraseWhere(plan.objectives, [&](const Objective& x) { return x.id == e.id; });
        return {true, {}};
    }
    EditResult operator()(const AddGoal& e) {
        Goal g;
        g.id = newId(plan, "g");
        if (plan.findObjective(e.objectiveId)) g.objectiveId = e.objectiveId;
        g.title = trimmed(e.title);
        plan.goals.push_back(g);
        return {true, g.id};
    }
    EditResult operator()(const RenameGoal& e) { return retitle(plan.findGoal(e.id), e.title); }
    EditResult operator()(const DeleteGoal& e) {
        if (!plan.findGoal(e.id)) return {};
        std::unordered_set<std::string> tactics;
        for (const Tactic& t : plan.tactics)
            if (t.goalId == e.id) tactics.insert(t.id);
        eraseWhere(plan.tasks, [&](const Task& t) { return tactics.count(t.tacticId) > 0; });
        eraseWhere(plan.tactics, [&](const Tactic& t) { return t.goalId == e.id; });
        eraseWhere(plan.checkins, [&](const Checkin& c) { return c.goalId == e.id; });
        eraseWhere(plan.goals, [&](const Goal& g) { return g.id == e.id; });
        return {true, {}};
    }
    EditResult operator()(const RenamePlan& e) {
        if (plan.name == trimmed(e.name)) return {};
        plan.name = trimmed(e.name);
        return {true, {}};
    }
};
}  // namespace

EditResult applyEdit(Plan& plan, const PlanEdit& edit) { return std::visit(Applier{plan}, edit); }

std::string newId(const Plan& plan, const std::string& prefix) {
    std::unordered_set<std::string> used;
    for (const auto& x : plan.objectives) used.insert(x.id);
    for (const auto& x : plan.goals) used.insert(x.id);
    for (const auto& x : plan.tactics) used.insert(x.id);
    for (const auto& x : plan.tasks) used.insert(x.id);
    for (const auto& x : plan.customKpis) used.insert(x.id);
    for (size_t n = used.size() + 1;; ++n) {
        std::string id = prefix + std::to_string(n);
        if (!used.count(id)) return id;
    }
}

GoalDependents goalDependents(const Plan& plan, const std::string& goalId) {
    GoalDependents d;
    std::unordered_set<std::string> tactics;
    for (const Tactic& t : plan.tactics)
        if (t.goalId == goalId) { tactics.insert(t.id); ++d.tactics; }
    for (const Task& t : plan.tasks) d.tasks += tactics.count(t.tacticId) > 0;
    for (const Checkin& c : plan.checkins) d.checkins += c.goalId == goalId;
    return d;
}

}  // namespace waymark
