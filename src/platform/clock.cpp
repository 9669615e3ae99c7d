#include "platform/clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace waymark::platform {

namespace {
class SteadyClock final : public Clock {
public:
    std::int64_t nowMs() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};
}  // namespace

Clock& steadyClock() {
    static SteadyClock clock;
    return clock;
}

std::string localTimeOf(const std::string& isoUtc) {
    std::tm utc{};
    if (isoUtc.size() < 16 || std::sscanf(isoUtc.c_str(), "%4d-%2d-%2dT%2d:%2d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday,
                                          &utc.tm_hour, &utc.tm_min) != 5)
        return isoUtc;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    // timegm and localtime_r read the zone the browser reports (Emscripten asks Date for it).
    const std::time_t at = timegm(&utc);
    std::tm local{};
    if (at == static_cast<std::time_t>(-1) || !localtime_r(&at, &local)) return isoUtc;
    char text[64];  // room for any int the fields could hold
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                  local.tm_hour, local.tm_min);
    return text;
}

}  // namespace waymark::platform
