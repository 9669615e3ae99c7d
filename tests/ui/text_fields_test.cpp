// Text that survives its field (issue 21): every field holds what the plan format allows (10,000
// characters, emoji and other characters beyond U+FFFF included), an edit keeps every character
// the user did not touch, and focusing and leaving a field changes nothing. Driven with
// 3,000-character titles mixing umlauts, Indonesian and emoji through every kind of field.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <string_view>

#include "core/method/plan_load.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

size_t characters(const std::string& s) {
    size_t count = 0;
    for (unsigned char c : s) count += (c & 0xC0) != 0x80;
    return count;
}

// `count` characters of German, Indonesian and emoji (four-byte UTF-8, beyond U+FFFF), tagged so
// two fields never hold the same text.
std::string mixedText(std::string_view tag, size_t count = 3000) {
    const std::string pieces[] = {"Grüße aus Köln, Öffnungszeiten für Straßenfeste ", "🚀 ",
                                  "Selamat datang, terima kasih atas ulasan Anda ", "🎉👩‍🍳 ", std::string(tag) + " "};
    std::string text;
    for (size_t i = 0; characters(text) <= count; ++i) text += pieces[i % std::size(pieces)];
    size_t seen = 0, end = 0;  // cut where character count + 1 starts
    for (; end < text.size(); ++end)
        if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && seen++ == count) break;
    return text.substr(0, end);
}

// The sample plan with 3,000-character texts where users write the most: a goal's, an
// objective's, a tactic's and a task's title, the plan's name and a check-in's note.
struct LongPlan {
    std::string file;
    Plan plan;
};
LongPlan longPlan() {
    Plan plan = *loadTemplate("restaurant", "en");
    plan.name = mixedText("plan");
    plan.findGoal("local-followers")->title = mixedText("goal");
    plan.findObjective("local-audience")->title = mixedText("objective");
    plan.findTactic("local-boost")->title = mixedText("tactic");
    plan.findTask("weekly-boost")->title = mixedText("task");
    plan.checkins.at(5).note = mixedText("note");
    return {serializePlanDocument(plan), plan};
}

// Where a field is and what it holds, for the cases below.
struct FieldCase {
    const char* name;
    std::function<void(UiHarness&)> open;       // brings the field on screen
    std::string field;                           // its itemRect name
    std::function<std::string(const Plan&)> value;
    bool leavingCommits = true;                  // a check-in row commits on Enter only
};

std::vector<FieldCase> fieldCases() {
    return {
        {"rename a goal", [](UiHarness& ui) { REQUIRE(ui.click("rename:local-followers")); }, "",
         [](const Plan& p) { return p.findGoal("local-followers")->title; }},
        {"rename an objective", [](UiHarness& ui) { REQUIRE(ui.click("rename:local-audience")); }, "",
         [](const Plan& p) { return p.findObjective("local-audience")->title; }},
        {"the goal editor's title", [](UiHarness& ui) { REQUIRE(ui.click("edit:local-followers")); }, "field:title",
         [](const Plan& p) { return p.findGoal("local-followers")->title; }},
        {"the objective editor's title", [](UiHarness& ui) { REQUIRE(ui.click("edit:local-audience")); }, "field:title",
         [](const Plan& p) { return p.findObjective("local-audience")->title; }},
        {"the plan's name", [](UiHarness& ui) { REQUIRE(ui.click("context")); }, "field:name",
         [](const Plan& p) { return p.name; }},
        {"a tactic's title", [](UiHarness& ui) { REQUIRE(ui.click("edit:local-followers")); }, "field:tactic-title:local-boost",
         [](const Plan& p) { return p.findTactic("local-boost")->title; }},
        {"a task's title",
         [](UiHarness& ui) {
             REQUIRE(ui.click("view:tasks"));
             REQUIRE(ui.click("task:weekly-boost"));
         },
         "field:task.title", [](const Plan& p) { return p.findTask("weekly-boost")->title; }},
        {"a check-in's note",
         [](UiHarness& ui) {
             REQUIRE(ui.click("view:tracking"));
             REQUIRE(ui.click("goal-row:local-followers"));
             REQUIRE(ui.click("checkin-edit:5"));
         },
         "checkin-field:note", [](const Plan& p) { return p.checkins.at(5).note; }, false},
    };
}

// A window tall enough for 3,000-character titles and the fields below them.
void tallWindow(UiHarness& ui) {
    ImGui::GetIO().DisplaySize = ImVec2(1600, 9000);
    ui.frames(5);
}

// Clicks somewhere that is no field: the header's saved indicator.
void clickAway(UiHarness& ui) { REQUIRE(ui.click("saved-state")); }

}  // namespace

TEST_CASE("the long texts are what the test says: 3,000 characters with emoji beyond U+FFFF") {
    const std::string text = mixedText("goal");
    CHECK(characters(text) == 3000);
    CHECK(text.find("🚀") != std::string::npos);
    CHECK(text.size() > 3000);  // umlauts and emoji take several bytes each
    CHECK(loadPlanFile(longPlan().file));
}

