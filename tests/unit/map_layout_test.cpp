// The plan map's tree and layout: every item has its card, children sit right of their parent,
// sibling cards never overlap, collapsing hides a branch, and a point hits the card drawn there
// through the same transform at every zoom and devicePixelRatio.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/map/plan_tree.h"
#include "core/plan/example_plans.h"

using namespace waymark;

namespace {

Objective objective(const std::string& id, const std::string& title, std::optional<std::string> parent = std::nullopt) {
    Objective o;
    o.id = id;
    o.title = title;
    if (parent) o.kind = ObjectiveKind::marketing;
    o.parentId = std::move(parent);
    return o;
}

Tactic tactic(const std::string& id, const std::string& goal, const std::string& title) {
    Tactic t;
    t.id = id;
    t.goalId = goal;
    t.title = title;
    return t;
}

Task task(const std::string& id, const std::string& tactic, const std::string& title) {
    Task k;
    k.id = id;
    k.tacticId = tactic;
    k.title = title;
    return k;
}

// objectives o1 (business), o2 (marketing, under o1); goals g1, g2 under o1, g3 under o2, g4
// serving none; tactics and tasks under g1 and g3.
Plan smallPlan() {
    Plan p;
    p.objectives = {objective("o1", "Grow revenue"), objective("o2", "Be known locally", "o1")};
    for (const char* g : {"g1", "g2", "g3", "g4"}) {
        Goal goal;
        goal.id = g;
        goal.title = std::string("Goal ") + g;
        p.goals.push_back(goal);
    }
    p.goals[0].objectiveId = "o1";
    p.goals[1].objectiveId = "o1";
    p.goals[2].objectiveId = "o2";
    p.tactics = {tactic("t1", "g1", "Boost posts"), tactic("t2", "g1", "Influencers"), tactic("t3", "g3", "Events")};
    p.tasks = {task("k1", "t1", "Pick posts"), task("k2", "t1", "Set budget"), task("k3", "t2", "List 100"), task("k4", "t3", "Book")};
    return p;
}

// Plans of a given size, built by loops: objectives, goals per objective, tactics per goal, tasks per tactic.
Plan plan(int objectives, int goalsEach, int tacticsEach, int tasksEach) {
    Plan p;
    for (int o = 0; o < objectives; ++o) {
        p.objectives.push_back(objective("o" + std::to_string(o), "Objective"));
        for (int g = 0; g < goalsEach; ++g) {
            Goal goal;
            goal.id = "g" + std::to_string(o) + "-" + std::to_string(g);
            goal.objectiveId = p.objectives.back().id;
            p.goals.push_back(goal);
            for (int t = 0; t < tacticsEach; ++t) {
                p.tactics.push_back(tactic(goal.id + "-t" + std::to_string(t), goal.id, "Tactic"));
                for (int k = 0; k < tasksEach; ++k)
                    p.tasks.push_back(task(p.tactics.back().id + "-k" + std::to_string(k), p.tactics.back().id, "Task"));
            }
        }
    }
    return p;
}

int find(const PlanTree& tree, MapKind kind, size_t index) {
    for (size_t i = 0; i < tree.nodes.size(); ++i)
        if (tree.nodes[i].kind == kind && tree.nodes[i].index == index) return static_cast<int>(i);
    return -1;
}

// Siblings' cards never overlap, and no two shown cards in one column do either.
void checkNoOverlap(const PlanTree& tree, const MapLayout& layout) {
    int overlaps = 0;
    for (size_t k = 1; k < layout.order.size(); ++k) {
        const int a = layout.order[k - 1], b = layout.order[k];
        if (tree.nodes[a].depth == tree.nodes[b].depth && layout.boxes[a].overlaps(layout.boxes[b])) ++overlaps;
    }
    CHECK(overlaps == 0);
}

}  // namespace

TEST_CASE("the tree holds every item under its parent, objectives under the objective they break down") {
    const Plan p = smallPlan();
    const PlanTree tree = buildPlanTree(p);
    CHECK(tree.count(MapKind::objective) == 2);
    CHECK(tree.count(MapKind::goal) == 4);
    CHECK(tree.count(MapKind::tactic) == 3);
    CHECK(tree.count(MapKind::task) == 4);
    CHECK(tree.count(MapKind::unlinked) == 1);
    const int o1 = find(tree, MapKind::objective, 0), o2 = find(tree, MapKind::objective, 1);
    CHECK(tree.nodes[o2].parent == o1);
    CHECK(tree.nodes[find(tree, MapKind::goal, 2)].parent == o2);
    CHECK(tree.nodes[find(tree, MapKind::goal, 2)].depth == 2);
    const int unlinked = tree.roots.back();
    CHECK(tree.nodes[unlinked].kind == MapKind::unlinked);
    CHECK(tree.nodes[find(tree, MapKind::goal, 3)].parent == unlinked);
    CHECK(tree.nodes[find(tree, MapKind::task, 3)].parent == find(tree, MapKind::tactic, 2));
    CHECK(tree.descendants(o1) == 1 + 3 + 3 + 4);  // o2, goals g1..g3, tactics, tasks
}

