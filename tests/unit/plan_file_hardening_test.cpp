// Hostile and extreme plan files found by fuzzing (issue 13): each case failed before its fix.
#include <doctest/doctest.h>

#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <string>

#include "core/export/csv.h"
#include "core/export/report.h"
#include "core/method/plan_load.h"
#include "core/plan/plan_json.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::envelope;
using waymark::test::errorOf;
double secondsFor(auto&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

TEST_CASE("a NUL byte anywhere in a file is refused, not taken as the end") {
    const std::string valid = envelope(R"({"id":"p"})");
    REQUIRE(parsePlanDocument(valid).plan);
    const std::string withNul = valid + std::string("\0{\"anything\": [", 16);
    CHECK(errorOf(withNul) == "not valid JSON: a NUL character at byte " + std::to_string(valid.size() + 1));
    CHECK(errorOf(std::string("\0", 1)) == "not valid JSON: a NUL character at byte 1");
}

TEST_CASE("duplicate keys are refused with their path") {
    CHECK(errorOf(R"({"format":"waymark-plan","version":1,"plan":{"id":"a"},"plan":{"id":"b"}})") ==
          "plan: duplicate key");
    CHECK(errorOf(R"({"format":"waymark-plan","format":"x","version":1,"plan":{"id":"a"}})") == "format: duplicate key");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g"},{"id":"h","title":"a","title":"b"}]})")) ==
          "plan.goals[1].title: duplicate key");
    CHECK(errorOf(envelope(R"({"id":"p","context":{"channels":[["x"],{"a":1,"a":2}]}})")) ==
          "plan.context.channels[1].a: duplicate key");
    // The same key in sibling objects is no duplicate.
    CHECK(parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g"},{"id":"h"}]})")).plan);
}

TEST_CASE("a 20,000-deep chain of parent objectives is checked in linear time") {
    constexpr int kChain = 20000;
    std::string objectives;
    for (int i = 0; i < kChain; ++i)
        objectives += std::string(i ? "," : "") + R"({"id":"o)" + std::to_string(i) + R"(","title":"t")" +
                      (i ? R"(,"parentId":"o)" + std::to_string(i - 1) + "\"" : std::string()) + "}";
    const std::string chain = envelope(R"({"id":"p","objectives":[)" + objectives + "]}");
    CHECK(chain.size() > 900000);
    LoadResult loaded;
    const double seconds = secondsFor([&] { loaded = parsePlanDocument(chain); });
    CHECK_MESSAGE(loaded.plan, loaded.error.str());
    CHECK(seconds < 3.0);

    // The same chain closed into a cycle at its far end: found, with the first objective in it.
    const std::string cycle = envelope(R"({"id":"p","objectives":[{"id":"o0","title":"t","parentId":"o)" +
                                       std::to_string(kChain - 1) + "\"}" + objectives.substr(objectives.find("},") + 1) + "]}");
    std::string error;
    CHECK(secondsFor([&] { error = errorOf(cycle); }) < 3.0);
    CHECK(error == "plan.objectives[0].parentId: objectives must not be their own parent");
}

TEST_CASE("a cycle is reported at the first objective in it, not at one that leads into it") {
    CHECK(errorOf(envelope(R"({"id":"p","objectives":[{"id":"a","parentId":"b"},{"id":"b","parentId":"c"},)"
                           R"({"id":"c","parentId":"b"}]})")) ==
          "plan.objectives[1].parentId: objectives must not be their own parent");
    CHECK(errorOf(envelope(R"({"id":"p","objectives":[{"id":"a","parentId":"a"}]})")) ==
          "plan.objectives[0].parentId: objectives must not be their own parent");
}

TEST_CASE("the largest double is written so that it reads back, and formatted finitely") {
    Plan p;
    p.id = "p";
    Goal g;
    g.id = "g";
    g.baseline = DBL_MAX;
    g.target = -DBL_MAX;
    g.budget = DBL_MIN;
    p.goals.push_back(g);
    const LoadResult r = parsePlanDocument(serializePlanDocument(p));
    REQUIRE_MESSAGE(r.plan, r.error.str());
    CHECK(*r.plan->goals[0].baseline == DBL_MAX);
    CHECK(*r.plan->goals[0].target == -DBL_MAX);
    CHECK(*r.plan->goals[0].budget == DBL_MIN);
    for (double v : {DBL_MAX, -DBL_MAX, 1.7976931348623e308, 5e-324}) {
        const std::string text = formatNumber(v);
        CHECK_MESSAGE(std::strtod(text.c_str(), nullptr) == v, text);
    }
    CHECK(formatNumber(0.1 + 0.2) == "0.3");
    CHECK(formatNumber(1234.5) == "1234.5");
}

