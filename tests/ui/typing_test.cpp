// What the user is typing is work too (issue 21): while a field of the plan holds changed text,
// the app offers the plan with that text committed as a draft (the page stores it, so a crash
// does not lose it) and commits the field as Enter would before the page goes away. And the
// notices the app shows reach the screen-reader mirror and its announcements.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/method/plan_load.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

// The plan the draft holds; fails the test when there is no draft.
Plan draftPlan(const UiHarness& ui) {
    const std::string draft = ui.app.typingDraft();
    REQUIRE_FALSE(draft.empty());
    LoadResult loaded = loadPlanFile(draft);
    REQUIRE(loaded);
    return *loaded.plan;
}

// What the page does before it goes away: commit, then the frames that take the Enter.
bool commit(UiHarness& ui) {
    const bool committed = ui.app.commitTyping();
    ui.frames(3);
    return committed;
}

bool announced(const UiHarness& ui, const std::string& text) {
    return std::any_of(ui.reader.announcements.begin(), ui.reader.announcements.end(),
                       [&](const std::string& a) { return a.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("a rename being typed is a draft of the plan, not yet an edit, and Escape ends it") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    const std::string title = ui.app.plan().goals.front().title;
    REQUIRE(ui.click("rename:" + id));
    CHECK(ui.app.typingDraft().empty());  // the field holds the title as it is: nothing to keep
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    const size_t told = ui.storage.typing.size();
    ui.type("Reviews from happy guests 🍝");
    CHECK(ui.storage.typing.size() > told);  // the storage hears of it, to keep the draft
    CHECK(draftPlan(ui).findGoal(id)->title == "Reviews from happy guests 🍝");
    CHECK(ui.app.plan().findGoal(id)->title == title);
    CHECK(ui.app.history().undoLabel() == nullptr);
    ui.press(ImGuiKey_Escape);
    CHECK(ui.app.typingDraft().empty());
    CHECK(ui.app.plan().findGoal(id)->title == title);
}

TEST_CASE("before the page goes away the field being typed in is committed, as one undo step") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("edit:" + id));
    REQUIRE(ui.click("field:title"));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("Typed, never left");
    CHECK(draftPlan(ui).findGoal(id)->title == "Typed, never left");
    CHECK(commit(ui));
    CHECK(ui.app.plan().findGoal(id)->title == "Typed, never left");
    CHECK(ui.app.typingDraft().empty());
    CHECK_FALSE(ui.app.commitTyping());  // nothing left to commit
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan().findGoal(id)->title != "Typed, never left");
}

TEST_CASE("a field that has the keyboard but holds its value has no draft and nothing to commit") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("edit:" + id));
    REQUIRE(ui.click("field:title"));
    CHECK(ImGui::GetIO().WantTextInput);
    CHECK(ui.app.typingDraft().empty());
    CHECK_FALSE(ui.app.commitTyping());
    CHECK(ui.app.history().undoLabel() == nullptr);
}

TEST_CASE("a refused number has no draft; committing it shows why, and the plan stays") {
    UiHarness ui;
    const Goal goal = ui.app.plan().goals.front();
    REQUIRE(ui.click("edit:" + goal.id));
    REQUIRE(ui.click("field:baseline"));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("about 400");
    CHECK(ui.app.typingDraft().empty());
    CHECK(commit(ui));
    CHECK(ui.app.plan().findGoal(goal.id)->baseline == goal.baseline);
}

TEST_CASE("a new check-in row being typed is a draft, and committing it adds the check-in") {
    UiHarness ui;
    REQUIRE(ui.click("view:tracking"));
    REQUIRE(ui.click("goal-row:local-followers"));
    REQUIRE(ui.click("checkin-add:local-followers"));
    const size_t count = ui.app.plan().checkins.size();
    ui.type("455");
    const Plan drafted = draftPlan(ui);
    REQUIRE(drafted.checkins.size() == count + 1);
    CHECK(drafted.checkins.back().value == 455);
    CHECK(commit(ui));
    REQUIRE(ui.app.plan().checkins.size() == count + 1);
    CHECK(ui.app.plan().checkins.back().value == 455);
}

TEST_CASE("the workshop's objective being typed is a draft, and committing it adds the objective") {
    UiHarness ui;
    REQUIRE(ui.click("view:workshop"));
    const size_t count = ui.app.plan().objectives.size();
    REQUIRE(ui.click("field:workshop-objective-new"));
    ui.type("Open on Sundays");
    CHECK(draftPlan(ui).objectives.back().title == "Open on Sundays");
    CHECK(commit(ui));
    REQUIRE(ui.app.plan().objectives.size() == count + 1);
    CHECK(ui.app.plan().objectives.back().title == "Open on Sundays");
}

TEST_CASE("a tactic being added in the goal editor is committed once, not again when the field is left") {
    UiHarness ui;
    const std::string goal = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("edit:" + goal));
    const size_t count = ui.app.plan().tactics.size();
    REQUIRE(ui.click("field:tactic-new:" + goal));
    ui.type("Stories every morning");
    CHECK(commit(ui));
    CHECK(ui.app.plan().tactics.size() == count + 1);
    REQUIRE(ui.click("saved-state"));
    CHECK(ui.app.plan().tactics.size() == count + 1);
}

TEST_CASE("a refused file's notice is in the screen-reader mirror and announced") {
    UiHarness ui;
    ui.app.openFile("broken.waymark.json", "{\"format\": \"waymark-plan\"");
    ui.frames(5);  // the banner sizes itself to its text over a few frames
    CHECK(ui.mirrorContains("broken.waymark.json"));
    CHECK(announced(ui, "broken.waymark.json"));
    REQUIRE(ui.click("dismiss-notice"));
    CHECK_FALSE(ui.mirrorContains("broken.waymark.json"));
}

TEST_CASE("an unreadable stored plan's notice is in the mirror and announced at start") {
    UiHarness ui("{\"format\": \"waymark-plan\", \"version\": 1, \"plan\": {\"id\": 7}}");
    const std::string notice = Strings::load("en")("notice.stored_plan_unreadable", {{"error", ""}});
    const std::string start = notice.substr(0, notice.find('('));  // before the reason
    CHECK(ui.mirrorContains(start));
    CHECK(announced(ui, start));
}
