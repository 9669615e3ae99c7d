#include "core/export/report.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/export/labels.h"
#include "core/plan/plan_index.h"
#include "core/plan/date_text.h"
#include "core/text/number_format.h"
#include "core/method/review.h"
#include "core/method/tactics.h"
#include "core/method/tasks.h"
#include "core/method/tracking.h"

namespace waymark {

namespace {
// Builds the report; `t` is the translation table, tracks align with plan.goals.
struct Report {
    const Plan& plan;
    const Strings& t;
    Date today;
    std::vector<GoalTrack> tracks;   // aligned with plan.goals
    std::vector<GoalReview> reviews;  // aligned with plan.goals
    std::vector<Finding> planFindings;  // about the plan as a whole
    PlanIndex index;
    std::string out;

    std::string key(const std::string& k, const TextArgs& args = {}) const { return t(k, args); }
    void line(const std::string& text = {}) { out += text + "\n"; }
    void row(const std::vector<std::string>& cells) {
        std::string text = "|";
        for (const auto& c : cells) text += " " + c + " |";
        line(text);
    }
    void tableHead(std::initializer_list<const char*> columns) {
        std::vector<std::string> names, rules;
        for (const char* c : columns) {
            names.push_back(key(std::string("export.column.") + c));
            rules.push_back("---");
        }
        row(names);
        row(rules);
    }
    // Writes a section's heading; an empty section says so and gets false (nothing more to write).
    bool section(const char* titleKey, bool empty) {
        line("## " + key(titleKey));
        line();
        if (!empty) return true;
        line(key("export.report.none"));
        line();
        return false;
    }
    void field(const char* name, const std::string& value) {
        if (!value.empty()) row({key(std::string("export.report.field.") + name), value});
    }

