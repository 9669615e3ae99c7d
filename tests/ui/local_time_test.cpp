// Stored times (written in UTC) read in the user's own time zone, summer time included.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include "platform/clock.h"

namespace {
// Sets the process's time zone for one test and puts the old one back after it.
class ZoneForTest {
public:
    explicit ZoneForTest(const char* zone) {
        if (const char* old = std::getenv("TZ")) old_ = old, hadOld_ = true;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ZoneForTest() {
        if (hadOld_) setenv("TZ", old_.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }

private:
    std::string old_;
    bool hadOld_ = false;
};
}  // namespace

TEST_CASE("a stored UTC time reads in the user's time zone, summer and winter") {
    using waymark::platform::localTimeOf;
    {
        ZoneForTest berlin("CET-1CEST,M3.5.0,M10.5.0/3");  // POSIX rules: no tzdata needed
        CHECK(localTimeOf("2026-07-01T10:05:00.000Z") == "2026-07-01 12:05");  // summer time, UTC+2
        CHECK(localTimeOf("2026-12-07T23:30:00Z") == "2026-12-08 00:30");      // winter, UTC+1, the next day
    }
    {
        ZoneForTest jakarta("WIB-7");
        CHECK(localTimeOf("2026-12-07T18:05:54.123Z") == "2026-12-08 01:05");
    }
    {
        ZoneForTest utc("UTC0");
        CHECK(localTimeOf("2026-12-07T18:05:54.123Z") == "2026-12-07 18:05");
    }
    // Not a stored time: shown as it is, never a made-up one.
    CHECK(localTimeOf("") == "");
    CHECK(localTimeOf("yesterday") == "yesterday");
}
