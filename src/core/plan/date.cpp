#include "core/plan/date.h"

#include <cstdio>

namespace waymark {

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

std::optional<Date> Date::parse(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto digits = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    Date d{digits(0, 4), digits(5, 2), digits(8, 2)};
    if (d.year < 1900 || d.year > 2999 || d.month < 1 || d.month > 12) return std::nullopt;
    if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) return std::nullopt;
    return d;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::toDays() const {
    const int y = year - (month <= 2);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::fromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Date{static_cast<int>(yoe + era * 400) + (m <= 2), m, d};
}

std::string Date::str() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

Date Date::plusMonths(int n) const {
    int index = year * 12 + (month - 1) + n;
    int y = index / 12, m = index % 12 + 1;
    int d = day < daysInMonth(y, m) ? day : daysInMonth(y, m);
    return Date{y, m, d};
}

double monthsBetween(const Date& a, const Date& b) { return daysBetween(a, b) / 30.436875; }

int isoWeekday(const Date& d) {
    long w = (d.toDays() + 3) % 7;  // 1970-01-01 was a Thursday
    if (w < 0) w += 7;
    return static_cast<int>(w) + 1;
}

Date weekStart(const Date& d) { return d.plusDays(1 - isoWeekday(d)); }

}  // namespace waymark