TEST_CASE("whole numbers beyond 2^53 are refused, not rounded") {
    CHECK(parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g","target":9007199254740992}]})")).plan);
    CHECK(parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g","target":-9007199254740992}]})")).plan);
    const char* const tooBig = "whole number beyond 2^53 (9007199254740992): it cannot be kept exactly";
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","target":9007199254740993}]})")) ==
          std::string("plan.goals[0].target: ") + tooBig);
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","baseline":-9007199254740993}]})")) ==
          std::string("plan.goals[0].baseline: ") + tooBig);
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g"}],"checkins":[{"goalId":"g","date":"2027-01-01","value":100000000000000000000000}]})")) ==
          std::string("plan.checkins[0].value: ") + tooBig);
    // Written with a fraction or exponent, a number is a decimal approximation by nature.
    CHECK(parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g","target":1e30,"baseline":9007199254740993.0}]})")).plan);
}

TEST_CASE("a custom KPI whose id is a catalog KPI's is read, under a free id with its goals moved along") {
    const std::string text = envelope(R"({"id":"p","customKpis":[{"id":"mine","name":"Mine"},{"id":"followers","name":"F"}],)"
                                      R"("goals":[{"id":"g","kpi":"followers","secondaryKpis":["mine","followers"]}]})");
    const LoadResult r = loadPlanFile(text);
    REQUIRE_MESSAGE(r.plan, r.error.str());
    CHECK(r.plan->customKpis[1].id == "custom_followers");
    CHECK(r.plan->goals[0].kpi == "custom_followers");
    CHECK(r.plan->goals[0].secondaryKpis == std::vector<std::string>{"mine", "custom_followers"});
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].text(Strings::load("en")) ==
          "your own KPI “F” had the id “followers”, which Waymark’s catalog has since given to a built-in KPI; it is kept as "
          "“custom_followers”, and the goals that measured it still do");
    CHECK(loadPlanFile("{").error.str().rfind("not valid JSON", 0) == 0);
}

TEST_CASE("control characters from a plan never reach the Markdown report") {
    const std::string text = markdownText(std::string("a\0b\x1b[2Jc\x7f" "d\xc2\x9b" "e", 13));
    CHECK(text == "ab\\[2Jcde");
    CHECK(markdownText("caf\xc3\xa9 \xe2\x80\x94 ok") == "caf\xc3\xa9 \xe2\x80\x94 ok");
    Plan p;
    p.id = "p";
    p.name = std::string("Q1\0evil", 7);
    const std::string report = exportReport(p, Strings::load("en"), Date{2027, 1, 1});
    CHECK(report.find('\0') == std::string::npos);
    CHECK(report.find("# Q1evil") != std::string::npos);
}

// Seconds an export of the big plan below may take: linear exports need about 0.2 s.
constexpr double kLinearBound = 3.0;

TEST_CASE("exports of 60,000 check-ins on the last of 5,000 goals stay linear (seconds, not tens of seconds)") {
    Plan p;
    p.id = "p";
    for (int i = 0; i < 5000; ++i) {
        const std::string n = std::to_string(i);
        p.objectives.push_back({"o" + n, "Objective " + n, ObjectiveKind::business, std::nullopt, std::nullopt});
        Goal g;
        g.id = "g" + n;
        g.objectiveId = "o" + n;
        g.title = "Goal " + n;
        p.goals.push_back(g);
        p.tactics.push_back({"t" + n, "g" + n, "Tactic " + n, std::nullopt, std::nullopt});
        p.tasks.push_back({"k" + n, "t" + n, "Task " + n, {}, std::nullopt, std::nullopt, false});
    }
    Goal& last = p.goals.back();
    last.title = "Followers";
    last.kpi = "followers";
    last.baseline = 0;
    last.target = 100000;
    last.start = Date{2020, 1, 1};
    last.deadline = Date{2030, 1, 1};
    for (int i = 0; i < 60000; ++i)
        p.checkins.push_back({last.id, Date{2020, 1, 1}.plusDays(i % 3000), static_cast<double>(i), std::nullopt, "n"});
    const Strings strings = Strings::load("en");
    const Date today{2027, 1, 1};
    for (CsvTable table : {CsvTable::goals, CsvTable::tactics, CsvTable::tasks, CsvTable::checkins}) {
        std::string out;
        const double seconds = secondsFor([&] { out = exportCsv(p, table, strings, today); });
        // The quadratic exports took 17 s (CSV) and 24 s (report) here; a bound ten times the
        // linear time leaves room for a loaded CI machine and still catches that.
        CHECK_MESSAGE(seconds < kLinearBound, name(table), " took ", seconds, " s");
        CHECK(out.size() > 50000);
    }
    // The report also reviews every goal, which takes its own time: what the check-ins add is
    // what must stay small (a lookup per check-in through 5,000 goals added a second).
    std::string report;
    const double seconds = secondsFor([&] { report = exportReport(p, strings, today); });
    CHECK(report.find("Followers") != std::string::npos);
    Plan without = p;
    without.checkins.clear();
    const double base = secondsFor([&] { report = exportReport(without, strings, today); });
    CHECK_MESSAGE(seconds - base < kLinearBound, "the check-ins added ", seconds - base, " s to the report");
}

