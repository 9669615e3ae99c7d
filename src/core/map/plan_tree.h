#pragma once
// The plan map's tree and its layout: objectives (a marketing objective under the business one
// it breaks down) -> goals -> tactics -> tasks, as cards left to right. Built once per plan
// revision (the tree) and once per collapse change (the layout), never per frame; a frame only
// reads boxes and hit-tests them.
#include <cstddef>
#include <vector>

#include "core/map/view_transform.h"
#include "core/plan/plan.h"

namespace waymark {

// unlinked: the one card that gathers goals serving no (existing) objective.
enum class MapKind { objective, unlinked, goal, tactic, task };

struct MapNode {
    MapKind kind = MapKind::objective;
    size_t index = 0;           // into plan.objectives / goals / tactics / tasks (0 for unlinked)
    int parent = -1;            // -1 for a root
    std::vector<int> children;  // in plan order
    int depth = 0;              // the column
};

struct PlanTree {
    std::vector<MapNode> nodes;
    std::vector<int> roots;  // top objectives in plan order, then the unlinked card if any
    // How many nodes of a kind the tree holds.
    size_t count(MapKind kind) const;
    // Every node under nodes[i] (children, their children, ...).
    size_t descendants(int i) const;
};

// The plan as a tree. An objective whose parent is missing, or whose parent chain loops, is a
// root; so is the unlinked card, present only when some goal serves no existing objective.
PlanTree buildPlanTree(const Plan& plan);

// Card sizes and gaps, in world units (em).
struct MapMetrics {
    float cardWidth = 18, cardHeight = 3.4f;
    float columnGap = 3.0f;  // between a parent's column and its children's
    float rowGap = 0.6f;     // between cards stacked in a column
    float treeGap = 1.6f;    // between the trees of two roots
};

struct MapLayout {
    std::vector<Box> boxes;   // per node, in world units; meaningful only where shown
    std::vector<char> shown;  // 0 under a collapsed card
    std::vector<int> order;   // the shown nodes, top to bottom per column, columns left to right
    Box bounds;               // of every shown card
    // The shown card containing the world point, or -1.
    int hit(Point world) const;
};

// Lays the tree out left to right: a column per depth, each leaf below the previous one, each
// parent centred on its children, so sibling subtrees never overlap. collapsed[i] != 0 hides
// the descendants of node i (collapsed may be shorter than the tree: missing = open).
MapLayout layoutPlanTree(const PlanTree& tree, const std::vector<char>& collapsed, const MapMetrics& metrics = {});

}  // namespace waymark
