#pragma once
// Prioritising tactics: value to the business against effort and complexity, both scored 1..5.
// High value and low complexity first (quick wins), then major projects; the other two
// quadrants rarely deserve attention. A tactic without both scores is unscored, not a quadrant.
#include <optional>
#include <vector>

#include "core/plan/plan.h"

namespace waymark {

enum class Quadrant { quick_win, major_project, fill_in, thankless, unscored };

inline constexpr int kMinScore = 1, kMaxScore = 5;
// A score at or above this is "high"; the one place the matrix is split.
inline constexpr int kHighScore = 3;

// Whether a score is on the 1..5 scale.
constexpr bool isValidScore(int score) { return score >= kMinScore && score <= kMaxScore; }
// Whether a score counts as high (>= kHighScore).
constexpr bool isHighScore(int score) { return score >= kHighScore; }

// The quadrant of a value/complexity pair; unscored when either is missing or outside 1..5.
Quadrant quadrantOf(std::optional<int> value, std::optional<int> complexity);
inline Quadrant quadrantOf(const Tactic& t) { return quadrantOf(t.value, t.complexity); }

// The id of a quadrant ("quick_win"); its label is the translation key "tactic.quadrant.<id>".
const char* name(Quadrant q);

// Strict ranking order: quadrant (quick_win, major_project, fill_in, thankless, unscored),
// then value descending, complexity ascending, title and finally id (byte order) ascending.
bool rankedBefore(const Tactic& a, const Tactic& b);

// Indices into tactics, best first by rankedBefore; deterministic for any input order.
std::vector<size_t> rankTactics(const std::vector<Tactic>& tactics);

}  // namespace waymark
