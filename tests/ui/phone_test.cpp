// A phone (390x844 CSS pixels, touch): the compact header, tabs that scroll sideways, a swipe that
// scrolls, text that wraps by words. Through the real App at one device pixel per CSS pixel.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "ui_harness.h"
#include "ui/kit/input_words.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

constexpr float kPhoneWidth = 390, kPhoneHeight = 844;

nlohmann::json phoneRect(const UiHarness& ui, const std::string& name) {
    const std::string text = ui.app.itemRect(name);
    return text.empty() ? nlohmann::json() : nlohmann::json::parse(text);
}

float phoneBottom(const nlohmann::json& r) { return r["y"].get<float>() + r["height"].get<float>(); }
float phoneRight(const nlohmann::json& r) { return r["x"].get<float>() + r["width"].get<float>(); }

// The app on a touch phone, settled, the first visit's welcome put away.
void phoneOpen(UiHarness& ui) {
    ImGui::GetIO().DisplaySize = ImVec2(kPhoneWidth, kPhoneHeight);
    ui.app.setTouchScreen(true);
    ui.frames(6);
    REQUIRE(ui.click("welcome-explore"));
}

// A finger pressed at from, moved to to over steps frames, lifted.
void phoneSwipe(UiHarness& ui, ImVec2 from, ImVec2 to, int steps = 8) {
    ImGuiIO& io = ImGui::GetIO();
    const auto finger = [&](float x, float y) {
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent(x, y);
    };
    finger(from.x, from.y);
    ui.frames(1);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    ui.frames(1);
    for (int i = 1; i <= steps; ++i) {
        finger(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
        ui.frames(1);
    }
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    ui.frames(3);
}

// A goal whose title is on screen.
const Goal& phoneShownGoal(const UiHarness& ui) {
    for (const Goal& g : ui.app.plan().goals)
        if (!ui.app.itemRect("goal-title:" + g.id).empty()) return g;
    FAIL("no goal's title is on screen");
    return ui.app.plan().goals.front();
}

// Swipes the view tabs' strip from its right edge to its left: the last tabs come into view.
void phoneSwipeTabsToEnd(UiHarness& ui) {
    const auto strip = phoneRect(ui, "view-tabs");
    REQUIRE(strip.is_object());
    const float y = strip["y"].get<float>() + strip["height"].get<float>() / 2;
    phoneSwipe(ui, ImVec2(phoneRight(strip) - 20, y), ImVec2(strip["x"].get<float>() + 20, y));
}

// A goal whose title is on screen, swiped up so that its buttons under the title show.
const Goal& phoneGoalWithButtons(UiHarness& ui) {
    const Goal& goal = phoneShownGoal(ui);
    const auto title = phoneRect(ui, "goal-title:" + goal.id);
    REQUIRE(title.is_object());
    const float x = title["x"].get<float>() + 10, y = title["y"].get<float>() + 5;
    phoneSwipe(ui, ImVec2(x, y), ImVec2(x, y - 300));
    return goal;
}

}  // namespace

TEST_CASE("on a phone the header is one row with a menu; every action is in the menu") {
    UiHarness ui;
    phoneOpen(ui);
    CHECK(phoneRect(ui, "plans").is_null());  // not in the band: in the menu
    const auto menu = phoneRect(ui, "header-menu");
    REQUIRE(menu.is_object());
    CHECK(phoneRight(menu) <= kPhoneWidth);
    // The header and the tabs take less than a fifth of the screen.
    const auto tab = phoneRect(ui, "view:outline");
    REQUIRE(tab.is_object());
    CHECK(phoneBottom(tab) < 0.2f * kPhoneHeight);
    REQUIRE(ui.click("header-menu"));
    for (const char* name : {"plans", "new-plan", "open-file", "download", "export", "context", "undo", "redo", "timer",
                             "language", "present", "settings"})
        CHECK_MESSAGE(phoneRect(ui, name).is_object(), name);
    REQUIRE(ui.click("settings"));
    CHECK(phoneRect(ui, "theme:dark").is_object());  // the View menu opened where the Menu button is
}

