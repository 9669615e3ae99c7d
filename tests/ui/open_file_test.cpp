// Plans that arrive from outside (picker, drop, paste, share link) come in as new plans.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("a file with the open plan's id arrives as a new plan under a new id") {
    UiHarness ui;
    Plan same = ui.app.plan();
    same.name = "Same id, other content";
    ui.app.openFile("copy.json", serializePlanDocument(same));
    CHECK(ui.app.plan().name == "Same id, other content");
    CHECK(ui.app.plan().id == same.id + "-2");
}

TEST_CASE("a file with a stored plan's id does not take that id") {
    UiHarness ui;
    const Plan software = *loadTemplate("software");
    ui.app.openFile("software.json", serializePlanDocument(software), {"other", software.id, software.id + "-2"});
    CHECK(ui.app.plan().id == software.id + "-3");
    Plan expected = software;
    expected.id = software.id + "-3";
    CHECK(ui.app.plan() == expected);
}

TEST_CASE("a refused file's notice reaches the screen-reader mirror and is announced once per refusal") {
    UiHarness ui;
    ui.frames(2);
    const size_t announcedBefore = ui.reader.announcements.size();
    ui.app.openFile("holiday.jpg", "\xff\xd8\xff\xe0 not json");
    ui.frames(3);
    const std::string notice = ui.app.notice();
    REQUIRE(notice.rfind("Could not open “holiday.jpg”: ", 0) == 0);
    // In the mirror once, right after the plan's name, as the banner shows it once.
    const auto times = std::count_if(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                                     [&](const platform::MirrorNode& n) { return n.text == notice; });
    CHECK(times == 1);
    REQUIRE(ui.reader.nodes.size() > 1);
    CHECK(ui.reader.nodes[1].text == notice);
    REQUIRE(ui.reader.announcements.size() == announcedBefore + 1);  // said once, not every frame
    CHECK(ui.reader.announcements.back() == notice);
    // The same file dropped again: the same words, said again (the user did something).
    ui.app.openFile("holiday.jpg", "\xff\xd8\xff\xe0 not json");
    ui.frames(3);
    CHECK(ui.reader.announcements.size() == announcedBefore + 2);
}
