#pragma once
// A number for the command line's JSON output: null when there is none or it is not finite
// (JSON has no NaN or infinity).
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

namespace waymark {

inline nlohmann::ordered_json jsonNumber(std::optional<double> v) {
    return v && std::isfinite(*v) ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace waymark
