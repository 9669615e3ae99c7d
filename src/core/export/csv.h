#pragma once
// The plan as spreadsheet tables: one CSV file per table, made to open cleanly in Excel,
// LibreOffice and Google Sheets. UTF-8 with a byte order mark (so Excel reads umlauts), CRLF line
// ends, RFC 4180 quoting, translated headers, and a dialect: commas and '.' as decimal point, or
// semicolons and decimal commas for German and Indonesian spreadsheets. Text cells that a
// spreadsheet would run as a formula (= + - @ tab CR, also after leading spaces and in their
// full-width forms ＝ ＋ － ＠) get a leading apostrophe; numbers, negative ones included, stay
// numbers. Control characters (other than tab and line breaks) are left out.
#include <optional>
#include <string>
#include <string_view>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

enum class CsvTable { goals, tactics, tasks, checkins };

// The separator and decimal mark a spreadsheet expects: Excel in German or Indonesian opens a
// ';'-separated file with "3,5" as numbers, and English Excel a ','-separated one with "3.5".
struct CsvDialect {
    char separator = ',';
    char decimal = '.';
    friend bool operator==(const CsvDialect&, const CsvDialect&) = default;
};
inline constexpr CsvDialect kCommaCsv{',', '.'};
inline constexpr CsvDialect kSemicolonCsv{';', ','};
// The dialect a spreadsheet in the language expects: semicolons where the decimal mark is a comma.
CsvDialect csvDialectFor(const Strings& strings);

// "goals", "tactics", "tasks", "checkins" and back; nullopt for anything else.
const char* name(CsvTable table);
std::optional<CsvTable> csvTableFromName(std::string_view text);

// One table as a complete CSV file. `today` drives status, progress and next due dates.
std::string exportCsv(const Plan& plan, CsvTable table, const Strings& strings, Date today,
                      CsvDialect dialect = kCommaCsv);

// One cell: control characters left out, formula-safe, then quoted when it holds a quote, the
// separator, a line break or an edge space.
std::string csvCell(std::string_view text, CsvDialect dialect = kCommaCsv);

}  // namespace waymark
