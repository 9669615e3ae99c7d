// The tracking view driven as a user would: check-ins typed by keyboard only, refused numbers,
// edits and deletes as undoable steps, and the dashboard sorted and filtered (read back from the
// screen-reader mirror, which lists the rows in the order shown).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {
// The dashboard's rows as the mirror lists them: the items after the "Tracking:" heading, up
// to the next heading.
std::vector<std::string> dashboardRows(const UiHarness& ui) {
    std::vector<std::string> rows;
    bool inside = false;
    for (const platform::MirrorNode& n : ui.reader.nodes) {
        if (n.role == platform::MirrorNode::Role::heading) {
            if (inside) break;
            inside = n.text.rfind("Tracking:", 0) == 0;
            continue;
        }
        if (inside && n.role == platform::MirrorNode::Role::item) rows.push_back(n.text);
    }
    return rows;
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

size_t indexOfCheckin(const Plan& plan, const std::string& goal, Date date) {
    for (size_t i = 0; i < plan.checkins.size(); ++i)
        if (plan.checkins[i].goalId == goal && plan.checkins[i].date == date) return i;
    FAIL("no such check-in");
    return 0;
}

void openTracking(UiHarness& ui, const std::string& goal) {
    REQUIRE(ui.click("view:tracking"));
    REQUIRE(ui.click("goal-row:" + goal));
}
// In a new check-in row, the cursor in its value: back to the date, replaced, then the value and Enter.
void typeDatedRow(UiHarness& ui, const std::string& date, const std::string& value) {
    ui.chord(ImGuiMod_Shift, ImGuiKey_Tab);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type(date);
    ui.press(ImGuiKey_Tab);
    ui.type(value);
    ui.press(ImGuiKey_Enter);
}
}  // namespace

TEST_CASE("a check-in row is typed by keyboard only: Enter adds one step and starts the next row") {
    UiHarness ui;
    openTracking(ui, "local-followers");
    const size_t before = ui.app.plan().checkins.size();
    const size_t steps = ui.app.history().undoSteps();
    REQUIRE(ui.click("checkin-add:local-followers"));
    ui.type("465");
    ui.press(ImGuiKey_Tab);
    ui.type("h");
    ui.press(ImGuiKey_Tab);
    ui.type("The reel was shared again");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().checkins.size() == before + 1);
    CHECK(ui.app.history().undoSteps() == steps + 1);
    const Checkin added = ui.app.plan().checkins.back();
    CHECK(added.goalId == "local-followers");
    CHECK(added.date == Date{2026, 11, 23});  // today in the harness
    CHECK(added.value == 465);
    CHECK(added.confidence == Confidence::high);
    CHECK(added.note == "The reel was shared again");
    // The next row is there with the cursor in its value. A date typed after today is most likely
    // a slip: Enter asks first, the same Enter again keeps it.
    typeDatedRow(ui, "2026-12-23", "480");
    CHECK(ui.app.plan().checkins.size() == before + 1);
    CHECK_FALSE(ui.app.itemRect("checkin-error").empty());  // the question, over the rows
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().checkins.size() == before + 2);
    CHECK(ui.app.plan().checkins.back().date == Date{2026, 12, 23});
    CHECK(ui.app.plan().checkins.back().value == 480);
    CHECK_FALSE(ui.app.plan().checkins.back().confidence);
    CHECK(ui.app.history().undoSteps() == steps + 2);
    // The goal has no rhythm, so its next check-in is due a month on, but that is still to come:
    // the row waits at today, the app never suggests a date it would question.
    ui.type("478");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().checkins.size() == before + 3);
    CHECK(ui.app.plan().checkins.back().date == Date{2026, 11, 23});
    // Typing past check-ins in a row: each next row is dated a month after the one before.
    typeDatedRow(ui, "2026-09-20", "300");
    REQUIRE(ui.app.plan().checkins.size() == before + 4);
    CHECK(ui.app.plan().checkins.back().date == Date{2026, 9, 20});
    ui.type("310");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().checkins.size() == before + 5);
    CHECK(ui.app.plan().checkins.back().date == Date{2026, 10, 20});
    // Escape cancels the third row without a step.
    ui.type("1");
    ui.press(ImGuiKey_Escape);
    CHECK(ui.app.plan().checkins.size() == before + 5);
    CHECK(ui.app.itemRect("checkin-field:value").empty());
    for (int i = 0; i < 5; ++i) ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan().checkins.size() == before);
}

