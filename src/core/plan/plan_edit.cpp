
#include "core/plan/item_ops.h"
#include "core/plan/plan_edit.h"
#include "core/plan/plan_json.h"
#include "core/text/plain_text.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace waymark {

namespace {

template <class T>
std::ptrdiff_t indexOf(const std::vector<T>& items, const std::string& id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? -1 : it - items.begin();
}

bool hasCheckins(const Plan& plan, const std::string& goalId) {
    return std::any_of(plan.checkins.begin(), plan.checkins.end(), [&](const Checkin& c) { return c.goalId == goalId; });
}

// Turns one edit into operations against the plan as it is; reads, never writes, the plan.
struct Builder {
    const Plan& plan;
    Date today;
    const std::string& idTag;
    Ops ops;
    std::string created;
    std::vector<std::string> newIds;  // ids handed out by this edit, not in the plan yet

    std::string freshId(const std::string& prefix) {
        newIds.push_back(newId(plan, prefix, newIds, idTag));
        return newIds.back();
    }
    template <class T>
    void change(Part part, const T& from, const T& to) { changeOps(part, from, to, ops); }
    template <class T>
    void append(Part part, const std::vector<T>& list, const T& item, size_t alreadyAdded = 0) {
        ops.push_back(insertOp(part, item, list.size() + alreadyAdded));
    }
    // Removes the items of `list` that match, last first, so undoing puts each back in its place.
    template <class T, class Pred>
    void removeWhere(Part part, const std::vector<T>& list, Pred pred) {
        for (size_t i = list.size(); i-- > 0;)
            if (pred(list[i])) ops.push_back(removeOp(part, list[i], i));
    }
    template <class T>
    void retitle(Part part, const T* item, const std::string& title) {
        if (!item) return;
        T next = *item;
        next.title = trimmed(title);
        change(part, *item, next);
    }
    // Swaps the item `id` with its nearest sibling (by `sibling`) before (delta < 0) or after it.
    template <class T, class Sibling>
    void moveAmong(Part part, const std::vector<T>& list, const std::string& id, int delta, Sibling sibling) {
        const std::ptrdiff_t at = indexOf(list, id);
        if (at < 0 || delta == 0) return;
        std::ptrdiff_t other = at;
        do other += delta < 0 ? -1 : 1;
        while (other >= 0 && other < static_cast<std::ptrdiff_t>(list.size()) && !sibling(list[static_cast<size_t>(other)]));
        if (other < 0 || other >= static_cast<std::ptrdiff_t>(list.size())) return;
        // A swap of two places as two moves: the first lands where the second was, which the
        // move shifted by one towards the first's old place.
        const size_t from = static_cast<size_t>(at), to = static_cast<size_t>(other);
        ops.push_back(moveOp(part, id, from, to));
        ops.push_back(moveOp(part, list[to].id, from < to ? to - 1 : to + 1, from));
    }
    // The round after removing items: every dot on one of `gone` comes off.
    void dropDotsOn(const std::unordered_set<std::string>& gone) {
        if (!plan.voting || gone.empty()) return;
        for (const Voter& v : plan.voting->participants) {
            Voter next = v;
            std::erase_if(next.dots, [&](const std::string& id) { return gone.count(id) > 0; });
            change(Part::voters, v, next);
        }
    }
    // The round after a voting edit, as changes to its settings and participants.
    void changeRound(const std::optional<VotingRound>& next) {
        Plan from, to;
        from.id = to.id = plan.id;
        from.name = to.name = plan.name;
        from.created = to.created = plan.created;
        from.updated = to.updated = plan.updated;
        from.voting = plan.voting;
        to.voting = next;
        const Ops round = diffPlans(from, to);
        ops.insert(ops.end(), round.begin(), round.end());
    }

