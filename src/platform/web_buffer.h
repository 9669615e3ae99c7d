#pragma once
// Text the shell hands to C++ in a buffer it allocated with Module._malloc (address and length):
// the C++ side adopts it once and frees it. Web only.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace waymark::platform {

// The buffer's bytes as a string, the buffer freed; "" for a null buffer.
inline std::string takeBuffer(char* data, int length) {
    std::string s(data ? data : "", data ? static_cast<size_t>(length) : 0);
    std::free(data);
    return s;
}

// The buffer's lines ("\n" between them; empty ones skipped), the buffer freed: lists of ids.
inline std::vector<std::string> takeLines(char* data, int length) {
    const std::string joined = takeBuffer(data, length);
    std::vector<std::string> lines;
    for (size_t start = 0; start < joined.size();) {
        const size_t end = std::min(joined.find('\n', start), joined.size());
        if (end > start) lines.push_back(joined.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

}  // namespace waymark::platform
