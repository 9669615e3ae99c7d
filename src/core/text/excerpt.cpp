#include "core/text/excerpt.h"

#include <cstdio>

namespace waymark {

namespace {
// The length in bytes of the UTF-8 character that starts at text[i] (1 for a stray byte).
size_t characterLength(std::string_view text, size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0xC0 || lead >= 0xF8 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    size_t n = 1;
    while (n < length && i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    return n;
}
}  // namespace

std::string excerpt(std::string_view text, size_t maxCharacters) {
    std::string out;
    size_t characters = 0, i = 0;
    for (; i < text.size() && characters < maxCharacters; ++characters) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            const char* named = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : nullptr;
            char escaped[8];
            if (!named) std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += named ? named : escaped;
            ++i;
            continue;
        }
        const size_t length = characterLength(text, i);
        out.append(text, i, length);
        i += length;
    }
    if (i < text.size()) out += "\u2026";
    return out;
}

}  // namespace waymark