TEST_CASE("on a phone the view tabs scroll sideways in a strip of their own, and a tap on each opens it") {
    UiHarness ui;
    phoneOpen(ui);
    const auto strip = phoneRect(ui, "view-tabs");
    REQUIRE(strip.is_object());
    CHECK(phoneRight(strip) <= kPhoneWidth);
    CHECK(phoneRect(ui, "view:workshop").is_null());  // beyond the strip's edge, until swiped into view
    phoneSwipeTabsToEnd(ui);
    const auto workshop = phoneRect(ui, "view:workshop");
    REQUIRE(workshop.is_object());
    CHECK(phoneRight(workshop) <= phoneRight(strip));
    REQUIRE(ui.click("view:workshop"));
    CHECK(phoneRect(ui, "workshop-indicator").is_object());
}

TEST_CASE("a swipe on a touch screen scrolls the view under the finger and presses nothing") {
    UiHarness ui;
    phoneOpen(ui);
    const Goal& goal = phoneShownGoal(ui);
    const auto before = phoneRect(ui, "goal-title:" + goal.id);
    REQUIRE(before.is_object());
    const Plan plan = ui.app.plan();
    // Up from the goal's own title: a press there would start nothing, a swipe scrolls.
    const float x = before["x"].get<float>() + 10, y = before["y"].get<float>() + 5;
    phoneSwipe(ui, ImVec2(x, y), ImVec2(x, y - 200));
    const auto after = phoneRect(ui, "goal-title:" + goal.id);
    REQUIRE(after.is_object());
    CHECK(after["y"].get<float>() == doctest::Approx(before["y"].get<float>() - 200).epsilon(0.05));
    CHECK(ui.app.plan() == plan);
    // A swipe that starts on a button scrolls as well, and does not press it.
    REQUIRE(ui.scrollTo("edit:" + goal.id));
    const auto edit = phoneRect(ui, "edit:" + goal.id);
    REQUIRE(edit.is_object());
    const ImVec2 on(edit["x"].get<float>() + 5, edit["y"].get<float>() + 5);
    phoneSwipe(ui, on, ImVec2(on.x, on.y - 150));
    CHECK(phoneRect(ui, "close-editor").is_null());
    const auto moved = phoneRect(ui, "edit:" + goal.id);
    REQUIRE(moved.is_object());
    CHECK(moved["y"].get<float>() < on.y - 100);
}

TEST_CASE("a quick swipe, moved and lifted within one frame, scrolls and clicks nothing where the finger ends") {
    UiHarness ui;
    phoneOpen(ui);
    const auto strip = phoneRect(ui, "view-tabs");
    REQUIRE(strip.is_object());
    const float y = strip["y"].get<float>() + strip["height"].get<float>() / 2;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(phoneRight(strip) - 10, y);
    ui.frames(1);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    ui.frames(1);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(strip["x"].get<float>() + 60, y);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    ui.frames(3);
    // Still the outline: no tab under the finger's end was pressed.
    for (const char* other : {"matrix-filter", "tasks-mode:tactic", "map", "workshop-indicator"}) CHECK_MESSAGE(phoneRect(ui, other).is_null(), other);
    CHECK(phoneRect(ui, "view:workshop").is_object());  // the strip moved
}

TEST_CASE("on a phone a goal's title wraps by words, its buttons under it") {
    UiHarness ui;
    phoneOpen(ui);
    const Goal& goal = phoneShownGoal(ui);
    const auto title = phoneRect(ui, "goal-title:" + goal.id);
    REQUIRE(title.is_object());
    // At least a third of the screen wide: words, not a letter a line.
    CHECK(title["width"].get<float>() > kPhoneWidth / 3);
    phoneGoalWithButtons(ui);
    const auto edit = phoneRect(ui, "edit:" + goal.id), shown = phoneRect(ui, "goal-title:" + goal.id);
    REQUIRE(edit.is_object());
    REQUIRE(shown.is_object());
    CHECK(edit["y"].get<float>() >= phoneBottom(shown));
}

TEST_CASE("two swipes from the same place are two swipes, not a double click; the matrix then opens at its grid") {
    UiHarness ui;
    phoneOpen(ui);
    phoneSwipe(ui, ImVec2(200, 700), ImVec2(200, 200));
    phoneSwipe(ui, ImVec2(200, 700), ImVec2(200, 200));
    CHECK(phoneRect(ui, "close-editor").is_null());  // nothing opened
    REQUIRE(ui.click("view:matrix"));
    // The matrix opens at its own top, with its grid in view, not where the outline was scrolled to.
    const auto grid = phoneRect(ui, "matrix");
    REQUIRE(grid.is_object());
    CHECK(phoneBottom(grid) <= kPhoneHeight);
    CHECK(grid["height"].get<float>() > 200);
}

