#include "core/export/summary_pages.h"

#include <algorithm>

#include "core/export/report.h"

namespace waymark {

namespace {
std::string md(const std::string& text) { return markdownText(text); }

// One "label: value" line of a goal; nothing when the value is empty.
void mdFact(std::string& out, const Strings& t, const char* key, const std::string& value) {
    if (!value.empty()) out += "- " + t(key) + ": " + md(value) + "\n";
}

void mdList(std::string& out, const std::vector<std::string>& items, const Strings& t, bool numbered) {
    if (items.empty()) out += t("summary.none") + "\n";
    for (size_t i = 0; i < items.size(); ++i) out += (numbered ? std::to_string(i + 1) + ". " : "- ") + md(items[i]) + "\n";
    out += "\n";
}

// The page's style: margins and a content width that fit A4 (210 mm wide) and Letter (279 mm
// tall); colour kept in print for the vote bars; goals and table rows kept whole on a page.
constexpr const char* kPrintStyle = R"css(
@page { margin: 16mm 15mm; }
html { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b1f27; }
body { margin: 0 auto; max-width: 178mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 18pt; margin: 0 0 2pt; color: #2457c5; }
h2 { font-size: 13.5pt; margin: 14pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.5pt solid #2457c5; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 10pt 0 4pt; break-after: avoid; }
p, li, td, th { overflow-wrap: anywhere; }
.muted { color: #5a6472; }
ol, ul { margin: 0 0 6pt; padding-left: 18pt; }
.votes { width: 100%; border-collapse: collapse; table-layout: fixed; }
.votes td { padding: 2pt 4pt 2pt 0; vertical-align: middle; }
.votes .title { width: 50%; }
.votes .count { width: 16%; text-align: right; white-space: nowrap; }
.bar { display: block; height: 0; border-top: 9pt solid #2457c5; border-radius: 2pt; }
.goal { break-inside: avoid; page-break-inside: avoid; border: 0.75pt solid #c9d1dd; border-radius: 4pt; padding: 5pt 8pt; margin: 0 0 6pt; }
.goal h3 { margin: 0 0 3pt; }
.goal dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 0; }
.goal dt { color: #5a6472; }
.goal dd { margin: 0; overflow-wrap: anywhere; }
.smart { font-size: 9pt; color: #1d7a46; font-weight: 600; }
.tasks { width: 100%; border-collapse: collapse; table-layout: fixed; }
.tasks th, .tasks td { text-align: left; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.75pt solid #dde3ec; }
.tasks th { border-bottom: 1.2pt solid #5a6472; }
.tasks tr { break-inside: avoid; page-break-inside: avoid; }
.tasks thead { display: table-header-group; }
)css";

struct Html {
    std::string out;
    void tag(const char* open, const std::string& text, const char* close) { out += open + htmlText(text) + close; }
    void list(const std::vector<std::string>& items, const Strings& t, bool numbered) {
        if (items.empty()) {
            tag("<p class=\"muted\">", t("summary.none"), "</p>\n");
            return;
        }
        out += numbered ? "<ol>\n" : "<ul>\n";
        for (const std::string& item : items) tag("<li>", item, "</li>\n");
        out += numbered ? "</ol>\n" : "</ul>\n";
    }
    void fact(const Strings& t, const char* key, const std::string& value) {
        if (value.empty()) return;
        tag("<dt>", t(key), "</dt>");
        tag("<dd>", value, "</dd>\n");
    }
};
}  // namespace

std::string htmlText(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\n': case '\r': case '\t': out += ' '; break;
            default:
                if (byte >= 0x20 && byte != 0x7f) out += c;
        }
    }
    return out;
}

std::string summaryMarkdown(const WorkshopSummary& s, const Strings& t) {
    std::string out = "# " + md(s.title) + "\n\n" + md(s.asOf) + "\n\n## " + t("summary.decisions") + "\n\n";
    if (!s.votingHeading.empty()) {
        out += "### " + md(s.votingHeading) + "\n\n";
        if (!s.votingNote.empty()) out += md(s.votingNote) + "\n\n";
        std::vector<std::string> lines;
        for (const SummaryVote& v : s.votes) lines.push_back(v.title + " — " + v.votesText);
        if (!lines.empty()) mdList(out, lines, t, true);
    }
    out += "### " + t("summary.top_tactics") + "\n\n";
    mdList(out, s.topTactics, t, true);
    out += "### " + t("summary.smart_goals") + "\n\n";
    mdList(out, s.smartGoals, t, false);
    out += "## " + t("summary.goals") + "\n\n";
    if (s.goals.empty()) out += t("summary.none") + "\n\n";
    for (const SummaryGoal& g : s.goals) {
        out += "### " + md(g.title) + (g.smart ? " — " + t("summary.smart_mark") : "") + "\n\n";
        mdFact(out, t, "summary.serves", g.objective);
        mdFact(out, t, "summary.kpi", g.kpi.empty() ? t("summary.not_set") : g.kpi);
        mdFact(out, t, "summary.baseline_target", g.numbers.empty() ? t("summary.not_set") : g.numbers);
        mdFact(out, t, "summary.owners", g.owners.empty() ? t("summary.no_owner") : g.owners);
        out += "\n";
    }
    out += "## " + t("summary.owners_heading") + "\n\n";
    mdList(out, s.owners, t, false);
    out += "## " + t("summary.tasks_heading") + "\n\n";
    if (s.tasks.empty()) out += t("summary.none") + "\n";
    else {
        out += "| " + t("summary.column.task") + " | " + t("summary.column.tactic") + " | " + t("summary.column.owners") +
               " | " + t("summary.column.due") + " |\n|---|---|---|---|\n";
        for (const SummaryTask& x : s.tasks)
            out += "| " + md(x.title) + " | " + md(x.tactic) + " | " + md(x.owners) + " | " + md(x.due) + " |\n";
    }
    return out;
}

std::string summaryHtml(const WorkshopSummary& s, const Strings& t) {
    Html h;
    h.out = "<!doctype html>\n<html lang=\"" + htmlText(t.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h.tag("<title>", s.title, "</title>\n");
    h.out += std::string("<style>") + kPrintStyle + "</style>\n</head>\n<body>\n";
    h.tag("<h1>", s.title, "</h1>\n");
    h.tag("<p class=\"muted\">", s.asOf, "</p>\n");
    h.tag("<h2>", t("summary.decisions"), "</h2>\n");
    if (!s.votingHeading.empty()) {
        h.tag("<h3>", s.votingHeading, "</h3>\n");
        if (!s.votingNote.empty()) h.tag("<p class=\"muted\">", s.votingNote, "</p>\n");
        if (!s.votes.empty()) {
            const int top = std::max(1, s.votes.front().votes);
            h.out += "<table class=\"votes\">\n";
            for (const SummaryVote& v : s.votes) {
                h.tag("<tr><td class=\"title\">", v.title, "</td>");
                // The bar's length is the share of the top count: a whole percentage, never user text.
                h.out += "<td><span class=\"bar\" style=\"width:" + std::to_string(100 * v.votes / top) + "%\"></span></td>";
                h.tag("<td class=\"count\">", v.votesText, "</td></tr>\n");
            }
            h.out += "</table>\n";
        }
    }
    h.tag("<h3>", t("summary.top_tactics"), "</h3>\n");
    h.list(s.topTactics, t, true);
    h.tag("<h3>", t("summary.smart_goals"), "</h3>\n");
    h.list(s.smartGoals, t, false);
    h.tag("<h2>", t("summary.goals"), "</h2>\n");
    if (s.goals.empty()) h.tag("<p class=\"muted\">", t("summary.none"), "</p>\n");
    for (const SummaryGoal& g : s.goals) {
        h.out += "<section class=\"goal\">\n";
        h.tag("<h3>", g.title, "");
        if (g.smart) h.tag(" <span class=\"smart\">", t("summary.smart_mark"), "</span>");
        h.out += "</h3>\n<dl>\n";
        h.fact(t, "summary.serves", g.objective);
        h.fact(t, "summary.kpi", g.kpi.empty() ? t("summary.not_set") : g.kpi);
        h.fact(t, "summary.baseline_target", g.numbers.empty() ? t("summary.not_set") : g.numbers);
        h.fact(t, "summary.owners", g.owners.empty() ? t("summary.no_owner") : g.owners);
        h.out += "</dl>\n</section>\n";
    }
    h.tag("<h2>", t("summary.owners_heading"), "</h2>\n");
    h.list(s.owners, t, false);
    h.tag("<h2>", t("summary.tasks_heading"), "</h2>\n");
    if (s.tasks.empty()) h.tag("<p class=\"muted\">", t("summary.none"), "</p>\n");
    else {
        h.out += "<table class=\"tasks\">\n<colgroup><col style=\"width:34%\"><col style=\"width:28%\"><col style=\"width:18%\">"
                 "<col style=\"width:20%\"></colgroup>\n<thead><tr>";
        for (const char* key : {"summary.column.task", "summary.column.tactic", "summary.column.owners", "summary.column.due"})
            h.tag("<th>", t(key), "</th>");
        h.out += "</tr></thead>\n<tbody>\n";
        for (const SummaryTask& x : s.tasks) {
            h.tag("<tr><td>", x.title, "</td>");
            h.tag("<td>", x.tactic, "</td>");
            h.tag("<td>", x.owners, "</td>");
            h.tag("<td>", x.due, "</td></tr>\n");
        }
        h.out += "</tbody>\n</table>\n";
    }
    h.out += "</body>\n</html>\n";
    return h.out;
}

}  // namespace waymark
