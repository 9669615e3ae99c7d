#include "core/export/csv.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/export/labels.h"
#include "core/plan/plan_index.h"
#include "core/text/number_format.h"
#include "core/method/tactics.h"
#include "core/method/tasks.h"
#include "core/method/tracking.h"

namespace waymark {

namespace {
using Row = std::vector<std::string>;

const char* const kTableNames[] = {"goals", "tactics", "tasks", "checkins"};

// -12, 3.5, 1e+308 (or 3,5 with a decimal comma): what Sheet::number writes and a spreadsheet
// reads as a number.
bool isPlainNumber(std::string_view t, char decimal) {
    size_t i = t.size() > 1 && t[0] == '-' ? 1 : 0;
    auto digits = [&] {
        const size_t from = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
        return i > from;
    };
    if (!digits()) return false;
    if (i < t.size() && t[i] == decimal && (++i, !digits())) return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == t.size();
}

// What a spreadsheet may run as a formula when a cell starts with it: = + - @ in ASCII and in
// their full-width and small forms (East Asian input methods type those, and Excel reads them as
// the ASCII ones), tab and CR.
constexpr std::string_view kFormulaStarts[] = {"=", "+", "-", "@", "\t", "\r",
                                               "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20",   // ＝ ＋ － ＠
                                               "\uFE66", "\uFE62", "\uFE63", "\uFE6B"};  // ﹦ ﹢ ﹣ ﹫
// Spaces some importers trim before they look for a formula: space, line feed, no-break space,
// ideographic space.
constexpr std::string_view kLeadingSpaces[] = {" ", "\n", "\u00A0", "\u3000"};

template <size_t N>
size_t prefixLength(std::string_view text, const std::string_view (&prefixes)[N]) {
    for (std::string_view p : prefixes)
        if (text.substr(0, p.size()) == p) return p.size();
    return 0;
}

// A text cell a spreadsheet would take for a formula, after any leading spaces. A plain number
// ("-12", "-2,5" with a decimal comma) is not one: it stays a number.
bool startsLikeFormula(std::string_view text, char decimal) {
    while (const size_t space = prefixLength(text, kLeadingSpaces)) text.remove_prefix(space);
    return prefixLength(text, kFormulaStarts) > 0 && !isPlainNumber(text, decimal);
}

// The text without C0 controls other than tab, LF and CR, without DEL and without C1 controls
// (U+0080..U+009F): spreadsheets show them as boxes or refuse the file, and one could hide what
// a cell starts with.
std::string withoutControlCharacters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) continue;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

// The file being written, in its dialect.
struct Sheet {
    std::string text;
    CsvDialect dialect;
    // A number cell: formatNumber with the dialect's decimal mark; empty for no value.
    std::string number(std::optional<double> v) const {
        std::string cell = v ? formatNumber(*v) : std::string();
        if (dialect.decimal != '.') std::replace(cell.begin(), cell.end(), '.', dialect.decimal);
        return cell;
    }
};

std::string day(std::optional<Date> d) { return d ? d->str() : std::string(); }

// Appends a header row (translated "export.column.<id>") or a data row, each ending in CRLF.
void addRow(Sheet& out, const Row& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out.text += out.dialect.separator;
        out.text += csvCell(cells[i], out.dialect);
    }
    out.text += "\r\n";
}
void addHeader(Sheet& out, std::initializer_list<const char*> columns, const Strings& strings) {
    Row row;
    for (const char* c : columns) row.push_back(strings(std::string("export.column.") + c));
    addRow(out, row);
}

std::string label(const Strings& strings, const std::string& prefix, const std::string& id, const char* suffix = "") {
    if (id.empty()) return {};
    const char* text = strings.raw(prefix + id + suffix);
    return text ? text : id;
}

void goals(Sheet& out, const Plan& plan, const Strings& strings, Date today) {
    addHeader(out, {"id", "objective", "title", "category", "kpi", "channel", "scope", "baseline", "target",
                    "target_type", "start", "deadline", "budget", "soft", "data_source", "latest_value",
                    "latest_date", "progress_percent", "status"}, strings);
    const auto tracks = trackGoals(plan, today);
    const PlanIndex index(plan);
    for (size_t i = 0; i < plan.goals.size(); ++i) {
        const Goal& g = plan.goals[i];
        const GoalTrack& t = tracks[i];
        const Objective* objective = g.objectiveId ? index.objective(*g.objectiveId) : nullptr;
        const bool measured = t.progress.issue == ProgressIssue::none;
        addRow(out, {g.id, objective ? objective->title : std::string(), g.title,
                     label(strings, "category.", g.category, ".name"), g.kpi.empty() ? "" : kpiLabel(plan, g.kpi, strings),
                     g.channel, g.scope, out.number(g.baseline), out.number(g.target),
                     strings(std::string("tracking.target_type.") + name(effectiveTargetType(plan, g))), day(g.start),
                     day(g.deadline), out.number(g.budget), yesNo(g.soft, strings), g.dataSource,
                     t.latest ? out.number(t.latest->value) : "", t.latest ? t.latest->date.str() : "",
                     measured ? out.number(std::round(t.progress.fraction * 1000) / 10) : "",
                     strings(std::string("tracking.status.") + name(t.status))});
    }
}

