// The header's export menu: every kind of file downloads under a name made of the plan and the day.
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("each entry of the export menu downloads its file, named by the plan and the day") {
    UiHarness ui;
    const std::string slug = fileSlug(ui.app.plan().name);
    REQUIRE(slug != "plan");
    for (ExportKind kind : kExportKinds) {
        CAPTURE(name(kind));
        if (kind == ExportKind::summary_print) continue;  // printed, not downloaded: the next test
        const size_t before = ui.page.downloads.size();
        REQUIRE(ui.click("export"));
        REQUIRE(ui.click(std::string("export:") + name(kind)));
        REQUIRE(ui.page.downloads.size() == before + 1);
        const auto& file = ui.page.downloads.back();
        const ExportFile expected = makeExport(ui.app.plan(), kind, Strings::load("en"), Date{2026, 11, 23});
        CHECK(file.name == expected.fileName);
        CHECK(file.name.rfind(slug + "-", 0) == 0);
        CHECK(file.name.find("2026-11-23") != std::string::npos);
        CHECK(file.mime == expected.mimeType);
        CHECK(file.text == expected.text);
        CHECK_FALSE(file.text.empty());
    }
    // Exporting changes nothing: no undo step, nothing to save.
    CHECK_FALSE(ui.app.history().unsaved());
}

TEST_CASE("CSV tables follow the language's spreadsheet style until the user picks one") {
    UiHarness ui;
    ui.app.setLanguage("de");
    ui.frames(2);
    REQUIRE(ui.click("export"));
    REQUIRE(ui.click("export:goals_csv"));
    const auto semicolons = ui.page.downloads.back().text;
    CHECK(semicolons == makeExport(ui.app.plan(), ExportKind::goals_csv, Strings::load("de"), Date{2026, 11, 23}, kSemicolonCsv).text);
    CHECK(semicolons.find(';') != std::string::npos);
    // Picking commas keeps the menu open, and the next table uses them.
    REQUIRE(ui.click("export"));
    REQUIRE(ui.click("csv:comma"));
    REQUIRE(ui.click("export:goals_csv"));
    CHECK(ui.page.downloads.back().text ==
          makeExport(ui.app.plan(), ExportKind::goals_csv, Strings::load("de"), Date{2026, 11, 23}, kCommaCsv).text);
}

TEST_CASE("print workshop summary hands the printable page to the browser's print, not to a download") {
    UiHarness ui;
    REQUIRE(ui.click("export"));
    REQUIRE(ui.click("export:summary_print"));
    REQUIRE(ui.page.printed.size() == 1);
    CHECK(ui.page.downloads.empty());
    CHECK(ui.page.printed[0] == makeExport(ui.app.plan(), ExportKind::summary_print, Strings::load("en"), Date{2026, 11, 23}).text);
    CHECK_FALSE(ui.app.history().unsaved());
}
