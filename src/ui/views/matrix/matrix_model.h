#pragma once
// What the matrix view shows, worked out once per plan revision and filter instead of every
// frame: the chosen tactics ranked best first, sorted into the 25 cells of the grid, and the
// unscored ones for the tray. A 5,000-tactic plan costs one pass when it changes.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/plan/plan.h"
#include "ui/views/matrix/matrix_transform.h"

namespace waymark::ui {

// Which tactics the matrix shows: all, those under one objective (and its sub-objectives), or
// those of one goal.
struct MatrixFilter {
    enum class Kind { all, objective, goal };
    Kind kind = Kind::all;
    std::string id;
    friend bool operator==(const MatrixFilter&, const MatrixFilter&) = default;
};

inline constexpr size_t kNoGoal = static_cast<size_t>(-1);

struct MatrixModel {
    std::vector<size_t> ranked;    // indices into plan.tactics, best first (rankTactics), filtered
    std::vector<size_t> unscored;  // the filtered tactics without both scores, in ranked order
    std::array<std::vector<size_t>, MatrixTransform::kCells * MatrixTransform::kCells> cells;  // by cellIndex
    std::vector<size_t> goalOf;    // for every plan tactic, the index of its goal in plan.goals (kNoGoal)
    std::vector<size_t> rankOf;    // for every plan tactic, its number in the ranked list (1 = best; 0 = filtered out)
    size_t planTactics = 0;        // all tactics of the plan, whatever the filter
};

// The slot of a cell in MatrixModel::cells.
constexpr size_t cellIndex(MatrixCell c) {
    return static_cast<size_t>((c.value - kMinScore) * MatrixTransform::kCells + (c.complexity - kMinScore));
}

// Ranks and sorts the plan's tactics for the filter; a filter naming an item the plan no longer
// has shows everything.
MatrixModel buildMatrixModel(const Plan& plan, const MatrixFilter& filter);

}  // namespace waymark::ui
