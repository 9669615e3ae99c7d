#pragma once
// The plan file: a versioned JSON envelope {"format": "waymark-plan", "version": 1, "plan": {...}}.
// Loading is all or nothing: either a complete, valid plan or an error naming the field's path
// and what is wrong ("plan.goals[3].deadline: not a date (YYYY-MM-DD)"). Never a half plan.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan/plan.h"
#include "core/text/i18n.h"

namespace waymark {

inline constexpr const char* kPlanFormat = "waymark-plan";
inline constexpr int kPlanFormatVersion = 1;
// Limits that keep a hostile or broken file from hanging or exhausting the page.
// 32 MB (assets/limits.json, which the page reads too): the bench/ big plan (1,000 goals, 100,000
// check-ins) writes ~19 MB.
inline constexpr size_t kMaxPlanFileBytes = WAYMARK_MAX_PLAN_FILE_BYTES;
// From this size on the app tells the user to make the plan smaller while it can still be stored.
inline constexpr size_t kPlanSizeWarningBytes = kMaxPlanFileBytes / 8 * 7;
inline constexpr int kMaxJsonDepth = 32;
inline constexpr size_t kMaxTextLength = WAYMARK_MAX_TEXT_CHARACTERS;  // assets/limits.json
inline constexpr size_t kMaxIdLength = 64;

// Why a file was refused, as a code and its arguments like a review finding, so each place
// shows it in its own language; the texts are "load_error.<code>" (assets/i18n/*/load_errors.json).
struct LoadError {
    std::string path;  // "plan.goals[3].deadline"; empty when the file as a whole is wrong
    std::string code;  // "not_date"
    TextArgs args;     // the text's placeholders ("_number" arguments as in TextArgs)
    // "plan.goals[3].deadline: kein Datum (JJJJ-MM-TT)" in strings' language.
    std::string text(const Strings& strings) const;
    // The English text without the path: "not a date (YYYY-MM-DD)".
    std::string message() const;
    // The English text with the path, for the command line and logs.
    std::string str() const;
};

// What was changed so that a file an earlier build wrote opens as it was meant (a custom KPI
// moved off an id the catalog took since); the texts are "load_note.<code>".
struct LoadNote {
    std::string code;  // "kpi_moved"
    TextArgs args;
    std::string text(const Strings& strings) const { return strings("load_note." + code, args); }
};

struct LoadResult {
    std::optional<Plan> plan;
    LoadError error;      // meaningful only when plan is empty
    std::vector<LoadNote> notes;  // what the loader changed on the way in; empty for a current file
    explicit operator bool() const { return plan.has_value(); }
};

// True for a language tag the plan's `language` field may hold: two or three ASCII letters, then
// optional subtags of 1 to 8 letters or digits after '-' ("en", "de", "pt-BR"), at most 35 characters.
bool isLanguageTag(std::string_view tag);

// Parses and validates a plan file: syntax, envelope, types, ranges, unique ids, references.
LoadResult parsePlanDocument(std::string_view text);

// Gives every check-in and voting participant without an id one no other item of its kind has
// (files written before they had ids, plans built in code). parsePlanDocument does it on reading.
void assignMissingItemIds(Plan& plan);

// Writes a plan file (2-space indented, keys in a fixed order, unset fields left out).
// parsePlanDocument(serializePlanDocument(p)).plan == p for every valid plan p.
std::string serializePlanDocument(const Plan& plan);

}  // namespace waymark
