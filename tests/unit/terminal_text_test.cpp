#include <doctest/doctest.h>

#include "core/text/terminal_text.h"

using namespace waymark;

TEST_CASE("control characters become visible escapes on a terminal") {
    CHECK(terminalSafe("plan\x1b[2K\rok: fine") == "plan\\x1b[2K\\x0dok: fine");
    CHECK(terminalSafe(std::string("a\0b\x7f", 4)) == "a\\x00b\\x7f");
    CHECK(terminalSafe("a\xc2\x9b" "31m") == "a\\u009b31m");
    CHECK(terminalSafe("line\nnext\ttab") == "line\\x0anext\\x09tab");
    CHECK(terminalSafe("caf\xc3\xa9 \xc2\xa0\xe2\x80\x94") == "caf\xc3\xa9 \xc2\xa0\xe2\x80\x94");
}

TEST_CASE("a whole document keeps its line breaks but no lone carriage return") {
    CHECK(terminalSafe("a,b\r\nc\td\n", true) == "a,b\r\nc\td\n");
    CHECK(terminalSafe("ok\rforged\x1b", true) == "ok\\x0dforged\\x1b");
}