    void header();
    void goal(size_t index);
    void realism(const Goal& g, const RealismResult& r);
    void findings(const GoalReview& r);
    void planAdvice();
    void tactics();
    void tasks();
    void checkins();
};

std::string md(std::string_view text) { return markdownText(text); }


void Report::header() {
    line("# " + md(plan.name.empty() ? key("export.report.untitled") : plan.name));
    line();
    line(key("export.report.as_of", {{"date_date", today.str()}}));
    line();
    const Context& c = plan.context;
    std::vector<std::string> facts;
    if (c.business) facts.push_back(key(std::string("export.business.") + name(*c.business)));
    if (c.phase) facts.push_back(key(std::string("export.phase.") + name(*c.phase)));
    if (c.teamSize) facts.push_back(key("export.report.team_size", {{"n_number", std::to_string(*c.teamSize)}}));
    if (c.monthlyBudget)
        facts.push_back(c.currency.empty()
                            ? key("export.report.monthly_budget_no_currency", {{"amount_number", formatNumber(*c.monthlyBudget)}})
                            : key("export.report.monthly_budget", {{"amount_number", formatNumber(*c.monthlyBudget)}, {"currency", md(c.currency)}}));
    std::vector<std::string> channels;
    for (const std::string& id : c.channels) channels.push_back(channelLabel(id, t));
    if (!channels.empty()) facts.push_back(key("export.report.channels", {{"list", md(joinNames(channels))}}));
    std::string joined;
    for (const auto& f : facts) joined += (joined.empty() ? "" : " · ") + f;
    if (!joined.empty()) {
        line(joined);
        line();
    }
}

void Report::goal(size_t index) {
    const Goal& g = plan.goals[index];
    const GoalTrack& track = tracks[index];
    line("#### " + md(g.title.empty() ? g.id : g.title) + " — " + key(std::string("tracking.status.") + name(track.status)));
    line();
    row({key("export.report.field.field"), key("export.report.field.value")});
    row({"---", "---"});
    field("kind", key(g.soft ? "export.report.soft_goal" : "export.report.hard_goal"));
    if (!g.category.empty()) {
        const char* category = t.raw("category." + g.category + ".name");
        field("category", md(category ? category : g.category));
    }
    if (!g.kpi.empty()) field("kpi", md(kpiLabel(plan, g.kpi, t)));
    std::string secondary;
    for (const auto& k : g.secondaryKpis) secondary += (secondary.empty() ? "" : ", ") + md(kpiLabel(plan, k, t));
    field("secondary_kpis", secondary);
    field("channel", g.channel.empty() ? "" : md(channelLabel(g.channel, t)));
    field("scope", md(g.scope));
    field("data_source", md(g.dataSource));
    field("baseline", g.baseline ? t.number(*g.baseline) : "");
    if (g.target)
        field("target", t.number(*g.target) + " (" + key(std::string("tracking.target_type.") + name(effectiveTargetType(plan, g))) + ")");
    field("start", g.start ? shownDate(t, *g.start) : "");
    field("deadline", g.deadline ? shownDate(t, *g.deadline) : "");
    if (g.budget) field("budget", t.number(*g.budget) + (plan.context.currency.empty() ? "" : " " + md(plan.context.currency)));
    const Progress& p = track.progress;
    if (track.latest)
        field("latest", key("export.report.value_on", {{"value_number", formatNumber(track.latest->value)}, {"date_date", track.latest->date.str()}}));
    if (track.reachedLate) field("reached_late", key("tracking.reached_late", {{"date_date", track.reachedLate->str()}}));
    if (p.issue == ProgressIssue::none) {
        std::string progress = key(p.formulaKey, p.formulaArgs);
        if (p.worseThanBaseline) progress += " — " + key("tracking.worse_than_baseline");
        if (p.pastTarget) progress += " — " + key("tracking.past_target");
        field("progress", md(progress));
        if (track.expectedFraction) field("expected", formatPercent(*track.expectedFraction));
    } else if (p.issue != ProgressIssue::no_checkin) {
        field("progress", key(std::string("tracking.issue.") + name(p.issue)));
    }
    // A trend projected onto a line the team must hold says little; show it for targets only.
    const TargetType type = effectiveTargetType(plan, g);
    if (track.forecast && (type == TargetType::increase || type == TargetType::decrease))
        field("forecast", key("tracking.forecast", {{"value_number", formatNumber(std::round(track.forecast->value * 10) / 10)},
                                                    {"date_date", track.forecast->at.str()},
                                                    {"points_number", std::to_string(track.forecast->points)}}));
    for (const TargetChange& change : g.targetHistory)
        field("target_change", key("export.report.target_change", {{"date_date", change.date.str()}, {"from_number", formatNumber(change.from)},
                                                                    {"to_number", formatNumber(change.to)}, {"note", md(change.note)}}));
    realism(g, reviews[index].realism);
    line();
    findings(reviews[index]);
}

// The verdict with the evidence that decides it and the numbers it was judged on.
void Report::realism(const Goal& g, const RealismResult& r) {
    field("realism", md(sentenceText(realismSentence(r, findKpi(plan, g.kpi), plan.context.currency), t)));
}

void Report::findings(const GoalReview& r) {
    line("*" + md(sentenceText(r.relevance, t)) + "*");
    line();
    for (const Finding& f : r.findings)
        line("- **" + key(std::string("review.severity.") + name(f.severity)) + ":** " + md(findingMessage(f, t)) + " " +
             md(findingSuggestion(f, t)));
    if (!r.findings.empty()) line();
}

// Findings about the plan rather than one goal: tasks without an owner, objectives nothing
// measures, a starting team judged by outcomes.
void Report::planAdvice() {
    if (planFindings.empty()) return;
    section("export.report.plan_advice", false);
    for (const Finding& f : planFindings)
        line("- **" + key(std::string("review.severity.") + name(f.severity)) + ":** " + md(findingMessage(f, t)) + " " +
             md(findingSuggestion(f, t)));
    line();
}

void Report::tactics() {
    if (!section("export.report.tactics", plan.tactics.empty())) return;
    tableHead({"rank", "title", "goal", "value", "complexity", "quadrant"});
    int rank = 0;
    for (size_t i : rankTactics(plan.tactics)) {
        const Tactic& tactic = plan.tactics[i];
        const Goal* goal = index.goal(tactic.goalId);
        auto score = [](std::optional<int> s) { return s ? std::to_string(*s) : std::string(); };
        row({std::to_string(++rank), md(tactic.title), md(goal ? goal->title : tactic.goalId), score(tactic.value),
             score(tactic.complexity), key(std::string("tactic.quadrant.") + name(quadrantOf(tactic)))});
    }
    line();
}

void Report::tasks() {
    if (!section("export.report.tasks", plan.tasks.empty())) return;
    tableHead({"title", "owners", "due", "repeat", "next_due", "state"});
    for (const Task& task : plan.tasks) {
        const char* state = task.done ? "export.report.task_done" : isOverdue(task, today) ? "export.report.task_overdue" : "export.report.task_open";
        std::string stateText = key(state);
        // A repeating task says how many of its dates are late, and how many were ticked off.
        if (task.repeat && !task.done) {
            const size_t late = overdueOccurrences(task, today).size(), ticked = task.doneDates.size();
            if (late > 0) stateText += ", " + md(t.plural("export.report.task_dates_overdue", late));
            if (ticked > 0) stateText += ", " + md(t.plural("export.report.task_dates_done", ticked));
        }
        const auto first = firstOccurrence(task);
        const auto next = nextOpenOccurrence(task, today);
        row({md(task.title), task.owners.empty() ? key("export.report.unassigned") : md(joinNames(task.owners)),
             first ? shownDate(t, *first) : "", md(describeRepeat(task, t)), next ? shownDate(t, *next) : "", stateText});
    }
    line();
}

void Report::checkins() {
    if (!section("export.report.checkins", plan.checkins.empty())) return;
    tableHead({"date", "goal", "value", "confidence", "note"});
    std::vector<const Checkin*> sorted;
    for (const Checkin& c : plan.checkins) sorted.push_back(&c);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Checkin* a, const Checkin* b) { return a->date < b->date; });
    for (const Checkin* c : sorted) {
        const Goal* goal = index.goal(c->goalId);
        row({shownDate(t, c->date), md(goal ? goal->title : c->goalId), t.number(c->value),
             c->confidence ? key(std::string("tracking.confidence.") + name(*c->confidence)) : "", md(c->note)});
    }
    line();
}
}  // namespace

