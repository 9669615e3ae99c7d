#pragma once
// Numbers as people type them into a field: "1200", "1,200", "1 200", "3.5", "-12". One rule for
// every number field of the UI, so the same text always means the same number.
#include <optional>
#include <string_view>

namespace waymark {

// The number in text, or nullopt when it is not one. Spaces and thousands separators (a comma
// followed by exactly three digits) are ignored; '.' is the decimal point; a lone comma before
// one, two or four-plus digits is read as a decimal comma ("3,5" = 3.5). Empty text is nullopt.
std::optional<double> parseNumber(std::string_view text);

}  // namespace waymark
