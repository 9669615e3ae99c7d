// One language for the whole app, chosen in the header and applied at once, without a reload.
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("choosing German in the header translates the app at once and keeps the plan and its history") {
    UiHarness ui;
    ui.app.apply(RenamePlan{"Mein Plan"});
    const Plan before = ui.app.plan();
    REQUIRE(ui.click("language"));
    REQUIRE(ui.click("language:de"));
    ui.frames(2);
    CHECK(ui.page.languages == std::vector<std::string>{"de"});
    const Strings de = Strings::load("de"), en = Strings::load("en");
    // The mirror's goal lines say the realism verdict in the chosen language.
    const auto mirrorSays = [&](const std::string& text) {
        return std::any_of(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                           [&](const platform::MirrorNode& n) { return n.text.find(text) != std::string::npos; });
    };
    const std::string realismDe = de("mirror.realism", {{"verdict", ""}}), realismEn = en("mirror.realism", {{"verdict", ""}});
    REQUIRE(realismDe != realismEn);
    CHECK(mirrorSays(realismDe));
    CHECK_FALSE(mirrorSays(realismEn));
    CHECK(ui.app.plan() == before);
    REQUIRE(ui.app.history().undoLabel() != nullptr);
    CHECK(ui.app.history().undoLabel()->key == "history.rename_plan");
    // And back.
    REQUIRE(ui.click("language"));
    REQUIRE(ui.click("language:en"));
    ui.frames(2);
    CHECK(ui.page.languages.back() == "en");
    CHECK(mirrorSays(realismEn));
}
