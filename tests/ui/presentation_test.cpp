// Presentation mode, themes, UI scale and touch screens, through the real App.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/plan/example_plans.h"
#include "ui/chrome/presentation_bar.h"
#include "ui/kit/theme.h"
#include "ui/kit/view_settings.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

nlohmann::json viewState(const UiHarness& ui) { return nlohmann::json::parse(ui.app.viewState()); }

nlohmann::json rect(const UiHarness& ui, const std::string& name) {
    const std::string text = ui.app.itemRect(name);
    return text.empty() ? nlohmann::json() : nlohmann::json::parse(text);
}

bool sameColour(const ImVec4& a, const ImVec4& b) { return a.x == b.x && a.y == b.y && a.z == b.z && a.w == b.w; }

}  // namespace

TEST_CASE("the view settings menu switches theme and scale at once and tells the page") {
    UiHarness ui;
    CHECK(viewState(ui)["theme"] == "light");
    CHECK(viewState(ui)["body"].get<float>() == doctest::Approx(17));
    REQUIRE(ui.click("settings"));
    REQUIRE(ui.click("theme:dark"));
    ui.frames(2);
    CHECK(viewState(ui)["theme"] == "dark");
    CHECK(sameColour(ImGui::GetStyle().Colors[ImGuiCol_WindowBg], ui::theme("dark").imgui[ImGuiCol_WindowBg]));
    REQUIRE(ui.page.viewSettings.size() == 1);
    CHECK(ui::parseViewSettings(ui.page.viewSettings.back()).theme == "dark");

    REQUIRE(ui.click("settings"));
    REQUIRE(ui.click("scale:150"));
    ui.frames(2);
    // Fonts are rasterised again at the new size, not stretched.
    CHECK(viewState(ui)["body"].get<float>() == doctest::Approx(25));
    CHECK(ImGui::GetIO().FontGlobalScale == 1.0f);
    CHECK(viewState(ui)["scale"] == 150);
    const ui::ViewSettings kept = ui::parseViewSettings(ui.page.viewSettings.back());
    CHECK(kept.scalePercent == 150);
    CHECK(kept.theme == "dark");
    CHECK(kept.presentationTheme == "high_contrast");
}

TEST_CASE("kept view settings apply at start; values that are not offered fall back to the defaults") {
    UiHarness kept({}, 5, R"({"theme":"high_contrast","presentationTheme":"dark","scale":125})");
    CHECK(viewState(kept)["theme"] == "high_contrast");
    CHECK(viewState(kept)["body"].get<float>() == doctest::Approx(21));
    CHECK(kept.app.viewSettings().presentationTheme == "dark");

    const ui::ViewSettings defaults;
    CHECK(ui::parseViewSettings("") == defaults);
    CHECK(ui::parseViewSettings("{not json") == defaults);
    CHECK(ui::parseViewSettings("[1,2]") == defaults);
    const ui::ViewSettings bad = ui::parseViewSettings(R"({"theme":"neon","presentationTheme":7,"scale":333})");
    CHECK(bad == defaults);
    const ui::ViewSettings half = ui::parseViewSettings(R"({"theme":"dark","scale":"125"})");
    CHECK(half.theme == "dark");
    CHECK(half.scalePercent == 100);
    CHECK(ui::parseViewSettings(ui::viewSettingsJson({"dark", "light", 75})) == ui::ViewSettings{"dark", "light", 75});
}

