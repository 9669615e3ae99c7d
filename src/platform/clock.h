#pragma once
// Where the app reads the time for things that move on their own (the workshop timer). The
// browser and native builds read a steady clock; tests pass a clock they move by hand.
#include <cstdint>

namespace waymark::platform {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since an arbitrary start; never goes backwards.
    virtual std::int64_t nowMs() const = 0;
};

// The machine's steady clock (performance.now() in the browser).
Clock& steadyClock();

}  // namespace waymark::platform
