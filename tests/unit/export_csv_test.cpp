#include <doctest/doctest.h>

#include <string>

#include "core/export/csv.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::d;
// Splits a CSV file body (BOM removed) into its CRLF-ended records.
std::vector<std::string> records(const std::string& csv) {
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    std::vector<std::string> out;
    size_t from = 3;
    bool quoted = false;
    for (size_t i = from; i < csv.size(); ++i) {
        if (csv[i] == '"') quoted = !quoted;
        if (!quoted && csv[i] == '\r') {
            REQUIRE(i + 1 < csv.size());
            CHECK(csv[i + 1] == '\n');
            out.push_back(csv.substr(from, i - from));
            from = i + 2;
            ++i;
        }
    }
    CHECK(from == csv.size());  // the last record ends in CRLF too
    return out;
}

Plan samplePlan() {
    Plan plan;
    plan.id = "p";
    plan.objectives.push_back({"o1", "Grow, \"fast\"", ObjectiveKind::business, std::nullopt, std::nullopt});
    Goal g;
    g.id = "g1";
    g.objectiveId = "o1";
    g.title = "Mehr Gäste aus München";
    g.kpi = "reply_time_minutes";
    g.baseline = 120;
    g.target = 30;
    g.start = d("2026-10-01");
    g.deadline = d("2026-12-31");
    plan.goals.push_back(g);
    plan.tactics.push_back({"t1", "g1", "=HYPERLINK(\"http://evil\")", 5, 1});
    plan.tactics.push_back({"t2", "g1", "Later", std::nullopt, std::nullopt});
    Task task;
    task.id = "k1";
    task.tacticId = "t1";
    task.title = "Sponsored post";
    task.owners = {"Brian", "Hailley"};
    task.due = d("2026-11-30");
    task.repeat = Repeat{1, RepeatUnit::month, 30, std::nullopt};
    plan.tasks.push_back(task);
    plan.checkins.push_back({"g1", d("2026-11-15"), 150, Confidence::low, "Line 1\nLine 2"});
    plan.checkins.push_back({"g1", d("2026-11-01"), -2.5, std::nullopt, " padded"});
    return plan;
}
}  // namespace

TEST_CASE("CSV cells: RFC 4180 quoting") {
    CHECK(csvCell("plain") == "plain");
    CHECK(csvCell("") == "");
    CHECK(csvCell("a,b") == "\"a,b\"");
    CHECK(csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvCell("two\nlines") == "\"two\nlines\"");
    CHECK(csvCell("cr\r\nlf") == "\"cr\r\nlf\"");
    CHECK(csvCell(" leading") == "\" leading\"");
    CHECK(csvCell("trailing ") == "\"trailing \"");
    CHECK(csvCell("Grüße, Zoë") == "\"Grüße, Zoë\"");
}

TEST_CASE("CSV cells: formulas are defused, numbers stay numbers") {
    CHECK(csvCell("=1+1") == "'=1+1");
    CHECK(csvCell("+49 89 123") == "'+49 89 123");
    CHECK(csvCell("-cmd") == "'-cmd");
    CHECK(csvCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvCell("\tx") == "'\tx");
    CHECK(csvCell("=A1,B1") == "\"'=A1,B1\"");
    CHECK(csvCell("-150") == "-150");
    CHECK(csvCell("-2.5") == "-2.5");
    CHECK(csvCell("-1e+308") == "-1e+308");
    CHECK(csvCell("-") == "'-");
    CHECK(csvCell("-1.") == "'-1.");
    CHECK(csvCell("-1e") == "'-1e");
    CHECK(csvCell("a=b") == "a=b");
}

