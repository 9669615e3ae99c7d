#include "core/plan/plan_edit.h"

#include <algorithm>
#include <cmath>
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

// Replaces an item by a new version of itself; unchanged or missing is no change.
template <class Item>
EditResult replace(Item* item, Item next) {
    if (!item || *item == next) return {};
    *item = std::move(next);
    return {true, {}};
}

// Swaps the item `id` with its nearest sibling (by `sibling`) before (delta < 0) or after it.
template <class Item, class Sibling>
EditResult moveAmong(std::vector<Item>& list, const std::string& id, int delta, Sibling sibling) {
    const auto at = std::find_if(list.begin(), list.end(), [&](const Item& x) { return x.id == id; });
    if (at == list.end() || delta == 0) return {};
    if (delta < 0) {
        const auto before = std::find_if(std::make_reverse_iterator(at), list.rend(), sibling);
        if (before == list.rend()) return {};
        std::iter_swap(at, std::prev(before.base()));
    } else {
        const auto after = std::find_if(std::next(at), list.end(), sibling);
        if (after == list.end()) return {};
        std::iter_swap(at, after);
    }
    return {true, {}};
}

bool hasCheckins(const Plan& plan, const std::string& goalId) {
    return std::any_of(plan.checkins.begin(), plan.checkins.end(), [&](const Checkin& c) { return c.goalId == goalId; });
}

struct Applier {
    Plan& plan;
    Date today;