TEST_CASE("a compact file that would not fit the limit once written out is refused") {
    std::string checkins;
    for (int i = 0; checkins.size() < kMaxPlanFileBytes - 200000; ++i)
        checkins += std::string(i ? "," : "") + R"({"goalId":"g","date":"2027-01-01","value":)" + std::to_string(i) + "}";
    const std::string compact = envelope(R"({"id":"p","goals":[{"id":"g"}],"checkins":[)" + checkins + "]}");
    REQUIRE(compact.size() <= kMaxPlanFileBytes);
    REQUIRE(parsePlanDocument(compact).plan);
    const LoadResult r = loadPlanFile(compact);
    REQUIRE_FALSE(r.plan);
    CHECK(r.error.str().rfind("the plan is too large: written out it takes ", 0) == 0);
    // What loads is always readable again after it was written.
    const std::string smaller = envelope(R"({"id":"p","goals":[{"id":"g"}],"checkins":[)" + checkins.substr(0, checkins.find("},{", 4000000) + 1) + "]}");
    const LoadResult ok = loadPlanFile(smaller);
    REQUIRE_MESSAGE(ok.plan, ok.error.str());
    CHECK(loadPlanFile(serializePlanDocument(*ok.plan)).plan);
}

TEST_CASE("a refusal quotes a megabyte key or value as a short excerpt") {
    const std::string huge(1 << 20, 'k');
    const std::string start = std::string(64, 'k') + "\u2026";  // the excerpt: 64 characters and an ellipsis
    const std::string quoted = "'\"" + std::string(63, 'k') + "\u2026'";  // nlohmann's token starts with the quote
    struct Case {
        std::string what, file;
        std::string begins, ends;  // the whole message: a syntax error's column is nlohmann's count
    };
    const std::string syntax = "not valid JSON: parse error at line 1, column 1048";
    const Case cases[] = {
        {"an unknown top-level key", R"({"format":"waymark-plan","version":1,"plan":{"id":"p"},")" + huge + R"(":1})",
         start + ": unknown field", ""},
        {"an unknown key in a goal", envelope(R"({"id":"p","goals":[{"id":"g",")" + huge + R"(":1}]})"),
         "plan.goals[0]." + start + ": unknown field", ""},
        {"a duplicate key", envelope(R"({"id":"p","context":{")" + huge + R"(":1,")" + huge + R"(":2}})"),
         "plan.context." + start + ": duplicate key", ""},
        {"an inexact number under a long key", envelope(R"({"id":"p","context":{")" + huge + R"(":9007199254740993}})"),
         "plan.context." + start + ": whole number beyond 2^53 (9007199254740992): it cannot be kept exactly", ""},
        {"a value that never ends", envelope(R"({"id":"p","name":")" + huge), syntax,
         ": syntax error while parsing value - invalid string: missing closing quote; last read: " + quoted},
        {"a value with a control character at its end", envelope(R"({"id":"p","name":")" + huge + "\x01\"}"), syntax,
         ": syntax error while parsing value - invalid string: control character U+0001 (SOH) must be escaped to "
         "\\u0001; last read: " + quoted},
        {"a key that never ends", R"({")" + huge, syntax,
         ": syntax error while parsing object key - invalid string: missing closing quote; last read: " + quoted +
         "; expected string literal"},
        {"a dot for a goal that is not there",
         envelope(R"({"id":"p","goals":[{"id":"g"}],"voting":{"subject":"goals","participants":[{"dots":[")" +
                  std::string(10000, 'k') + R"("]}]}})"),
         "plan.voting.participants[0].dots[0]: no goal with id \"" + start + "\"", ""},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        const LoadResult r = parsePlanDocument(c.file);
        REQUIRE_FALSE(r.plan);
        const std::string message = r.error.str();
        CHECK(message.size() < 400);
        CHECK(message.substr(0, c.begins.size()) == c.begins);
        CHECK(message.substr(message.size() - std::min(message.size(), c.ends.size())) == c.ends);
        if (c.ends.empty()) CHECK(message == c.begins);
        CHECK(r.error.text(Strings::load("de")).size() < 400);
    }
}
