#include <doctest/doctest.h>

#include <string>

#include "core/text/excerpt.h"

using namespace waymark;

TEST_CASE("an excerpt keeps short text as it is and cuts long text at a character with an ellipsis") {
    CHECK(excerpt("goal-1") == "goal-1");
    CHECK(excerpt("") == "");
    CHECK(excerpt(std::string(64, 'a')) == std::string(64, 'a'));
    CHECK(excerpt(std::string(65, 'a')) == std::string(64, 'a') + "\u2026");
    CHECK(excerpt(std::string(1 << 20, 'k')).size() == 64 + 3);
    // Characters, not bytes: never half an umlaut or half an emoji.
    CHECK(excerpt("Grüße aus München", 4) == "Grüß\u2026");
    CHECK(excerpt("\U0001F680\U0001F680\U0001F680", 2) == "\U0001F680\U0001F680\u2026");
}

TEST_CASE("an excerpt stays one line: control characters are written as a JSON file spells them") {
    CHECK(excerpt("two\nlines\tand\r") == "two\\nlines\\tand\\r");
    CHECK(excerpt("bell\x07 esc\x1B") == "bell\\u0007 esc\\u001b");
    CHECK(excerpt(std::string("nul\0!", 5)) == "nul\\u0000!");
    CHECK(excerpt("\n\n\n", 2) == "\\n\\n\u2026");
}

TEST_CASE("an excerpt of bytes that are not UTF-8 still ends") {
    CHECK(excerpt("\xFF\xFE\x80", 2) == "\xFF\xFE\u2026");
    CHECK(excerpt("cut \xE2\x82", 10) == "cut \xE2\x82");  // a sequence cut short at the end of the text
}
