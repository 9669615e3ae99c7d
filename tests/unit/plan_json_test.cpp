#include <doctest/doctest.h>

#include <set>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "core/plan/plan_json.h"
#include "plan_with_every_field.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::envelope;
using waymark::test::errorOf;
// Every field of the format, plus a name with a dash and quotes, a goal with nothing but an id and
// a check-in with no confidence and a negative value: set, unset and unusual values.
Plan fullPlan() {
    Plan p = planWithEveryField();
    p.name = "Campfire \u2014 Q1 social plan, \"new segment\"";
    Goal bare;
    bare.id = "g2";
    p.goals.push_back(bare);
    p.checkins.push_back({"goal-followers", Date{2027, 2, 28}, -0.5, std::nullopt, "", "checkin-feb"});
    return p;
}

}  // namespace

TEST_CASE("check-ins and voters written before they had ids get free ones when read") {
    Plan p = fullPlan();
    p.checkins.push_back({"goal-followers", Date{2027, 3, 31}, 1, std::nullopt, "", ""});
    p.checkins.push_back({"goal-followers", Date{2027, 4, 30}, 2, std::nullopt, "", "c1"});
    p.voting->participants[1].id.clear();
    const LoadResult r = parsePlanDocument(serializePlanDocument(p));
    REQUIRE_MESSAGE(r.plan, r.error.str());
    CHECK(r.plan->checkins[2].id == "c2");  // c1 is taken
    CHECK(r.plan->voting->participants[1].id == "p1");
    CHECK(errorOf(envelope(R"({"id":"p","checkins":[{"id":"x","goalId":"g","date":"2027-01-01","value":1},)"
                           R"({"id":"x","goalId":"g","date":"2027-01-02","value":2}],"goals":[{"id":"g"}]})")) ==
          "plan.checkins[1].id: duplicate id \"x\"");
}

TEST_CASE("a full plan survives a round trip exactly") {
    const Plan p = fullPlan();
    const std::string text = serializePlanDocument(p);
    const LoadResult r = parsePlanDocument(text);
    REQUIRE_MESSAGE(r.plan, r.error.str());
    CHECK(*r.plan == p);
    CHECK(serializePlanDocument(*r.plan) == text);
}

TEST_CASE("a plan file is laid out exactly as JSON indented by two spaces, whatever the plan holds") {
    // The writer prints an item at a time; the file must read as one document dumped at once.
    Plan p = fullPlan();
    p.checkins.push_back({"g2", Date{2027, 3, 1}, 1e21, Confidence::high, "line\nbreak \"quoted\" tab\t \u00e9"});
    p.tasks.front().owners = {"Ana", "Ben"};
    const std::string text = serializePlanDocument(p);
    const auto doc = nlohmann::ordered_json::parse(text);
    CHECK(text == doc.dump(2) + "\n");
    Plan empty;
    empty.id = "p";
    const std::string bare = serializePlanDocument(empty);
    CHECK(bare == nlohmann::ordered_json::parse(bare).dump(2) + "\n");
}

TEST_CASE("unset fields stay unset, and zero stays zero") {
    const LoadResult r = parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g","baseline":0}]})"));
    REQUIRE(r.plan);
    CHECK(r.plan->goals[0].baseline == 0.0);
    CHECK_FALSE(r.plan->goals[0].target);
    CHECK_FALSE(r.plan->goals[0].deadline);
    CHECK_FALSE(r.plan->context.business);
    const std::string out = serializePlanDocument(*r.plan);
    CHECK(out.find("\"baseline\": 0") != std::string::npos);
    CHECK(out.find("target") == std::string::npos);
}

TEST_CASE("null means not set") {
    const LoadResult r = parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g","target":null,"deadline":null}]})"));
    REQUIRE(r.plan);
    CHECK_FALSE(r.plan->goals[0].target);
}

