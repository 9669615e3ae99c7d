#include "core/export/export_file.h"

#include "core/export/csv.h"
#include "core/export/ics.h"
#include "core/export/report.h"
#include "core/export/summary_pages.h"

namespace waymark {

namespace {
const char* const kNames[] = {"goals_csv", "tactics_csv", "tasks_csv", "checkins_csv", "calendar", "report", "summary_md", "summary_print"};

constexpr size_t kMaxSlugBytes = 60;  // long names stay readable in a downloads folder

ExportFile csvFile(const Plan& plan, CsvTable table, const Strings& strings, Date today, CsvDialect dialect) {
    return {fileSlug(plan.name) + "-" + name(table) + "-" + today.str() + ".csv", "text/csv;charset=utf-8",
            exportCsv(plan, table, strings, today, dialect)};
}
}  // namespace

const char* name(ExportKind kind) { return kNames[static_cast<int>(kind)]; }

ExportFile makeExport(const Plan& plan, ExportKind kind, const Strings& strings, Date today, CsvDialect csv) {
    switch (kind) {
        case ExportKind::goals_csv: return csvFile(plan, CsvTable::goals, strings, today, csv);
        case ExportKind::tactics_csv: return csvFile(plan, CsvTable::tactics, strings, today, csv);
        case ExportKind::tasks_csv: return csvFile(plan, CsvTable::tasks, strings, today, csv);
        case ExportKind::checkins_csv: return csvFile(plan, CsvTable::checkins, strings, today, csv);
        case ExportKind::calendar:
            return {fileSlug(plan.name) + "-" + today.str() + ".ics", "text/calendar;charset=utf-8",
                    exportIcs(plan, strings, today)};
        case ExportKind::report:
            return {fileSlug(plan.name) + "-report-" + today.str() + ".md", "text/markdown;charset=utf-8",
                    exportReport(plan, strings, today)};
        case ExportKind::summary_md:
            return {fileSlug(plan.name) + "-workshop-summary-" + today.str() + ".md", "text/markdown;charset=utf-8",
                    summaryMarkdown(buildWorkshopSummary(plan, strings, today), strings)};
        case ExportKind::summary_print:
            return {fileSlug(plan.name) + "-workshop-summary-" + today.str() + ".html", "text/html;charset=utf-8",
                    summaryHtml(buildWorkshopSummary(plan, strings, today), strings)};
    }
    return {};
}

std::string fileSlug(const std::string& planName) {
    std::string slug;
    for (size_t i = 0; i < planName.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(planName[i]);
        if (c >= 0x80) {
            // A UTF-8 sequence is kept whole, so the slug never ends inside a character.
            size_t end = i + 1;
            while (end < planName.size() && (static_cast<unsigned char>(planName[end]) & 0xC0) == 0x80) ++end;
            if (slug.size() + (end - i) > kMaxSlugBytes) break;
            slug.append(planName, i, end - i);
            i = end - 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            slug += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            slug += static_cast<char>(c - 'A' + 'a');
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
        if (slug.size() >= kMaxSlugBytes) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "plan" : slug;
}

}  // namespace waymark
