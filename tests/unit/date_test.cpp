#include <doctest/doctest.h>

#include "core/plan/date.h"

using waymark::Date;

TEST_CASE("dates parse only as real calendar days in YYYY-MM-DD") {
    CHECK(Date::parse("2026-02-28"));
    CHECK(Date::parse("2028-02-29"));
    CHECK_FALSE(Date::parse("2026-02-29"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-1-01"));
    CHECK_FALSE(Date::parse("26-01-01"));
    CHECK_FALSE(Date::parse(""));
    CHECK_FALSE(Date::parse("2026-01-0x"));
    CHECK_FALSE(Date::parse("1899-12-31"));
    CHECK(Date::parse("2026-11-23")->str() == "2026-11-23");
}

TEST_CASE("day numbers round-trip across leap years and centuries") {
    for (long d = -30000; d < 120000; d += 37) CHECK(Date::fromDays(d).toDays() == d);
    CHECK(Date{1970, 1, 1}.toDays() == 0);
    CHECK(Date{2000, 3, 1}.toDays() - Date{2000, 2, 28}.toDays() == 2);
    CHECK(waymark::daysBetween(Date{2026, 1, 1}, Date{2027, 1, 1}) == 365);
}

TEST_CASE("adding months clamps to the end of short months") {
    CHECK(Date{2026, 1, 31}.plusMonths(1) == Date{2026, 2, 28});
    CHECK(Date{2028, 1, 31}.plusMonths(1) == Date{2028, 2, 29});
    CHECK(Date{2026, 12, 15}.plusMonths(1) == Date{2027, 1, 15});
    CHECK(Date{2026, 3, 31}.plusMonths(-1) == Date{2026, 2, 28});
}

TEST_CASE("ISO weekdays and week starts") {
    CHECK(waymark::isoWeekday(Date{2026, 11, 23}) == 1);  // a Monday
    CHECK(waymark::isoWeekday(Date{2026, 11, 29}) == 7);
    CHECK(waymark::weekStart(Date{2026, 11, 29}) == Date{2026, 11, 23});
}
