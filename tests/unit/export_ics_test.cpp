#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/export/ics.h"
#include "../common/plan_documents.h"

using namespace waymark;

namespace {
using waymark::test::d;
Task monthly(const char* due, std::optional<int> day, const char* until = nullptr) {
    Task t;
    t.id = "k";
    t.due = d(due);
    t.repeat = Repeat{1, RepeatUnit::month, day, until ? std::optional<Date>(d(until)) : std::nullopt};
    return t;
}

// Physical lines of an iCalendar file; every one must end in CRLF and fit in 75 octets.
std::vector<std::string> physicalLines(const std::string& ics) {
    std::vector<std::string> out;
    size_t from = 0;
    for (size_t at; (at = ics.find("\r\n", from)) != std::string::npos; from = at + 2) {
        out.push_back(ics.substr(from, at - from));
        CHECK(out.back().size() <= 75);
        CHECK(out.back().find('\n') == std::string::npos);
    }
    CHECK(from == ics.size());
    return out;
}

// RFC 5545 unfolding: a line starting with a space continues the previous one.
std::vector<std::string> unfold(const std::string& ics) {
    std::vector<std::string> out;
    for (const auto& line : physicalLines(ics)) {
        if (!line.empty() && line[0] == ' ') out.back() += line.substr(1);
        else out.push_back(line);
    }
    return out;
}

bool validUtf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = s[i];
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}
}  // namespace

