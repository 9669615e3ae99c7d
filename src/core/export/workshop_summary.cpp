#include "core/export/workshop_summary.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/export/labels.h"
#include "core/method/review.h"
#include "core/method/tactics.h"
#include "core/method/tasks.h"
#include "core/plan/voting.h"
#include "core/text/number_format.h"
#include "core/plan/date_text.h"

namespace waymark {

namespace {
std::string orUntitled(const std::string& title, const Strings& t) { return title.empty() ? t("summary.untitled") : title; }

std::string itemTitle(const Plan& plan, VoteSubject subject, const std::string& id, const Strings& t) {
    if (subject == VoteSubject::tactics) {
        const Tactic* x = plan.findTactic(id);
        return orUntitled(x ? x->title : id, t);
    }
    const Goal* g = plan.findGoal(id);
    return orUntitled(g ? g->title : id, t);
}

void addVoting(WorkshopSummary& s, const Plan& plan, const Strings& t) {
    if (!plan.voting) return;
    const VotingRound& round = *plan.voting;
    s.votingHeading = t.plural(std::string("summary.voting_heading.") + name(round.subject),
                               static_cast<long long>(round.participants.size()));
    if (!round.revealed) {
        s.votingNote = t("summary.voting_not_revealed");
        return;
    }
    for (const VoteTotal& total : voteTotals(plan)) {
        if (total.votes <= 0) break;
        s.votes.push_back({itemTitle(plan, round.subject, total.itemId, t), total.votes,
                           t.plural("summary.votes", total.votes)});
    }
    if (s.votes.empty()) s.votingNote = t("summary.voting_no_votes");
}

void addTopTactics(WorkshopSummary& s, const Plan& plan, const Strings& t) {
    for (size_t i : rankTactics(plan.tactics)) {
        const Tactic& x = plan.tactics[i];
        const Quadrant q = quadrantOf(x);
        if (q == Quadrant::unscored || s.topTactics.size() >= kSummaryTopTactics) break;
        s.topTactics.push_back(t("summary.top_tactic", {{"title", orUntitled(x.title, t)},
                                                        {"quadrant", t(std::string("tactic.quadrant.") + name(q))},
                                                        {"value", t.number(*x.value)},
                                                        {"complexity", t.number(*x.complexity)}}));
    }
}

// "1,200 → 1,440 by 31 Mar 2027", or as much of it as is set.
std::string goalNumbers(const Goal& g, const Strings& t) {
    const std::string baseline = g.baseline ? t.number(*g.baseline) : t("summary.not_set");
    const std::string target = g.target ? t.number(*g.target) : t("summary.not_set");
    if (!g.baseline && !g.target && !g.deadline) return {};
    if (!g.deadline) return t("summary.numbers", {{"baseline", baseline}, {"target", target}});
    return t("summary.numbers_by", {{"baseline", baseline}, {"target", target}, {"deadline_date", g.deadline->str()}});
}

void addGoals(WorkshopSummary& s, const Plan& plan, const Strings& t, Date today) {
    const std::vector<GoalReview> reviews = review(plan, today);
    std::map<std::string, std::set<std::string>> ownersOfGoal;  // goal id -> owners of its tasks
    for (const Task& task : plan.tasks)
        if (const Tactic* tactic = plan.findTactic(task.tacticId))
            ownersOfGoal[tactic->goalId].insert(task.owners.begin(), task.owners.end());
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals[i];
        SummaryGoal out;
        out.title = orUntitled(g.title, t);
        if (const Objective* o = g.objectiveId ? plan.findObjective(*g.objectiveId) : nullptr) out.objective = orUntitled(o->title, t);
        if (!g.kpi.empty()) out.kpi = kpiLabel(plan, g.kpi, t);
        out.numbers = goalNumbers(g, t);
        const std::set<std::string>& owners = ownersOfGoal[g.id];
        out.owners = t.list(std::vector<std::string>(owners.begin(), owners.end()));
        const bool hasError = std::any_of(reviews[i].findings.begin(), reviews[i].findings.end(),
                                          [](const Finding& f) { return f.severity == Severity::error; });
        out.smart = !g.kpi.empty() && g.baseline && g.target && g.deadline && !hasError;
        if (out.smart) s.smartGoals.push_back(out.title);
        s.goals.push_back(std::move(out));
    }
}

void addTasks(WorkshopSummary& s, const Plan& plan, const Strings& t) {
    std::map<std::string, int> tasksOf;
    std::vector<const Task*> sorted;
    for (const Task& task : plan.tasks) {
        sorted.push_back(&task);
        for (const std::string& owner : task.owners) ++tasksOf[owner];
    }
    // By first due date, undated last; plan order among equals.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Task* a, const Task* b) {
        const auto da = firstOccurrence(*a), db = firstOccurrence(*b);
        if (!da || !db) return da.has_value() && !db.has_value();
        return *da < *db;
    });
    for (const Task* task : sorted) {
        const Tactic* tactic = plan.findTactic(task->tacticId);
        const auto first = firstOccurrence(*task);
        std::string due = first ? shownDate(t, *first) : t("summary.no_date");
        const std::string repeat = describeRepeat(*task, t);
        if (!repeat.empty()) due += ", " + repeat;
        s.tasks.push_back({orUntitled(task->title, t), tactic ? orUntitled(tactic->title, t) : std::string(),
                           task->owners.empty() ? t("summary.no_owner") : t.list(task->owners), due});
    }
    for (const auto& [owner, count] : tasksOf)
        s.owners.push_back(t("summary.owner", {{"owner", owner}, {"tasks", t.plural("summary.tasks", count)}}));
}
}  // namespace

WorkshopSummary buildWorkshopSummary(const Plan& plan, const Strings& strings, Date today) {
    WorkshopSummary s;
    s.title = strings("summary.title", {{"plan", orUntitled(plan.name, strings)}});
    s.asOf = strings("summary.as_of", {{"date_date", today.str()}});
    addVoting(s, plan, strings);
    addTopTactics(s, plan, strings);
    addGoals(s, plan, strings, today);
    addTasks(s, plan, strings);
    return s;
}

}  // namespace waymark