TEST_CASE("on a touch screen instructions say tap, with a mouse click, in every language") {
    UiHarness ui;
    for (const char* language : {"en", "de", "id"}) {
        const Strings tr = Strings::load(language);
        ui.app.setTouchScreen(false);
        ui.frames(2);
        const std::string mouse = ui::pointerWords(tr, "tracking_view.intro");
        ui.app.setTouchScreen(true);
        ui.frames(2);
        const std::string touch = ui::pointerWords(tr, "tracking_view.intro");
        CAPTURE(language);
        CHECK(touch != mouse);
        CHECK(touch == tr("tracking_view.intro.touch"));
        CHECK(ui::pointerWords(tr, "map.tasks_folded", {{"count_number", "300"}}).find("300") != std::string::npos);
    }
}

TEST_CASE("on a phone every scored tactic shows on the matrix as its place in the ranked list; a tap names it") {
    UiHarness ui;
    phoneOpen(ui);
    ImGui::GetIO().DisplaySize = ImVec2(kPhoneWidth, 1400);  // a phone's width, tall enough to see the whole grid
    REQUIRE(ui.click("view:matrix"));
    // Cells a fifth of a phone wide cannot show a title that reads ("Ein…"): each tactic is a
    // marker with its number, and every one of them is on the grid (or its cell pages to it).
    std::string first;
    for (const Tactic& t : ui.app.plan().tactics) {
        if (!t.value || !t.complexity) continue;
        CAPTURE(t.id);
        const auto marker = phoneRect(ui, "tactic:" + t.id);
        if (marker.is_null()) {
            CHECK(phoneRect(ui, "matrix-more:" + std::to_string(*t.complexity) + ":" + std::to_string(*t.value)).is_object());
            continue;
        }
        CHECK(marker["width"].get<float>() < 60);
        if (first.empty()) first = t.id;
    }
    REQUIRE_FALSE(first.empty());
    CHECK(phoneRect(ui, "matrix-selected").is_null());
    REQUIRE(ui.click("tactic:" + first));
    // The tapped one is named in full under the grid.
    const auto named = phoneRect(ui, "matrix-selected");
    REQUIRE(named.is_object());
    CHECK(named["y"].get<float>() > phoneBottom(phoneRect(ui, "matrix")) - 1);
    CHECK(ui.mirrorContains(ui.app.plan().findTactic(first)->title));
}

TEST_CASE("on a phone an editor's labels stand above their fields, which take the whole width") {
    UiHarness ui;
    phoneOpen(ui);
    REQUIRE(ui.click("edit:" + phoneGoalWithButtons(ui).id));
    const auto title = phoneRect(ui, "field:title");
    REQUIRE(title.is_object());
    CHECK(title["width"].get<float>() > 0.75f * kPhoneWidth);  // beside its label it had a third of the row
}

TEST_CASE("on a phone the workshop's step bar covers nothing and shows every step") {
    UiHarness ui;
    phoneOpen(ui);
    phoneSwipeTabsToEnd(ui);
    REQUIRE(ui.click("view:workshop"));
    for (const char* language : {"en", "de", "id"}) {
        ui.app.setLanguage(language);
        ui.frames(3);
        CAPTURE(language);
        const auto next = phoneRect(ui, "workshop-next"), timer = phoneRect(ui, "workshop-timer");
        REQUIRE(next.is_object());
        REQUIRE(timer.is_object());
        const bool apart = phoneRight(next) <= timer["x"].get<float>() || phoneBottom(next) <= timer["y"].get<float>();
        CHECK(apart);
        CHECK(phoneRight(next) <= kPhoneWidth);  // not cut at the screen's edge ("Lanjut →")
        for (int step = 1; step <= 8; ++step) {
            const auto button = phoneRect(ui, "workshop-step:" + std::to_string(step));
            CAPTURE(step);
            REQUIRE(button.is_object());
            CHECK(phoneRight(button) <= kPhoneWidth);
        }
    }
}