TEST_CASE("errors name the path of the field and what is wrong") {
    const std::string goals = R"({"id":"p","goals":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d","deadline":"31.12.2026"}]})";
    CHECK(errorOf(envelope(goals)) == "plan.goals[3].deadline: not a date (YYYY-MM-DD)");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","baseline":"400"}]})")) ==
          "plan.goals[0].baseline: expected a number");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","budget":-1}]})")) ==
          "plan.goals[0].budget: must not be negative");
    CHECK(errorOf(envelope(R"({"id":"p","context":{"business":"bakery"}})")).rfind(
              "plan.context.business: expected one of: local, ecommerce", 0) == 0);
    CHECK(errorOf(envelope(R"({"id":"p","tactics":[]," goals":[]})")) == "plan. goals: unknown field");
    CHECK(errorOf(envelope(R"({"name":"no id"})")) == "plan.id: missing");
    CHECK(errorOf(envelope(R"({"id":""})")) == "plan.id: must not be empty");
    CHECK(errorOf(envelope(R"({"id":"p","objectives":[{"id":"o","title":5}]})")) ==
          "plan.objectives[0].title: expected text");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g","value":6}]})")) ==
          "plan.tactics[0].value: must be between 1 and 5");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","soft":"yes"}]})")) ==
          "plan.goals[0].soft: expected true or false");
}

TEST_CASE("the envelope is checked before the plan") {
    CHECK(errorOf("[]") == "not a Waymark plan: expected a JSON object");
    CHECK(errorOf(R"({"format":"other","version":1,"plan":{}})") ==
          "format: not a Waymark plan: expected \"waymark-plan\"");
    CHECK(errorOf(R"({"format":"waymark-plan","plan":{}})") == "version: missing or not a whole number");
    CHECK(errorOf(R"({"format":"waymark-plan","version":2,"plan":{}})") ==
          "version: version 2 is newer than this Waymark understands (1); update Waymark to open it");
    CHECK(errorOf(R"({"format":"waymark-plan","version":0,"plan":{}})") == "version: must be 1 or higher");
    CHECK(errorOf(R"({"format":"waymark-plan","version":1})") == "plan: missing");
    CHECK(errorOf(R"({"format":"waymark-plan","version":1,"plan":{"id":"p"},"extra":1})") == "extra: unknown field");
}

TEST_CASE("broken JSON is named, not crashed on") {
    CHECK(errorOf("").rfind("not valid JSON: ", 0) == 0);
    CHECK(errorOf("{\"format\": ").rfind("not valid JSON: ", 0) == 0);
    CHECK(errorOf("not json at all").find("line 1") != std::string::npos);
    CHECK(errorOf(envelope(R"({"id":"p","name":"\ud800"})")).rfind("not valid JSON: ", 0) == 0);  // lone surrogate
}

TEST_CASE("deep nesting and huge files are refused before they cost memory or stack") {
    const std::string deep(100000, '[');
    CHECK(errorOf(deep) == "not valid JSON: nested deeper than 32 levels");
    const std::string huge(kMaxPlanFileBytes + 1, ' ');
    CHECK(errorOf(huge).find("plan files are at most 32 MB") != std::string::npos);
}

TEST_CASE("a version too large for a whole number still reads as newer") {
    CHECK(errorOf(R"({"format":"waymark-plan","version":18446744073709551615,"plan":{}})") ==
          "version: version 18446744073709551615 is newer than this Waymark understands (1); update Waymark to open it");
}

TEST_CASE("list items and fields share one wording for the length limit") {
    const std::string longText(kMaxTextLength + 1, 'x');
    CHECK(errorOf(envelope(R"({"id":"p","context":{"channels":[")" + longText + R"("]}})")) ==
          "plan.context.channels[0]: text longer than 10,000 characters");
}

TEST_CASE("numbers must be finite and within their ranges") {
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","target":1e400}]})")) ==
          "not valid JSON: number overflow parsing '1e400'");
    const LoadResult big = parsePlanDocument(envelope(R"({"id":"p","goals":[{"id":"g","target":1e308}]})"));
    REQUIRE(big.plan);
    CHECK(*big.plan->goals[0].target == 1e308);
    CHECK(errorOf(envelope(R"({"id":"p","context":{"teamSize":2.5}})")) ==
          "plan.context.teamSize: expected a whole number");
}