void tactics(Sheet& out, const Plan& plan, const Strings& strings) {
    addHeader(out, {"rank", "id", "goal", "title", "value", "complexity", "quadrant"}, strings);
    const PlanIndex index(plan);
    int rank = 0;
    for (size_t i : rankTactics(plan.tactics)) {
        const Tactic& t = plan.tactics[i];
        const Goal* goal = index.goal(t.goalId);
        auto score = [](std::optional<int> s) { return s ? std::to_string(*s) : std::string(); };
        addRow(out, {std::to_string(++rank), t.id, goal ? goal->title : t.goalId, t.title, score(t.value),
                     score(t.complexity), strings(std::string("tactic.quadrant.") + name(quadrantOf(t)))});
    }
}

void tasks(Sheet& out, const Plan& plan, const Strings& strings, Date today) {
    addHeader(out, {"id", "tactic", "title", "owners", "due", "repeat", "next_due", "done", "overdue", "done_dates"},
              strings);
    const PlanIndex index(plan);
    for (const Task& t : plan.tasks) {
        const Tactic* tactic = index.tactic(t.tacticId);
        std::string doneDates;  // one cell, ISO dates separated by spaces, as a spreadsheet splits them
        for (const Date& date : t.doneDates) doneDates += (doneDates.empty() ? "" : " ") + date.str();
        addRow(out, {t.id, tactic ? tactic->title : t.tacticId, t.title, joinNames(t.owners), day(firstOccurrence(t)),
                     describeRepeat(t, strings), day(nextOpenOccurrence(t, today)), yesNo(t.done, strings),
                     yesNo(isOverdue(t, today), strings), doneDates});
    }
}

void checkins(Sheet& out, const Plan& plan, const Strings& strings) {
    addHeader(out, {"date", "goal_id", "goal", "value", "confidence", "note"}, strings);
    std::vector<const Checkin*> sorted;
    for (const Checkin& c : plan.checkins) sorted.push_back(&c);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Checkin* a, const Checkin* b) { return a->date < b->date; });
    const PlanIndex index(plan);
    for (const Checkin* c : sorted) {
        const Goal* goal = index.goal(c->goalId);
        addRow(out, {c->date.str(), c->goalId, goal ? goal->title : std::string(), out.number(c->value),
                     c->confidence ? strings(std::string("tracking.confidence.") + name(*c->confidence)) : "", c->note});
    }
}
}  // namespace

CsvDialect csvDialectFor(const Strings& strings) {
    return strings.numberStyle().decimal == "," ? kSemicolonCsv : kCommaCsv;
}

const char* name(CsvTable table) { return kTableNames[static_cast<int>(table)]; }

std::optional<CsvTable> csvTableFromName(std::string_view text) {
    for (int i = 0; i < 4; ++i)
        if (text == kTableNames[i]) return static_cast<CsvTable>(i);
    return std::nullopt;
}

std::string csvCell(std::string_view text, CsvDialect dialect) {
    std::string cell;
    const std::string clean = withoutControlCharacters(text);
    if (startsLikeFormula(clean, dialect.decimal)) cell += '\'';
    cell += clean;
    const bool edgeSpace = !cell.empty() && (cell.front() == ' ' || cell.back() == ' ' || cell.back() == '\t');
    const char special[] = {dialect.separator, '"', '\r', '\n', '\0'};
    if (!edgeSpace && cell.find_first_of(special) == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';  // a quote inside a quoted cell is doubled
        quoted += c;
    }
    return quoted + "\"";
}

std::string exportCsv(const Plan& plan, CsvTable table, const Strings& strings, Date today, CsvDialect dialect) {
    Sheet out{"\xEF\xBB\xBF", dialect};  // UTF-8 byte order mark: Excel reads the file as UTF-8
    switch (table) {
        case CsvTable::goals: goals(out, plan, strings, today); break;
        case CsvTable::tactics: tactics(out, plan, strings); break;
        case CsvTable::tasks: tasks(out, plan, strings, today); break;
        case CsvTable::checkins: checkins(out, plan, strings); break;
    }
    return out.text;
}

}  // namespace waymark
