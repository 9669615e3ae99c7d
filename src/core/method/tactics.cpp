#include "core/method/tactics.h"

#include <algorithm>
#include <tuple>

namespace waymark {

Quadrant quadrantOf(std::optional<int> value, std::optional<int> complexity) {
    if (!value || !complexity || !isValidScore(*value) || !isValidScore(*complexity))
        return Quadrant::unscored;
    const bool highValue = isHighScore(*value), hard = isHighScore(*complexity);
    if (highValue) return hard ? Quadrant::major_project : Quadrant::quick_win;
    return hard ? Quadrant::thankless : Quadrant::fill_in;
}

const char* name(Quadrant q) {
    static const char* const names[] = {"quick_win", "major_project", "fill_in", "thankless", "unscored"};
    return names[static_cast<int>(q)];
}

bool rankedBefore(const Tactic& a, const Tactic& b) {
    // Unscored tactics sort by title only; their scores (if half set) must not reorder them.
    auto key = [](const Tactic& t) {
        const Quadrant q = quadrantOf(t);
        const bool scored = q != Quadrant::unscored;
        return std::tuple<int, int, int, const std::string&, const std::string&>(
            static_cast<int>(q), scored ? -*t.value : 0, scored ? *t.complexity : 0, t.title, t.id);
    };
    return key(a) < key(b);
}

std::vector<size_t> rankTactics(const std::vector<Tactic>& tactics) {
    std::vector<size_t> order(tactics.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Stable, so tactics equal in every key (duplicate ids) keep their plan order.
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rankedBefore(tactics[a], tactics[b]); });
    return order;
}

}  // namespace waymark
