#include "app/document.h"

#include <nlohmann/json.hpp>

#include "core/method/tasks.h"
#include "core/method/tracking.h"

namespace waymark {

namespace {

// The goal a check-in (as its JSON text) belongs to; "" when the text says none.
std::string goalOfCheckin(const std::string& itemJson) {
    const auto j = nlohmann::json::parse(itemJson, nullptr, false);
    return j.is_object() && j.contains("goalId") && j["goalId"].is_string() ? j["goalId"].get<std::string>() : "";
}

}  // namespace

void Document::open(Plan plan) {
    plan_ = std::move(plan);
    history_.clear();
    applied_.clear();
    ++revision_;
    reviewAll_ = derivedAll_ = tasksChanged_ = planLevelStale_ = true;
    trackGoals_.clear();
}

EditResult Document::apply(const PlanEdit& edit, Date today) {
    EditResult result;
    result.ops = editOps(plan_, edit, today, &result.createdId, idTag_);
    if (result.ops.empty()) return result;
    // A plan that replaces this one (a file, a new plan) keeps its own dates.
    if (!std::holds_alternative<ReplacePlan>(edit) && plan_.updated != today) {
        Op dated;
        dated.part = Part::plan;
        dated.field = "updated";
        dated.before = plan_.updated ? "\"" + plan_.updated->str() + "\"" : "";
        dated.after = "\"" + today.str() + "\"";
        result.ops.push_back(std::move(dated));
    }
    // Operations made for this plan always fit it; the same path as everyone else's all the same.
    for (const Op& op : result.ops) applyOp(plan_, op);
    result.changed = true;
    changed(result.ops);
    history_.record(result.ops, editLabel(edit));
    return result;
}

bool Document::applyRemote(const Ops& ops) {
    Ops fitted;
    for (const Op& op : ops)
        if (applyOp(plan_, op)) fitted.push_back(op);
    if (!fitted.empty()) changed(fitted);
    return fitted.size() == ops.size();
}

RemoteApplied Document::receive(const RemoteChanges& changes) {
    RemoteApplied result = applyRemoteChanges(plan_, changes);
    if (!result.applied.empty()) changed(result.applied);
    return result;
}

bool Document::undo() {
    if (!history_.canUndo()) return false;
    changed(*history_.undo(plan_));
    return true;
}

bool Document::redo() {
    if (!history_.canRedo()) return false;
    changed(*history_.redo(plan_));
    return true;
}

Ops Document::takeApplied() { return std::exchange(applied_, {}); }

void Document::changed(const Ops& ops) {
    ++revision_;
    applied_.insert(applied_.end(), ops.begin(), ops.end());
    planLevelStale_ = true;
    for (const Op& op : ops) {
        switch (op.part) {
        case Part::plan:
            // The plan's name and dates say nothing about its goals; its language words their sentences.
            if (op.field != "name" && op.field != "updated" && op.field != "created" && op.field != "voting")
                reviewAll_ = derivedAll_ = true;
            break;
        case Part::context:
        case Part::customKpis:
        case Part::objectives:
            reviewAll_ = derivedAll_ = true;
            break;
        case Part::goals:
            // Every goal's realism reads the others (the team's audience on any channel, the same
            // channel's results): a goal's change is reviewed with the whole plan.
            reviewAll_ = true;
            trackGoals_.insert(op.id);
            if (op.kind != Op::Kind::set || op.field == "objectiveId") derivedAll_ = true;
            break;
        case Part::checkins: {
            std::string goal = goalOfCheckin(op.kind == Op::Kind::insert ? op.after : op.before);
            if (goal.empty())
                if (const Checkin* c = plan_.findCheckin(op.id)) goal = c->goalId;
            std::vector<std::string> goals{goal};
            if (op.kind == Op::Kind::set && op.field == "goalId")
                for (const std::string& value : {op.before, op.after}) {
                    const auto id = nlohmann::json::parse(value.empty() ? "null" : value, nullptr, false);
                    if (id.is_string()) goals.push_back(id.get<std::string>());
                }
            // Check-ins are evidence for other goals too (their audience, their trend).
            reviewAll_ = true;
            for (const std::string& id : goals)
                if (!id.empty()) trackGoals_.insert(id);
            break;
        }
        case Part::tactics:
        case Part::tasks:
            tasksChanged_ = true;
            break;
        case Part::voters:
            break;
        }
    }
}

void Document::refreshReviews(Date today) {
    if (today != reviewedOn_) reviewAll_ = planLevelStale_ = true;
    reviewedOn_ = today;
    if (reviewAll_) {
        PlanReview all = reviewPlan(plan_, today);
        reviews_.clear();
        for (GoalReview& r : all.goals) reviews_.emplace(r.goalId, std::move(r));
        planFindings_ = std::move(all.planFindings);
    } else {
        planFindings_ = reviewPlanLevel(plan_, today);  // tasks and tactics changed: only the plan's own findings
    }
    reviewAll_ = planLevelStale_ = false;
}

const ReviewsByGoal& Document::reviews(Date today) {
    if (reviewAll_ || planLevelStale_ || today != reviewedOn_)
        refreshReviews(today);
    return reviews_;
}

const std::vector<Finding>& Document::planFindings(Date today) {
    reviews(today);
    return planFindings_;
}

void Document::refreshDerived(Date today) {
    ui::PlanDerived& d = derived_;
    if (today != derivedOn_) derivedAll_ = tasksChanged_ = true;
    derivedOn_ = today;
    if (derivedAll_) {
        tracks_.clear();
        d.tracks = trackGoals(plan_, today);
        for (size_t i = 0; i < plan_.goals.size(); ++i) tracks_.emplace(plan_.goals[i].id, d.tracks[i]);
    } else if (!trackGoals_.empty()) {
        for (const std::string& id : trackGoals_) {
            if (const Goal* g = plan_.findGoal(id)) tracks_[id] = trackGoal(plan_, *g, today);
            else tracks_.erase(id);
        }
        d.tracks.clear();
        d.tracks.reserve(plan_.goals.size());
        for (const Goal& g : plan_.goals) d.tracks.push_back(tracks_.at(g.id));
    }
    if (tasksChanged_) {
        d.overdueTasks = overdueTasks(plan_, today);
        d.loadFrom = weekStart(today).plusDays(-7L * ui::kLoadWeeksBefore);
        d.loadTo = weekStart(today).plusDays(7L * (ui::kLoadWeeksAfter + 1) - 1);
        d.load = loadByOwnerAndWeek(plan_, d.loadFrom, d.loadTo);
    }
    // The indexes point into the plan's goals, which any change may have moved.
    d.goalIndex.clear();
    d.goalsOfObjective.clear();
    d.goalIndex.reserve(plan_.goals.size());
    for (size_t i = 0; i < plan_.goals.size(); ++i) {
        const Goal& g = plan_.goals[i];
        d.goalIndex.emplace(g.id, i);
        if (g.objectiveId) d.goalsOfObjective[*g.objectiveId].push_back(i);
    }
    derivedAll_ = tasksChanged_ = false;
    trackGoals_.clear();
    derivedRevision_ = revision_;
}

const ui::PlanDerived& Document::derived(Date today) {
    if (derivedRevision_ != revision_ || today != derivedOn_) refreshDerived(today);
    return derived_;
}

}  // namespace waymark
