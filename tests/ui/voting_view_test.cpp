// Dot voting on the shared screen, driven frame by frame: a round set up from the matrix, two
// participants in turn with hidden totals, the reveal, votes used as value, and undo.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "core/plan/voting.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {
}  // namespace

TEST_CASE("a dot-voting round by frames: hidden totals, reveal, votes as value, undo") {
    UiHarness ui;
    REQUIRE(ui.app.plan().tactics.size() >= 2);
    const std::string a = ui.app.plan().tactics[0].id, b = ui.app.plan().tactics[1].id;
    REQUIRE(ui.click("view:matrix"));
    REQUIRE(ui.click("voting:tactics"));
    // Set up: two unnamed participants, 3 votes each (the default).
    REQUIRE(ui.click("vote-people-less"));
    REQUIRE(ui.click("vote-people-less"));
    REQUIRE(ui.click("vote-start"));
    REQUIRE(ui.app.plan().voting);
    CHECK(ui.app.plan().voting->participants.size() == 2);
    CHECK(ui.mirrorContains("Participant 1 — 3 of 3 votes left"));
    // Participant 1: two dots on a, one on b, takes one off a, puts it on b.
    REQUIRE(ui.click("vote:" + a));
    REQUIRE(ui.click("vote:" + a));
    REQUIRE(ui.click("vote:" + b));
    CHECK(ui.mirrorContains("Participant 1 — 0 of 3 votes left"));
    REQUIRE(ui.click("vote:" + b));  // no votes left: nothing happens
    CHECK(dotsOn(ui.app.plan().voting->participants[0], b) == 1);
    REQUIRE(ui.click("dot:" + a + ":2"));
    CHECK(dotsOn(ui.app.plan().voting->participants[0], a) == 1);
    REQUIRE(ui.click("vote:" + b));
    REQUIRE(ui.click("vote-next"));
    // Participant 2 sees only their own (no) dots: the first participant's stay hidden.
    CHECK(ui.mirrorContains("Participant 2 — 3 of 3 votes left"));
    CHECK(ui.mirrorContains("your 0 dots"));
    CHECK_FALSE(ui.mirrorContains("your 2 dots"));
    // No totals anywhere: "<n> votes" appears only as "<n> of 3 votes left".
    const std::regex total(R"(\d+ votes?\b(?! left))");
    for (const platform::MirrorNode& n : ui.reader.nodes) CHECK_FALSE(std::regex_search(n.text, total));
    CHECK(ui.app.itemRect("dot:" + b + ":1").empty());
    REQUIRE(ui.click("vote:" + b));
    REQUIRE(ui.click("vote-next"));
    CHECK(ui.mirrorContains("Everyone has voted."));
    // The reveal: b first with 3 votes, a with 1.
    REQUIRE(ui.click("vote-reveal"));
    CHECK_FALSE(ui.app.plan().voting->revealed);  // it asks first
    REQUIRE(ui.click("vote-reveal-cancel"));
    CHECK_FALSE(ui.app.plan().voting->revealed);
    REQUIRE(ui.click("vote-reveal"));
    REQUIRE(ui.click("vote-reveal-confirm"));
    CHECK(ui.app.plan().voting->revealed);
    const std::string titleB = ui.app.plan().tactics[1].title;
    CHECK(ui.mirrorContains(titleB + ": 3 votes"));
    CHECK(ui.mirrorContains(": 1 vote"));
    CHECK_FALSE(ui.app.itemRect("vote-total:" + b).empty());
    // Votes as value: the preview first, then one step.
    const Plan before = ui.app.plan();
    REQUIRE(ui.click("vote-apply"));
    CHECK(ui.app.plan() == before);  // the preview changes nothing
    REQUIRE(ui.click("vote-apply-confirm"));
    CHECK(ui.app.plan().findTactic(b)->value == 5);
    CHECK(ui.app.plan().findTactic(a)->value == 2);  // round(5 * 1/3) = 2
    CHECK(editLabelText(*ui.app.history().undoLabel(), Strings::load("en")) == "use votes as value");
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    ui.frames(2);
    CHECK(ui.app.plan() == before);
    // Each dot was its own step: undo takes back the reveal, then the last participant's turn.
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    ui.frames(2);
    CHECK_FALSE(ui.app.plan().voting->revealed);
    CHECK(ui.mirrorContains("Everyone has voted."));
}

TEST_CASE("dot voting on goals opens from the outline, and a named round shows the names") {
    UiHarness ui;
    REQUIRE(ui.click("voting:goals"));
    REQUIRE(ui.click("vote-names"));
    ui.type("Anna, Ben");
    ui.press(ImGuiKey_Enter);
    ui.frames(2);
    REQUIRE(ui.click("vote-start"));
    REQUIRE(ui.app.plan().voting);
    CHECK(ui.app.plan().voting->subject == VoteSubject::goals);
    CHECK(ui.app.plan().voting->participants[1].name == "Ben");
    CHECK(ui.mirrorContains("Anna — 3 of 3 votes left"));
    const std::string goal = ui.app.plan().goals[0].id;
    REQUIRE(ui.click("vote:" + goal));
    CHECK(ui.app.plan().voting->participants[0].dots == std::vector<std::string>{goal});
    // Reveal straight away, then clear: the round is gone in one undoable step.
    REQUIRE(ui.click("vote-reveal"));
    REQUIRE(ui.click("vote-reveal-confirm"));
    CHECK(ui.app.itemRect("vote-apply").empty());  // goals have no value to set
    REQUIRE(ui.click("vote-clear"));
    CHECK_FALSE(ui.app.plan().voting);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    ui.frames(2);
    CHECK(ui.app.plan().voting);
}