TEST_CASE("an objective whose parent chain loops is a root, not lost") {
    Plan p;
    p.objectives = {objective("a", "A", "b"), objective("b", "B", "a")};
    const PlanTree tree = buildPlanTree(p);
    CHECK(tree.roots.size() == 2);
    CHECK(tree.count(MapKind::objective) == 2);
    CHECK(tree.count(MapKind::unlinked) == 0);
}

TEST_CASE("children sit right of their parent and every parent is centred on its children") {
    for (const char* id : {"restaurant", "software"}) {
        const std::optional<Plan> loaded = loadTemplate(id);
        REQUIRE(loaded);
        const Plan& p = *loaded;
        const PlanTree tree = buildPlanTree(p);
        const MapLayout layout = layoutPlanTree(tree, {});
        for (size_t i = 0; i < tree.nodes.size(); ++i) {
            CAPTURE(i);
            CHECK(layout.shown[i]);
            for (int c : tree.nodes[i].children) CHECK(layout.boxes[c].min.x > layout.boxes[i].max.x);
            if (!tree.nodes[i].children.empty()) {
                const float mid = (layout.boxes[tree.nodes[i].children.front()].min.y +
                                   layout.boxes[tree.nodes[i].children.back()].max.y) / 2;
                CHECK(layout.boxes[i].center().y == doctest::Approx(mid));
            }
        }
        checkNoOverlap(tree, layout);
    }
}

TEST_CASE("sibling subtrees never overlap, in a plan of a thousand goals and twenty thousand tasks") {
    const Plan p = plan(100, 10, 5, 4);
    const PlanTree tree = buildPlanTree(p);
    CHECK(tree.count(MapKind::task) == 20000);
    const MapLayout layout = layoutPlanTree(tree, {});
    CHECK(layout.order.size() == tree.nodes.size());
    checkNoOverlap(tree, layout);
    // Each subtree's cards lie in a band of its own: the next sibling's band starts below it.
    for (const MapNode& node : tree.nodes)
        for (size_t c = 1; c < node.children.size(); ++c)
            CHECK(layout.boxes[node.children[c]].min.y >= layout.boxes[node.children[c - 1]].max.y);
}

TEST_CASE("collapsing a card hides everything under it and closes the gap") {
    const Plan p = smallPlan();
    const PlanTree tree = buildPlanTree(p);
    const MapLayout open = layoutPlanTree(tree, {});
    std::vector<char> collapsed(tree.nodes.size(), 0);
    const int g1 = find(tree, MapKind::goal, 0);
    collapsed[g1] = 1;
    const MapLayout closed = layoutPlanTree(tree, collapsed);
    CHECK(closed.shown[g1]);
    for (int tactic : tree.nodes[g1].children) {
        CHECK_FALSE(closed.shown[tactic]);
        for (int task : tree.nodes[tactic].children) CHECK_FALSE(closed.shown[task]);
    }
    CHECK(closed.order.size() == tree.nodes.size() - tree.descendants(g1));
    CHECK(closed.bounds.height() < open.bounds.height());
    // A hidden card is never hit, even where it was drawn before.
    const int t1 = tree.nodes[g1].children.front();
    CHECK(closed.hit(open.boxes[t1].center()) != t1);
    checkNoOverlap(tree, closed);
}

TEST_CASE("a point on a drawn card hits that card through the same transform at every zoom and devicePixelRatio") {
    const Plan p = smallPlan();
    const PlanTree tree = buildPlanTree(p);
    const MapLayout layout = layoutPlanTree(tree, {});
    for (float dpr : {1.0f, 1.5f, 2.0f})
        for (float zoom : {0.1f, 0.33f, 1.0f, 2.75f, 4.0f}) {
            ViewTransform t{{37 * dpr, 81 * dpr}, zoom, 17 * dpr};
            for (int i : layout.order) {
                CAPTURE(i);
                const Box drawn = t.toScreen(layout.boxes[i]);
                // Just inside each corner of the drawn card, and its centre.
                const float in = 0.01f * drawn.width();
                for (Point p : {drawn.center(), Point{drawn.min.x + in, drawn.min.y + in},
                                Point{drawn.max.x - in, drawn.max.y - in}})
                    CHECK(layout.hit(t.toWorld(p)) == i);
                // Just outside the left edge is not this card (the column gap is there).
                CHECK(layout.hit(t.toWorld(Point{drawn.min.x - in, drawn.center().y})) != i);
            }
        }
}
