// The room: the guided workshop presented at 1920x1080. Each step's work can be done without
// leaving presentation mode, the timer covers nothing, and the workshop ends with its summary.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "ui/kit/widgets.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {

nlohmann::json roomRect(const UiHarness& ui, const std::string& name) {
    const std::string text = ui.app.itemRect(name);
    return text.empty() ? nlohmann::json() : nlohmann::json::parse(text);
}

bool roomOverlap(const nlohmann::json& a, const nlohmann::json& b) {
    const auto x = [](const nlohmann::json& r) { return r["x"].get<float>(); };
    const auto y = [](const nlohmann::json& r) { return r["y"].get<float>(); };
    const auto w = [](const nlohmann::json& r) { return r["width"].get<float>(); };
    const auto h = [](const nlohmann::json& r) { return r["height"].get<float>(); };
    return x(a) < x(b) + w(b) && x(b) < x(a) + w(a) && y(a) < y(b) + h(b) && y(b) < y(a) + h(a);
}

// The sample plan presented on a 1920x1080 projector, on the workshop's step n.
void roomPresentStep(UiHarness& ui, int step) {
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ui.frames(2);
    REQUIRE(ui.click("view:workshop"));
    ui.app.setPresenting(true);
    ui.frames(6);
    REQUIRE(ui.click("workshop-step:" + std::to_string(step)));
}

}  // namespace

TEST_CASE("presenting, make SMART opens the goal's editor in the presentation's size; Close goes back to the step") {
    UiHarness ui;
    roomPresentStep(ui, 3);
    const std::string goal = ui.app.plan().goals.front().id;
    REQUIRE(ui.click("workshop-focus:" + goal));
    CHECK(ui.app.presenting());
    const auto title = roomRect(ui, "field:title");
    REQUIRE(title.is_object());
    CHECK(title["height"].get<float>() >= 28);  // the presentation's text, not the desk's
    REQUIRE(ui.click("close-editor"));
    CHECK(roomRect(ui, "field:title").is_null());
    CHECK(roomRect(ui, "workshop-focus:" + goal).is_object());
    CHECK(ui.app.presenting());
}

TEST_CASE("presenting, the timer covers nothing of the step: the grid, the ranked list, what is missing") {
    UiHarness ui;
    roomPresentStep(ui, 6);
    REQUIRE(ui.click("workshop-timer"));
    const auto card = roomRect(ui, "timer-card");
    REQUIRE(card.is_object());
    CHECK(roomRect(ui, "timer-digits")["height"].get<float>() >= 0.08f * 1080);  // read from the back of the room
    std::vector<std::string> names{"matrix", "workshop-missing", "workshop-done", "workshop-questions"};
    for (const Tactic& t : ui.app.plan().tactics) names.push_back("rank:" + t.id);
    int seen = 0;
    for (const std::string& name : names) {
        const auto r = roomRect(ui, name);
        if (r.is_null()) continue;
        ++seen;
        CHECK_MESSAGE(!roomOverlap(card, r), name);
    }
    CHECK(seen >= 3);
}

TEST_CASE("presenting, the owners step shows each task's owner and date on a line of their own") {
    UiHarness ui;
    roomPresentStep(ui, 7);
    const Task& task = ui.app.plan().tasks.front();
    const auto row = roomRect(ui, "task:" + task.id);
    REQUIRE(row.is_object());
    CHECK(row["height"].get<float>() >= 2 * ImGui::GetTextLineHeight());
}

TEST_CASE("presenting, the last step offers the workshop's summary to print and as Markdown") {
    UiHarness ui;
    roomPresentStep(ui, 8);
    REQUIRE(ui.click("workshop-print"));
    CHECK(ui.page.printed.size() == 1);
    REQUIRE(ui.click("workshop-summary-md"));
    REQUIRE(ui.page.downloads.size() == 1);
    CHECK(ui.page.downloads.back().name.ends_with(".md"));
    CHECK(ui.app.presenting());
}

TEST_CASE("a title wraps by words into the lines given, the last one ending in an ellipsis") {
    UiHarness ui;
    const float width = ImGui::CalcTextSize("QR-Karten auf").x + 1;
    CHECK(ui::wrapText("QR-Karten auf den Tischen", width, 2) == std::vector<std::string>{"QR-Karten auf", "den Tischen"});
    const std::vector<std::string> cut = ui::wrapText("QR-Karten auf den Tischen im Gastraum", width, 2);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0] == "QR-Karten auf");
    CHECK(cut[1].ends_with("\u2026"));
    CHECK(ui::wrapText("", width, 2) == std::vector<std::string>{""});
}

TEST_CASE("presenting, the prioritise step's grid shows every tactic, never a cut title or a bare count") {
    UiHarness ui;
    roomPresentStep(ui, 6);
    int shown = 0;
    for (const Tactic& t : ui.app.plan().tactics) {
        if (!t.value || !t.complexity) continue;
        CAPTURE(t.id);
        if (!roomRect(ui, "tactic:" + t.id).is_null()) {
            ++shown;
            continue;
        }
        // Not shown: its cell says how many more and pages to them.
        CHECK(roomRect(ui, "matrix-more:" + std::to_string(*t.complexity) + ":" + std::to_string(*t.value)).is_object());
    }
    CHECK(shown >= 5);
}
