#pragma once
// Dates as a user reads them, in the user's language ("30 Nov 2026", "30. Nov. 2026"). Files,
// fields and exports for machines keep YYYY-MM-DD (Date::str).
#include <string>

#include "core/plan/date.h"
#include "core/text/i18n.h"

namespace waymark {

inline std::string shownDate(const Strings& tr, const Date& d) { return tr.date(d.year, d.month, d.day); }
inline std::string shownDayMonth(const Strings& tr, const Date& d) { return tr.dayMonth(d.month, d.day); }

}  // namespace waymark