std::string markdownText(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        // Other control characters (C0, DEL, and C1 as UTF-8 "\xC2\x80".."\xC2\x9F") would reach
        // a terminal or a renderer raw: NUL cuts C strings, ESC starts terminal commands.
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) continue;
        if (byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            ++i;
            continue;
        }
        // Inline markup anywhere; list and heading markers only matter at the start.
        const bool inlineMark = std::string_view("\\`*_[]<>|~&#!").find(c) != std::string_view::npos;
        const bool leadingMark = out.empty() && (c == '-' || c == '+' || c == '=');
        if (inlineMark || leadingMark) out += '\\';
        out += c;
        // "1. " or "1) " at the start would open an ordered list.
        if (c >= '0' && c <= '9' && i + 1 < text.size() && (text[i + 1] == '.' || text[i + 1] == ')') &&
            out.find_first_not_of("0123456789") == std::string::npos)
            out += '\\';
    }
    return out;
}

std::string exportReport(const Plan& plan, const Strings& strings, Date today) {
    PlanReview reviewed = reviewPlan(plan, today);
    Report r{plan, strings, today, trackGoals(plan, today), std::move(reviewed.goals), std::move(reviewed.planFindings),
             PlanIndex(plan), {}};
    // Goals by objective, in plan order, gathered once rather than per objective.
    std::unordered_map<std::string_view, std::vector<size_t>> goalsOf;
    for (size_t i = 0; i < plan.goals.size(); ++i)
        if (plan.goals[i].objectiveId) goalsOf[*plan.goals[i].objectiveId].push_back(i);
    r.header();
    r.planAdvice();
    r.line("## " + r.key("export.report.objectives"));
    r.line();
    for (const Objective& o : plan.objectives) {
        std::string heading = "### " + md(o.title.empty() ? o.id : o.title) + " (" + r.key(std::string("export.objective_kind.") + name(o.kind)) + ")";
        r.line(heading);
        r.line();
        if (o.due) r.line(r.key("export.report.due", {{"date_date", o.due->str()}}) + "  ");
        if (const Objective* parent = o.parentId ? r.index.objective(*o.parentId) : nullptr)
            r.line(r.key("export.report.part_of", {{"objective", md(parent->title)}}));
        if (o.due || o.parentId) r.line();
        const auto goals = goalsOf.find(o.id);
        if (goals != goalsOf.end())
            for (size_t i : goals->second) r.goal(i);
        else {
            r.line(r.key("export.report.no_goals"));
            r.line();
        }
    }
    bool headed = false;
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const auto& objectiveId = plan.goals[i].objectiveId;
        if (objectiveId && r.index.objective(*objectiveId)) continue;
        if (!headed) {
            r.line("### " + r.key("export.report.unattached_goals"));
            r.line();
            headed = true;
        }
        r.goal(i);
    }
    r.tactics();
    r.tasks();
    r.checkins();
    return r.out;
}

}  // namespace waymark
