#pragma once
// The plan map: objectives -> goals -> tactics -> tasks as linked cards on a canvas that pans
// (drag), zooms (wheel or pinch, about the pointer), fits the screen and folds branches. The
// tree, its texts and goal statuses are made once per plan revision, the layout once per fold;
// a frame only culls, draws what is on screen and hit-tests through the same ViewTransform.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/map/plan_tree.h"
#include "core/map/view_transform.h"
#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// Two fingers on the canvas since the last frame: scale by factor about center (framebuffer
// pixels), then move by pan. factor 1 and pan 0 when nothing happened.
struct PinchInput {
    float factor = 1;
    Point center, pan;
    bool any() const { return factor != 1 || pan.x != 0 || pan.y != 0; }
};

// From this many tasks on, tactics start folded: their tasks would be most of the map.
inline constexpr size_t kFoldTasksFrom = 2000;

class MapView {
public:
    // Draws the map in the remaining content region. revision identifies the plan's state
    // (History::state()); the tree is rebuilt only when it changes. Returns EditGoal or
    // EditObjective on a double-click on such a card.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision, const PinchInput& pinch);

    // The tree as last built, and whether a node is folded (its children hidden).
    const PlanTree& tree() const { return tree_; }
    bool folded(int node) const;
    // A node's title and its second line (status, quadrant, owners and due) as shown.
    const std::string& title(int node) const { return title_[node]; }
    const std::string& detail(int node) const { return detail_[node]; }
    // Changes each time the tree or the folds change (for the screen-reader mirror).
    std::uint64_t stamp() const { return stamp_; }
    // True when tasks start folded because the plan is large.
    bool tasksFoldedByDefault() const { return foldTasks_; }
    const ViewTransform& transform() const { return view_; }

private:
    void rebuild(const ViewContext& ctx, const Plan& plan);
    void relayout();
    void toggle(int node);
    // The canvas's input: drag, wheel, pinch, clicks on folds, double-clicks on cards.
    std::optional<Intent> handleInput(const Plan& plan, const Box& canvas, const PinchInput& pinch);
    void drawCards(const ViewContext& ctx, const Box& canvas);
    // Where a card's fold toggle is on screen; empty when the card has no children or is too
    // small to carry one. Drawing and hit testing both ask this.
    std::optional<Box> toggleBox(int node, const Box& card) const;
    std::string nodeId(int node, const Plan& plan) const;

    PlanTree tree_;
    MapLayout layout_;
    std::vector<std::string> title_, detail_, itemName_;
    std::vector<ImVec4> accent_;  // a goal's status colour, else its level's colour
    std::vector<std::string> toggleName_;
    std::unordered_map<std::string, bool> foldedById_;  // what the user folded or opened
    std::vector<char> folded_;                          // per node, from foldedById_ and the default
    bool foldTasks_ = false;
    std::uint64_t revision_ = ~std::uint64_t{0};
    std::string planId_;
    std::uint64_t stamp_ = 0;

    ViewTransform view_;
    bool placed_ = false;  // the view was fitted to this plan once
    bool dragged_ = false;  // the current press moved far enough to be a drag, not a click
    float fontSize_ = 0;   // the detail font's size the text of a frame is drawn at
    ImFont* font_ = nullptr;
    ImFont* titleFont_ = nullptr;
    enum class Detail { blocks, titles, full } detailLevel_ = Detail::full;
};

}  // namespace waymark::ui
