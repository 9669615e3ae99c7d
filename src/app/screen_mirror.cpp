#include "app/screen_mirror.h"

#include <algorithm>

#include "core/method/catalog.h"
#include "core/method/tracking.h"
#include "core/text/number_format.h"

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
                      {{"item", text}, {"count", formatNumber(static_cast<double>(hidden))}});
        } else {
            stack.insert(stack.end(), node.children.rbegin(), node.children.rend());
        }
        out.push_back({Role::item, std::min(9, 1 + node.depth), text});
    }
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
