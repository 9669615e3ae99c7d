#include "core/text/embedded.h"

namespace waymark {

std::string_view embeddedFile(std::string_view path) {
    size_t count = 0;
    const EmbeddedFile* files = embeddedFiles(count);
    for (size_t i = 0; i < count; ++i)
        if (path == files[i].path) return files[i].content;
    return {};
}

}  // namespace waymark
