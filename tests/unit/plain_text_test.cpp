#include <doctest/doctest.h>

#include "core/text/plain_text.h"

using waymark::asciiLower;
using waymark::trimmed;

TEST_CASE("trimmed drops spaces, tabs and line breaks at both ends and keeps the ones inside") {
    CHECK(trimmed("  Reach 10k followers 🚀\t\r\n") == "Reach 10k followers 🚀");
    CHECK(trimmed("a \n b") == "a \n b");
    CHECK(trimmed(" \t\r\n ") == "");
    CHECK(trimmed("") == "");
}

TEST_CASE("asciiLower lowers A-Z and leaves every other byte, UTF-8 included, as it is") {
    CHECK(asciiLower("Bewertungen ÄÖÜ Google-Profil") == "bewertungen ÄÖÜ google-profil");
    CHECK(asciiLower("ULASAN 5/5") == "ulasan 5/5");
    CHECK(asciiLower("🚀") == "🚀");
}
