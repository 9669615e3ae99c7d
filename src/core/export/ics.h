#pragma once
// The plan's dates as an iCalendar file (RFC 5545) for any calendar app: one all-day VEVENT per
// task (repeats as an RRULE), per goal deadline and per objective due date.
//
// Choices:
// - All-day events: DTSTART;VALUE=DATE and DTEND the next day; TRANSP:TRANSPARENT so a
//   deadline never shows the team as busy. DTSTART is the task's first occurrence (tasks.h),
//   which keeps it in step with the RRULE as RFC 5545 asks.
// - RRULE FREQ=DAILY|WEEKLY|MONTHLY;INTERVAL=N[;UNTIL=YYYYMMDD] (a DATE, as DTSTART is one).
//   Monthly on day D: BYMONTHDAY=D for D <= 28 (every month has it); BYMONTHDAY=-1 for D = 31
//   (the last day); BYMONTHDAY=D,-1;BYSETPOS=1 for D = 29 or 30 (day D, or the last day when the
//   month is shorter). Plain BYMONTHDAY=31 would skip short months, which is not what we mean.
// - No RRULE when until falls before the first occurrence: that task occurs once.
// - Occurrences marked done one by one (doneDates) leave the calendar as EXDATE;VALUE=DATE, so
//   the calendar shows what is still to do, and the description says how many were left out.
//   A task done as a whole keeps its events (they are history) and says "done" instead.
// - UID: "<planId>-<kind>-<itemId>@waymark" (kind: task, goal, objective), stable across exports
//   so re-importing updates events instead of duplicating them. DTSTAMP is `today` at 00:00 UTC.
// - TEXT values escape \ ; , and line breaks; lines fold at 75 octets without splitting a UTF-8
//   character; every line ends in CRLF.
#include <string>
#include <string_view>
#include <vector>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

// The whole calendar file.
std::string exportIcs(const Plan& plan, const Strings& strings, Date today);

// A TEXT value escaped per RFC 5545 3.3.11 (other control characters dropped).
std::string icsText(std::string_view text);

// One content line folded to at most 75 octets per physical line, ending in CRLF.
std::string icsLine(std::string_view line);

// The RRULE value for a repeating task ("FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1"); empty when it
// occurs once.
std::string icsRecurrence(const Task& task);

// The done dates of a repeating task that are occurrences of its RRULE, ascending (its EXDATEs).
std::vector<Date> icsDoneOccurrences(const Task& task);

}  // namespace waymark
