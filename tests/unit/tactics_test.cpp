#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "core/text/i18n.h"
#include "core/method/tactics.h"

using namespace waymark;

namespace {
Tactic tactic(std::string id, std::string title, std::optional<int> value, std::optional<int> complexity) {
    Tactic t;
    t.id = std::move(id);
    t.title = std::move(title);
    t.value = value;
    t.complexity = complexity;
    return t;
}
}  // namespace

TEST_CASE("quadrants split the 1..5 scale at 3") {
    CHECK(quadrantOf(5, 1) == Quadrant::quick_win);
    CHECK(quadrantOf(3, 2) == Quadrant::quick_win);
    CHECK(quadrantOf(3, 3) == Quadrant::major_project);
    CHECK(quadrantOf(5, 5) == Quadrant::major_project);
    CHECK(quadrantOf(2, 2) == Quadrant::fill_in);
    CHECK(quadrantOf(1, 1) == Quadrant::fill_in);
    CHECK(quadrantOf(2, 3) == Quadrant::thankless);
    CHECK(quadrantOf(1, 5) == Quadrant::thankless);
    // Every scored pair lands in exactly the quadrant its two halves say.
    for (int v = 1; v <= 5; ++v)
        for (int c = 1; c <= 5; ++c) {
            const Quadrant q = quadrantOf(v, c);
            CHECK((q == Quadrant::quick_win || q == Quadrant::major_project) == (v >= 3));
            CHECK((q == Quadrant::major_project || q == Quadrant::thankless) == (c >= 3));
        }
}

TEST_CASE("a tactic missing a score, or scored off the scale, is unscored") {
    CHECK(quadrantOf(std::nullopt, 2) == Quadrant::unscored);
    CHECK(quadrantOf(4, std::nullopt) == Quadrant::unscored);
    CHECK(quadrantOf(std::nullopt, std::nullopt) == Quadrant::unscored);
    CHECK(quadrantOf(0, 3) == Quadrant::unscored);
    CHECK(quadrantOf(6, 3) == Quadrant::unscored);
    CHECK(quadrantOf(3, -1) == Quadrant::unscored);
    CHECK(std::string(name(Quadrant::quick_win)) == "quick_win");
    CHECK(std::string(name(Quadrant::unscored)) == "unscored");
    const Strings en = Strings::load("en");
    for (int q = 0; q <= static_cast<int>(Quadrant::unscored); ++q)
        CHECK(en.has(std::string("tactic.quadrant.") + name(static_cast<Quadrant>(q))));
}

TEST_CASE("ranking: quadrant, value down, complexity up, then title and id") {
    const std::vector<Tactic> tactics = {
        tactic("t1", "Fill", 2, 1),          // fill_in
        tactic("t2", "Big", 5, 5),           // major_project
        tactic("t3", "Unscored", std::nullopt, 1),
        tactic("t4", "Win B", 4, 2),         // quick_win, value 4
        tactic("t5", "Win A", 5, 2),         // quick_win, value 5
        tactic("t6", "Hard", 1, 5),          // thankless
        tactic("t7", "Win C", 4, 1),         // quick_win, value 4, easier than t4
        tactic("t9", "Same", 3, 1),          // identical scores: title, then id decide
        tactic("t8", "Same", 3, 1),
    };
    const auto order = rankTactics(tactics);
    std::vector<std::string> ids;
    for (size_t i : order) ids.push_back(tactics[i].id);
    CHECK(ids == std::vector<std::string>{"t5", "t7", "t4", "t8", "t9", "t2", "t1", "t6", "t3"});
}

TEST_CASE("ranking does not depend on input order") {
    std::vector<Tactic> tactics;
    for (int i = 0; i < 50; ++i)
        tactics.push_back(tactic("id" + std::to_string(i), "T" + std::to_string(i % 7), 1 + i % 5, 1 + (i * 3) % 5));
    auto ranked = [](const std::vector<Tactic>& ts) {
        std::vector<std::string> ids;
        for (size_t i : rankTactics(ts)) ids.push_back(ts[i].id);
        return ids;
    };
    const auto forward = ranked(tactics);
    std::reverse(tactics.begin(), tactics.end());
    CHECK(ranked(tactics) == forward);
}

TEST_CASE("ranking 10,000 tactics is fast and empty input is fine") {
    CHECK(rankTactics({}).empty());
    std::vector<Tactic> tactics;
    for (int i = 0; i < 10000; ++i) tactics.push_back(tactic(std::to_string(i), "", 1 + i % 5, 1 + i % 3));
    const auto begin = std::chrono::steady_clock::now();
    const auto order = rankTactics(tactics);
    CHECK(std::chrono::steady_clock::now() - begin < std::chrono::seconds(1));
    REQUIRE(order.size() == 10000);
    CHECK(quadrantOf(tactics[order.front()]) == Quadrant::quick_win);
    CHECK(*tactics[order.front()].value == 5);
    CHECK(quadrantOf(tactics[order.back()]) == Quadrant::thankless);
}
