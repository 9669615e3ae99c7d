#pragma once
// The value/complexity matrix: the four quadrants as a 5×5 grid (complexity across, value up),
// each tactic a card the user drags to score it, the unscored tactics in a tray to drag in, and
// the tactics ranked best first beside it. It changes nothing itself: a drop returns one
// UpdateTactic{.., "score"}, which the app applies as one undoable step.
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/views/matrix/matrix_model.h"
#include "ui/views/matrix/matrix_transform.h"
#include "ui/view_context.h"

namespace waymark::ui {

// Above this many scored tactics on the grid, cells show their count instead of cards (the
// selected tactic's card still shows, so it can be moved).
inline constexpr size_t kMatrixCardLimit = 80;

class MatrixView {
public:
    // Draws into the rest of the current window. `revision` is the plan's history state: what
    // the view derives from the plan is recomputed only when it (or the filter) changes.
    // Named items: "matrix" (the 5×5 grid), "tactic:<id>" (a card, on the grid or in the tray),
    // "rank:<id>" (a row of the ranked list), "matrix-filter", "matrix-filter:<all|id>",
    // "matrix-more:<complexity>:<value>" (a full cell's next cards), "voting:tactics" (dot voting).
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision);
    // The tactic highlighted on the grid and in the list ("" when none).
    const std::string& selectedId() const { return selectedId_; }

private:
    // marker: the card as its number in the ranked list (a cell too narrow for a title).
    struct CardStyle { bool selected = false, hovered = false, placeholder = false, marker = false; };

    void refresh(const Plan& plan, std::uint64_t revision);
    // The filter (view state, not an edit), what is shown, and the way to dot voting on tactics.
    std::optional<Intent> drawToolbar(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawGrid(const ViewContext& ctx, const Plan& plan, ImVec2 size);
    std::optional<Intent> drawCell(const ViewContext& ctx, const Plan& plan, MatrixCell cell, bool aggregate);
    // A narrow cell's tactics as numbered markers in rows; the last place pages when they do not fit.
    std::optional<Intent> drawMarkers(const ViewContext& ctx, const Plan& plan, MatrixCell cell);
    // Under a grid of markers: the selected tactic named in full, or what the numbers mean.
    void drawMarkerCaption(const ViewContext& ctx, const Plan& plan) const;
    // The fits cards of a cell shown from its page (first), the selected or dragged one always among them.
    std::vector<size_t> shownInCell(const Plan& plan, const std::vector<size_t>& all, size_t fits, size_t& first) const;
    std::optional<Intent> drawSide(const ViewContext& ctx, const Plan& plan);
    std::optional<Intent> drawRankedList(const ViewContext& ctx, const Plan& plan);
    // A tactic's card at min (an interactive item named "tactic:<id>"): click selects, drag
    // scores, double-click opens its goal, arrow keys move it while it has the keyboard focus.
    std::optional<Intent> card(const ViewContext& ctx, const Plan& plan, size_t tactic, ImVec2 min, ImVec2 size,
                               bool marker = false);
    void paintCard(const ViewContext& ctx, const Plan& plan, size_t tactic, ImVec2 min, ImVec2 size, CardStyle style,
                   ImDrawList* draw) const;
    // The tactic moved by one step on the grid (arrow keys); an unscored one lands in the middle.
    std::optional<Intent> nudge(const Tactic& tactic, int dComplexity, int dValue);
    void drawDragged(const ViewContext& ctx, const Plan& plan);
    // A card of this many lines: up to two of its title, then its quadrant and goal.
    static float cardHeight(int lines = 3);

    // Derived from the plan, once per revision and filter.
    MatrixModel model_;
    std::uint64_t modelRevision_ = 0;
    size_t modelTactics_ = static_cast<size_t>(-1);
    MatrixFilter filter_, modelFilter_;

    // Layout of this frame: the grid's transform, shared by drawing and dropping.
    MatrixTransform transform_;
    std::array<size_t, MatrixTransform::kCells * MatrixTransform::kCells> firstShown_{};  // paging per cell
    bool markers_ = false;     // cells too narrow for titles show numbered markers

    // Interaction state.
    std::string selectedId_;
    std::string draggingId_;   // the card being dragged, while the button is held
    bool dragCancelled_ = false;  // Escape during a drag: the release drops nothing
    ImVec2 grabOffset_;        // where the card was grabbed, from its top-left corner
    ImVec2 dragSize_;
    bool dragMarker_ = false;  // the card being dragged is a marker
    std::string refocusId_;    // a card moved by keyboard keeps the focus at its new place
    bool scrollToSelected_ = false;
};

}  // namespace waymark::ui
