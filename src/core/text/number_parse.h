#pragma once
// Numbers as people type them into a field: "1200", "1,200", "1 200", "3.5", "-12" in English;
// "1.200", "3,5" in German and Indonesian. One rule for every number field of the UI, so the
// same text always means the same number in the same language.
#include <optional>
#include <string_view>

namespace waymark {

// The number in text, or nullopt when it is not one. decimal is the language's decimal mark
// ('.' or ','); the other mark groups thousands when exactly three digits follow it (before
// any decimal mark) and is otherwise read as a decimal mark too, so "3,5" is 3.5 in English
// and "3.5" is 3.5 in German. Spaces and apostrophes are ignored. Empty text is nullopt.
std::optional<double> parseNumber(std::string_view text, char decimal = '.');

}  // namespace waymark
