#include <doctest/doctest.h>
#include <set>

#include "core/export/export_file.h"
#include "core/plan/example_plans.h"

using namespace waymark;

TEST_CASE("file names are made from the plan's name, safely") {
    CHECK(fileSlug("Ristorante Lucia: Q1 2027") == "ristorante-lucia-q1-2027");
    CHECK(fileSlug("  ../../etc/passwd  ") == "etc-passwd");
    CHECK(fileSlug("Café München") == "café-münchen");
    CHECK(fileSlug("\x1b[31mred\t\r\n") == "31mred");
    CHECK(fileSlug("") == "plan");
    CHECK(fileSlug("???") == "plan");
    // Long names stop at 60 bytes, never inside a character.
    std::string longName;
    for (int i = 0; i < 40; ++i) longName += "ü";
    const std::string slug = fileSlug(longName);
    CHECK(slug.size() <= 60);
    CHECK(slug.size() % 2 == 0);
    CHECK(fileSlug(std::string(200, 'a')).size() == 60);
}

TEST_CASE("every export kind has a file name, a type and content of its own") {
    const Plan plan = *loadTemplate("restaurant");
    const Strings strings = Strings::load("en");
    const Date today{2026, 11, 29};
    const std::string slug = fileSlug(plan.name);
    CHECK(makeExport(plan, ExportKind::tasks_csv, strings, today).fileName == slug + "-tasks-2026-11-29.csv");
    CHECK(makeExport(plan, ExportKind::calendar, strings, today).fileName == slug + "-2026-11-29.ics");
    CHECK(makeExport(plan, ExportKind::report, strings, today).fileName == slug + "-report-2026-11-29.md");
    std::set<std::string> names, texts;
    for (ExportKind kind : kExportKinds) {
        const ExportFile file = makeExport(plan, kind, strings, today);
        CAPTURE(name(kind));
        CHECK(names.insert(file.fileName).second);
        CHECK(texts.insert(file.text).second);
        CHECK(file.mimeType.find("charset=utf-8") != std::string::npos);
    }
    CHECK(makeExport(plan, ExportKind::calendar, strings, today).text.rfind("BEGIN:VCALENDAR", 0) == 0);
    CHECK(makeExport(plan, ExportKind::goals_csv, strings, today).text.rfind("\xEF\xBB\xBF", 0) == 0);
}
