#pragma once
// Text the shell hands to C++ in a buffer it allocated with Module._malloc (address and length):
// the C++ side adopts it once and frees it. Web only.
#include <cstdlib>
#include <string>

namespace waymark::platform {

// The buffer's bytes as a string, the buffer freed; "" for a null buffer.
inline std::string takeBuffer(char* data, int length) {
    std::string s(data ? data : "", data ? static_cast<size_t>(length) : 0);
    std::free(data);
    return s;
}

}  // namespace waymark::platform
