// What a plan file's bytes may be (docs/plan-format.md, "Encoding"): UTF-8 with or without a
// byte order mark. The reader judges the bytes itself, so the command line and the browser (which
// hands a file over undecoded) refuse the same files for the same reasons; tests/cli and
// tests/e2e/encoding.test.mjs open tests/fixtures/encoding/ on both sides.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/method/plan_load.h"
#include "core/plan/plan_json.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::envelope;
using waymark::test::errorOf;
std::string fixture(const char* name) {
    std::ifstream in(std::string(WAYMARK_SOURCE_DIR) + "/tests/fixtures/encoding/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// UTF-8 text as UTF-16 (little or big endian) code units, with a byte order mark when asked.
std::string utf16(const std::string& ascii, bool littleEndian, bool bom) {
    std::string out = bom ? (littleEndian ? "\xFF\xFE" : "\xFE\xFF") : "";
    for (char c : ascii) out += littleEndian ? std::string{c, '\0'} : std::string{'\0', c};
    return out;
}
}  // namespace

TEST_CASE("a UTF-8 file opens with or without a byte order mark") {
    const std::string plain = envelope(R"({"id":"p","name":"Grüße 🚀"})");
    REQUIRE(parsePlanDocument(plain).plan);
    const LoadResult withBom = parsePlanDocument("\xEF\xBB\xBF" + plain);
    REQUIRE(withBom.plan);
    CHECK(withBom.plan->name == "Grüße 🚀");
}

TEST_CASE("bytes that are not UTF-8 are refused by byte and line, inside a string or outside") {
    CHECK(errorOf(envelope("{\"id\":\"p\",\"name\":\"Gr\xFC\xDF" "e\"}")) ==
          "not UTF-8 text: byte 65 (line 1) is not part of a UTF-8 character; save the file as UTF-8");
    CHECK(errorOf("{\n\"format\":\"waymark-plan\",\n\xA0\"version\":1}") ==
          "not UTF-8 text: byte 28 (line 3) is not part of a UTF-8 character; save the file as UTF-8");
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xE2\x82"}) {
        CAPTURE(bad);
        CHECK(errorOf(envelope(R"({"id":"p","name":")" + std::string(bad) + "\"}")).rfind("not UTF-8 text: byte 63 ", 0) == 0);
    }
}

TEST_CASE("UTF-16 and UTF-32 files are named as such, with or without a byte order mark") {
    const std::string text = envelope(R"({"id":"p"})");
    const std::string expected = "the file is UTF-16 (or UTF-32) text; plan files are UTF-8: save it again as UTF-8";
    CHECK(errorOf(utf16(text, true, true)) == expected);
    CHECK(errorOf(utf16(text, false, true)) == expected);
    CHECK(errorOf(utf16(text, true, false)) == expected);
    CHECK(errorOf(utf16(" " + text, false, false)) == expected);
    CHECK(errorOf(std::string("\0\0\xFE\xFF\0\0\0{", 8)) == expected);
    // A NUL further in is a NUL, not an encoding.
    CHECK(errorOf(text + std::string("\0", 1)).rfind("not valid JSON: a NUL character at byte", 0) == 0);
}

TEST_CASE("control characters: kept in texts, refused in ids") {
    const LoadResult titled = parsePlanDocument(envelope(
        R"({"id":"p","name":"Bell\u0007 tab\t nul\u0000 C1\u0085","goals":[{"id":"g","title":"two\nlines"}]})"));
    REQUIRE(titled.plan);
    CHECK(titled.plan->name == std::string("Bell\x07 tab\t nul\0 C1\xC2\x85", 20));
    CHECK(titled.plan->goals[0].title == "two\nlines");
    CHECK(parsePlanDocument(serializePlanDocument(*titled.plan)).plan == titled.plan);  // and they survive a round trip

    CHECK(errorOf(envelope(R"({"id":"p\nq"})")) == "plan.id: an id must not contain control characters (U+000A)");
    CHECK(errorOf(envelope(R"({"id":"p","goals":[{"id":"g\u0000"}]})")) ==
          "plan.goals[0].id: an id must not contain control characters (U+0000)");
    CHECK(errorOf(envelope(R"({"id":"p","tactics":[{"id":"t","goalId":"g\u007f"}]})")) ==
          "plan.tactics[0].goalId: an id must not contain control characters (U+007F)");
    CHECK(errorOf(envelope(R"({"id":"p\u009b"})")) == "plan.id: an id must not contain control characters (U+009B)");
    CHECK(parsePlanDocument(envelope(R"({"id":"p-\u00a0-é-🚀"})")).plan);  // U+00A0 and beyond are not controls
}

TEST_CASE("the encoding fixtures that the command line and the browser both open") {
    CHECK(errorOf(fixture("latin1.waymark.json")) ==
          "not UTF-8 text: byte 72 (line 1) is not part of a UTF-8 character; save the file as UTF-8");
    CHECK(errorOf(fixture("utf16le.waymark.json")).rfind("the file is UTF-16", 0) == 0);
    CHECK(errorOf(fixture("utf16be.waymark.json")).rfind("the file is UTF-16", 0) == 0);
    CHECK(errorOf(fixture("control-id.waymark.json")) ==
          "plan.goals[0].id: an id must not contain control characters (U+000A)");
    const LoadResult bom = loadPlanFile(fixture("utf8-bom.waymark.json"));
    REQUIRE(bom.plan);
    CHECK(bom.plan->name == "Grüße aus München 🚀");
    const LoadResult controls = loadPlanFile(fixture("control-title.waymark.json"));
    REQUIRE(controls.plan);
    CHECK(controls.plan->goals[0].title == std::string("Alarm\x07 bell\0 after NUL\nnext line", 32));
}
