#include "core/export/ics.h"

#include <algorithm>

#include "core/export/labels.h"
#include "core/text/number_format.h"
#include "core/method/tasks.h"

namespace waymark {

namespace {
std::string icsDate(const Date& d) {
    std::string s = d.str();
    return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

struct Event {
    std::string kind, id, summary, description;
    Date day;
    std::string rrule;
    std::string exdates;  // EXDATE value: occurrences left out of the series
};

void addEvent(std::string& out, const Plan& plan, const Event& e, Date today) {
    const std::string planId = plan.id.empty() ? "plan" : plan.id;
    out += icsLine("BEGIN:VEVENT");
    out += icsLine("UID:" + icsText(planId + "-" + e.kind + "-" + e.id + "@waymark"));
    out += icsLine("DTSTAMP:" + icsDate(today) + "T000000Z");
    out += icsLine("DTSTART;VALUE=DATE:" + icsDate(e.day));
    out += icsLine("DTEND;VALUE=DATE:" + icsDate(e.day.plusDays(1)));
    if (!e.rrule.empty()) out += icsLine("RRULE:" + e.rrule);
    if (!e.exdates.empty()) out += icsLine("EXDATE;VALUE=DATE:" + e.exdates);
    out += icsLine("SUMMARY:" + icsText(e.summary));
    if (!e.description.empty()) out += icsLine("DESCRIPTION:" + icsText(e.description));
    out += icsLine("TRANSP:TRANSPARENT");
    out += icsLine("END:VEVENT");
}

std::string taskDescription(const Plan& plan, const Task& task, const Strings& strings) {
    std::string text;
    auto line = [&](const char* key, const std::string& value) {
        if (!value.empty()) text += (text.empty() ? "" : "\n") + strings(key, {{"value", value}});
    };
    line("export.ics.owners", joinNames(task.owners));
    const Tactic* tactic = plan.findTactic(task.tacticId);
    if (tactic) line("export.ics.tactic", tactic->title);
    if (const Goal* goal = tactic ? plan.findGoal(tactic->goalId) : nullptr) line("export.ics.goal", goal->title);
    line("export.ics.repeat", describeRepeat(task, strings));
    if (task.done) line("export.ics.done", strings("export.yes"));
    if (const size_t count = icsDoneOccurrences(task).size(); count > 0 && !task.done)
        text += (text.empty() ? "" : "\n") + strings.plural("export.ics.done_dates", static_cast<long long>(count));
    return text;
}
}  // namespace

std::string icsText(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";  // a lone CR is a break too
        } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
            out += c;
        }
    }
    return out;
}

std::string icsLine(std::string_view line) {
    std::string out;
    size_t limit = 75;  // octets on the first physical line; later ones start with a space
    while (line.size() > limit) {
        size_t cut = limit;
        // Never split a UTF-8 sequence: back up to the start of the character at the cut.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        if (cut == 0) cut = limit;  // not UTF-8 at all: split where the limit says
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string icsRecurrence(const Task& task) {
    const auto first = firstOccurrence(task);
    if (!first || !task.repeat || task.repeat->every < 1) return {};
    const Repeat& r = *task.repeat;
    if (r.until && *r.until < *first) return {};
    static const char* const freq[] = {"DAILY", "WEEKLY", "MONTHLY"};
    std::string rule = std::string("FREQ=") + freq[static_cast<int>(r.unit)] + ";INTERVAL=" + std::to_string(r.every);
    if (r.unit == RepeatUnit::month) {
        const int day = std::clamp(r.dayOfMonth.value_or(task.due->day), 1, 31);
        const std::string d = std::to_string(day);
        rule += day <= 28 ? ";BYMONTHDAY=" + d : day == 31 ? std::string(";BYMONTHDAY=-1") : ";BYMONTHDAY=" + d + ",-1;BYSETPOS=1";
    }
    if (r.until) rule += ";UNTIL=" + icsDate(*r.until);
    return rule;
}

std::vector<Date> icsDoneOccurrences(const Task& task) {
    std::vector<Date> out;
    if (icsRecurrence(task).empty()) return out;
    for (const Date& date : task.doneDates)
        if (!occurrences(task, date, date, 1).empty()) out.push_back(date);
    return out;
}

std::string exportIcs(const Plan& plan, const Strings& strings, Date today) {
    std::string out;
    out += icsLine("BEGIN:VCALENDAR");
    out += icsLine("VERSION:2.0");
    out += icsLine("PRODID:-//Waymark//Waymark " WAYMARK_VERSION "//EN");
    out += icsLine("CALSCALE:GREGORIAN");
    out += icsLine("METHOD:PUBLISH");
    if (!plan.name.empty()) out += icsLine("X-WR-CALNAME:" + icsText(plan.name));
    for (const Objective& o : plan.objectives)
        if (o.due)
            addEvent(out, plan, {"objective", o.id, strings("export.ics.objective_due", {{"objective", o.title}}), "", *o.due, "", ""}, today);
    for (const Goal& g : plan.goals) {
        if (!g.deadline) continue;
        std::string description;
        if (g.target)
            description = strings("export.ics.goal_target", {{"target_number", formatNumber(*g.target)},
                                                             {"kpi", g.kpi.empty() ? "" : kpiLabel(plan, g.kpi, strings)}});
        addEvent(out, plan, {"goal", g.id, strings("export.ics.goal_deadline", {{"goal", g.title}}), description, *g.deadline, "", ""}, today);
    }
    for (const Task& t : plan.tasks) {
        const auto first = firstOccurrence(t);
        if (!first) continue;
        std::string exdates;
        if (!t.done)
            for (const Date& date : icsDoneOccurrences(t)) exdates += (exdates.empty() ? "" : ",") + icsDate(date);
        addEvent(out, plan, {"task", t.id, t.title, taskDescription(plan, t, strings), *first, icsRecurrence(t), exdates}, today);
    }
    out += icsLine("END:VCALENDAR");
    return out;
}

}  // namespace waymark
