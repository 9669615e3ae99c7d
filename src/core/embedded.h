#pragma once
// Text assets compiled into the binary (assets/templates, assets/i18n); see cmake/embed.cmake.
#include <cstddef>
#include <string_view>

namespace waymark {

struct EmbeddedFile {
    const char* path;     // below assets/, e.g. "i18n/en.json"
    const char* content;
};

const EmbeddedFile* embeddedFiles(size_t& count);

// The content of an embedded asset, or an empty view when there is none at that path.
std::string_view embeddedFile(std::string_view path);

}  // namespace waymark