TEST_CASE("CSV cells: formulas after leading spaces and in full-width forms are defused, in both dialects") {
    for (const CsvDialect dialect : {kCommaCsv, kSemicolonCsv}) {
        CAPTURE(dialect.separator);
        // Some importers trim spaces before they look for "=": the apostrophe goes first.
        CHECK(csvCell(" =1+1", dialect) == "' =1+1");
        CHECK(csvCell("   @SUM(A1)", dialect) == "'   @SUM(A1)");
        CHECK(csvCell("\u00A0+cmd", dialect) == "'\u00A0+cmd");        // no-break space
        CHECK(csvCell("\u3000-cmd", dialect) == "'\u3000-cmd");        // ideographic space
        CHECK(csvCell("\n=1+1", dialect) == "\"'\n=1+1\"");
        // Full-width and small forms, which East Asian input methods type and Excel reads as ASCII.
        CHECK(csvCell("\uFF1D1+1", dialect) == "'\uFF1D1+1");          // ＝
        CHECK(csvCell("\uFF0Bcmd", dialect) == "'\uFF0Bcmd");          // ＋
        CHECK(csvCell("\uFF0D2+3", dialect) == "'\uFF0D2+3");          // －
        CHECK(csvCell("\uFF20SUM(A1)", dialect) == "'\uFF20SUM(A1)");  // ＠
        CHECK(csvCell(" \uFF1DA1", dialect) == "' \uFF1DA1");
        CHECK(csvCell("\uFE66A1", dialect) == "'\uFE66A1");            // ﹦
        // Text that merely holds such a character later on is left alone.
        CHECK(csvCell("Q1 \uFF1D growth", dialect) == "Q1 \uFF1D growth");
        CHECK(csvCell("a = b", dialect) == "a = b");
    }
    // A number stays a number, also after spaces; in each dialect its own decimal mark.
    CHECK(csvCell(" -150") == "\" -150\"");
    CHECK(csvCell("-2.5") == "-2.5");
    CHECK(csvCell("-2,5", kSemicolonCsv) == "-2,5");
    CHECK(csvCell("\uFF0D150") == "'\uFF0D150");  // a full-width minus makes no number
}

TEST_CASE("CSV cells: control characters are left out, and cannot hide a formula") {
    CHECK(csvCell("Bell\x07 and escape\x1B[31m") == "Bell and escape[31m");
    CHECK(csvCell(std::string("nul\0inside", 10)) == "nulinside");
    CHECK(csvCell("del\x7F") == "del");
    CHECK(csvCell("c1\u0085\u009B") == "c1");
    CHECK(csvCell("\x01=1+1") == "'=1+1");
    CHECK(csvCell("\x0B\x0C-cmd", kSemicolonCsv) == "'-cmd");
    CHECK(csvCell("\u0085@A1") == "'@A1");
    // Tabs and line breaks are text and stay (quoted where needed).
    CHECK(csvCell("a\tb") == "a\tb");
    CHECK(csvCell("two\r\nlines") == "\"two\r\nlines\"");
    CHECK(csvCell("Grüße \u00A0é") == "Grüße \u00A0é");  // U+00A0 and é are not C1 controls
}

TEST_CASE("a goals table defuses a title that starts with spaces and a full-width equals sign") {
    Plan plan = samplePlan();
    plan.goals[0].title = "  \uFF1DHYPERLINK(\"http://evil\")";
    plan.goals[0].dataSource = "\x01@cmd";
    for (const CsvDialect dialect : {kCommaCsv, kSemicolonCsv}) {
        const auto rows = records(exportCsv(plan, CsvTable::goals, Strings::load("en"), d("2026-11-23"), dialect));
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].find("\"'  \uFF1DHYPERLINK(\"\"http://evil\"\")\"") != std::string::npos);
        CHECK(rows[1].find(std::string(1, dialect.separator) + "'@cmd" + dialect.separator) != std::string::npos);
        CHECK(rows[1].find(std::string(1, dialect.separator) + "120" + dialect.separator + "30" + dialect.separator) !=
              std::string::npos);
    }
}

TEST_CASE("table names round-trip") {
    for (auto t : {CsvTable::goals, CsvTable::tactics, CsvTable::tasks, CsvTable::checkins})
        CHECK(csvTableFromName(name(t)) == t);
    CHECK_FALSE(csvTableFromName("objectives"));
    CHECK_FALSE(csvTableFromName(""));
}

TEST_CASE("goals table: translated headers, numbers, progress below the baseline") {
    const Strings en = Strings::load("en");
    const auto rows = records(exportCsv(samplePlan(), CsvTable::goals, en, d("2026-11-23")));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].rfind("ID,Objective,Title,Category,KPI", 0) == 0);
    CHECK(rows[0].find("Progress (%),Status") != std::string::npos);
    CHECK(rows[1].find("g1,\"Grow, \"\"fast\"\"\",Mehr Gäste aus München,") == 0);
    CHECK(rows[1].find(",120,30,") != std::string::npos);
    CHECK(rows[1].find(",2026-10-01,2026-12-31,") != std::string::npos);
    // Reply time rose from 120 to 150: -33.3 %, a real negative number, off track.
    CHECK(rows[1].find(",150,2026-11-15,-33.3,Off track") != std::string::npos);
}

