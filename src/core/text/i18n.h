#pragma once
// Every user-facing string is looked up by a namespaced key ("finding.missing_baseline.message")
// in assets/i18n/<language>/*.json (one file per area). English is complete and the fallback for missing keys.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/number_format.h"

namespace waymark {

// Placeholder values for a text: {"objective", "Grow revenue"} fills "{objective}". An argument
// named "<x>_number" holds canonical number text ("1234.5", "62 EUR") and fills {x} written the
// language's way ("1,234.5", "1.234,5"); one named "<x>_date" holds YYYY-MM-DD and fills {x} with
// the language's date ("30 Nov 2026"); see Strings::localized.
using TextArgs = std::vector<std::pair<std::string, std::string>>;

// A sentence as a text key and its placeholder values. An argument named "<x>_key" holds a text
// key whose translation fills {x}; any other fills {<name>} as it is (see sentenceText in
// review.h, which writes it out).
struct Sentence {
    std::string key;
    TextArgs args;
    // When the wording depends on the language it is shown in (a title that reads as a verb in
    // one language is quoted in another): the key per language; `key` for any other language.
    std::vector<std::pair<std::string, std::string>> keyByLanguage = {};
};

class Strings {
public:
    // The table of an embedded language ("en", "de", "id"); an unknown language gives English.
    static Strings load(std::string_view language);
    // The embedded languages' codes, sorted ("de", "en", "id").
    static std::vector<std::string> languages();

    // The text for key with its {placeholders} filled; English when this language lacks the key,
    // and the key itself when English lacks it too (a test keeps that from shipping).
    std::string operator()(std::string_view key, const TextArgs& args = {}) const;
    // The raw text (no placeholders filled) as a stable C string; for ImGui labels.
    const char* raw(std::string_view key) const;
    // A text that depends on a count: "<key>.one" or "<key>.other", chosen by the language's
    // plural rule (English, German: "one" for exactly 1; Indonesian: always "other"), with
    // {count} filled in besides args.
    std::string plural(std::string_view key, long long count, const TextArgs& args = {}) const;
    // Items as a list in this language: "a", "a and b", "a, b and c".
    std::string list(const std::vector<std::string>& items) const;
    // Numbers and dates the way this language writes them (format.* keys in format.json): one
    // formatter for every view, the advice, the mirror and the exports meant for reading.
    // A number: "1,234.5" in English, "1.234,5" in German; empty when not finite.
    std::string number(double value) const;
    // Canonical number text (formatNumber, formatAmount: "466000 EUR", "2.3%") in this language.
    std::string numberText(std::string_view canonical) const;
    // A fraction as a whole percent: "12%" in English, "12 %" in German.
    std::string percent(double fraction) const;
    // A number typed in this language ("3,5" is 3.5 in German); nullopt when it is not one.
    std::optional<double> parseNumber(std::string_view text) const;
    // A calendar date ("30 Nov 2026", "30. Nov. 2026") and without its year ("30 Nov").
    std::string date(int year, int month, int day) const;
    std::string dayMonth(int month, int day) const;
    const NumberStyle& numberStyle() const { return numbers_; }
    // args with every "<x>_number" and "<x>_date" argument turned into {x}, written this language's way.
    TextArgs localized(const TextArgs& args) const;
    bool has(std::string_view key) const;
    std::vector<std::string> keys() const;
    const std::string& language() const { return language_; }

private:
    std::string language_;
    NumberStyle numbers_;
    std::map<std::string_view, const char*> texts_;     // keys and texts are compiled in (embedded.h)
    std::map<std::string_view, const char*> fallback_;
};

// Fills {name} placeholders in text; unknown placeholders stay as they are.
std::string fillPlaceholders(std::string_view text, const TextArgs& args);

}  // namespace waymark
