#pragma once
// A short, one-line excerpt of text from a file, for messages that name what is wrong ("no goal
// with id “aaaa…”"): a message must stay cheap to show however much the file holds.
#include <cstddef>
#include <string>
#include <string_view>

namespace waymark {

// Enough to recognise an id (ids have at most 64 characters) or the start of a key.
inline constexpr size_t kExcerptCharacters = 64;

// text cut to maxCharacters characters (never inside one) and ended with "…" when cut; control
// characters written as JSON writes them in a file (\n, \u0001), so the excerpt stays one line
// and reads as the file spells it. Bytes that are not UTF-8 count as one character each.
std::string excerpt(std::string_view text, size_t maxCharacters = kExcerptCharacters);

}  // namespace waymark
