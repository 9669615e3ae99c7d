// A plan from a share link: checked, then offered in the app's own dialog, opened as a new plan
// only when the user says so; "Not now" keeps the offer in a banner. Links that cannot be read
// get a plain message, not a JSON parser's.
#include <doctest/doctest.h>

#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using platform::SharedLinkRead;
using waymark::test::UiHarness;

namespace {
bool shown(UiHarness& ui, const std::string& item) { return !ui.app.itemRect(item).empty(); }
int openRequests(const UiHarness& ui) {
    return static_cast<int>(std::count(ui.library.calls.begin(), ui.library.calls.end(), "open-shared"));
}
}  // namespace

TEST_CASE("a shared plan is offered with its name and size, and opens as a new plan when the user says so") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    Plan shared = *loadTemplate("software");
    shared.id = before.id;  // the same id as the open plan: it must not take it
    const std::string text = serializePlanDocument(shared);
    ui.app.sharedPlanRead(text, SharedLinkRead::ok);
    ui.frames(3);
    REQUIRE(shown(ui, "shared-plan-open"));
    CHECK(ui.app.plan() == before);  // nothing opens before the answer

    REQUIRE(ui.click("shared-plan-open"));
    CHECK(openRequests(ui) == 1);        // the page saves the open plan first, then lets it in
    CHECK(ui.app.plan() == before);
    ui.app.sharedPlanMayOpen({"other-plan", before.id + "-2"});
    ui.frames(3);
    CHECK(ui.app.plan().name == shared.name);
    CHECK(ui.app.plan().id == before.id + "-3");
    CHECK(ui.app.notice() == "Opened the shared plan “" + shared.name + "” as a new plan.");
    CHECK_FALSE(shown(ui, "shared-plan-open"));
    ui.app.undo();  // one undoable step, as any opened file
    CHECK(ui.app.plan() == before);
}

TEST_CASE("the offer names the plan's contents and size in the user's language") {
    Plan shared = *loadTemplate("software");
    const ui::SharedPlanOffer offer{shared.name, shared.objectives.size(), 1, 0, 2, 48 * 1024};
    CHECK(ui::describeOffer(offer, Strings::load("en")) ==
          "This link carries the plan “" + shared.name + "”: " + std::to_string(shared.objectives.size()) +
              " objectives, 1 goal, 0 tactics and 2 tasks (48 KB).");
    const ui::SharedPlanOffer big{std::string(20000, 'x'), 1, 100000, 0, 0, 19 * 1024 * 1024 + 1};
    const std::string german = ui::describeOffer(big, Strings::load("de"));
    CHECK(german.find("100.000 Ziele") != std::string::npos);
    CHECK(german.find("(19,1 MB)") != std::string::npos);
    CHECK(german.size() < 400);  // a 20,000-character name is quoted as an excerpt
}

TEST_CASE("Not now keeps the offer in a banner, and the mirror says so; it opens from there") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    ui.app.sharedPlanRead(serializePlanDocument(*loadTemplate("software")), SharedLinkRead::ok);
    ui.frames(3);
    const auto mirrored = [&](const std::string& start) {
        return std::any_of(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                           [&](const platform::MirrorNode& n) { return n.text.rfind(start, 0) == 0; });
    };
    CHECK(mirrored("Open a shared plan? This link carries the plan"));
    REQUIRE_FALSE(ui.reader.announcements.empty());
    CHECK(ui.reader.announcements.back().rfind("Open a shared plan? This link carries the plan", 0) == 0);
    REQUIRE(ui.click("shared-plan-later"));
    ui.frames(5);  // the banner measures itself, as the page's frames after a change do
    CHECK_FALSE(shown(ui, "shared-plan-open"));
    REQUIRE(shown(ui, "shared-plan-banner-open"));
    CHECK(mirrored("This link carries the plan"));
    CHECK(openRequests(ui) == 0);
    CHECK(ui.app.plan() == before);

    REQUIRE(ui.click("shared-plan-banner-open"));
    CHECK(openRequests(ui) == 1);
}

TEST_CASE("a forgotten offer is gone, and a late answer for it opens nothing") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    ui.app.sharedPlanRead(serializePlanDocument(*loadTemplate("software")), SharedLinkRead::ok);
    ui.frames(3);
    REQUIRE(ui.click("shared-plan-later"));
    ui.frames(5);
    REQUIRE(ui.click("shared-plan-banner-forget"));
    ui.frames(5);
    CHECK_FALSE(shown(ui, "shared-plan-banner-open"));
    ui.app.sharedPlanMayOpen({});
    CHECK(ui.app.plan() == before);
}

TEST_CASE("Escape in the dialog is Not now") {
    UiHarness ui;
    ui.app.sharedPlanRead(serializePlanDocument(*loadTemplate("software")), SharedLinkRead::ok);
    ui.frames(3);
    REQUIRE(shown(ui, "shared-plan-open"));
    ui.press(ImGuiKey_Escape);
    ui.frames(5);
    CHECK_FALSE(shown(ui, "shared-plan-open"));
    CHECK(shown(ui, "shared-plan-banner-open"));
}

TEST_CASE("a cut, garbled or oversized link gets a plain message and changes nothing") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    const std::string incomplete = "This share link is incomplete or damaged, so its plan could not be read. Chat apps "
                                   "sometimes cut long links: ask for the link again, or for the plan as a file. Your "
                                   "plans are unchanged.";
    ui.app.sharedPlanRead("", SharedLinkRead::incomplete);
    CHECK(ui.app.notice() == incomplete);
    // Inflated, but not the whole file: not "line 1, column 40: ..." from the JSON parser.
    const std::string text = serializePlanDocument(*loadTemplate("software"));
    ui.app.sharedPlanRead(text.substr(0, text.size() / 2), SharedLinkRead::ok);
    CHECK(ui.app.notice() == incomplete);
    ui.app.sharedPlanRead("\x89garbage\xff", SharedLinkRead::ok);
    CHECK(ui.app.notice() == incomplete);
    ui.app.sharedPlanRead("", SharedLinkRead::too_large);
    CHECK(ui.app.notice() == "This share link’s plan would be larger than the 32 MB a plan file may have, so it was "
                             "not opened. Your plans are unchanged.");
    // A whole file that is not a valid plan says what is wrong with it.
    ui.app.sharedPlanRead(R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","deadline":"soon"}]}})",
                          SharedLinkRead::ok);
    CHECK(ui.app.notice() == "The plan in this share link could not be opened: plan.goals[0].deadline: not a date "
                             "(YYYY-MM-DD). Your plans are unchanged.");
    ui.frames(3);
    CHECK_FALSE(shown(ui, "shared-plan-open"));
    CHECK(ui.app.plan() == before);
    CHECK(openRequests(ui) == 0);
}

TEST_CASE("a share link with more goals than the big plan's scale is refused by its count, before anything is asked") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    Plan big;
    big.id = "big";
    for (int i = 0; i < 1001; ++i) {
        Goal goal;
        goal.id = "g" + std::to_string(i);
        big.goals.push_back(goal);
    }
    ui.app.sharedPlanRead(serializePlanDocument(big), SharedLinkRead::ok);
    CHECK(ui.app.notice() == "This share link’s plan has 1,001 goals, more than the 1,000 a share link may bring: a plan "
                             "that large slows down every start of Waymark. It was not opened; your plans are unchanged.");
    ui.frames(3);
    CHECK_FALSE(shown(ui, "shared-plan-open"));
    CHECK(ui.app.plan() == before);
}
