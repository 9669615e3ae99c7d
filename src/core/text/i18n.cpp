#include "core/text/i18n.h"

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

const char* Strings::raw(std::string_view key) const {
    if (auto it = texts_.find(key); it != texts_.end()) return it->second;
    if (auto it = fallback_.find(key); it != fallback_.end()) return it->second;
    return nullptr;
}

std::string Strings::operator()(std::string_view key, const TextArgs& args) const {
    const char* text = raw(key);
    return text ? fillPlaceholders(text, args) : std::string(key);
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
