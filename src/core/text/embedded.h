#pragma once
// Assets compiled into the binary (see cmake/embed.cmake): the example plans as JSON text, and
// the translations as ready-made key/text tables.
#include <cstddef>
#include <string_view>

namespace waymark {

struct EmbeddedFile {
    const char* path;     // below assets/, e.g. "i18n/en.json"
    const char* content;
};

const EmbeddedFile* embeddedFiles(size_t& count);

struct EmbeddedText {
    const char* key;      // "outline.add_goal"
    const char* text;
};

struct EmbeddedTextTable {
    const char* path;     // below assets/, e.g. "i18n/en/outline.json"
    const EmbeddedText* entries;
    size_t count;
};

const EmbeddedTextTable* embeddedTextTables(size_t& count);

// The content of an embedded asset, or an empty view when there is none at that path.
std::string_view embeddedFile(std::string_view path);

}  // namespace waymark
