#include "core/text/i18n.h"

#include <algorithm>

#include "core/text/embedded.h"

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
    return text ? fillPlaceholders(text, args) : std::string(key);
}

std::string Strings::plural(std::string_view key, long long count, const TextArgs& args) const {
    // Indonesian marks plurality by context, not by the noun: one form serves every count.
    const bool one = count == 1 && language_ != "id";
    TextArgs filled = args;
    filled.emplace_back("count", std::to_string(count));
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
