#pragma once
// Whether a number the plan holds can be used in a rule: a file may leave it out, and a value
// computed from it may not be finite.
#include <cmath>
#include <optional>

namespace waymark {

inline bool positive(const std::optional<double>& v) { return v && std::isfinite(*v) && *v > 0; }

}  // namespace waymark
