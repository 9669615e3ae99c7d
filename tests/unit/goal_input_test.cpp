#include <doctest/doctest.h>

#include "core/plan/goal_input.h"
#include "core/text/number_parse.h"

using namespace waymark;

TEST_CASE("numbers are read as people type them") {
    CHECK(parseNumber("1200") == 1200);
    CHECK(parseNumber(" 1 200 ") == 1200);
    CHECK(parseNumber("1,200") == 1200);
    CHECK(parseNumber("1,200,000.5") == 1200000.5);
    CHECK(parseNumber("3.5") == 3.5);
    CHECK(parseNumber("3,5") == 3.5);
    CHECK(parseNumber("-12") == -12);
    CHECK_FALSE(parseNumber(""));
    CHECK_FALSE(parseNumber("abc"));
    CHECK_FALSE(parseNumber("12abc"));
    CHECK_FALSE(parseNumber("1.2.3"));
    CHECK_FALSE(parseNumber("1e999"));
    CHECK_FALSE(parseNumber("-"));
}

TEST_CASE("a target can be typed relative to the baseline") {
    CHECK(parseTargetInput("480", 400).value == 480);
    CHECK(parseTargetInput("+20%", 400).value == doctest::Approx(480));
    CHECK(parseTargetInput("-15%", 120).value == doctest::Approx(102));
    CHECK(parseTargetInput("+20%", 400).relative);
    CHECK(parseTargetInput("+20%", std::nullopt).error == "relative_needs_baseline");
    CHECK(parseTargetInput("+x%", 400).error == "invalid_number");
    CHECK(parseTargetInput("lots", 400).error == "invalid_number");
    const TargetInput empty = parseTargetInput("  ", 400);
    CHECK_FALSE(empty.value);
    CHECK(empty.error.empty());
}

TEST_CASE("quick deadline picks land on the last day of the period") {
    const Date nov{2026, 11, 23};
    CHECK(quickDate(QuickDate::end_of_month, nov) == Date{2026, 11, 30});
    CHECK(quickDate(QuickDate::end_of_quarter, nov) == Date{2026, 12, 31});
    CHECK(quickDate(QuickDate::end_of_next_quarter, nov) == Date{2027, 3, 31});
    CHECK(quickDate(QuickDate::end_of_year, nov) == Date{2026, 12, 31});
    CHECK(quickDate(QuickDate::end_of_month, Date{2028, 2, 3}) == Date{2028, 2, 29});
    CHECK(quickDate(QuickDate::end_of_next_quarter, Date{2027, 5, 1}) == Date{2027, 9, 30});
    CHECK(quickDate(QuickDate::today, nov) == nov);
}
