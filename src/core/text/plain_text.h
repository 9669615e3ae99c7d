#pragma once
// Small text helpers that several parts need in the same form: what a user typed, trimmed, and
// a case-blind form for matching typed words (ASCII only: enough for ids and Latin-script labels).
#include <cstddef>
#include <string>
#include <string_view>

namespace waymark {

// text without leading and trailing spaces, tabs and line breaks.
std::string trimmed(std::string_view text);

// text with A-Z lowered; every other byte (UTF-8 included) as it is.
std::string asciiLower(std::string_view text);

// Characters, not bytes, of valid UTF-8: "é" is one, as people (and JSON Schema's maxLength) count.
size_t characterCount(std::string_view utf8);

}  // namespace waymark
