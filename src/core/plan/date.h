#pragma once
// Calendar dates as plain values: no time zone, no clock. Core never asks what day it is;
// callers pass "today" in, so every rule is testable.
#include <optional>
#include <string>
#include <string_view>

namespace waymark {

struct Date {
    int year = 1970, month = 1, day = 1;

    // Parses exactly YYYY-MM-DD with a real calendar day in years 1900..2999; nullopt otherwise.
    static std::optional<Date> parse(std::string_view text);
    // Days since 1970-01-01 to a date and back (proleptic Gregorian).
    static Date fromDays(long days);
    long toDays() const;

    std::string str() const;  // YYYY-MM-DD

    Date plusDays(long n) const { return fromDays(toDays() + n); }
    // Adds months keeping the day, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
    Date plusMonths(int n) const;

    friend bool operator==(const Date& a, const Date& b) { return a.toDays() == b.toDays(); }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.toDays() < b.toDays(); }
    friend bool operator<=(const Date& a, const Date& b) { return a.toDays() <= b.toDays(); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return b <= a; }
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);
// Whole days from a to b (negative when b is earlier).
inline long daysBetween(const Date& a, const Date& b) { return b.toDays() - a.toDays(); }
// YYYY-MM-DD, or "" for no date: a date field's text.
inline std::string isoOrEmpty(const std::optional<Date>& d) { return d ? d->str() : std::string(); }
// Fractional months from a to b, using the mean Gregorian month (30.436875 days).
double monthsBetween(const Date& a, const Date& b);
// ISO weekday, 1 = Monday .. 7 = Sunday.
int isoWeekday(const Date& d);
// The Monday that starts d's ISO week.
Date weekStart(const Date& d);

}  // namespace waymark