TEST_CASE("focusing and leaving a field that holds 3,000 characters with emoji changes nothing") {
    for (const FieldCase& c : fieldCases()) {
        for (const bool byEnter : {false, true}) {
            CAPTURE(c.name);
            CAPTURE(byEnter);
            const LongPlan stored = longPlan();
            UiHarness ui(stored.file);
            tallWindow(ui);
            c.open(ui);
            if (!c.field.empty()) REQUIRE(ui.click(c.field));
            ui.frames(3);
            REQUIRE(ImGui::GetIO().WantTextInput);
            if (byEnter) ui.press(ImGuiKey_Enter);
            else clickAway(ui);
            ui.frames(2);
            CHECK(c.value(ui.app.plan()) == c.value(stored.plan));
            CHECK(ui.app.history().undoLabel() == nullptr);  // no step to undo: nothing was edited
            CHECK(ui.app.plan().updated == stored.plan.updated);
        }
    }
}

TEST_CASE("an edit at the end of a 3,000-character text keeps every other character, emoji included") {
    for (const FieldCase& c : fieldCases()) {
        CAPTURE(c.name);
        const LongPlan stored = longPlan();
        UiHarness ui(stored.file);
        tallWindow(ui);
        c.open(ui);
        if (!c.field.empty()) REQUIRE(ui.click(c.field));
        ui.frames(3);
        ui.press(ImGuiKey_End);
        ui.type(" ✓🚀");
        if (c.leavingCommits) clickAway(ui);
        else ui.press(ImGuiKey_Enter);
        CHECK(c.value(ui.app.plan()) == c.value(stored.plan) + " ✓🚀");
        REQUIRE(ui.app.history().undoLabel() != nullptr);
        ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
        CHECK(c.value(ui.app.plan()) == c.value(stored.plan));
    }
}

TEST_CASE("one Backspace in a 3,000-character goal title takes one character, not a thousand") {
    const LongPlan stored = longPlan();
    UiHarness ui(stored.file);
    tallWindow(ui);
    REQUIRE(ui.click("edit:local-followers"));
    REQUIRE(ui.click("field:title"));
    ui.press(ImGuiKey_End);
    ui.press(ImGuiKey_Backspace);
    ui.press(ImGuiKey_Enter);
    // The title without its last character (titles are stored trimmed: a space before it goes too).
    std::string expected = stored.plan.findGoal("local-followers")->title;
    size_t last = expected.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(expected[last]) & 0xC0) == 0x80) --last;
    expected.erase(last);
    while (expected.back() == ' ') expected.pop_back();
    CHECK(ui.app.plan().findGoal("local-followers")->title == expected);
}

TEST_CASE("a check-in's 3,000-character note survives an edit of its value") {
    const LongPlan stored = longPlan();
    UiHarness ui(stored.file);
    tallWindow(ui);
    REQUIRE(ui.click("view:tracking"));
    REQUIRE(ui.click("goal-row:local-followers"));
    REQUIRE(ui.click("checkin-edit:5"));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("433");
    ui.press(ImGuiKey_Enter);
    const Checkin& c = ui.app.plan().checkins.at(5);
    CHECK(c.value == 433);
    CHECK(c.note == stored.plan.checkins.at(5).note);
    CHECK(c.date == stored.plan.checkins.at(5).date);
}

TEST_CASE("a check-in row left as it was keeps a value with more digits than it shows") {
    Plan plan = *loadTemplate("restaurant", "en");
    plan.checkins.at(5).value = 412.123456789;
    UiHarness ui(serializePlanDocument(plan));
    REQUIRE(ui.click("view:tracking"));
    REQUIRE(ui.click("goal-row:local-followers"));
    REQUIRE(ui.click("checkin-edit:5"));
    REQUIRE(ui.click("checkin-field:note"));
    ui.press(ImGuiKey_End);
    ui.type(" (checked)");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().checkins.at(5).note == plan.checkins.at(5).note + " (checked)");
    CHECK(ui.app.plan().checkins.at(5).value == 412.123456789);
}

TEST_CASE("the workshop's add fields take a 3,000-character title with emoji") {
    UiHarness ui;
    REQUIRE(ui.click("view:workshop"));
    const std::string title = mixedText("workshop");
    REQUIRE(ui.click("field:workshop-objective-new"));
    ui.type(title);
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().objectives.back().title == title);
}

TEST_CASE("an emoji typed or pasted into a field is kept, never turned into U+FFFD") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("rename:" + id));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("Reach 10k followers 🚀");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().findGoal(id)->title == "Reach 10k followers 🚀");
    // And it stays when the field is opened and left again.
    REQUIRE(ui.click("rename:" + id));
    clickAway(ui);
    CHECK(ui.app.plan().findGoal(id)->title == "Reach 10k followers 🚀");
    CHECK(ui.app.plan().findGoal(id)->title.find("\xEF\xBF\xBD") == std::string::npos);
}

TEST_CASE("a field keeps at most the 10,000 characters the plan format allows, and the plan still loads") {
    UiHarness ui;
    const std::string id = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("edit:" + id));
    REQUIRE(ui.click("field:title"));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type(mixedText("too long", kMaxTextLength + 50));
    ui.press(ImGuiKey_Enter);
    const std::string& title = ui.app.plan().findGoal(id)->title;
    CHECK(characters(title) == kMaxTextLength);
    CHECK(title == mixedText("too long", kMaxTextLength + 50).substr(0, title.size()));
    CHECK(loadPlanFile(ui.app.exportPlan()));
}