TEST_CASE("duplicate and dangling ids are refused") {
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g"},{"id":"g"}]})")) ==
          "plan.goals[1].id: duplicate id \"g\"");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g","objectiveId":"o9"}]})")) ==
          "plan.goals[0].objectiveId: no objective with id \"o9\"");
    CHECK(errorOf(envelope(R"({"id":"p","tactics":[{"id":"t","goalId":"nope"}]})")) ==
          "plan.tactics[0].goalId: no goal with id \"nope\"");
    CHECK(errorOf(envelope(R"({"id":"p","checkins":[{"goalId":"x","date":"2026-01-01","value":1}]})")) ==
          "plan.checkins[0].goalId: no goal with id \"x\"");
    CHECK(errorOf(envelope(R"({"id":"p","objectives":[{"id":"a","parentId":"b"},{"id":"b","parentId":"a"}]})")) ==
          "plan.objectives[0].parentId: objectives must not be their own parent");
}

TEST_CASE("repeats need a unit and a first due date, and only monthly repeats have a day") {
    const std::string base = R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g"}],"tasks":[)";
    CHECK(errorOf(envelope(base + R"({"id":"k","tacticId":"t","repeat":{"unit":"week"}}]})")) ==
          "plan.tasks[0].due: a repeating task needs a first due date");
    CHECK(errorOf(envelope(base + R"({"id":"k","tacticId":"t","due":"2026-01-01","repeat":{"every":2}}]})")) ==
          "plan.tasks[0].repeat.unit: missing");
    CHECK(errorOf(envelope(base + R"({"id":"k","tacticId":"t","due":"2026-01-01","repeat":{"unit":"week","day":3}}]})")) ==
          "plan.tasks[0].repeat.day: only a monthly repeat has a day of the month");
}

TEST_CASE("__proto__ and other unknown keys are refused, not merged") {
    CHECK(errorOf(envelope(R"({"id":"p","__proto__":{"x":1}})")) == "plan.__proto__: unknown field");
}

TEST_CASE("ten thousand goals load and save") {
    Plan p;
    p.id = "big";
    for (int i = 0; i < 10000; ++i) {
        Goal g;
        g.id = "g" + std::to_string(i);
        g.title = "Goal " + std::to_string(i);
        g.baseline = i;
        p.goals.push_back(g);
    }
    const LoadResult r = parsePlanDocument(serializePlanDocument(p));
    REQUIRE(r.plan);
    CHECK(r.plan->goals.size() == 10000);
}

TEST_CASE("per-occurrence done: a file from before doneDates reads and writes back unchanged") {
    // Written by Waymark before doneDates existed: a repeating task done as a whole, one open.
    const std::string old = R"({
  "format": "waymark-plan",
  "version": 1,
  "plan": {
    "id": "p",
    "name": "Pizzeria",
    "goals": [
      {
        "id": "g",
        "title": "Followers"
      }
    ],
    "tactics": [
      {
        "id": "t",
        "goalId": "g",
        "title": "Boosted posts"
      }
    ],
    "tasks": [
      {
        "id": "k1",
        "tacticId": "t",
        "title": "Boost the weekend special",
        "owners": [
          "Gio"
        ],
        "due": "2026-11-06",
        "repeat": {
          "every": 1,
          "unit": "week"
        },
        "done": true
      },
      {
        "id": "k2",
        "tacticId": "t",
        "title": "Sponsored post",
        "due": "2026-11-30",
        "repeat": {
          "every": 1,
          "unit": "month",
          "day": 30
        }
      }
    ]
  }
}
)";
    const LoadResult r = parsePlanDocument(old);
    REQUIRE_MESSAGE(r.plan, r.error.str());
    CHECK(r.plan->tasks[0].done);
    CHECK(r.plan->tasks[0].doneDates.empty());
    CHECK(r.plan->tasks[1].doneDates.empty());
    CHECK(serializePlanDocument(*r.plan) == old);
}