TEST_CASE("TEXT escaping: backslash, semicolon, comma and line breaks") {
    CHECK(icsText("a,b;c\\d") == "a\\,b\\;c\\\\d");
    CHECK(icsText("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    CHECK(icsText(std::string("bell\a tab\t", 10)) == "bell tab\t");
    CHECK(icsText("") == "");
}

TEST_CASE("lines fold at 75 octets and never split a UTF-8 character") {
    CHECK(icsLine("SUMMARY:short") == "SUMMARY:short\r\n");
    const std::string ascii = "DESCRIPTION:" + std::string(200, 'x');
    const std::string folded = icsLine(ascii);
    const auto lines = physicalLines(folded);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);  // a space and 74 octets
    CHECK(unfold(folded) == std::vector<std::string>{ascii});
    for (const std::string piece : {"ä", "€", "🎉"}) {
        std::string text = "SUMMARY:";
        for (int i = 0; i < 60; ++i) text += piece;
        const std::string out = icsLine(text);
        for (const auto& line : physicalLines(out)) CHECK(validUtf8(line));
        CHECK(unfold(out) == std::vector<std::string>{text});
    }
}

TEST_CASE("RRULE for daily, weekly and monthly repeats") {
    Task t;
    t.due = d("2026-11-23");
    CHECK(icsRecurrence(t) == "");
    t.repeat = Repeat{3, RepeatUnit::day, std::nullopt, d("2026-12-31")};
    CHECK(icsRecurrence(t) == "FREQ=DAILY;INTERVAL=3;UNTIL=20261231");
    t.repeat = Repeat{2, RepeatUnit::week, std::nullopt, std::nullopt};
    CHECK(icsRecurrence(t) == "FREQ=WEEKLY;INTERVAL=2");
    t.repeat->every = 0;
    CHECK(icsRecurrence(t) == "");
}

TEST_CASE("monthly month-end rules: 31 is the last day, 29/30 fall back to it, never skip") {
    CHECK(icsRecurrence(monthly("2026-11-15", std::nullopt)) == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15");
    CHECK(icsRecurrence(monthly("2026-11-01", 28)) == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28");
    CHECK(icsRecurrence(monthly("2027-01-31", std::nullopt)) == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1");
    CHECK(icsRecurrence(monthly("2026-11-01", 30, "2027-06-30")) ==
          "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=30,-1;BYSETPOS=1;UNTIL=20270630");
    CHECK(icsRecurrence(monthly("2026-11-01", 29)) == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=29,-1;BYSETPOS=1");
    CHECK(icsRecurrence(monthly("2026-11-01", 30, "2026-10-01")) == "");  // until before the first: once
}

TEST_CASE("the calendar: events for objectives, goal deadlines and tasks") {
    Plan plan;
    plan.id = "cafe";
    plan.name = "Café Sonne; plan, 2027";
    plan.objectives.push_back({"o1", "More regulars", ObjectiveKind::business, std::nullopt, d("2027-06-30")});
    Goal g;
    g.id = "g1";
    g.title = "Followers +20%";
    g.kpi = "followers";
    g.target = 480;
    g.deadline = d("2026-12-31");
    plan.goals.push_back(g);
    plan.goals.push_back(Goal{});  // no deadline: no event
    plan.tactics.push_back({"t1", "g1", "Boost posts", 4, 2});
    Task task = monthly("2026-12-01", 30);
    task.id = "k1";
    task.tacticId = "t1";
    task.title = "Sponsored post, by the 30th";
    task.owners = {"Brian", "Hailley"};
    plan.tasks.push_back(task);
    plan.tasks.push_back(Task{});  // no due date: no event

    const std::string ics = exportIcs(plan, Strings::load("en"), d("2026-11-23"));
    const auto lines = unfold(ics);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(has(lines, "VERSION:2.0"));
    CHECK(has(lines, "X-WR-CALNAME:Café Sonne\\; plan\\, 2027"));
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT") == 3);
    CHECK(std::count(lines.begin(), lines.end(), "DTSTAMP:20261123T000000Z") == 3);
    CHECK(has(lines, "UID:cafe-objective-o1@waymark"));
    CHECK(has(lines, "UID:cafe-goal-g1@waymark"));
    CHECK(has(lines, "UID:cafe-task-k1@waymark"));
    CHECK(has(lines, "SUMMARY:Deadline: Followers +20%"));
    CHECK(has(lines, "DTSTART;VALUE=DATE:20261231"));
    CHECK(has(lines, "DTEND;VALUE=DATE:20270101"));
    CHECK(has(lines, "SUMMARY:Sponsored post\\, by the 30th"));
    CHECK(has(lines, "DTSTART;VALUE=DATE:20261230"));  // the first occurrence, in step with the rule
    CHECK(has(lines, "RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=30,-1;BYSETPOS=1"));
    CHECK(has(lines, "DESCRIPTION:Owners: Brian\\, Hailley\\nTactic: Boost posts\\nGoal: Followers +20%\\nRepeats: monthly on day 30"));
    // Same plan, same day: byte-identical output.
    CHECK(exportIcs(plan, Strings::load("en"), d("2026-11-23")) == ics);
}

TEST_CASE("occurrences marked done leave the calendar as EXDATEs; a task done as a whole keeps its events") {
    Plan plan;
    plan.id = "cafe";
    Task task = monthly("2026-12-01", 30);
    task.id = "k1";
    task.title = "Sponsored post";
    task.doneDates = {d("2026-11-01"), d("2026-12-30"), d("2027-02-28")};  // Nov 1 is no occurrence
    plan.tasks.push_back(task);
    CHECK(icsDoneOccurrences(task) == std::vector<Date>{d("2026-12-30"), d("2027-02-28")});
    auto lines = unfold(exportIcs(plan, Strings::load("en"), d("2026-11-23")));
    CHECK(has(lines, "EXDATE;VALUE=DATE:20261230,20270228"));
    CHECK(has(lines, "DESCRIPTION:Repeats: monthly on day 30\\n2 dates marked done (left out of the calendar)"));
    plan.tasks[0].done = true;
    lines = unfold(exportIcs(plan, Strings::load("en"), d("2026-11-23")));
    CHECK(std::none_of(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("EXDATE", 0) == 0; }));
    CHECK(has(lines, "DESCRIPTION:Repeats: monthly on day 30\\nDone: yes"));
    // A one-off task has no series to leave dates out of.
    Task once;
    once.due = d("2026-12-01");
    once.doneDates = {d("2026-12-01")};
    CHECK(icsDoneOccurrences(once).empty());
}