TEST_CASE("presentation mode: the key and the button switch both ways; chrome steps aside; text is large") {
    UiHarness ui;
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ui.frames(3);
    REQUIRE(!rect(ui, "plans").is_null());
    REQUIRE(ui.scrollTo("edit:" + ui.app.plan().goals.front().id));
    const float normalBody = viewState(ui)["body"];

    ui.press(ui::kPresentKey);
    ui.frames(2);
    CHECK(ui.app.presenting());
    CHECK(viewState(ui)["theme"] == "high_contrast");
    CHECK(viewState(ui)["smallest"].get<float>() >= 28);
    CHECK(rect(ui, "plans").is_null());
    CHECK(rect(ui, "undo").is_null());
    CHECK(rect(ui, "edit:" + ui.app.plan().goals.front().id).is_null());
    CHECK(rect(ui, "add-objective").is_null());
    CHECK_FALSE(rect(ui, "view:matrix").is_null());
    CHECK_FALSE(rect(ui, "present").is_null());
    CHECK(ui.reader.announcements.back() == Strings::load("en")("present.entered"));

    // The tabs still switch views; the views show without their edit buttons.
    REQUIRE(ui.click("view:matrix"));
    CHECK_FALSE(rect(ui, "matrix").is_null());
    CHECK(ui.app.presenting());
    const std::string tracked = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("view:tracking"));
    REQUIRE(ui.click("goal-row:" + tracked));
    CHECK_FALSE(rect(ui, "goal-chart").is_null());
    CHECK(rect(ui, "tracking-edit:" + tracked).is_null());
    CHECK(rect(ui, "checkin-add:" + tracked).is_null());
    REQUIRE(ui.click("view:outline"));

    ui.press(ImGuiKey_Escape);
    ui.frames(2);
    CHECK_FALSE(ui.app.presenting());
    CHECK(viewState(ui)["body"].get<float>() == doctest::Approx(normalBody));
    CHECK(viewState(ui)["theme"] == "light");
    CHECK_FALSE(rect(ui, "plans").is_null());

    REQUIRE(ui.click("present"));
    ui.frames(2);
    CHECK(ui.app.presenting());
    REQUIRE(ui.click("present"));
    ui.frames(2);
    CHECK_FALSE(ui.app.presenting());
    ui.press(ui::kPresentKey);
    ui.frames(2);
    CHECK(ui.app.presenting());
    ui.press(ui::kPresentKey);
    ui.frames(2);
    CHECK_FALSE(ui.app.presenting());
}

TEST_CASE("presentation text scales with a smaller screen, never below the normal size, and follows the chosen theme") {
    UiHarness ui({}, 5, R"({"presentationTheme":"dark"})");
    ImGui::GetIO().DisplaySize = ImVec2(960, 540);
    ui.press(ui::kPresentKey);
    ui.frames(2);
    CHECK(viewState(ui)["theme"] == "dark");
    const float half = viewState(ui)["smallest"];
    CHECK(half >= 17);
    CHECK(half < 28);
    ImGui::GetIO().DisplaySize = ImVec2(640, 400);
    ui.frames(3);
    CHECK(viewState(ui)["smallest"].get<float>() == doctest::Approx(17));
}

TEST_CASE("typing P in a text field does not switch to presentation mode") {
    UiHarness ui;
    const std::string goal = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("edit:" + goal));
    REQUIRE(ui.click("field:title"));
    ui.press(ui::kPresentKey);
    ui.type("P");
    CHECK_FALSE(ui.app.presenting());
}

TEST_CASE("on a touch screen every button, tab, checkbox, field and menu item is at least 48 px each way") {
    UiHarness ui;
    ui.app.setTouchScreen(true);
    ImGui::GetIO().DisplaySize = ImVec2(1280, 6000);  // finger-sized rows make the plan taller
    ui.frames(3);
    const auto atLeast48 = [&](const std::string& name) {
        CAPTURE(name);
        const nlohmann::json r = rect(ui, name);
        REQUIRE_FALSE(r.is_null());
        CHECK(r["height"].get<float>() >= 48);
        CHECK(r["width"].get<float>() >= 48);
    };
    for (const char* name : {"plans", "new-plan", "undo", "redo", "language", "present", "settings", "view:outline",
                             "view:map", "add-objective"})
        atLeast48(name);
    const std::string goal = ui.app.plan().goals.front().id;
    atLeast48("edit:" + goal);
    REQUIRE(ui.click("settings"));
    for (const char* name : {"theme:light", "theme:high_contrast", "present-theme:dark", "scale:75", "scale:250"}) atLeast48(name);
    ui.press(ImGuiKey_Escape);
    REQUIRE(ui.click("edit:" + goal));
    atLeast48("field:title");
    atLeast48("close-editor");
    const Plan& plan = ui.app.plan();
    const auto tactic = std::find_if(plan.tactics.begin(), plan.tactics.end(), [&](const Tactic& t) { return t.goalId == goal; });
    REQUIRE(tactic != plan.tactics.end());
    atLeast48("tactic-value:" + tactic->id + ":1");
    REQUIRE(ui.click("view:tasks"));
    ui.frames(3);
    for (const Task& task : plan.tasks) {
        if (!rect(ui, "task-done:" + task.id).is_null()) {
            atLeast48("task-done:" + task.id);
            break;
        }
    }
}
