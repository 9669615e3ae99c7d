// The outline of objectives and goals, driven like a user would: clicks, typing, keys.
#include <doctest/doctest.h>

#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("adding an objective opens its title for typing, and Enter keeps what was typed") {
    UiHarness ui;
    const size_t before = ui.app.plan().objectives.size();
    REQUIRE(ui.click("add-objective"));
    REQUIRE(ui.app.plan().objectives.size() == before + 1);
    ui.frames(2);
    CHECK(ImGui::GetIO().WantTextInput);
    ui.type("Open a second location");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().objectives.back().title == "Open a second location");
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
}

TEST_CASE("adding a goal puts it under its objective, ready to be named") {
    UiHarness ui;
    const std::string objective = ui.app.plan().objectives.front().id;
    REQUIRE(ui.click("add-goal:" + objective));
    ui.frames(2);
    ui.type("Reach 500 locals");
    ui.press(ImGuiKey_Enter);
    const Goal& added = ui.app.plan().goals.back();
    CHECK(added.objectiveId == objective);
    CHECK(added.title == "Reach 500 locals");
}

TEST_CASE("renaming an existing goal takes the keyboard at once") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("rename:" + id));
    ui.frames(1);
    CHECK(ImGui::GetIO().WantTextInput);
    ui.type("Reviews from happy guests");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().findGoal(id)->title == "Reviews from happy guests");
}

TEST_CASE("Escape leaves a rename without changing the title") {
    UiHarness ui;
    const Objective original = ui.app.plan().objectives.front();
    REQUIRE(ui.click("rename:" + original.id));
    ui.type("Something else");
    ui.press(ImGuiKey_Escape);
    CHECK(ui.app.plan().objectives.front().title == original.title);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
}

TEST_CASE("deleting a goal asks first, and Cancel keeps it") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    const size_t goals = ui.app.plan().goals.size();
    REQUIRE(ui.click("delete:" + id));
    CHECK(ui.app.plan().goals.size() == goals);  // only asked so far
    ui.press(ImGuiKey_Escape);
    CHECK(ui.app.plan().findGoal(id));
    REQUIRE(ui.click("delete:" + id));
    REQUIRE(ui.click("confirm-delete"));
    CHECK(ui.app.plan().goals.size() == goals - 1);
    CHECK_FALSE(ui.app.plan().findGoal(id));
}

TEST_CASE("deleting an objective keeps its goals, now serving no objective") {
    UiHarness ui;
    const std::string id = ui.app.plan().objectives.front().id;
    size_t served = 0;
    for (const Goal& g : ui.app.plan().goals) served += g.objectiveId == id;
    REQUIRE(served > 0);
    const size_t goals = ui.app.plan().goals.size();
    REQUIRE(ui.click("delete:" + id));
    REQUIRE(ui.click("confirm-delete"));
    CHECK_FALSE(ui.app.plan().findObjective(id));
    CHECK(ui.app.plan().goals.size() == goals);
}

TEST_CASE("every edit tells the page the plan changed, so it gets stored") {
    UiHarness ui;
    const size_t before = ui.storage.changes.size();
    REQUIRE(ui.click("add-objective"));
    CHECK(ui.storage.changes.size() == before + 1);
}

TEST_CASE("what is typed right after adding, before the field is ready, is not lost") {
    UiHarness ui;
    ui.app.apply(AddObjective{"New business objective"});
    ui.type("Abc");  // arrives while the new card is still appearing
    ui.frames(6);
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().objectives.back().title == "Abc");
}

TEST_CASE("typing that starts any number of frames after adding is never cut") {
    for (int wait = 0; wait < 8; ++wait) {
        UiHarness ui;
        ui.app.apply(AddObjective{"New business objective"});
        ui.frames(wait);
        ui.type("Abc");
        ui.frames(6);
        ui.press(ImGuiKey_Enter);
        CAPTURE(wait);
        CHECK(ui.app.plan().objectives.back().title == "Abc");
    }
}