TEST_CASE("the check-in table stays where it is while a row is added, questioned and saved") {
    UiHarness ui;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 1600);  // tall enough that nothing scrolls: a move is a jump
    openTracking(ui, "local-followers");
    // The table starts where the slot of the hint (or the error) above it ends.
    const auto tableTop = [&] {
        const UiHarness::Rect hint = ui.rectOf("checkin-hint");
        REQUIRE(hint.found);
        return hint.y + hint.height;
    };
    const float resting = tableTop();
    REQUIRE(ui.click("checkin-add:local-followers"));
    CHECK(tableTop() == resting);  // the keys' hint takes the intro's place
    typeDatedRow(ui, "2026-12-23", "480");
    REQUIRE_FALSE(ui.app.itemRect("checkin-error").empty());
    CHECK(tableTop() == resting);  // the question about the date takes the hint's place
    ui.press(ImGuiKey_Escape);
    CHECK(tableTop() == resting);
}

TEST_CASE("a bad value, date or confidence is refused with a message naming the field") {
    UiHarness ui;
    openTracking(ui, "google-reviews");
    const size_t before = ui.app.plan().checkins.size();
    REQUIRE(ui.click("checkin-add:google-reviews"));
    ui.type("12x");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().checkins.size() == before);
    CHECK_FALSE(ui.app.itemRect("checkin-error").empty());
    // The cursor is back in the value: fix it and the row goes in.
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("26");
    ui.press(ImGuiKey_Tab);
    ui.type("sure");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().checkins.size() == before);  // "sure" is no confidence
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("m");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.app.plan().checkins.size() == before + 1);
    CHECK(ui.app.plan().checkins.back().value == 26);
    CHECK(ui.app.plan().checkins.back().confidence == Confidence::medium);
    CHECK(ui.app.itemRect("checkin-error").empty());
    // A date that is not one.
    ui.chord(ImGuiMod_Shift, ImGuiKey_Tab);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("2026-13-01");
    ui.press(ImGuiKey_Tab);
    ui.type("30");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().checkins.size() == before + 1);
    CHECK_FALSE(ui.app.itemRect("checkin-error").empty());
}

TEST_CASE("a check-in is edited and deleted by its row, each one undoable step") {
    UiHarness ui;
    openTracking(ui, "local-followers");
    const size_t index = indexOfCheckin(ui.app.plan(), "local-followers", Date{2026, 11, 15});
    const size_t count = ui.app.plan().checkins.size();
    REQUIRE(ui.click("checkin-edit:" + std::to_string(index)));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("433");
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().checkins[index].value == 433);
    CHECK(ui.app.plan().checkins[index].note == "The truffle reel was shared by the neighbourhood group");
    CHECK(editLabelText(*ui.app.history().undoLabel(), Strings::load("en")) == "check-in’s value");
    REQUIRE(ui.click("checkin-delete:" + std::to_string(index)));
    CHECK(ui.app.plan().checkins.size() == count - 1);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan().checkins.size() == count);
    CHECK(ui.app.plan().checkins[index].value == 433);
}

