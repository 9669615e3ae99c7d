#include <doctest/doctest.h>

#include <limits>

#include "core/text/number_format.h"
#include "core/text/number_parse.h"

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

TEST_CASE("canonical numbers in a language's style: separators, percent sign, units kept") {
    const waymark::NumberStyle en;
    const waymark::NumberStyle de{",", ".", "{number} %", 4};
    using waymark::localizeNumber;
    CHECK(localizeNumber("1234.5", en) == "1,234.5");
    CHECK(localizeNumber("1234.5", de) == "1.234,5");
    CHECK(localizeNumber("-1234567", de) == "-1.234.567");
    CHECK(localizeNumber("999", de) == "999");
    CHECK(localizeNumber("0.45 EUR", de) == "0,45 EUR");
    CHECK(localizeNumber("466000 EUR", en) == "466,000 EUR");
    CHECK(localizeNumber("2.3%", de) == "2,3 %");
    CHECK(localizeNumber("-33%", en) == "-33%");
    CHECK(localizeNumber("4.8/5", de) == "4,8/5");
    CHECK(localizeNumber("1e+308", de) == "1e+308");  // an exponent is not grouped
    CHECK(localizeNumber("?", de) == "?");
    CHECK(localizeNumber("", de) == "");
    CHECK(localizeNumber("v2.5", de) == "v2.5");  // not a number at the start: unchanged
}

TEST_CASE("typed numbers in the language's decimal mark") {
    using waymark::parseNumber;
    CHECK(parseNumber("1.200", ',') == 1200);
    CHECK(parseNumber("1.200.000,5", ',') == 1200000.5);
    CHECK(parseNumber("3,5", ',') == 3.5);
    CHECK(parseNumber("3.5", ',') == 3.5);     // a lone point before other than three digits
    CHECK(parseNumber("1,200", ',') == 1.2);   // the comma is the decimal mark in German
    CHECK(parseNumber("1,200", '.') == 1200);
    CHECK(parseNumber("-0,25", ',') == -0.25);
    CHECK_FALSE(parseNumber("1,2,3", ','));
    CHECK_FALSE(parseNumber("1.200,5,1", ','));
    CHECK_FALSE(parseNumber("", ','));
}
