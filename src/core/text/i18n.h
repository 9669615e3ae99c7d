#pragma once
// Every user-facing string is looked up by a namespaced key ("finding.missing_baseline.message")
// in assets/i18n/<language>/*.json (one file per area). English is complete and the fallback for missing keys.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

// Placeholder values for a text: {"objective", "Grow revenue"} fills "{objective}".
using TextArgs = std::vector<std::pair<std::string, std::string>>;

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
    bool has(std::string_view key) const;
    std::vector<std::string> keys() const;
    const std::string& language() const { return language_; }

private:
    std::string language_;
    std::map<std::string_view, const char*> texts_;     // keys and texts are compiled in (embedded.h)
    std::map<std::string_view, const char*> fallback_;
};

// Fills {name} placeholders in text; unknown placeholders stay as they are.
std::string fillPlaceholders(std::string_view text, const TextArgs& args);

}  // namespace waymark