TEST_CASE("per-occurrence done: doneDates are dates, kept ascending and once each") {
    const std::string base = R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g"}],"tasks":[)";
    const LoadResult r = parsePlanDocument(envelope(
        base + R"({"id":"k","tacticId":"t","due":"2026-11-02","repeat":{"unit":"week"},"doneDates":["2026-11-16","2026-11-02","2026-11-16"]}]})"));
    REQUIRE_MESSAGE(r.plan, r.error.str());
    CHECK(r.plan->tasks[0].doneDates == std::vector<Date>{Date{2026, 11, 2}, Date{2026, 11, 16}});
    CHECK(serializePlanDocument(*r.plan).find("\"doneDates\": [\n          \"2026-11-02\",\n          \"2026-11-16\"\n        ]") !=
          std::string::npos);
    CHECK(errorOf(envelope(base + R"({"id":"k","tacticId":"t","doneDates":["2026-02-30"]}]})")) ==
          "plan.tasks[0].doneDates[0]: not a date (YYYY-MM-DD)");
    CHECK(errorOf(envelope(base + R"({"id":"k","tacticId":"t","doneDates":"2026-02-03"}]})")) ==
          "plan.tasks[0].doneDates: expected a list of dates");
}

TEST_CASE("a refused file says why in the reader's language; the English text stays for the command line") {
    const LoadResult r = parsePlanDocument(R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","title":"G","deadline":"31.12.2026"}]}})");
    REQUIRE_FALSE(r);
    CHECK(r.error.code == "not_date");
    CHECK(r.error.path == "plan.goals[0].deadline");
    CHECK(r.error.str() == "plan.goals[0].deadline: not a date (YYYY-MM-DD)");
    CHECK(r.error.text(Strings::load("de")) == "plan.goals[0].deadline: kein Datum (JJJJ-MM-TT)");
    CHECK(r.error.text(Strings::load("id")) == "plan.goals[0].deadline: bukan tanggal (YYYY-MM-DD)");
    // Numbers in the reasons are written the language's way.
    const LoadResult big = parsePlanDocument(std::string(kMaxPlanFileBytes + 1, ' '));
    CHECK(big.error.text(Strings::load("de")) == "die Datei ist zu groß: Plandateien haben höchstens 32 MB");
}

TEST_CASE("every refusal has a text in every language") {
    const std::string broken[] = {
        "{", "[]", R"({"format":"other"})", R"({"format":"waymark-plan"})", R"({"format":"waymark-plan","version":9})",
        R"({"format":"waymark-plan","version":0,"plan":{}})", R"({"format":"waymark-plan","version":1})",
        R"({"format":"waymark-plan","version":1,"plan":{"id":"p","extra":1}})",
        R"({"format":"waymark-plan","version":1,"plan":{"id":""}})",
        R"({"format":"waymark-plan","version":1,"plan":{"id":"p","tactics":[{"id":"t","goalId":"nope","title":"T"}]}})",
        R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","title":"G"},{"id":"g","title":"H"}]}})",
        R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","title":"G","baseline":"x"}]}})",
        R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","title":"G","deadline":"soon"}]}})",
        R"({"format":"waymark-plan","version":1,"a":1,"a":2})"};
    std::set<std::string> codes;
    for (const std::string& text : broken) {
        CAPTURE(text);
        const LoadResult r = parsePlanDocument(text);
        REQUIRE_FALSE(r);
        codes.insert(r.error.code);
        for (const std::string& language : Strings::languages()) {
            CAPTURE(language);
            CAPTURE(r.error.code);
            const std::string shown = r.error.text(Strings::load(language));
            CHECK(shown.find("load_error.") == std::string::npos);  // a missing text would show its key
            CHECK(shown.find('{') == std::string::npos);            // every placeholder filled
        }
    }
    CHECK(codes.size() >= 10);
}
