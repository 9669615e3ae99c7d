#pragma once
// Every file the plan leaves as, from the page's export menu: what each is called, its type and
// its bytes. File names come from the plan's name and the day of the export, so a team's
// downloads sort by plan and date: "ristorante-lucia-tasks-2026-11-29.csv".
#include <string>

#include "core/export/csv.h"
#include "core/plan/date.h"
#include "core/plan/plan.h"
#include "core/text/i18n.h"

namespace waymark {

// summary_print is the workshop summary as a printable page: the app prints it, never downloads it.
enum class ExportKind { goals_csv, tactics_csv, tasks_csv, checkins_csv, calendar, report, summary_md, summary_print };

inline constexpr ExportKind kExportKinds[] = {ExportKind::goals_csv,    ExportKind::tactics_csv, ExportKind::tasks_csv,
                                              ExportKind::checkins_csv, ExportKind::calendar,    ExportKind::report,
                                              ExportKind::summary_md,   ExportKind::summary_print};

// "goals_csv", ...: the kind's id; its menu label is the text key "export.menu.<id>".
const char* name(ExportKind kind);

struct ExportFile {
    std::string fileName;  // "<plan slug>-<what>-<YYYY-MM-DD>.<ext>"
    std::string mimeType;
    std::string text;
};

// The file of one kind for the plan as of `today`, its headers and labels in strings' language;
// CSV tables in the given spreadsheet dialect.
ExportFile makeExport(const Plan& plan, ExportKind kind, const Strings& strings, Date today,
                      CsvDialect csv = kCommaCsv);

// The plan's name as a file name part: "Ristorante Lucia: Q1" -> "ristorante-lucia-q1". Characters
// beyond ASCII are kept whole ("café-münchen"); any other run of punctuation, spaces or control
// characters becomes one '-'; at most 60 bytes; "plan" when nothing is left.
std::string fileSlug(const std::string& planName);

}  // namespace waymark
