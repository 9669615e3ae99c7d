#pragma once
// The plan as spreadsheet tables: one CSV file per table, made to open cleanly in Excel,
// LibreOffice and Google Sheets. UTF-8 with a byte order mark (so Excel reads umlauts), CRLF line
// ends, RFC 4180 quoting, '.' as decimal point, translated headers. Text cells that a
// spreadsheet would run as a formula (= + - @ tab CR) get a leading apostrophe; numbers,
// negative ones included, stay numbers.
#include <optional>
#include <string>
#include <string_view>

#include "core/text/i18n.h"
#include "core/plan/plan.h"

namespace waymark {

enum class CsvTable { goals, tactics, tasks, checkins };

// "goals", "tactics", "tasks", "checkins" and back; nullopt for anything else.
const char* name(CsvTable table);
std::optional<CsvTable> csvTableFromName(std::string_view text);

// One table as a complete CSV file. `today` drives status, progress and next due dates.
std::string exportCsv(const Plan& plan, CsvTable table, const Strings& strings, Date today);

// One cell: formula-safe, then quoted when it holds a quote, comma, line break or edge space.
std::string csvCell(std::string_view text);

}  // namespace waymark
