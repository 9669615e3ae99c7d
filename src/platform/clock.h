#pragma once
// Where the app reads the time for things that move on their own (the workshop timer). The
// browser and native builds read a steady clock; tests pass a clock they move by hand.
#include <cstdint>
#include <string>

namespace waymark::platform {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since an arbitrary start; never goes backwards.
    virtual std::int64_t nowMs() const = 0;
};

// The machine's steady clock (performance.now() in the browser).
Clock& steadyClock();

// A UTC time as the store writes it ("2026-12-07T18:05:54.123Z") in the user's time zone, as
// "YYYY-MM-DD HH:MM" (the zone's offset on that day, summer time included); text that is no
// such time comes back as it is.
std::string localTimeOf(const std::string& isoUtc);

}  // namespace waymark::platform
