#include "app/screen_mirror.h"

#include "core/method/catalog.h"
#include "core/method/tracking.h"
#include "core/text/number_format.h"

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
using Node = platform::MirrorNode;
using Role = Node::Role;

std::string goalLine(const Goal& g, const GoalTrack& track, const GoalReview* review, const Strings& tr) {
    std::string line = g.title.empty() ? tr("outline.untitled_goal") : g.title;
    line += ". " + tr("mirror.goal_status", {{"status", tr(std::string("tracking.status.") + name(track.status))}});
    if (review) {
        if (review->realism.verdict != Verdict::unknown)
            line += ". " + tr("mirror.realism", {{"verdict", tr(std::string("realism.verdict.") + name(review->realism.verdict))}});
        for (const Finding& f : review->findings) line += ". " + findingMessage(f, tr);
    }
    return line;
}

void addField(std::vector<Node>& out, const Strings& tr, const char* key, const std::string& value) {
    out.push_back({Role::item, 3, tr("mirror.field_focus", {{"field", tr(std::string("field.") + key)},
                                                             {"value", value.empty() ? tr("mirror.empty_value") : value}})});
}

std::string number(const std::optional<double>& v) { return v ? formatNumber(*v) : std::string(); }
std::string date(const std::optional<Date>& d) { return d ? d->str() : std::string(); }
}  // namespace

std::vector<Node> describePlan(const Plan& plan, const ui::ReviewsByGoal& reviews,
                               const std::vector<Finding>& planFindings, Date today, const Strings& tr) {
    struct { const Plan& plan; const ui::ReviewsByGoal& reviews; const std::vector<Finding>& planFindings; Date today; }
        s{plan, reviews, planFindings, today};
    std::vector<Node> out;
    out.push_back({Role::heading, 1, tr("mirror.plan", {{"name", s.plan.name.empty() ? tr("header.untitled_plan") : s.plan.name}})});
    if (!s.planFindings.empty()) {
        out.push_back({Role::heading, 2, tr("editor.whole_plan")});
        for (const Finding& f : s.planFindings) out.push_back({Role::item, 3, findingMessage(f, tr) + " " + findingSuggestion(f, tr)});
    }
    const std::vector<GoalTrack> tracks = trackGoals(s.plan, s.today);
    auto goalsOf = [&](const std::optional<std::string>& objectiveId) {
        for (size_t i = 0; i < s.plan.goals.size(); ++i) {
            const Goal& g = s.plan.goals[i];
            const bool linked = g.objectiveId && s.plan.findObjective(*g.objectiveId);
            if (objectiveId ? g.objectiveId != objectiveId : linked) continue;
            const auto review = s.reviews.find(g.id);
            out.push_back({Role::item, 3, goalLine(g, tracks[i], review == s.reviews.end() ? nullptr : &review->second, tr)});
        }
    };
    for (const Objective& o : s.plan.objectives) {
        out.push_back({Role::heading, o.parentId ? 3 : 2, o.title.empty() ? tr("outline.untitled_objective") : o.title});
        goalsOf(o.id);
    }
    bool unlinked = false;
    for (const Goal& g : s.plan.goals) unlinked = unlinked || !g.objectiveId || !s.plan.findObjective(*g.objectiveId);
    if (unlinked) {
        out.push_back({Role::heading, 2, tr("outline.unlinked_title")});
        goalsOf(std::nullopt);
    }
    return out;
}

std::vector<Node> describeTracking(const ui::TrackingView& view, const Strings& tr) {
    std::vector<Node> out;
    const std::vector<const ui::DashboardRow*> rows = view.shownRows();
    out.push_back({Role::heading, 2, tr("mirror.tracking", {{"shown", std::to_string(rows.size())}, {"total", std::to_string(view.goalCount())}})});
    for (const ui::DashboardRow* r : rows) {
        const std::string progress = r->progress ? tr("tracking_view.summary_progress", {{"percent", formatPercent(*r->progress)}})
                                                 : tr(std::string("tracking.issue.") + name(r->issue));
        out.push_back({Role::item, 3, tr("mirror.tracking_row", {{"goal", r->title},
                                                                 {"status", tr(std::string("tracking.status.") + name(r->status))},
                                                                 {"progress", progress},
                                                                 {"values", r->currentText},
                                                                 {"projection", r->projectionText},
                                                                 {"deadline", r->deadlineText},
                                                                 {"owners", r->ownersText}})});
    }
    const ui::DashboardRow* selected = view.selectedRow();
    const GoalChartData* chart = view.selectedChart();
    if (!selected || !chart) return out;
    out.push_back({Role::heading, 3, tr("mirror.tracking_selected", {{"goal", selected->title}})});
    std::string summary = chart->actual.empty()
                              ? tr("mirror.chart_no_checkins")
                              : tr("mirror.chart_checkins", {{"count", std::to_string(chart->actual.size())},
                                                             {"date", chart->actual.back().date.str()},
                                                             {"value", formatNumber(chart->actual.back().value)}});
    if (chart->path.size() >= 2)
        summary += " " + tr("mirror.chart_path", {{"from", formatNumber(chart->path.front().value)},
                                                  {"to", formatNumber(chart->path.back().value)},
                                                  {"date", chart->path.back().date.str()},
                                                  {"shape", tr(chart->shape == PathShape::linear ? "tracking_view.path_linear"
                                                                                                 : "tracking_view.path_compounded")}});
    summary += " " + (chart->forecast ? tr("mirror.chart_projection", {{"value", formatNumber(std::round(chart->forecast->value * 10) / 10)},
                                                                        {"date", chart->forecast->at.str()}})
                                      : tr("mirror.chart_no_projection"));
    out.push_back({Role::text, 3, tr("mirror.chart_unit", {{"unit", view.selectedUnit()}}) + " " + summary});
    return out;
}

std::vector<Node> describeEditor(const Plan& plan, const Goal& goal, const GoalReview& review, const Strings& tr) {
    std::vector<Node> out;
    {
        const Goal* g = &goal;
        out.push_back({Role::heading, 2, tr("mirror.editor", {{"title", g->title}})});
        const std::optional<Kpi> kpi = findKpi(plan, g->kpi);
        addField(out, tr, "title", g->title);
        addField(out, tr, "kpi", kpi ? kpiName(*kpi, tr) : g->kpi);
        addField(out, tr, "channel", g->channel);
        addField(out, tr, "scope", g->scope);
        addField(out, tr, "dataSource", g->dataSource);
        addField(out, tr, "baseline", number(g->baseline));
        addField(out, tr, "target", number(g->target));
        addField(out, tr, "start", date(g->start));
        addField(out, tr, "deadline", date(g->deadline));
        addField(out, tr, "budget", number(g->budget));
        if (const GoalReview* r = &review) {
            out.push_back({Role::text, 2, sentenceText(r->relevance, tr)});
            if (r->findings.empty()) out.push_back({Role::text, 2, tr("mirror.findings_none")});
            for (const Finding& f : r->findings) out.push_back({Role::item, 4, findingMessage(f, tr) + " " + findingSuggestion(f, tr)});
        }
    }
    return out;
}

}  // namespace waymark
