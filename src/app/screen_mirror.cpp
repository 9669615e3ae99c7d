#include "app/screen_mirror.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/method/catalog.h"
#include "core/method/tactics.h"
#include "core/method/tracking.h"
#include "core/text/number_format.h"
#include "core/plan/plan_index.h"
#include "ui/kit/quadrant_style.h"

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

std::string number(const std::optional<double>& v, const Strings& tr) { return v ? tr.number(*v) : std::string(); }
std::string date(const std::optional<Date>& d) { return d ? d->str() : std::string(); }
}  // namespace

std::vector<Node> describePlan(const Plan& plan, const ui::PlanDerived& derived, const ReviewsByGoal& reviews,
                               const std::vector<Finding>& planFindings, const Strings& tr) {
    std::vector<Node> out;
    out.push_back({Role::heading, 1, tr("mirror.plan", {{"name", plan.name.empty() ? tr("header.untitled_plan") : plan.name}})});
    if (!planFindings.empty()) {
        out.push_back({Role::heading, 2, tr("editor.whole_plan")});
        for (const Finding& f : planFindings) out.push_back({Role::item, 3, findingMessage(f, tr) + " " + findingSuggestion(f, tr)});
    }
    const auto addGoal = [&](size_t i) {
        const Goal& g = plan.goals[i];
        const auto review = reviews.find(g.id);
        out.push_back({Role::item, 3, goalLine(g, derived.tracks[i], review == reviews.end() ? nullptr : &review->second, tr)});
    };
    for (const Objective& o : plan.objectives) {
        out.push_back({Role::heading, o.parentId ? 3 : 2, o.title.empty() ? tr("outline.untitled_objective") : o.title});
        if (const auto goals = derived.goalsOfObjective.find(o.id); goals != derived.goalsOfObjective.end())
            for (const size_t i : goals->second) addGoal(i);
    }
    // Goals that serve no objective of this plan, under a heading of their own.
    std::unordered_set<std::string_view> objectives;
    for (const Objective& o : plan.objectives) objectives.insert(o.id);
    std::vector<size_t> unlinked;
    for (size_t i = 0; i < plan.goals.size(); ++i)
        if (!plan.goals[i].objectiveId || !objectives.count(*plan.goals[i].objectiveId)) unlinked.push_back(i);
    if (!unlinked.empty()) {
        out.push_back({Role::heading, 2, tr("outline.unlinked_title")});
        for (const size_t i : unlinked) addGoal(i);
    }
    return out;
}

std::vector<Node> describeMatrix(const Plan& plan, const Strings& tr) {
    std::vector<Node> out;
    out.push_back({Role::heading, 2, tr("matrix.mirror_heading")});
    const PlanIndex index(plan);
    const std::vector<size_t> ranked = rankTactics(plan.tactics);
    // Ranked order keeps each quadrant's tactics together, best quadrant first.
    for (size_t from = 0; from < ranked.size();) {
        const Quadrant quadrant = quadrantOf(plan.tactics[ranked[from]]);
        size_t to = from;
        while (to < ranked.size() && quadrantOf(plan.tactics[ranked[to]]) == quadrant) ++to;
        out.push_back({Role::heading, 3, tr("matrix.mirror_quadrant", {{"quadrant", tr(ui::quadrantKey(quadrant))},
                                                                     {"tactics", tr.plural("matrix.cell_count", to - from)}})});
        for (; from < to; ++from) {
            const Tactic& t = plan.tactics[ranked[from]];
            const Goal* goal = index.goal(t.goalId);
            const std::string scores = quadrant == Quadrant::unscored
                                           ? std::string()
                                           : tr("matrix.scores", {{"value", std::to_string(*t.value)},
                                                                  {"complexity", std::to_string(*t.complexity)}});
            out.push_back({Role::item, 4, tr("matrix.mirror_tactic", {{"title", t.title.empty() ? tr("matrix.untitled_tactic") : t.title},
                                                                      {"goal", goal ? goal->title : std::string()},
                                                                      {"scores", scores}})});
        }
    }
    return out;
}

std::vector<Node> describeMap(const ui::MapView& map, const Strings& tr) {
    std::vector<Node> out;
    out.push_back({Role::heading, 2, tr("map.mirror_title")});
    const PlanTree& tree = map.tree();
    // Depth first in drawing order; a list item's level is its depth (the page nests deeper
    // levels inside the item above), held to one digit.
    std::vector<int> stack(tree.roots.rbegin(), tree.roots.rend());
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        const MapNode& node = tree.nodes[i];
        std::string text = tr("map.mirror_item", {{"title", map.title(i)}, {"detail", map.detail(i)}});
        if (map.folded(i)) {
            const size_t hidden = tree.descendants(i);
            text = tr(hidden == 1 ? "map.mirror_folded.one" : "map.mirror_folded.other",
                      {{"item", text}, {"count_number", formatNumber(static_cast<double>(hidden))}});
        } else {
            stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
        }
        out.push_back({Role::item, std::min(9, 1 + node.depth), text});
    }
    return out;
}

std::vector<Node> describeTracking(const ui::TrackingView& view, const Strings& tr) {
    std::vector<Node> out;
    const std::vector<const ui::DashboardRow*> rows = view.shownRows();
    out.push_back({Role::heading, 2, tr.plural("mirror.tracking", static_cast<long long>(view.goalCount()), {{"shown_number", std::to_string(rows.size())}})});
    for (const ui::DashboardRow* r : rows) {
        const std::string progress = r->progress ? tr("tracking_view.summary_progress", {{"percent_number", formatPercent(*r->progress)}})
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
                              : tr.plural("mirror.chart_checkins", static_cast<long long>(chart->actual.size()),
                                                            {{"date_date", chart->actual.back().date.str()},
                                                             {"value_number", formatNumber(chart->actual.back().value)}});
    if (chart->path.size() >= 2)
        summary += " " + tr("mirror.chart_path", {{"from_number", formatNumber(chart->path.front().value)},
                                                  {"to_number", formatNumber(chart->path.back().value)},
                                                  {"date_date", chart->path.back().date.str()},
                                                  {"shape", tr(chart->shape == PathShape::linear ? "tracking_view.path_linear"
                                                                                                 : "tracking_view.path_compounded")}});
    summary += " " + (chart->forecast ? tr("mirror.chart_projection", {{"value_number", formatNumber(std::round(chart->forecast->value * 10) / 10)},
                                                                        {"date_date", chart->forecast->at.str()}})
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
        addField(out, tr, "baseline", number(g->baseline, tr));
        addField(out, tr, "target", number(g->target, tr));
        addField(out, tr, "start", date(g->start));
        addField(out, tr, "deadline", date(g->deadline));
        addField(out, tr, "budget", number(g->budget, tr));
        if (const GoalReview* r = &review) {
            out.push_back({Role::text, 2, sentenceText(r->relevance, tr)});
            if (r->findings.empty()) out.push_back({Role::text, 2, tr("mirror.findings_none")});
            for (const Finding& f : r->findings) out.push_back({Role::item, 4, findingMessage(f, tr) + " " + findingSuggestion(f, tr)});
        }
    }
    return out;
}

}  // namespace waymark
