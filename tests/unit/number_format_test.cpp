#include <doctest/doctest.h>

#include <limits>

#include "core/text/number_format.h"

using waymark::formatNumber;
using waymark::formatPercent;

TEST_CASE("numbers as text: '.' decimal point, 15 significant digits, no -0, nothing for NaN") {
    CHECK(formatNumber(1234.5) == "1234.5");
    CHECK(formatNumber(-150) == "-150");
    CHECK(formatNumber(0.1 + 0.2) == "0.3");
    CHECK(formatNumber(-0.0) == "0");
    CHECK(formatNumber(1e308) == "1e+308");
    CHECK(formatNumber(-1e308) == "-1e+308");
    CHECK(formatNumber(123456789012345.0) == "123456789012345");
    CHECK(formatNumber(std::numeric_limits<double>::quiet_NaN()) == "");
    CHECK(formatNumber(std::numeric_limits<double>::infinity()) == "");
}

TEST_CASE("fractions as whole percents") {
    CHECK(formatPercent(1.25) == "125%");
    CHECK(formatPercent(-1.0 / 3) == "-33%");
    CHECK(formatPercent(0) == "0%");
    CHECK(formatPercent(-0.001) == "0%");
    CHECK(formatPercent(1e308) == "");
    CHECK(formatPercent(std::numeric_limits<double>::quiet_NaN()) == "");
}