    void operator()(const AddObjective& e) {
        Objective o;
        o.id = created = freshId("o");
        o.title = trimmed(e.title);
        append(Part::objectives, plan.objectives, o);
    }
    void operator()(const RenameObjective& e) { retitle(Part::objectives, plan.findObjective(e.id), e.title); }
    void operator()(const UpdateObjective& e) {
        const Objective* current = plan.findObjective(e.objective.id);
        if (!current) return;
        Objective next = e.objective;
        next.title = trimmed(next.title);
        if (next.parentId && (!plan.findObjective(*next.parentId) || wouldMakeCycle(plan, next.id, *next.parentId))) return;
        change(Part::objectives, *current, next);
    }
    void operator()(const MoveObjective& e) {
        const Objective* o = plan.findObjective(e.id);
        if (!o) return;
        const std::optional<std::string> parent = o->parentId;
        moveAmong(Part::objectives, plan.objectives, e.id, e.delta, [&](const Objective& x) { return x.parentId == parent; });
    }
    void operator()(const DeleteObjective& e) {
        const std::ptrdiff_t at = indexOf(plan.objectives, e.id);
        if (at < 0) return;
        const Objective& gone = plan.objectives[static_cast<size_t>(at)];
        for (const Objective& child : plan.objectives)
            if (child.parentId == e.id) {
                Objective next = child;
                next.parentId = gone.parentId;
                change(Part::objectives, child, next);
            }
        for (const Goal& g : plan.goals)
            if (g.objectiveId == e.id) {
                Goal next = g;
                next.objectiveId.reset();
                change(Part::goals, g, next);
            }
        ops.push_back(removeOp(Part::objectives, gone, static_cast<size_t>(at)));
    }
    Goal draft(Goal g) {
        g.id = freshId("g");
        if (g.objectiveId && !plan.findObjective(*g.objectiveId)) g.objectiveId.reset();
        g.title = trimmed(g.title);
        return g;
    }
    void operator()(const AddGoal& e) {
        Goal g;
        g.objectiveId = e.objectiveId;
        g.title = e.title;
        g = draft(std::move(g));
        created = g.id;
        append(Part::goals, plan.goals, g);
    }
    void operator()(const AddDraftGoals& e) {
        for (size_t i = 0; i < e.goals.size(); ++i) {
            const Goal g = draft(e.goals[i]);
            if (i == 0) created = g.id;
            append(Part::goals, plan.goals, g, i);
        }
    }
    void operator()(const RenameGoal& e) { retitle(Part::goals, plan.findGoal(e.id), e.title); }
    void operator()(const UpdateGoal& e) {
        const Goal* current = plan.findGoal(e.goal.id);
        if (!current) return;
        Goal next = e.goal;
        next.title = trimmed(next.title);
        if (next.objectiveId && !plan.findObjective(*next.objectiveId)) next.objectiveId.reset();
        // A goalpost moved after tracking began stays visible (domain.md: a changed goal keeps
        // its history); setting the first target, or changing it before any check-in, is planning.
        if (current->target && next.target && *current->target != *next.target && std::isfinite(*next.target) &&
            hasCheckins(plan, next.id) && next.targetHistory == current->targetHistory)
            next.targetHistory.push_back({today, *current->target, *next.target, {}});
        change(Part::goals, *current, next);
    }
    void operator()(const DeleteGoal& e) {
        if (!plan.findGoal(e.id)) return;
        std::unordered_set<std::string> tactics, gone{e.id};
        for (const Tactic& t : plan.tactics)
            if (t.goalId == e.id) tactics.insert(t.id);
        removeWhere(Part::checkins, plan.checkins, [&](const Checkin& c) { return c.goalId == e.id; });
        removeWhere(Part::tasks, plan.tasks, [&](const Task& t) { return tactics.count(t.tacticId) > 0; });
        removeWhere(Part::tactics, plan.tactics, [&](const Tactic& t) { return t.goalId == e.id; });
        removeWhere(Part::goals, plan.goals, [&](const Goal& g) { return g.id == e.id; });
        gone.insert(tactics.begin(), tactics.end());
        dropDotsOn(gone);
    }
    void operator()(const RenamePlan& e) {
        const std::string name = trimmed(e.name);
        if (plan.name != name) ops.push_back(setOp(Part::plan, {}, "name", items::Json(plan.name).dump(), items::Json(name).dump()));
    }
    void operator()(const UpdateContext& e) {
        if (!(plan.context == e.context)) fieldOps(Part::context, {}, items::write(plan.context), items::write(e.context), ops);
    }
    void operator()(const AddCustomKpi& e) {
        CustomKpi kpi = e.kpi;
        kpi.id = created = freshId("custom_");  // catalog ids never start with "custom_"
        kpi.name = trimmed(kpi.name);
        append(Part::customKpis, plan.customKpis, kpi);
        if (const Goal* goal = plan.findGoal(e.forGoal)) {
            Goal next = *goal;
            next.kpi = kpi.id;
            change(Part::goals, *goal, next);
        }
    }
    void operator()(const UpdateCustomKpi& e) {
        const std::ptrdiff_t at = indexOf(plan.customKpis, e.kpi.id);
        if (at < 0) return;
        CustomKpi next = e.kpi;
        next.name = trimmed(next.name);
        change(Part::customKpis, plan.customKpis[static_cast<size_t>(at)], next);
    }
    void operator()(const ReplacePlan& e) {
        Plan next = e.plan;
        assignMissingItemIds(next);  // operations name check-ins and participants by id
        ops = diffPlans(plan, next);
    }
    void operator()(const AddTactic& e) {
        if (!plan.findGoal(e.goalId)) return;
        Tactic t;
        t.id = created = freshId("t");
        t.goalId = e.goalId;
        t.title = trimmed(e.title);
        append(Part::tactics, plan.tactics, t);
    }
    void operator()(const UpdateTactic& e) {
        const auto scored = [](std::optional<int> s) { return !s || (*s >= 1 && *s <= 5); };
        const Tactic* current = plan.findTactic(e.tactic.id);
        if (!current || !scored(e.tactic.value) || !scored(e.tactic.complexity) || !plan.findGoal(e.tactic.goalId)) return;
        Tactic next = e.tactic;
        next.title = trimmed(next.title);
        change(Part::tactics, *current, next);
    }
    void operator()(const MoveTactic& e) {
        const Tactic* t = plan.findTactic(e.id);
        if (!t) return;
        const std::string goalId = t->goalId;
        moveAmong(Part::tactics, plan.tactics, e.id, e.delta, [&](const Tactic& x) { return x.goalId == goalId; });
    }
    void operator()(const DeleteTactic& e) {
        if (!plan.findTactic(e.id)) return;
        removeWhere(Part::tasks, plan.tasks, [&](const Task& t) { return t.tacticId == e.id; });
        removeWhere(Part::tactics, plan.tactics, [&](const Tactic& t) { return t.id == e.id; });
        dropDotsOn({e.id});
    }
    void operator()(const AddTask& e) {
        if (!plan.findTactic(e.tacticId)) return;
        Task t;
        t.id = created = freshId("k");
        t.tacticId = e.tacticId;
        t.title = trimmed(e.title);
        append(Part::tasks, plan.tasks, t);
    }
    void operator()(const UpdateTask& e) {
        const Task* current = plan.findTask(e.task.id);
        if (!current || !plan.findTactic(e.task.tacticId)) return;
        Task next = e.task;
        next.title = trimmed(next.title);
        for (std::string& owner : next.owners) owner = trimmed(owner);
        std::erase_if(next.owners, [](const std::string& o) { return o.empty(); });
        change(Part::tasks, *current, next);
    }
    void operator()(const DeleteTask& e) {
        removeWhere(Part::tasks, plan.tasks, [&](const Task& t) { return t.id == e.id; });
    }
    void operator()(const AddCheckin& e) {
        if (!plan.findGoal(e.checkin.goalId) || !std::isfinite(e.checkin.value)) return;
        Checkin c = e.checkin;
        c.id = created = freshId("c");
        c.note = trimmed(c.note);
        append(Part::checkins, plan.checkins, c);
    }
    void operator()(const UpdateCheckin& e) {
        const Checkin* current = plan.findCheckin(e.checkin.id);
        if (!current || !plan.findGoal(e.checkin.goalId) || !std::isfinite(e.checkin.value)) return;
        Checkin next = e.checkin;
        next.note = trimmed(next.note);
        change(Part::checkins, *current, next);
    }
    void operator()(const DeleteCheckin& e) {
        removeWhere(Part::checkins, plan.checkins, [&](const Checkin& c) { return c.id == e.id; });
    }
    void operator()(const SetTaskDone& e) {
        const Task* task = plan.findTask(e.id);
        if (!task) return;
        Task next = *task;
        if (!e.occurrence || !task->repeat) {
            next.done = e.done;
        } else {
            if (task->done || !task->due || *e.occurrence < *task->due) return;
            std::vector<Date>& dates = next.doneDates;
            const auto at = std::lower_bound(dates.begin(), dates.end(), *e.occurrence);
            const bool marked = at != dates.end() && *at == *e.occurrence;
            if (marked == e.done) return;
            if (e.done) dates.insert(at, *e.occurrence);
            else dates.erase(at);
        }
        change(Part::tasks, *task, next);
    }
    // Dot voting: its rules live in voting.cpp.
    template <class VotingEdit>
    requires requires(const Plan& p, std::optional<VotingRound>& r, const VotingEdit& e) { applyVoting(p, r, e); }
    void operator()(const VotingEdit& e) {
        std::optional<VotingRound> round = plan.voting;
        if (applyVoting(plan, round, e)) changeRound(round);
    }
    void operator()(const UseVotesAsValue&) {
        for (const ValueChange& c : voteValueChanges(plan)) {
            const Tactic* t = plan.findTactic(c.tacticId);
            Tactic next = *t;
            next.value = c.to;
            change(Part::tactics, *t, next);
        }
    }
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

Ops editOps(const Plan& plan, const PlanEdit& edit, Date today, std::string* createdId, const std::string& idTag) {
    Builder builder{plan, today, idTag, {}, {}, {}};
    std::visit(builder, edit);
    if (createdId) *createdId = builder.ops.empty() ? std::string() : builder.created;
    return std::move(builder.ops);
}

EditResult applyEdit(Plan& plan, const PlanEdit& edit, Date today, const std::string& idTag) {
    EditResult result;
    result.ops = editOps(plan, edit, today, &result.createdId, idTag);
    result.changed = !result.ops.empty();
    applyOps(plan, result.ops);
    return result;
}

bool applyOps(Plan& plan, const Ops& ops) {
    for (const Op& op : ops)
        if (!applyOp(plan, op)) return false;
    return true;
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

std::string newId(const Plan& plan, const std::string& prefix, const std::vector<std::string>& alsoTaken,
                  const std::string& tag) {
    // Counting from the number of ids keeps new ids short; each candidate is checked against
    // every list (a scan, no set of 100,000 strings built per new item).
    const auto taken = [&](const std::string& id) {
        const auto in = [&id](const auto& list) {
            return std::any_of(list.begin(), list.end(), [&id](const auto& x) { return x.id == id; });
        };
        return in(plan.objectives) || in(plan.goals) || in(plan.tactics) || in(plan.tasks) || in(plan.customKpis) ||
               in(plan.checkins) || std::find(alsoTaken.begin(), alsoTaken.end(), id) != alsoTaken.end();
    };
    const size_t count = plan.objectives.size() + plan.goals.size() + plan.tactics.size() + plan.tasks.size() +
                         plan.customKpis.size() + alsoTaken.size();
    for (size_t n = count + 1;; ++n) {
        std::string id = prefix + std::to_string(n) + tag;
        if (!taken(id)) return id;
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