    EditResult operator()(const AddObjective& e) {
        Objective o;
        o.id = newId(plan, "o");
        o.title = trimmed(e.title);
        plan.objectives.push_back(o);
        return {true, o.id};
    }
    EditResult operator()(const RenameObjective& e) { return retitle(plan.findObjective(e.id), e.title); }
    EditResult operator()(const UpdateObjective& e) {
        Objective next = e.objective;
        next.title = trimmed(next.title);
        if (next.parentId && (!plan.findObjective(*next.parentId) || wouldMakeCycle(plan, next.id, *next.parentId)))
            return {};
        return replace(plan.findObjective(e.objective.id), std::move(next));
    }
    EditResult operator()(const MoveObjective& e) {
        const Objective* o = plan.findObjective(e.id);
        if (!o || e.delta == 0) return {};
        const std::optional<std::string> parent = o->parentId;
        return moveAmong(plan.objectives, e.id, e.delta, [&](const Objective& x) { return x.parentId == parent; });
    }
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
    EditResult operator()(const AddDraftGoals& e) {
        if (e.goals.empty()) return {};
        for (Goal g : e.goals) {
            g.id = newId(plan, "g");
            if (g.objectiveId && !plan.findObjective(*g.objectiveId)) g.objectiveId.reset();
            g.title = trimmed(g.title);
            plan.goals.push_back(std::move(g));
        }
        return {true, plan.goals[plan.goals.size() - e.goals.size()].id};
    }
    EditResult operator()(const RenameGoal& e) { return retitle(plan.findGoal(e.id), e.title); }
    EditResult operator()(const UpdateGoal& e) {
        Goal* current = plan.findGoal(e.goal.id);
        if (!current) return {};
        Goal next = e.goal;
        next.title = trimmed(next.title);
        if (next.objectiveId && !plan.findObjective(*next.objectiveId)) next.objectiveId.reset();
        // A goalpost moved after tracking began stays visible (domain.md: a changed goal keeps
        // its history); setting the first target, or changing it before any check-in, is planning.
        if (current->target && next.target && *current->target != *next.target && std::isfinite(*next.target) &&
            hasCheckins(plan, next.id) && next.targetHistory == current->targetHistory)
            next.targetHistory.push_back({today, *current->target, *next.target, {}});
        return replace(current, std::move(next));
    }
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
    EditResult operator()(const UpdateContext& e) {
        if (plan.context == e.context) return {};
        plan.context = e.context;
        return {true, {}};
    }
    EditResult operator()(const AddCustomKpi& e) {
        CustomKpi kpi = e.kpi;
        kpi.id = newId(plan, "custom_");  // catalog ids never start with "custom_"
        kpi.name = trimmed(kpi.name);
        plan.customKpis.push_back(kpi);
        if (Goal* goal = plan.findGoal(e.forGoal)) goal->kpi = kpi.id;
        return {true, kpi.id};
    }
    EditResult operator()(const UpdateCustomKpi& e) {
        const auto it = std::find_if(plan.customKpis.begin(), plan.customKpis.end(),
                                     [&](const CustomKpi& k) { return k.id == e.kpi.id; });
        if (it == plan.customKpis.end()) return {};
        CustomKpi next = e.kpi;
        next.name = trimmed(next.name);
        return replace(&*it, std::move(next));
    }
    EditResult operator()(const ReplacePlan& e) {
        if (plan == e.plan) return {};
        plan = e.plan;
        return {true, {}};
    }
    EditResult operator()(const AddTactic& e) {
        if (!plan.findGoal(e.goalId)) return {};
        Tactic t;
        t.id = newId(plan, "t");
        t.goalId = e.goalId;
        t.title = trimmed(e.title);
        plan.tactics.push_back(t);
        return {true, t.id};
    }
    EditResult operator()(const UpdateTactic& e) {
        const auto scored = [](std::optional<int> s) { return !s || (*s >= 1 && *s <= 5); };
        if (!scored(e.tactic.value) || !scored(e.tactic.complexity) || !plan.findGoal(e.tactic.goalId)) return {};
        Tactic next = e.tactic;
        next.title = trimmed(next.title);
        return replace(plan.findTactic(e.tactic.id), std::move(next));
    }
    EditResult operator()(const MoveTactic& e) {
        const Tactic* t = plan.findTactic(e.id);
        if (!t || e.delta == 0) return {};
        const std::string goalId = t->goalId;
        return moveAmong(plan.tactics, e.id, e.delta, [&](const Tactic& x) { return x.goalId == goalId; });
    }
    EditResult operator()(const DeleteTactic& e) {
        if (!plan.findTactic(e.id)) return {};
        eraseWhere(plan.tasks, [&](const Task& t) { return t.tacticId == e.id; });
        eraseWhere(plan.tactics, [&](const Tactic& t) { return t.id == e.id; });
        return {true, {}};
    }
    EditResult operator()(const AddTask& e) {
        if (!plan.findTactic(e.tacticId)) return {};
        Task t;
        t.id = newId(plan, "k");
        t.tacticId = e.tacticId;
        t.title = trimmed(e.title);
        plan.tasks.push_back(t);
        return {true, t.id};
    }
    EditResult operator()(const UpdateTask& e) {
        if (!plan.findTactic(e.task.tacticId)) return {};
        Task next = e.task;
        next.title = trimmed(next.title);
        for (std::string& owner : next.owners) owner = trimmed(owner);
        eraseWhere(next.owners, [](const std::string& o) { return o.empty(); });
        return replace(plan.findTask(e.task.id), std::move(next));
    }
    EditResult operator()(const DeleteTask& e) {
        return {eraseWhere(plan.tasks, [&](const Task& t) { return t.id == e.id; }), {}};
    }
    EditResult operator()(const AddCheckin& e) {
        if (!plan.findGoal(e.checkin.goalId) || !std::isfinite(e.checkin.value)) return {};
        Checkin c = e.checkin;
        c.note = trimmed(c.note);
        plan.checkins.push_back(std::move(c));
        return {true, std::to_string(plan.checkins.size() - 1)};
    }
    EditResult operator()(const UpdateCheckin& e) {
        if (e.index >= plan.checkins.size() || !plan.findGoal(e.checkin.goalId) || !std::isfinite(e.checkin.value))
            return {};
        Checkin next = e.checkin;
        next.note = trimmed(next.note);
        return replace(&plan.checkins[e.index], std::move(next));
    }
    EditResult operator()(const DeleteCheckin& e) {
        if (e.index >= plan.checkins.size()) return {};
        plan.checkins.erase(plan.checkins.begin() + static_cast<std::ptrdiff_t>(e.index));
        return {true, {}};
    }
    EditResult operator()(const SetTaskDone& e) {
        Task* task = plan.findTask(e.id);
        if (!task) return {};
        if (!e.occurrence || !task->repeat) {
            if (task->done == e.done) return {};
            task->done = e.done;
            return {true, {}};
        }
        if (task->done || !task->due || *e.occurrence < *task->due) return {};
        std::vector<Date>& dates = task->doneDates;
        const auto at = std::lower_bound(dates.begin(), dates.end(), *e.occurrence);
        const bool marked = at != dates.end() && *at == *e.occurrence;
        if (marked == e.done) return {};
        if (e.done) dates.insert(at, *e.occurrence);
        else dates.erase(at);
        return {true, {}};
    }
    // Dot voting: its rules live in voting.cpp.
    template <class VotingEdit>
    requires requires(Plan& p, const VotingEdit& e) { applyVoting(p, e); }
    EditResult operator()(const VotingEdit& e) { return {applyVoting(plan, e), {}}; }
};