TEST_CASE("the dashboard sorts by a column and filters by status, owner and objective") {
    UiHarness ui;
    REQUIRE(ui.click("view:tracking"));
    std::vector<std::string> rows = dashboardRows(ui);
    REQUIRE(rows.size() == ui.app.plan().goals.size());
    REQUIRE(ui.click("sort:goal"));
    rows = dashboardRows(ui);
    REQUIRE(rows.size() == 6);
    CHECK(startsWith(rows.front(), "Answer every comment"));
    CHECK(startsWith(rows.back(), "Show the people behind our kitchen"));
    REQUIRE(ui.click("sort:goal"));  // again: descending
    rows = dashboardRows(ui);
    CHECK(startsWith(rows.front(), "Show the people behind our kitchen"));
    REQUIRE(ui.click("sort:deadline"));
    rows = dashboardRows(ui);
    CHECK(startsWith(rows.front(), "Grow our Facebook page"));  // 2026-12-01, the earliest

    REQUIRE(ui.pick("filter-status", 6));  // On track
    rows = dashboardRows(ui);
    REQUIRE_FALSE(rows.empty());
    CHECK(rows.size() < 6);
    for (const std::string& r : rows) CHECK(r.find(". On track.") != std::string::npos);
    REQUIRE(ui.pick("filter-status", 0));
    REQUIRE(ui.pick("filter-owner", 1));  // Luca
    rows = dashboardRows(ui);
    REQUIRE_FALSE(rows.empty());
    for (const std::string& r : rows) CHECK(r.find("Luca") != std::string::npos);
    CHECK(rows.size() < 6);
    REQUIRE(ui.pick("filter-owner", 0));
    const size_t objectives = ui.app.plan().objectives.size();
    REQUIRE(ui.pick("filter-objective", static_cast<int>(objectives) + 1));  // serving no objective
    CHECK(dashboardRows(ui).empty());
}

TEST_CASE("the goal editor opens the tracking view on its goal, and a row's double-click opens the editor") {
    UiHarness ui;
    REQUIRE(ui.click("edit:google-reviews"));
    REQUIRE(ui.click("goal-checkins:google-reviews"));
    CHECK(ui.scrollTo("checkin-add:google-reviews"));
    bool described = false;
    for (const platform::MirrorNode& n : ui.reader.nodes) described = described || startsWith(n.text, "Chart of Grow our Google reviews");
    CHECK(described);
    REQUIRE(ui.click("tracking-edit:google-reviews"));
    CHECK_FALSE(ui.app.itemRect("close-editor").empty());
}

namespace {
// A plan of `goals` tracked goals with 100 check-ins each.
Plan trackedPlan(int goals) {
    Plan plan;
    plan.id = "big";
    plan.name = "Big";
    plan.created = Date{2026, 1, 1};
    for (int g = 0; g < goals; ++g) {
        Goal goal;
        goal.id = "g" + std::to_string(g);
        goal.title = "Goal " + std::to_string(g);
        goal.kpi = "followers";
        goal.baseline = 100;
        goal.target = 200 + g;
        goal.start = Date{2026, 1, 1};
        goal.deadline = Date{2026, 12, 31};
        plan.goals.push_back(goal);
        for (int c = 0; c < 100; ++c)
            plan.checkins.push_back({goal.id, Date{2026, 1, 1}.plusDays(c * 3), 100.0 + c + g % 7, std::nullopt, ""});
    }
    return plan;
}

// The most vertices a frame of the tracking view drew while the mouse moved over it.
int trackingFrameVertices(const Plan& plan) {
    UiHarness ui;
    // Applied as a replacing step: as a file, 100,000 check-ins pass the 8 MB limit.
    ui.app.apply(ReplacePlan{plan, "import"});
    REQUIRE(ui.app.plan().checkins.size() == plan.checkins.size());
    REQUIRE(ui.click("view:tracking"));
    ui.frames(3);
    int most = 0;
    for (int i = 0; i < 30; ++i) {
        ImGui::GetIO().AddMousePosEvent(400.0f + static_cast<float>(i % 10) * 20, 300.0f);
        ui.frames(1);
        most = std::max(most, ui.verticesDrawn());
    }
    CHECK(dashboardRows(ui).size() == plan.goals.size());  // the mirror lists every goal
    return most;
}
}  // namespace

// Its frame time with the big plan is measured by bench/views.sh (waymark_frame_bench).
TEST_CASE("1,000 goals and 100,000 check-ins: a frame draws the rows on screen, as with 100 goals") {
    const int hundred = trackingFrameVertices(trackedPlan(100));
    const int thousand = trackingFrameVertices(trackedPlan(1000));
    MESSAGE("vertices a frame of the tracking view: 100 goals " << hundred << ", 1,000 goals " << thousand);
    CHECK(thousand <= hundred + hundred / 10);  // a screenful either way; ten times as many if every row were drawn
}
