#include "core/text/i18n.h"

#include <algorithm>

#include "core/text/embedded.h"
#include "core/text/number_parse.h"

namespace waymark {

namespace {
std::map<std::string_view, const char*> readTable(std::string_view language) {
    // A language is every table from a file below i18n/<language>/, one per area of the app. The
    // texts are compiled in: the table points at them rather than copying ~600 strings at start.
    std::map<std::string_view, const char*> table;
    const std::string prefix = "i18n/" + std::string(language) + "/";
    size_t count = 0;
    const EmbeddedTextTable* tables = embeddedTextTables(count);
    for (size_t i = 0; i < count; ++i) {
        if (std::string_view(tables[i].path).rfind(prefix, 0) != 0) continue;
        for (size_t e = 0; e < tables[i].count; ++e) table.emplace(tables[i].entries[e].key, tables[i].entries[e].text);
    }
    return table;
}

}  // namespace

Strings Strings::load(std::string_view language) {
    Strings s;
    s.texts_ = readTable(language);
    s.language_ = s.texts_.empty() ? "en" : std::string(language);
    if (s.language_ == "en") {
        if (s.texts_.empty()) s.texts_ = readTable("en");
    } else {
        s.fallback_ = readTable("en");
    }
    s.numbers_.decimal = s("format.decimal");
    s.numbers_.group = s("format.group");
    s.numbers_.percent = s("format.percent");
    return s;
}

std::vector<std::string> Strings::languages() {
    std::vector<std::string> out;
    size_t count = 0;
    const EmbeddedTextTable* tables = embeddedTextTables(count);
    for (size_t i = 0; i < count; ++i) {
        const std::string_view path = tables[i].path;  // "i18n/<language>/<area>.json"
        if (path.rfind("i18n/", 0) != 0) continue;
        const size_t slash = path.find('/', 5);
        if (slash == std::string_view::npos) continue;
        std::string code(path.substr(5, slash - 5));
        if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    }
    std::sort(out.begin(), out.end());
    return out;
}

const char* Strings::raw(std::string_view key) const {
    if (auto it = texts_.find(key); it != texts_.end()) return it->second;
    if (auto it = fallback_.find(key); it != fallback_.end()) return it->second;
    return nullptr;
}

std::string Strings::operator()(std::string_view key, const TextArgs& args) const {
    const char* text = raw(key);
    return text ? fillPlaceholders(text, localized(args)) : std::string(key);
}

namespace {
bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// "2026-11-30" as year, month and day; false for anything else.
bool isoDate(const std::string& text, int& year, int& month, int& day) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    year = std::stoi(text.substr(0, 4));
    month = std::stoi(text.substr(5, 2));
    day = std::stoi(text.substr(8, 2));
    return true;
}
}  // namespace

TextArgs Strings::localized(const TextArgs& args) const {
    constexpr std::string_view number = "_number", date = "_date";
    TextArgs out;
    out.reserve(args.size());
    for (const auto& [name, value] : args) {
        int y = 0, m = 0, d = 0;
        if (endsWith(name, number)) out.emplace_back(name.substr(0, name.size() - number.size()), numberText(value));
        else if (endsWith(name, date))
            out.emplace_back(name.substr(0, name.size() - date.size()), isoDate(value, y, m, d) ? this->date(y, m, d) : value);
        else out.emplace_back(name, value);
    }
    return out;
}

std::string Strings::number(double value) const { return numberText(formatNumber(value)); }

std::string Strings::numberText(std::string_view canonical) const { return localizeNumber(canonical, numbers_); }

std::string Strings::percent(double fraction) const { return numberText(formatPercent(fraction)); }

std::optional<double> Strings::parseNumber(std::string_view text) const {
    return waymark::parseNumber(text, numbers_.decimal == "," ? ',' : '.');
}

std::string Strings::date(int year, int month, int day) const {
    if (month < 1 || month > 12) return {};
    return (*this)("format.date", {{"day", std::to_string(day)},
                                   {"month", (*this)("format.month." + std::to_string(month))},
                                   {"year", std::to_string(year)}});
}

std::string Strings::dayMonth(int month, int day) const {
    if (month < 1 || month > 12) return {};
    return (*this)("format.day_month",
                   {{"day", std::to_string(day)}, {"month", (*this)("format.month." + std::to_string(month))}});
}

std::string Strings::plural(std::string_view key, long long count, const TextArgs& args) const {
    // Indonesian marks plurality by context, not by the noun: one form serves every count.
    const bool one = count == 1 && language_ != "id";
    TextArgs filled = args;
    filled.emplace_back("count_number", std::to_string(count));
    return (*this)(std::string(key) + (one ? ".one" : ".other"), filled);
}

std::string Strings::list(const std::vector<std::string>& items) const {
    if (items.empty()) return {};
    std::string head = items.front();
    for (size_t i = 1; i + 1 < items.size(); ++i) head = (*this)("list.comma", {{"first", head}, {"next", items[i]}});
    return items.size() == 1 ? head : (*this)("list.and", {{"first", head}, {"last", items.back()}});
}

bool Strings::has(std::string_view key) const { return texts_.count(key) > 0; }

std::vector<std::string> Strings::keys() const {
    std::vector<std::string> out;
    for (const auto& entry : texts_) out.emplace_back(entry.first);
    return out;
}

std::string fillPlaceholders(std::string_view text, const TextArgs& args) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        if (text[i] == '{') {
            const size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = text.substr(i + 1, close - i - 1);
                bool filled = false;
                for (const auto& [key, value] : args)
                    if (key == name) { out += value; filled = true; break; }
                if (filled) { i = close + 1; continue; }
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace waymark