struct Labeler {
    EditLabel operator()(const AddObjective&) const { return {"history.add_objective", {}}; }
    EditLabel operator()(const RenameObjective&) const { return {"history.rename_objective", {}}; }
    EditLabel operator()(const UpdateObjective& e) const {
        return {"history.update_objective", {{"field_key", "field." + e.field}}};
    }
    EditLabel operator()(const MoveObjective&) const { return {"history.move_objective", {}}; }
    EditLabel operator()(const DeleteObjective&) const { return {"history.delete_objective", {}}; }
    EditLabel operator()(const AddGoal&) const { return {"history.add_goal", {}}; }
    EditLabel operator()(const AddDraftGoals&) const { return {"history.add_goals", {}}; }
    EditLabel operator()(const RenameGoal&) const { return {"history.rename_goal", {}}; }
    EditLabel operator()(const UpdateGoal& e) const { return {"history.update_goal", {{"field_key", "field." + e.field}}}; }
    EditLabel operator()(const DeleteGoal&) const { return {"history.delete_goal", {}}; }
    EditLabel operator()(const RenamePlan&) const { return {"history.rename_plan", {}}; }
    EditLabel operator()(const UpdateContext& e) const {
        return {"history.update_context", {{"field_key", "field." + e.field}}};
    }
    EditLabel operator()(const AddCustomKpi&) const { return {"history.add_custom_kpi", {}}; }
    EditLabel operator()(const UpdateCustomKpi& e) const {
        return {"history.update_custom_kpi", {{"field_key", "field.custom." + e.field}}};
    }
    EditLabel operator()(const ReplacePlan& e) const { return {"history.replace_plan." + e.reason, {}}; }
    EditLabel operator()(const AddTactic&) const { return {"history.add_tactic", {}}; }
    EditLabel operator()(const UpdateTactic& e) const {
        return {"history.update_tactic", {{"field_key", "field.tactic." + e.field}}};
    }
    EditLabel operator()(const MoveTactic&) const { return {"history.move_tactic", {}}; }
    EditLabel operator()(const DeleteTactic&) const { return {"history.delete_tactic", {}}; }
    EditLabel operator()(const AddTask&) const { return {"history.add_task", {}}; }
    EditLabel operator()(const UpdateTask& e) const { return {"history.update_task", {{"field_key", "field.task." + e.field}}}; }
    EditLabel operator()(const DeleteTask&) const { return {"history.delete_task", {}}; }
    EditLabel operator()(const AddCheckin&) const { return {"history.add_checkin", {}}; }
    EditLabel operator()(const UpdateCheckin& e) const {
        return {"history.update_checkin", {{"field_key", "field.checkin." + e.field}}};
    }
    EditLabel operator()(const DeleteCheckin&) const { return {"history.delete_checkin", {}}; }
    EditLabel operator()(const SetTaskDone& e) const {
        if (!e.occurrence) return {e.done ? "history.task_done" : "history.task_reopened", {}};
        return {e.done ? "history.occurrence_done" : "history.occurrence_reopened", {{"date", e.occurrence->str()}}};
    }
    EditLabel operator()(const StartVoting&) const { return {"history.voting.start", {}}; }
    EditLabel operator()(const PlaceDot&) const { return {"history.voting.place_dot", {}}; }
    EditLabel operator()(const RemoveDot&) const { return {"history.voting.remove_dot", {}}; }
    EditLabel operator()(const NextVoter&) const { return {"history.voting.next", {}}; }
    EditLabel operator()(const RevealVotes&) const { return {"history.voting.reveal", {}}; }
    EditLabel operator()(const ReopenVoting&) const { return {"history.voting.reopen", {}}; }
    EditLabel operator()(const ClearVoting&) const { return {"history.voting.clear", {}}; }
    EditLabel operator()(const UseVotesAsValue&) const { return {"history.voting.use_as_value", {}}; }
};
}  // namespace

EditResult applyEdit(Plan& plan, const PlanEdit& edit, Date today) {
    EditResult result = std::visit(Applier{plan, today}, edit);
    // A deleted tactic or goal takes its dots with it, so the round never names a missing item.
    if (result.changed) dropDotsOnMissingItems(plan);
    return result;
}

EditLabel editLabel(const PlanEdit& edit) { return std::visit(Labeler{}, edit); }

std::string editLabelText(const EditLabel& label, const Strings& strings) {
    TextArgs args;
    for (const auto& [name, value] : label.args) {
        const bool isKey = name.size() > 4 && name.compare(name.size() - 4, 4, "_key") == 0;
        if (isKey) args.emplace_back(name.substr(0, name.size() - 4), strings(value));
        else args.emplace_back(name, value);
    }
    return strings(label.key, args);
}

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

int tacticTasks(const Plan& plan, const std::string& tacticId) {
    return static_cast<int>(std::count_if(plan.tasks.begin(), plan.tasks.end(), [&](const Task& t) { return t.tacticId == tacticId; }));
}

bool wouldMakeCycle(const Plan& plan, const std::string& id, const std::string& parentId) {
    // Walks up from the new parent; a chain longer than the objectives has a cycle already.
    std::optional<std::string> at = parentId;
    for (size_t steps = 0; at && steps <= plan.objectives.size(); ++steps) {
        if (*at == id) return true;
        const Objective* o = plan.findObjective(*at);
        at = o ? o->parentId : std::nullopt;
    }
    return false;
}

}  // namespace waymark
