// The view registry (app/view_registry.h) and the frame's intents: every view has its row, the
// tabs keep their order, and everything one frame asked for is done.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/view_registry.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("every view has its row, and the tabs are the rows with a label, in their order") {
    const ViewRegistry views;
    for (ui::ViewId id : {ui::ViewId::outline, ui::ViewId::matrix, ui::ViewId::tasks, ui::ViewId::tracking,
                          ui::ViewId::map, ui::ViewId::voting, ui::ViewId::workshop})
        CHECK(views.row(id).info.id == id);
    std::vector<std::string> tabs;
    for (const ui::ViewInfo& tab : views.tabs()) tabs.push_back(tab.name);
    CHECK(tabs == std::vector<std::string>{"outline", "matrix", "tasks", "tracking", "map", "workshop"});
}

TEST_CASE("two intents from one frame both take effect: the field's text is kept and the plan's name opens its editor") {
    UiHarness ui;
    // A narrow window: the header's plan name is an item of its own (it opens the business context).
    ImGui::GetIO().DisplaySize = ImVec2(600, 900);
    const std::string id = ui.app.plan().goals.at(0).id;
    ui.app.editGoal(id);
    ui.frames(3);
    REQUIRE(ui.click("field:scope"));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("Old town");
    // The name reacts to the press, and the same press lets the field go: in that one frame the
    // header asks for the context editor and the goal editor for its edit. Before a frame kept
    // only its last intent, the edit, and the context editor never opened.
    REQUIRE(ui.click("plan-name"));
    CHECK(ui.app.plan().findGoal(id)->scope == "Old town");
    CHECK(ui.rectOf("field:channels:tiktok").found);  // the context editor
    CHECK_FALSE(ui.rectOf("field:scope").found);      // in place of the goal's
}
