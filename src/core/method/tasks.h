#pragma once
// Tasks over time: when a task falls due (once or repeating), which tasks are overdue, and how
// much each owner has on their plate per ISO week.
//
// Repeat rules:
// - `due` anchors the series. Daily and weekly repeats fall on due + k * every days or weeks.
// - Monthly repeats fall on day D (repeat.dayOfMonth, else due's day) of every Nth month from
//   due's month; a month without day D uses its last day (31 -> Feb 28/29, Apr 30) and the next
//   month returns to D. If day D of due's month is before due, the series starts a period later.
// - `until` is the last possible occurrence, inclusive. The first occurrence always happens,
//   even when until is before it, so a task never silently disappears.
// - A repeat with every < 1 is read as no repeat; dayOfMonth is clamped to 1..31.
// - A task without a due date has no occurrences.
//
// Done: `done` finishes the whole task (for a repeating task, the whole series: every occurrence
// counts as done). A repeating task is also done per occurrence: `doneDates` lists the
// occurrences marked done one by one; a date there that is not an occurrence (the repeat was
// changed since) is ignored. An occurrence is open when neither says it is done.
// Overdue: a task is overdue when one of its occurrences before today is open; each such
// occurrence is an overdue occurrence. Load counts open occurrences only.
#include <optional>
#include <string>
#include <vector>

#include "core/plan/plan.h"

namespace waymark {

// At most this many occurrences come out of one expansion, however wide the range.
inline constexpr size_t kMaxOccurrences = 10000;

// The first occurrence of a task (due, or the first day D on or after due for monthly repeats).
std::optional<Date> firstOccurrence(const Task& task);

// The last occurrence; nullopt when the task has no due date or repeats without an end.
std::optional<Date> lastOccurrence(const Task& task);

// Dates the task falls due within [from, to] inclusive, ascending, at most `cap`.
std::vector<Date> occurrences(const Task& task, Date from, Date to, size_t cap = kMaxOccurrences);

// The first occurrence on or after `day`, if any; ignores done (the schedule as planned).
std::optional<Date> nextOccurrence(const Task& task, Date day);

// Whether the occurrence on `date` is done: the task is done, or `date` is in doneDates.
bool isOccurrenceDone(const Task& task, Date date);

// The first open occurrence on or after `day`: the next thing to do; nullopt when done or none.
std::optional<Date> nextOpenOccurrence(const Task& task, Date day);

// The earliest open occurrence of the whole series (overdue when before today): the one a
// "done" tick on the task closes; nullopt when every occurrence is done or there is none.
std::optional<Date> firstOpenOccurrence(const Task& task);

// The occurrence a "done" tick on the task stands for on `today`: the last occurrence on or
// before today while it is open (this week's post), else the next open one after today, else
// the earliest open one; nullopt when every occurrence is done or there is none.
std::optional<Date> currentOccurrence(const Task& task, Date today);

// Open occurrences before `today`, ascending, at most `cap`.
std::vector<Date> overdueOccurrences(const Task& task, Date today, size_t cap = kMaxOccurrences);

// Whether the task is overdue on `today` (see "Done" above): an occurrence before today is open.
bool isOverdue(const Task& task, Date today);

// Indices into plan.tasks of the overdue tasks, in plan order.
std::vector<size_t> overdueTasks(const Plan& plan, Date today);

// How many occurrences one owner has in one ISO week (week = its Monday).
struct WeekLoad {
    std::string owner;  // empty = unassigned
    Date week;
    int count = 0;
    friend bool operator==(const WeekLoad&, const WeekLoad&) = default;
};

// Open occurrences within [from, to], counted per owner and ISO week; a task shared by two
// owners counts for both. Sorted by owner, then week; only non-zero rows.
std::vector<WeekLoad> loadByOwnerAndWeek(const Plan& plan, Date from, Date to);

}  // namespace waymark
