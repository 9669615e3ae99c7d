// Plans that arrive from outside (picker, drop, paste, share link) come in as new plans.
#include <doctest/doctest.h>

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
