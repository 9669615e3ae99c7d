#pragma once
// The matrix's one mapping between scores and the screen: complexity 1..5 runs left to right,
// value 1..5 bottom to top, each score pair one cell of a 5×5 grid. Drawing and hit testing both
// go through it, so a card is dropped where it was drawn at every size and devicePixelRatio.
// Screen positions are the framebuffer pixels ImGui works in.
#include <cmath>
#include <optional>

#include "core/method/tactics.h"
#include "imgui.h"

namespace waymark::ui {

// A grid cell: the scores a tactic in it has.
struct MatrixCell {
    int complexity = kMinScore, value = kMinScore;
    friend bool operator==(const MatrixCell&, const MatrixCell&) = default;
};

struct MatrixTransform {
    ImVec2 origin;    // the grid's top-left corner (value 5, complexity 1)
    ImVec2 cellSize;  // one cell's width and height

    static constexpr int kCells = kMaxScore - kMinScore + 1;

    // The grid's bottom-right corner.
    ImVec2 end() const { return ImVec2(origin.x + kCells * cellSize.x, origin.y + kCells * cellSize.y); }
    // The top-left corner of a cell.
    ImVec2 cellMin(MatrixCell c) const {
        return ImVec2(origin.x + (c.complexity - kMinScore) * cellSize.x, origin.y + (kMaxScore - c.value) * cellSize.y);
    }
    ImVec2 cellMax(MatrixCell c) const {
        const ImVec2 min = cellMin(c);
        return ImVec2(min.x + cellSize.x, min.y + cellSize.y);
    }
    // The cell under a screen point, or nullopt outside the grid (its right and bottom edges are outside).
    std::optional<MatrixCell> cellAt(ImVec2 p) const {
        if (cellSize.x <= 0 || cellSize.y <= 0) return std::nullopt;
        const float column = std::floor((p.x - origin.x) / cellSize.x), row = std::floor((p.y - origin.y) / cellSize.y);
        if (column < 0 || row < 0 || column >= kCells || row >= kCells) return std::nullopt;
        return MatrixCell{kMinScore + static_cast<int>(column), kMaxScore - static_cast<int>(row)};
    }
    // The x where the column of this complexity starts (for axis ticks and quadrant bands).
    float columnX(int complexity) const { return origin.x + (complexity - kMinScore) * cellSize.x; }
    // The y where the row of this value starts (its top edge).
    float rowY(int value) const { return origin.y + (kMaxScore - value) * cellSize.y; }
};

}  // namespace waymark::ui
