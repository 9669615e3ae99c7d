#include "core/method/tasks.h"

#include <algorithm>
#include <map>
#include <utility>

namespace waymark {

namespace {
// A task's occurrences as a sequence: occurrence k is at(k) for k = 0, 1, ...
struct Series {
    Date first;
    bool repeats = false;
    RepeatUnit unit = RepeatUnit::day;
    long every = 1;
    long firstMonth = 0;  // year * 12 + month - 1 of the first monthly occurrence
    int day = 1;          // monthly: day D, clamped per month
    std::optional<Date> until;

    Date at(long k) const {
        if (!repeats || k == 0) return first;
        if (unit == RepeatUnit::month) return dayInMonth(firstMonth + k * every, day);
        return first.plusDays(k * every * (unit == RepeatUnit::week ? 7 : 1));
    }
    // The first k whose occurrence could be on or after `from` (never past it by more than one).
    long firstIndexFrom(Date from) const {
        if (!repeats || from <= first) return 0;
        const long distance = unit == RepeatUnit::month
                                  ? from.year * 12L + from.month - 1 - firstMonth
                                  : daysBetween(first, from) / (unit == RepeatUnit::week ? 7 : 1);
        return std::max(0L, distance / every);
    }
    static Date dayInMonth(long monthIndex, int d) {
        const int y = static_cast<int>(monthIndex / 12), m = static_cast<int>(monthIndex % 12) + 1;
        return Date{y, m, std::min(d, daysInMonth(y, m))};
    }
};

std::optional<Series> seriesOf(const Task& task) {
    if (!task.due) return std::nullopt;
    Series s;
    s.first = *task.due;
    if (!task.repeat || task.repeat->every < 1) return s;
    const Repeat& r = *task.repeat;
    s.repeats = true;
    s.unit = r.unit;
    s.every = r.every;
    s.until = r.until;
    if (r.unit == RepeatUnit::month) {
        s.day = std::clamp(r.dayOfMonth.value_or(task.due->day), 1, 31);
        s.firstMonth = task.due->year * 12L + task.due->month - 1;
        if (Series::dayInMonth(s.firstMonth, s.day) < *task.due) s.firstMonth += s.every;
        s.first = Series::dayInMonth(s.firstMonth, s.day);
    }
    return s;
}

// Whether occurrence k exists at all (the first always does; later ones stop after until).
bool withinSeries(const Series& s, long k, Date date) { return k == 0 || (s.repeats && (!s.until || date <= *s.until)); }
}  // namespace

std::optional<Date> firstOccurrence(const Task& task) {
    const auto s = seriesOf(task);
    return s ? std::optional<Date>(s->first) : std::nullopt;
}

std::optional<Date> lastOccurrence(const Task& task) {
    const auto s = seriesOf(task);
    if (!s) return std::nullopt;
    if (!s->repeats || (s->until && *s->until <= s->first)) return s->first;
    if (!s->until) return std::nullopt;
    long k = s->firstIndexFrom(*s->until);
    while (k > 0 && s->at(k) > *s->until) --k;
    while (s->at(k + 1) <= *s->until) ++k;  // firstIndexFrom may stop one short
    return s->at(k);
}

std::vector<Date> occurrences(const Task& task, Date from, Date to, size_t cap) {
    std::vector<Date> out;
    const auto s = seriesOf(task);
    if (!s || to < from) return out;
    for (long k = s->firstIndexFrom(from); out.size() < cap; ++k) {
        const Date date = s->at(k);
        if (date > to || !withinSeries(*s, k, date)) break;
        if (date >= from) out.push_back(date);
    }
    return out;
}

std::optional<Date> nextOccurrence(const Task& task, Date day) {
    const auto s = seriesOf(task);
    if (!s) return std::nullopt;
    // One period (at most every * 31 days) after `day` is sure to hold the next occurrence.
    const long period = s->every * (s->unit == RepeatUnit::month ? 31 : s->unit == RepeatUnit::week ? 7 : 1);
    const Date horizon = std::max(day, s->first).plusDays(period + 1);
    const auto next = occurrences(task, day, horizon, 1);
    return next.empty() ? std::nullopt : std::optional<Date>(next.front());
}

bool isOccurrenceDone(const Task& task, Date date) {
    return task.done || std::binary_search(task.doneDates.begin(), task.doneDates.end(), date);
}

std::optional<Date> nextOpenOccurrence(const Task& task, Date day) {
    if (task.done) return std::nullopt;
    // Done dates are few next to a series: step past them one occurrence at a time.
    auto next = nextOccurrence(task, day);
    for (size_t steps = 0; next && isOccurrenceDone(task, *next) && steps <= task.doneDates.size(); ++steps)
        next = nextOccurrence(task, next->plusDays(1));
    return next && !isOccurrenceDone(task, *next) ? next : std::nullopt;
}

std::optional<Date> firstOpenOccurrence(const Task& task) {
    const auto first = firstOccurrence(task);
    return first ? nextOpenOccurrence(task, *first) : std::nullopt;
}

std::optional<Date> currentOccurrence(const Task& task, Date today) {
    const auto s = seriesOf(task);
    if (!s || task.done) return std::nullopt;
    if (s->first <= today) {
        long k = s->firstIndexFrom(today);
        while (k > 0 && s->at(k) > today) --k;
        while (withinSeries(*s, k + 1, s->at(k + 1)) && s->at(k + 1) <= today) ++k;  // one short, at most
        while (k > 0 && !withinSeries(*s, k, s->at(k))) --k;  // today is past until: its last one
        if (!isOccurrenceDone(task, s->at(k))) return s->at(k);
    }
    if (const auto next = nextOpenOccurrence(task, today.plusDays(1))) return next;
    return firstOpenOccurrence(task);
}

std::vector<Date> overdueOccurrences(const Task& task, Date today, size_t cap) {
    std::vector<Date> out;
    const auto first = firstOpenOccurrence(task);
    if (!first || !(*first < today)) return out;
    for (const Date& date : occurrences(task, *first, today.plusDays(-1), cap + task.doneDates.size()))
        if (out.size() < cap && !isOccurrenceDone(task, date)) out.push_back(date);
    return out;
}

bool isOverdue(const Task& task, Date today) {
    const auto first = firstOpenOccurrence(task);
    return first && *first < today;
}

std::vector<size_t> overdueTasks(const Plan& plan, Date today) {
    std::vector<size_t> out;
    for (size_t i = 0; i < plan.tasks.size(); ++i)
        if (isOverdue(plan.tasks[i], today)) out.push_back(i);
    return out;
}

std::vector<WeekLoad> loadByOwnerAndWeek(const Plan& plan, Date from, Date to) {
    std::map<std::pair<std::string, long>, int> counts;
    for (const Task& task : plan.tasks) {
        if (task.done) continue;
        std::vector<std::string> owners = task.owners;
        if (owners.empty()) owners.emplace_back();
        std::sort(owners.begin(), owners.end());
        owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
        for (const Date& date : occurrences(task, from, to)) {
            if (isOccurrenceDone(task, date)) continue;
            for (const auto& owner : owners) ++counts[{owner, weekStart(date).toDays()}];
        }
    }
    std::vector<WeekLoad> out;
    out.reserve(counts.size());
    for (const auto& [key, count] : counts) out.push_back({key.first, Date::fromDays(key.second), count});
    return out;
}

}  // namespace waymark