TEST_CASE("tactics table is ranked and defuses formulas in titles") {
    const auto rows = records(exportCsv(samplePlan(), CsvTable::tactics, Strings::load("en"), d("2026-11-23")));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "Rank,ID,Goal,Title,Value,Complexity,Quadrant");
    CHECK(rows[1] == "1,t1,Mehr Gäste aus München,\"'=HYPERLINK(\"\"http://evil\"\")\",5,1,Quick win");
    CHECK(rows[2] == "2,t2,Mehr Gäste aus München,Later,,,Not scored yet");
}

TEST_CASE("tasks table: owners, repeat rule and next due date") {
    const auto rows = records(exportCsv(samplePlan(), CsvTable::tasks, Strings::load("en"), d("2026-12-01")));
    REQUIRE(rows.size() == 2);
    // November's post was not ticked off: the task is overdue.
    CHECK(rows[1] == "k1,\"'=HYPERLINK(\"\"http://evil\"\")\",Sponsored post,\"Brian, Hailley\",2026-11-30,monthly on day 30,2026-12-30,no,yes,");
}

TEST_CASE("tasks table: occurrences marked done leave next due and overdue, and are listed") {
    Plan plan = samplePlan();
    plan.tasks[0].doneDates = {d("2026-11-30"), d("2026-12-30")};
    const auto rows = records(exportCsv(plan, CsvTable::tasks, Strings::load("en"), d("2026-12-01")));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == "ID,Tactic,Title,Owners,Due,Repeats,Next due,Done,Overdue,Dates done");
    CHECK(rows[1] == "k1,\"'=HYPERLINK(\"\"http://evil\"\")\",Sponsored post,\"Brian, Hailley\",2026-11-30,monthly on day 30,2027-01-30,no,no,2026-11-30 2026-12-30");
}

TEST_CASE("check-ins table: by date, multi-line notes and edge spaces quoted") {
    const auto rows = records(exportCsv(samplePlan(), CsvTable::checkins, Strings::load("en"), d("2026-11-23")));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "Date,Goal ID,Goal,Value,Confidence,Note");
    CHECK(rows[1] == "2026-11-01,g1,Mehr Gäste aus München,-2.5,,\" padded\"");
    CHECK(rows[2] == "2026-11-15,g1,Mehr Gäste aus München,150,Low,\"Line 1\nLine 2\"");
}

TEST_CASE("an empty plan gives header-only tables; 10,000 tasks export quickly") {
    const Strings en = Strings::load("en");
    CHECK(records(exportCsv(Plan{}, CsvTable::goals, en, d("2026-11-23"))).size() == 1);
    Plan plan = samplePlan();
    for (int i = 0; i < 10000; ++i) {
        Task t = plan.tasks[0];
        t.id = "k" + std::to_string(i);
        plan.tasks.push_back(t);
    }
    CHECK(records(exportCsv(plan, CsvTable::tasks, en, d("2026-11-23"))).size() == 10002);
}

TEST_CASE("the semicolon dialect: ';' between cells, decimal commas, cells with ';' quoted") {
    const Strings de = Strings::load("de");
    CHECK(csvDialectFor(de) == kSemicolonCsv);
    CHECK(csvDialectFor(Strings::load("id")) == kSemicolonCsv);
    CHECK(csvDialectFor(Strings::load("en")) == kCommaCsv);
    CHECK(csvCell("a;b", kSemicolonCsv) == "\"a;b\"");
    CHECK(csvCell("a,b", kSemicolonCsv) == "a,b");
    CHECK(csvCell("-2,5", kSemicolonCsv) == "-2,5");    // a number, not a formula
    CHECK(csvCell("-2.5", kSemicolonCsv) == "'-2.5");   // in this dialect that is text
    const auto goals = records(exportCsv(samplePlan(), CsvTable::goals, de, d("2026-11-23"), kSemicolonCsv));
    REQUIRE(goals.size() == 2);
    CHECK(goals[1].find("g1;\"Grow, \"\"fast\"\"\";Mehr Gäste aus München;") == 0);
    CHECK(goals[1].find(";120;30;") != std::string::npos);
    CHECK(goals[1].find(";-33,3;") != std::string::npos);
    const auto checkins = records(exportCsv(samplePlan(), CsvTable::checkins, de, d("2026-11-23"), kSemicolonCsv));
    REQUIRE(checkins.size() == 3);
    CHECK(checkins[1].find("2026-11-01;g1;Mehr Gäste aus München;-2,5;") == 0);
}
