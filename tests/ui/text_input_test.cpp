// The portable half of the browser's text input (src/platform/text_input.h), driven through the
// outline's rename field: what the page's text sink receives reaches the field once, the sink
// follows the field, and the clipboard goes both ways. The browser half is tests/e2e/text_input.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "platform/text_input.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

// A sink that records what ImGui asked of it.
struct RecordedSink {
    struct Place {
        bool wantText;
        float y;
    };
    std::vector<Place> places;
    std::vector<std::string> copies;

    platform::TextSink hooks() {
        return {[this](bool wantText, float, float y, float) { places.push_back({wantText, y}); },
                [this](const std::string& text) { copies.push_back(text); }};
    }
};

// Holds mod, presses key, lets both go.
void chord(UiHarness& ui, ImGuiKey mod, ImGuiKey key) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(mod, true);
    io.AddKeyEvent(key, true);
    ui.frames(1);
    io.AddKeyEvent(key, false);
    io.AddKeyEvent(mod, false);
    ui.frames(2);
}

// Opens the first goal's title for editing and returns its id.
std::string editFirstGoal(UiHarness& ui) {
    const std::string id = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("rename:" + id));
    ui.frames(1);
    REQUIRE(ImGui::GetIO().WantTextInput);
    return id;
}

std::string confirmedTitle(UiHarness& ui, const std::string& id) {
    ui.press(ImGuiKey_Enter);
    return ui.app.plan().findGoal(id)->title;
}

}  // namespace

TEST_CASE("text the sink receives lands in the active field once, and the sink follows the field") {
    UiHarness ui;
    RecordedSink sink;
    platform::connectTextInput(sink.hooks(), false);
    const std::string id = editFirstGoal(ui);
    REQUIRE_FALSE(sink.places.empty());
    CHECK(sink.places.back().wantText);
    CHECK(sink.places.back().y > 0);
    platform::receiveText("Müller & Söhne, Überblick");
    ui.frames(2);
    CHECK(confirmedTitle(ui, id) == "Müller & Söhne, Überblick");
    ui.frames(1);
    CHECK_FALSE(sink.places.back().wantText);  // the field is gone: the sink lets the focus go
}

TEST_CASE("a paste with no key for ImGui is typed at once; Ctrl+V inserts the last paste, once") {
    UiHarness ui;
    RecordedSink sink;
    platform::connectTextInput(sink.hooks(), false);
    const std::string id = editFirstGoal(ui);
    platform::receivePaste("Café ", true);
    ui.frames(2);
    platform::receivePaste("am Markt", false);  // came with Ctrl+V, which ImGui handles as a key
    ui.frames(2);
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_V);
    CHECK(confirmedTitle(ui, id) == "Café am Markt");
}

TEST_CASE("Ctrl+A, Ctrl+C puts the field's text on the system clipboard; Ctrl+X and Ctrl+V move it") {
    UiHarness ui;
    RecordedSink sink;
    platform::connectTextInput(sink.hooks(), false);
    const std::string title = ui.app.plan().goals.front().title;
    const std::string id = editFirstGoal(ui);
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_A);
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_C);
    REQUIRE(sink.copies.size() == 1);
    CHECK(sink.copies.back() == title);
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_X);
    REQUIRE(sink.copies.size() == 2);
    ui.type("Neu: ");
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_V);  // no paste event came: ImGui pastes what it copied
    CHECK(confirmedTitle(ui, id) == "Neu: " + title);
}

TEST_CASE("an on-screen keyboard's deletions remove one character each") {
    UiHarness ui;
    RecordedSink sink;
    platform::connectTextInput(sink.hooks(), false);
    const std::string id = editFirstGoal(ui);
    ui.type("abcdef");
    platform::receiveDelete(false);
    ui.frames(3);
    ui.press(ImGuiKey_Home);
    platform::receiveDelete(true);
    ui.frames(3);
    CHECK(confirmedTitle(ui, id) == "bcde");
}

TEST_CASE("Ctrl+A then typing replaces; Ctrl+arrows jump words; Home and End go to the ends") {
    UiHarness ui;
    RecordedSink sink;
    platform::connectTextInput(sink.hooks(), false);
    const std::string id = editFirstGoal(ui);
    ui.type("draft");
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("one two three");
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_LeftArrow);
    ui.type("X");
    ui.press(ImGuiKey_Home);
    ui.type("A");
    chord(ui, ImGuiMod_Ctrl, ImGuiKey_RightArrow);
    ui.type("B");
    ui.press(ImGuiKey_End);
    ui.type("Z");
    CHECK(confirmedTitle(ui, id) == "Aone Btwo XthreeZ");
}

TEST_CASE("on Apple platforms Cmd+A selects, Cmd+C copies and Option+arrows jump words") {
    UiHarness ui;
    RecordedSink sink;
    platform::connectTextInput(sink.hooks(), true);
    const std::string id = editFirstGoal(ui);
    ui.type("one two");
    chord(ui, ImGuiMod_Super, ImGuiKey_A);
    chord(ui, ImGuiMod_Super, ImGuiKey_C);
    REQUIRE(sink.copies.size() == 1);
    CHECK(sink.copies.back() == "one two");
    ui.press(ImGuiKey_End);
    chord(ui, ImGuiMod_Alt, ImGuiKey_LeftArrow);
    ui.type("X");
    CHECK(confirmedTitle(ui, id) == "one Xtwo");
}
