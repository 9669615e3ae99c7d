#include "core/map/plan_tree.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace waymark {

size_t PlanTree::count(MapKind kind) const {
    return static_cast<size_t>(std::count_if(nodes.begin(), nodes.end(), [&](const MapNode& n) { return n.kind == kind; }));
}

size_t PlanTree::descendants(int i) const {
    size_t total = 0;
    std::vector<int> stack(nodes[i].children);
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        ++total;
        stack.insert(stack.end(), nodes[n].children.begin(), nodes[n].children.end());
    }
    return total;
}

namespace {

// True when following parentId from objective i ends at an objective without a (known) parent.
bool reachesTop(const Plan& plan, const std::unordered_map<std::string, size_t>& byId, size_t i) {
    size_t at = i;
    for (size_t steps = 0; steps <= plan.objectives.size(); ++steps) {
        const auto& parent = plan.objectives[at].parentId;
        if (!parent) return true;
        const auto it = byId.find(*parent);
        if (it == byId.end()) return true;
        at = it->second;
    }
    return false;  // a loop
}

}  // namespace

PlanTree buildPlanTree(const Plan& plan) {
    PlanTree tree;
    auto add = [&](MapKind kind, size_t index, int parent) {
        tree.nodes.push_back({kind, index, parent, {}, parent < 0 ? 0 : tree.nodes[parent].depth + 1});
        const int id = static_cast<int>(tree.nodes.size()) - 1;
        if (parent < 0) tree.roots.push_back(id);
        else tree.nodes[parent].children.push_back(id);
        return id;
    };
    std::unordered_map<std::string, size_t> objectiveIndex;
    for (size_t i = 0; i < plan.objectives.size(); ++i) objectiveIndex.emplace(plan.objectives[i].id, i);
    std::vector<std::vector<size_t>> subObjectives(plan.objectives.size());
    std::vector<size_t> tops;
    for (size_t i = 0; i < plan.objectives.size(); ++i) {
        const auto& parent = plan.objectives[i].parentId;
        const auto it = parent ? objectiveIndex.find(*parent) : objectiveIndex.end();
        if (it != objectiveIndex.end() && it->second != i && reachesTop(plan, objectiveIndex, i))
            subObjectives[it->second].push_back(i);
        else
            tops.push_back(i);
    }
    // Goals per objective and tactics per goal, gathered once so building stays linear.
    std::vector<std::vector<size_t>> goalsOf(plan.objectives.size());
    std::vector<size_t> unlinked;
    for (size_t g = 0; g < plan.goals.size(); ++g) {
        const auto& o = plan.goals[g].objectiveId;
        const auto it = o ? objectiveIndex.find(*o) : objectiveIndex.end();
        if (it == objectiveIndex.end()) unlinked.push_back(g);
        else goalsOf[it->second].push_back(g);
    }
    std::unordered_map<std::string, size_t> goalIndex, tacticIndex;
    for (size_t g = 0; g < plan.goals.size(); ++g) goalIndex.emplace(plan.goals[g].id, g);
    for (size_t t = 0; t < plan.tactics.size(); ++t) tacticIndex.emplace(plan.tactics[t].id, t);
    std::vector<std::vector<size_t>> tacticsOf(plan.goals.size()), tasksOf(plan.tactics.size());
    for (size_t t = 0; t < plan.tactics.size(); ++t)
        if (const auto it = goalIndex.find(plan.tactics[t].goalId); it != goalIndex.end()) tacticsOf[it->second].push_back(t);
    for (size_t k = 0; k < plan.tasks.size(); ++k)
        if (const auto it = tacticIndex.find(plan.tasks[k].tacticId); it != tacticIndex.end()) tasksOf[it->second].push_back(k);

    auto addGoal = [&](size_t g, int parent) {
        const int goal = add(MapKind::goal, g, parent);
        for (size_t t : tacticsOf[g]) {
            const int tactic = add(MapKind::tactic, t, goal);
            for (size_t k : tasksOf[t]) add(MapKind::task, k, tactic);
        }
    };
    // Objectives depth first: an objective's own goals, then the objectives that break it down;
    // an explicit stack, no recursion.
    for (size_t top : tops) {
        std::vector<std::pair<size_t, int>> stack{{top, -1}};
        while (!stack.empty()) {
            const auto [o, parent] = stack.back();
            stack.pop_back();
            const int node = add(MapKind::objective, o, parent);
            for (size_t g : goalsOf[o]) addGoal(g, node);
            for (auto it = subObjectives[o].rbegin(); it != subObjectives[o].rend(); ++it) stack.push_back({*it, node});
        }
    }
    if (!unlinked.empty()) {
        const int group = add(MapKind::unlinked, 0, -1);
        for (size_t g : unlinked) addGoal(g, group);
    }
    return tree;
}

int MapLayout::hit(Point world) const {
    for (int i : order)
        if (boxes[i].contains(world)) return i;
    return -1;
}

MapLayout layoutPlanTree(const PlanTree& tree, const std::vector<char>& collapsed, const MapMetrics& m) {
    MapLayout layout;
    const size_t n = tree.nodes.size();
    layout.boxes.assign(n, Box{});
    layout.shown.assign(n, 0);
    const auto isCollapsed = [&](int i) { return static_cast<size_t>(i) < collapsed.size() && collapsed[i]; };
    float nextY = 0;  // the top of the next leaf
    // Post-order without recursion: a node is placed after its shown children.
    struct Visit { int node; bool childrenDone; };
    for (size_t r = 0; r < tree.roots.size(); ++r) {
        if (r > 0) nextY += m.treeGap - m.rowGap;
        std::vector<Visit> stack{{tree.roots[r], false}};
        while (!stack.empty()) {
            const Visit v = stack.back();
            stack.pop_back();
            const MapNode& node = tree.nodes[v.node];
            const bool open = !isCollapsed(v.node) && !node.children.empty();
            if (!v.childrenDone && open) {
                stack.push_back({v.node, true});
                for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back({*it, false});
                continue;
            }
            float top = nextY;
            if (open) {  // centred on its first and last child
                const Box& first = layout.boxes[node.children.front()];
                const Box& last = layout.boxes[node.children.back()];
                top = (first.min.y + last.max.y) / 2 - m.cardHeight / 2;
            } else {
                nextY += m.cardHeight + m.rowGap;
            }
            const float x = static_cast<float>(node.depth) * (m.cardWidth + m.columnGap);
            layout.boxes[v.node] = {{x, top}, {x + m.cardWidth, top + m.cardHeight}};
            layout.shown[v.node] = 1;
        }
    }
    for (size_t i = 0; i < n; ++i)
        if (layout.shown[i]) layout.order.push_back(static_cast<int>(i));
    std::stable_sort(layout.order.begin(), layout.order.end(), [&](int a, int b) {
        if (tree.nodes[a].depth != tree.nodes[b].depth) return tree.nodes[a].depth < tree.nodes[b].depth;
        return layout.boxes[a].min.y < layout.boxes[b].min.y;
    });
    if (!layout.order.empty()) {
        layout.bounds = layout.boxes[layout.order.front()];
        for (int i : layout.order) {
            const Box& b = layout.boxes[i];
            layout.bounds.min = {std::min(layout.bounds.min.x, b.min.x), std::min(layout.bounds.min.y, b.min.y)};
            layout.bounds.max = {std::max(layout.bounds.max.x, b.max.x), std::max(layout.bounds.max.y, b.max.y)};
        }
    }
    return layout;
}

}  // namespace waymark
