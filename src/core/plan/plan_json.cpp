#include "core/plan/plan_json.h"

#include "core/plan/plan_items.h"
#include "core/plan/voting.h"
#include "core/text/excerpt.h"
#include "core/text/plain_text.h"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

// Sections: [parsing] syntax with named errors and a depth limit; [encoding] UTF-8 only;
// [reading] typed fields with paths; [plan] the document's parts; [references] ids and links;
// [writing] serialisation.

namespace waymark {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- [parsing] ---------------------------------------------------------------------------
// nlohmann's DOM parser without exceptions only says "discarded". This SAX wrapper keeps the
// parser's own message with the path where it stopped, stops at kMaxJsonDepth before deep
// nesting can exhaust the stack, and refuses what the DOM would silently lose: a repeated key
// (the last would win; other tools keep the first) and a whole number a double cannot hold.
class LimitedDomParser {
public:
    explicit LimitedDomParser(json& root) : dom_(root, false) {}
    std::string error;  // a load_error code; empty while all is well
    TextArgs errorArgs;
    std::string errorPath;

    bool null() { return value() && dom_.null(); }
    bool boolean(bool v) { return value() && dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) {
        return value() && exact(v >= -kExactLimit && v <= kExactLimit) && dom_.number_integer(v);
    }
    bool number_unsigned(json::number_unsigned_t v) {
        return value() && exact(v <= static_cast<json::number_unsigned_t>(kExactLimit)) && dom_.number_unsigned(v);
    }
    // A literal without fraction or exponent lands here only when it is beyond 64 bits.
    bool number_float(json::number_float_t v, const std::string& s) {
        return value() && exact(s.find_first_of(".eE") != std::string::npos) && dom_.number_float(v, s);
    }
    bool string(std::string& v) { return value() && dom_.string(v); }
    bool binary(json::binary_t& v) { return value() && dom_.binary(v); }
    bool start_object(std::size_t n) { return value() && enter(false) && dom_.start_object(n); }
    bool key(std::string& v) {
        Frame& f = frames_.back();
        f.key = v;
        if (!f.keys.insert(v).second) return stop("duplicate_key");
        return dom_.key(v);
    }
    bool end_object() { frames_.pop_back(); return dom_.end_object(); }
    bool start_array(std::size_t n) { return value() && enter(true) && dom_.start_array(n); }
    bool end_array() { frames_.pop_back(); return dom_.end_array(); }
    bool parse_error(std::size_t, const std::string& token, const nlohmann::detail::exception& ex) {
        std::string what = ex.what();
        const size_t bracket = what.find("] ");  // drop "[json.exception.parse_error.101] "
        error = "json_syntax";
        errorArgs = {{"detail", withTokenExcerpt(bracket == std::string::npos ? what : what.substr(bracket + 2), token)}};
        return false;
    }

private:
    static constexpr long long kExactLimit = 9007199254740992LL;  // 2^53
    // nlohmann's message quotes the token it stopped in ("...; last read: '<token>'"), which is
    // the file's own text: an unterminated string of a megabyte is all of it.
    static std::string withTokenExcerpt(const std::string& what, const std::string& token) {
        const std::string quoted = "; last read: '" + token;
        const size_t at = what.find(quoted);
        if (at == std::string::npos) return what;
        return what.substr(0, at) + "; last read: '" + excerpt(token) + what.substr(at + quoted.size());
    }
    struct Frame {
        bool array = false;
        size_t items = 0;                     // values seen so far in an array
        std::string key;                      // the current key in an object
        std::unordered_set<std::string> keys;
    };
    // Every value advances its array's index, so a path can name it.
    bool value() {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().items;
        return true;
    }
    bool enter(bool array) {
        if (frames_.size() >= static_cast<size_t>(kMaxJsonDepth)) {
            error = "json_depth";
            errorArgs = {{"depth_number", std::to_string(kMaxJsonDepth)}};
            return false;
        }
        frames_.push_back({array, 0, {}, {}});
        return true;
    }
    // The version keeps its own check: a huge one reads as "newer", which says more.
    bool exact(bool representable) {
        if (representable || (frames_.size() == 1 && frames_[0].key == "version")) return true;
        return stop("inexact_number");
    }
    bool stop(std::string code) {
        error = std::move(code);
        for (const Frame& f : frames_)
            errorPath += f.array ? "[" + std::to_string(f.items - 1) + "]" : (errorPath.empty() ? "" : ".") + excerpt(f.key);
        return false;
    }
    nlohmann::detail::json_sax_dom_parser<json> dom_;
    std::vector<Frame> frames_;
};

}  // namespace

bool isLanguageTag(std::string_view tag) {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (tag.size() > 35) return false;
    size_t i = 0;
    while (i < tag.size() && letter(tag[i])) ++i;
    if (i < 2 || i > 3) return false;
    while (i < tag.size()) {
        if (tag[i++] != '-') return false;
        const size_t start = i;
        while (i < tag.size() && (letter(tag[i]) || digit(tag[i]))) ++i;
        if (i == start || i - start > 8) return false;
    }
    return true;
}

namespace {
// ---- [encoding] --------------------------------------------------------------------------
// Plan files are UTF-8 (a byte order mark is allowed). The reader judges the bytes themselves, so
// the command line and the browser (which hands a file's bytes over undecoded) refuse the same
// files for the same reason (docs/plan-format.md, "Encoding").

// The length of the well-formed UTF-8 sequence at text[i], or 0 (overlong forms, surrogates and
// code points past U+10FFFF are not well formed: Unicode's table 3-7).
size_t utf8SequenceLength(std::string_view text, size_t i) {
    const auto at = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    const unsigned lead = at(0);
    const auto tail = [&](size_t k) { return at(k) >= 0x80 && at(k) <= 0xBF; };
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return tail(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return at(1) >= low && at(1) <= high && tail(2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return at(1) >= low && at(1) <= high && tail(2) && tail(3) ? 4 : 0;
    }
    return 0;
}

// A file in UTF-16 or UTF-32 (its byte order mark, or JSON's first ASCII character next to a NUL
// byte), or the first byte that is not part of a UTF-8 character, with its line.
std::optional<LoadError> encodingError(std::string_view text) {
    const auto startsWith = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
    const auto opensJson = [](char c) { return c == '{' || c == '[' || c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF") || startsWith(std::string_view("\0\0\xFE\xFF", 4)) ||
        (text.size() >= 2 && ((text[0] == '\0' && opensJson(text[1])) || (opensJson(text[0]) && text[1] == '\0'))))
        return LoadError{"", "utf16", {}};
    size_t line = 1;
    for (size_t i = 0; i < text.size();) {
        const size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return LoadError{"", "not_utf8", {{"byte", std::to_string(i + 1)}, {"line_number", std::to_string(line)}}};
        line += text[i] == '\n';
        i += length;
    }
    return std::nullopt;
}

// ---- [reading] ---------------------------------------------------------------------------

// "U+000A" for the first control character in an id (C0, DEL, C1), if any. Ids name plans and
// items where the page passes them as C strings and line lists: a NUL or a line break in one
// would change which plan a save goes to (docs/plan-format.md, "Encoding").
std::optional<std::string> firstControlCharacter(const std::string& utf8) {
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        unsigned code = c;
        if (c == 0xC2 && i + 1 < utf8.size()) code = static_cast<unsigned char>(utf8[i + 1]);  // U+0080..U+00BF
        else if (c >= 0x80) continue;
        if (code < 0x20 || code == 0x7F || (c == 0xC2 && code >= 0x80 && code <= 0x9F)) {
            char name[8];
            std::snprintf(name, sizeof name, "U+%04X", code);
            return name;
        }
    }
    return std::nullopt;
}

// Each read* checks one field, writes it on success and records the first error otherwise.
// Absent and null both mean "not set".
class Reader {
public:
    LoadError error;
    bool failed = false;

    bool fail(const std::string& path, std::string code, TextArgs args = {}) {
        if (!failed) error = {path, std::move(code), std::move(args)};
        failed = true;
        return false;
    }

    // Rejects keys the format does not know, so a typo never drops data silently.
    bool object(const json& j, const std::string& path, std::initializer_list<const char*> keys) {
        if (!j.is_object()) return fail(path, "expected_object");
        for (const auto& item : j.items()) {
            bool known = false;
            for (const char* k : keys) known = known || item.key() == k;
            if (!known) return fail((path.empty() ? "" : path + ".") + excerpt(item.key()), "unknown_field");
        }
        return true;
    }

    bool text(const json& o, const char* key, const std::string& path, std::string& out, bool required = false) {
        const json* v = field(o, key);
        if (!v) return !required || fail(path + "." + key, "missing");
        if (!v->is_string()) return fail(path + "." + key, "expected_text");
        const auto& s = v->get_ref<const std::string&>();
        if (characterCount(s) > kMaxTextLength) return fail(path + "." + key, "text_too_long", {{"limit_number", std::to_string(kMaxTextLength)}});
        out = s;
        return true;
    }

    // A language tag: two or three letters, then optional subtags ("en", "de", "pt-BR").
    bool language(const json& o, const char* key, const std::string& path, std::string& out) {
        std::string tag;
        if (!text(o, key, path, tag)) return false;
        if (!field(o, key)) return true;
        if (!isLanguageTag(tag)) return fail(path + "." + key, "language_tag");
        out = tag;
        return true;
    }

    bool id(const json& o, const char* key, const std::string& path, std::string& out) {
        if (!text(o, key, path, out, true)) return false;
        if (out.empty()) return fail(path + "." + key, "empty");
        if (characterCount(out) > kMaxIdLength) return fail(path + "." + key, "id_too_long", {{"limit_number", std::to_string(kMaxIdLength)}});
        if (const auto control = firstControlCharacter(out))
            return fail(path + "." + key, "id_control", {{"character", *control}});
        return true;
    }

    bool optionalId(const json& o, const char* key, const std::string& path, std::optional<std::string>& out) {
        if (!field(o, key)) return true;
        std::string value;
        if (!id(o, key, path, value)) return false;
        out = value;
        return true;
    }

    bool number(const json& o, const char* key, const std::string& path, std::optional<double>& out,
                double min = -HUGE_VAL) {
        const json* v = field(o, key);
        if (!v) return true;
        if (!v->is_number()) return fail(path + "." + key, "expected_number");
        const double d = v->get<double>();
        if (!std::isfinite(d)) return fail(path + "." + key, "not_finite");
        if (d < min) return fail(path + "." + key, "negative");
        out = d;
        return true;
    }

    // A share in percent: 0 to 100.
    bool percent(const json& o, const char* key, const std::string& path, std::optional<double>& out) {
        std::optional<double> v;
        if (!number(o, key, path, v, 0)) return false;
        if (v && *v > 100) return fail(path + "." + key, "out_of_range", {{"min_number", "0"}, {"max_number", "100"}});
        out = v;
        return true;
    }

    bool requiredNumber(const json& o, const char* key, const std::string& path, double& out) {
        std::optional<double> v;
        if (!number(o, key, path, v)) return false;
        if (!v) return fail(path + "." + key, "missing");
        out = *v;
        return true;
    }

    bool integer(const json& o, const char* key, const std::string& path, std::optional<int>& out, int min, int max) {
        const json* v = field(o, key);
        if (!v) return true;
        if (!v->is_number_integer()) return fail(path + "." + key, "expected_integer");
        const auto i = v->get<long long>();
        if (i < min || i > max)
            return fail(path + "." + key, "out_of_range", {{"min_number", std::to_string(min)}, {"max_number", std::to_string(max)}});
        out = static_cast<int>(i);
        return true;
    }

    bool flag(const json& o, const char* key, const std::string& path, bool& out) {
        const json* v = field(o, key);
        if (!v) return true;
        if (!v->is_boolean()) return fail(path + "." + key, "expected_boolean");
        out = v->get<bool>();
        return true;
    }

    bool date(const json& o, const char* key, const std::string& path, std::optional<Date>& out) {
        const json* v = field(o, key);
        if (!v) return true;
        const auto parsed = v->is_string() ? Date::parse(v->get_ref<const std::string&>()) : std::nullopt;
        if (!parsed) return fail(path + "." + key, "not_date");
        out = parsed;
        return true;
    }

    template <class E>
    bool choice(const json& o, const char* key, const std::string& path, std::optional<E>& out,
                std::initializer_list<const char*> allowed) {
        const json* v = field(o, key);
        if (!v) return true;
        const auto parsed = v->is_string() ? fromName<E>(v->get<std::string>()) : std::nullopt;
        if (!parsed) {
            std::string list;
            for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            return fail(path + "." + key, "one_of", {{"list", list}});
        }
        out = parsed;
        return true;
    }

    // A list of dates, kept ascending without repeats (the order in the file carries no meaning).
    bool dateList(const json& o, const char* key, const std::string& path, std::vector<Date>& out) {
        const json* v = field(o, key);
        if (!v) return true;
        if (!v->is_array()) return fail(path + "." + key, "expected_dates");
        for (size_t i = 0; i < v->size(); ++i) {
            const json& item = (*v)[i];
            const auto parsed = item.is_string() ? Date::parse(item.get_ref<const std::string&>()) : std::nullopt;
            if (!parsed) return fail(path + "." + key + "[" + std::to_string(i) + "]", "not_date");
            out.push_back(*parsed);
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return true;
    }

    bool textList(const json& o, const char* key, const std::string& path, std::vector<std::string>& out) {
        const json* v = field(o, key);
        if (!v) return true;
        if (!v->is_array()) return fail(path + "." + key, "expected_texts");
        for (size_t i = 0; i < v->size(); ++i) {
            const json& item = (*v)[i];
            const std::string itemPath = path + "." + key + "[" + std::to_string(i) + "]";
            if (!item.is_string()) return fail(itemPath, "expected_text");
            if (characterCount(item.get_ref<const std::string&>()) > kMaxTextLength)
                return fail(itemPath, "text_too_long", {{"limit_number", std::to_string(kMaxTextLength)}});
            out.push_back(item.get<std::string>());
        }
        return true;
    }

    // Reads an array of objects with readItem(json, path, T&).
    template <class T, class ReadItem>
    bool list(const json& o, const char* key, const std::string& path, std::vector<T>& out, ReadItem readItem) {
        const json* v = field(o, key);
        if (!v) return true;
        if (!v->is_array()) return fail(path + "." + key, "expected_list");
        out.reserve(v->size());
        for (size_t i = 0; i < v->size(); ++i) {
            T item;
            if (!readItem((*v)[i], path + "." + key + "[" + std::to_string(i) + "]", item)) return false;
            out.push_back(std::move(item));
        }
        return true;
    }

private:
    static const json* field(const json& o, const char* key) {
        const auto it = o.find(key);
        return it == o.end() || it->is_null() ? nullptr : &*it;
    }
};

// ---- [plan] --------------------------------------------------------------------------------
bool readContext(Reader& r, const json& j, const std::string& p, Context& c) {
    return r.object(j, p, {"business", "phase", "teamSize", "monthlyBudget", "currency", "channels"}) &&
           r.choice(j, "business", p, c.business,
                    {"local", "ecommerce", "b2b", "consulting", "nonprofit", "personal", "agency", "other"}) &&
           r.choice(j, "phase", p, c.phase, {"starting", "growing", "established"}) &&
           r.integer(j, "teamSize", p, c.teamSize, 0, 100000) &&
           r.number(j, "monthlyBudget", p, c.monthlyBudget, 0) && r.text(j, "currency", p, c.currency) &&
           r.textList(j, "channels", p, c.channels);
}

bool readCustomKpi(Reader& r, const json& j, const std::string& p, CustomKpi& k) {
    return r.object(j, p, {"id", "name", "unit", "higherIsBetter", "hard", "vanity", "family"}) && r.id(j, "id", p, k.id) &&
           r.text(j, "name", p, k.name, true) && r.text(j, "unit", p, k.unit) &&
           r.flag(j, "higherIsBetter", p, k.higherIsBetter) && r.flag(j, "hard", p, k.hard) &&
           r.flag(j, "vanity", p, k.vanity) &&
           r.choice(j, "family", p, k.family,
                    {"audience", "count", "conversions", "money", "cost", "rate", "score", "duration", "cadence",
                     "members", "attendance"});
}

bool readBusinessNumber(Reader& r, const json& j, const std::string& p, BusinessNumber& n) {
    std::optional<BusinessMetric> metric;
    std::optional<double> value;
    std::optional<NumberPeriod> per;
    const bool ok = r.object(j, p, {"metric", "value", "per"}) &&
                    r.choice(j, "metric", p, metric, {"revenue", "customers"}) &&
                    (metric || r.fail(p + ".metric", "missing")) && r.number(j, "value", p, value, 0) &&
                    (value || r.fail(p + ".value", "missing")) &&
                    r.choice(j, "per", p, per, {"month", "quarter", "year", "total"}) &&
                    (per || r.fail(p + ".per", "missing"));
    if (ok) n = {*metric, *value, *per};
    return ok;
}

bool readFunnel(Reader& r, const json& j, const std::string& p, FunnelAssumptions& f) {
    if (!(r.object(j, p, {"socialShare", "shape", "rates"}) && r.percent(j, "socialShare", p, f.socialShare) &&
          r.choice(j, "shape", p, f.shape,
                   {"local", "ecommerce", "b2b", "consulting", "nonprofit", "personal", "agency", "other"})))
        return false;
    const auto it = j.find("rates");
    if (it == j.end() || it->is_null()) return true;
    const std::string rp = p + ".rates";
    FunnelRates& x = f.rates;
    return r.object(*it, rp, {"clickThrough", "enquiryRate", "leadRate", "conversion", "leadToCustomer", "orderValue",
                              "installRate", "installToCustomer"}) &&
           r.percent(*it, "clickThrough", rp, x.clickThrough) && r.percent(*it, "enquiryRate", rp, x.enquiryRate) &&
           r.percent(*it, "leadRate", rp, x.leadRate) && r.percent(*it, "conversion", rp, x.conversion) &&
           r.percent(*it, "leadToCustomer", rp, x.leadToCustomer) && r.number(*it, "orderValue", rp, x.orderValue, 0) &&
           r.percent(*it, "installRate", rp, x.installRate) && r.percent(*it, "installToCustomer", rp, x.installToCustomer);
}

bool readObjective(Reader& r, const json& j, const std::string& p, Objective& o) {
    std::optional<ObjectiveKind> kind;
    const bool ok = r.object(j, p, {"id", "title", "kind", "parentId", "due", "number", "funnel"}) &&
                    r.id(j, "id", p, o.id) &&
                    r.text(j, "title", p, o.title) && r.choice(j, "kind", p, kind, {"business", "marketing"}) &&
                    r.optionalId(j, "parentId", p, o.parentId) && r.date(j, "due", p, o.due);
    o.kind = kind.value_or(ObjectiveKind::business);
    if (!ok) return false;
    if (const auto it = j.find("number"); it != j.end() && !it->is_null()) {
        BusinessNumber number;
        if (!readBusinessNumber(r, *it, p + ".number", number)) return false;
        o.number = number;
    }
    if (const auto it = j.find("funnel"); it != j.end() && !it->is_null())
        return readFunnel(r, *it, p + ".funnel", o.funnel);
    return true;
}

bool readTargetChange(Reader& r, const json& j, const std::string& p, TargetChange& c) {
    std::optional<Date> date;
    const bool ok = r.object(j, p, {"date", "from", "to", "note"}) && r.date(j, "date", p, date) &&
                    (date || r.fail(p + ".date", "missing")) && r.requiredNumber(j, "from", p, c.from) &&
                    r.requiredNumber(j, "to", p, c.to) && r.text(j, "note", p, c.note);
    if (date) c.date = *date;
    return ok;
}

bool readGoal(Reader& r, const json& j, const std::string& p, Goal& g) {
    return r.object(j, p, {"id", "objectiveId", "title", "category", "kpi", "channel", "scope", "baseline", "target",
                           "targetType", "start", "deadline", "budget", "soft", "secondaryKpis", "dataSource",
                           "targetHistory", "measuredAs", "ratingsCount", "checkinEveryDays"}) &&
           r.id(j, "id", p, g.id) && r.optionalId(j, "objectiveId", p, g.objectiveId) &&
           r.text(j, "title", p, g.title) && r.text(j, "category", p, g.category) && r.text(j, "kpi", p, g.kpi) &&
           r.text(j, "channel", p, g.channel) && r.text(j, "scope", p, g.scope) &&
           r.number(j, "baseline", p, g.baseline) && r.number(j, "target", p, g.target) &&
           r.choice(j, "targetType", p, g.targetType,
                    {"increase", "decrease", "stay_above", "stay_below", "reach_then_stay_above", "reach_then_stay_below"}) &&
           r.date(j, "start", p, g.start) && r.date(j, "deadline", p, g.deadline) &&
           r.number(j, "budget", p, g.budget, 0) && r.flag(j, "soft", p, g.soft) &&
           r.textList(j, "secondaryKpis", p, g.secondaryKpis) && r.text(j, "dataSource", p, g.dataSource) &&
           r.list(j, "targetHistory", p, g.targetHistory,
                  [&](const json& x, const std::string& xp, TargetChange& c) { return readTargetChange(r, x, xp, c); }) &&
           r.choice(j, "measuredAs", p, g.measuredAs,
                    {"total", "per_week", "per_month", "per_quarter", "vs_same_period", "per_event"}) &&
           r.number(j, "ratingsCount", p, g.ratingsCount, 0) &&
           r.integer(j, "checkinEveryDays", p, g.checkinEveryDays, 1, 366);
}

bool readTactic(Reader& r, const json& j, const std::string& p, Tactic& t) {
    return r.object(j, p, {"id", "goalId", "title", "value", "complexity"}) && r.id(j, "id", p, t.id) &&
           r.id(j, "goalId", p, t.goalId) && r.text(j, "title", p, t.title) &&
           r.integer(j, "value", p, t.value, 1, 5) && r.integer(j, "complexity", p, t.complexity, 1, 5);
}

bool readRepeat(Reader& r, const json& j, const std::string& p, Repeat& rep) {
    std::optional<int> every;
    std::optional<RepeatUnit> unit;
    const bool ok = r.object(j, p, {"every", "unit", "day", "until"}) && r.integer(j, "every", p, every, 1, 366) &&
                    r.choice(j, "unit", p, unit, {"day", "week", "month"}) &&
                    (unit || r.fail(p + ".unit", "missing")) && r.integer(j, "day", p, rep.dayOfMonth, 1, 31) &&
                    r.date(j, "until", p, rep.until);
    rep.every = every.value_or(1);
    if (unit) rep.unit = *unit;
    if (ok && rep.dayOfMonth && rep.unit != RepeatUnit::month)
        return r.fail(p + ".day", "day_needs_monthly");
    return ok;
}

bool readTask(Reader& r, const json& j, const std::string& p, Task& t) {
    if (!(r.object(j, p, {"id", "tacticId", "title", "owners", "due", "repeat", "done", "doneDates"}) &&
          r.id(j, "id", p, t.id) && r.id(j, "tacticId", p, t.tacticId) && r.text(j, "title", p, t.title) &&
          r.textList(j, "owners", p, t.owners) && r.date(j, "due", p, t.due) && r.flag(j, "done", p, t.done) &&
          r.dateList(j, "doneDates", p, t.doneDates)))
        return false;
    const auto it = j.find("repeat");
    if (it == j.end() || it->is_null()) return true;
    Repeat rep;
    if (!readRepeat(r, *it, p + ".repeat", rep)) return false;
    if (!t.due) return r.fail(p + ".due", "repeat_needs_due");
    t.repeat = rep;
    return true;
}

// Check-ins and voters have ids since operations name them; files written before may lack them
// (assignMissingIds gives them one after reading).
bool optionalItemId(Reader& r, const json& j, const std::string& p, std::string& out) {
    std::optional<std::string> id;
    if (!r.optionalId(j, "id", p, id)) return false;
    out = id.value_or("");
    return true;
}

bool readCheckin(Reader& r, const json& j, const std::string& p, Checkin& c) {
    std::optional<Date> date;
    const bool ok = r.object(j, p, {"id", "goalId", "date", "value", "confidence", "note"}) &&
                    optionalItemId(r, j, p, c.id) && r.id(j, "goalId", p, c.goalId) && r.date(j, "date", p, date) &&
                    (date || r.fail(p + ".date", "missing")) && r.requiredNumber(j, "value", p, c.value) &&
                    r.choice(j, "confidence", p, c.confidence, {"low", "medium", "high"}) &&
                    r.text(j, "note", p, c.note);
    if (date) c.date = *date;
    return ok;
}

bool readVoter(Reader& r, const json& j, const std::string& p, Voter& v) {
    return r.object(j, p, {"id", "name", "dots"}) && optionalItemId(r, j, p, v.id) && r.text(j, "name", p, v.name) &&
           r.textList(j, "dots", p, v.dots);
}

// A round's own fields (subject, votes per participant, turn, revealed); participants untouched.
bool readRoundSettings(Reader& r, const json& j, const std::string& p, VotingRound& v,
                       std::initializer_list<const char*> keys = {"subject", "votesPerParticipant", "turn", "revealed"}) {
    std::optional<VoteSubject> subject;
    std::optional<int> votes, turn;
    if (!(r.object(j, p, keys) && r.choice(j, "subject", p, subject, {"tactics", "goals"}) &&
          (subject || r.fail(p + ".subject", "missing")) &&
          r.integer(j, "votesPerParticipant", p, votes, 1, kMaxVotesPerParticipant) &&
          r.integer(j, "turn", p, turn, 0, kMaxParticipants) && r.flag(j, "revealed", p, v.revealed)))
        return false;
    v.subject = *subject;
    v.votesPerParticipant = votes.value_or(kDefaultVotesPerParticipant);
    v.turn = turn.value_or(0);
    return true;
}

// The round's own rules; whether its dots name items of the plan is checked with the references.
bool readVoting(Reader& r, const json& j, const std::string& p, VotingRound& v) {
    if (!(readRoundSettings(r, j, p, v, {"subject", "votesPerParticipant", "participants", "turn", "revealed"}) &&
          r.list(j, "participants", p, v.participants,
                 [&r](const json& x, const std::string& xp, Voter& out) { return readVoter(r, x, xp, out); })))
        return false;
    const size_t count = v.participants.size();
    if (count < 1 || count > kMaxParticipants)
        return r.fail(p + ".participants", "participants_count", {{"max_number", std::to_string(kMaxParticipants)}});
    v.turn = std::min(v.turn, static_cast<int>(count));  // a turn past the last participant: everyone is done
    for (size_t i = 0; i < count; ++i)
        if (static_cast<int>(v.participants[i].dots.size()) > v.votesPerParticipant)
            return r.fail(p + ".participants[" + std::to_string(i) + "].dots", "too_many_dots");
    return true;
}

bool readOptionalVoting(Reader& r, const json& j, const std::string& p, Plan& plan) {
    const auto it = j.find("voting");
    if (it == j.end() || it->is_null()) return true;
    VotingRound round;
    if (!readVoting(r, *it, p + ".voting", round)) return false;
    plan.voting = std::move(round);
    return true;
}

bool readPlan(Reader& r, const json& j, const std::string& p, Plan& plan) {
    auto item = [&r](auto readFn) {
        return [&r, readFn](const json& x, const std::string& xp, auto& out) { return readFn(r, x, xp, out); };
    };
    if (!(r.object(j, p, {"id", "name", "language", "created", "updated", "context", "customKpis", "objectives",
                          "goals", "tactics", "tasks", "checkins", "voting"}) &&
          r.id(j, "id", p, plan.id) && r.text(j, "name", p, plan.name) && r.language(j, "language", p, plan.language) &&
          r.date(j, "created", p, plan.created) && r.date(j, "updated", p, plan.updated)))
        return false;
    if (const auto it = j.find("context"); it != j.end() && !it->is_null())
        if (!readContext(r, *it, p + ".context", plan.context)) return false;
    return r.list(j, "customKpis", p, plan.customKpis, item(readCustomKpi)) &&
           r.list(j, "objectives", p, plan.objectives, item(readObjective)) &&
           r.list(j, "goals", p, plan.goals, item(readGoal)) && r.list(j, "tactics", p, plan.tactics, item(readTactic)) &&
           r.list(j, "tasks", p, plan.tasks, item(readTask)) && r.list(j, "checkins", p, plan.checkins, item(readCheckin)) &&
           readOptionalVoting(r, j, p, plan);
}

// ---- [references] ----------------------------------------------------------------------------
template <class T>
bool uniqueIds(Reader& r, const std::vector<T>& items, const std::string& path, std::unordered_set<std::string>& ids) {
    for (size_t i = 0; i < items.size(); ++i)
        if (!ids.insert(items[i].id).second)
            return r.fail(path + "[" + std::to_string(i) + "].id", "duplicate_id", {{"id", excerpt(items[i].id)}});
    return true;
}

// Ids that may be missing (written before they existed) must still be unique where given.
template <class T>
bool uniqueGivenIds(Reader& r, const std::vector<T>& items, const std::string& path) {
    std::unordered_set<std::string_view> ids;
    for (size_t i = 0; i < items.size(); ++i)
        if (!items[i].id.empty() && !ids.insert(items[i].id).second)
            return r.fail(path + "[" + std::to_string(i) + "].id", "duplicate_id", {{"id", items[i].id}});
    return true;
}

// Gives every item without an id one ("c1", "c2", ... for check-ins) that no other item has.
template <class T>
void assignMissingIds(std::vector<T>& items, const char* prefix) {
    std::unordered_set<std::string> taken;
    for (const T& x : items)
        if (!x.id.empty()) taken.insert(x.id);
    size_t n = 0;
    for (T& x : items) {
        if (!x.id.empty()) continue;
        do x.id = prefix + std::to_string(++n);
        while (taken.count(x.id));
    }
}

}  // namespace

void assignMissingItemIds(Plan& plan) {
    assignMissingIds(plan.checkins, "c");
    if (plan.voting) assignMissingIds(plan.voting->participants, "p");
}

namespace {

// The first objective (in file order) that is part of a parent cycle, or -1. Each objective is
// walked once: a walk stops at an objective an earlier walk already cleared.
long firstObjectiveInCycle(const Plan& plan) {
    const size_t n = plan.objectives.size();
    std::unordered_map<std::string_view, size_t> index;
    index.reserve(n);
    for (size_t i = 0; i < n; ++i) index.emplace(plan.objectives[i].id, i);
    constexpr size_t kUnvisited = SIZE_MAX, kCleared = SIZE_MAX - 1;
    std::vector<size_t> walkOf(n, kUnvisited);  // which walk reached an objective
    long first = -1;
    for (size_t start = 0; start < n; ++start) {
        size_t at = start;
        while (walkOf[at] == kUnvisited) {
            walkOf[at] = start;
            const auto& parent = plan.objectives[at].parentId;
            const auto next = parent ? index.find(*parent) : index.end();
            if (next == index.end()) break;
            at = next->second;
        }
        if (walkOf[at] == start && plan.objectives[at].parentId && index.count(*plan.objectives[at].parentId)) {
            // This walk closed a loop at `at`: every objective on the loop is in the cycle.
            size_t lowest = at;
            for (size_t o = index.at(*plan.objectives[at].parentId); o != at; o = index.at(*plan.objectives[o].parentId))
                lowest = std::min(lowest, o);
            if (first < 0 || static_cast<long>(lowest) < first) first = static_cast<long>(lowest);
        }
        for (size_t o = start; walkOf[o] == start;) {
            walkOf[o] = kCleared;
            const auto& parent = plan.objectives[o].parentId;
            const auto next = parent ? index.find(*parent) : index.end();
            if (next == index.end()) break;
            o = next->second;
        }
    }
    return first;
}

bool checkReferences(Reader& r, const Plan& plan) {
    std::unordered_set<std::string> kpis, objectives, goals, tactics, tasks;
    if (!(uniqueIds(r, plan.customKpis, "plan.customKpis", kpis) &&
          uniqueIds(r, plan.objectives, "plan.objectives", objectives) &&
          uniqueIds(r, plan.goals, "plan.goals", goals) && uniqueIds(r, plan.tactics, "plan.tactics", tactics) &&
          uniqueIds(r, plan.tasks, "plan.tasks", tasks) && uniqueGivenIds(r, plan.checkins, "plan.checkins")))
        return false;
    if (plan.voting && !uniqueGivenIds(r, plan.voting->participants, "plan.voting.participants")) return false;
    auto dangling = [&r](const std::string& path, const char* what, const std::string& id) {
        return r.fail(path, std::string("unknown_") + what, {{"id", excerpt(id)}});
    };
    for (size_t i = 0; i < plan.objectives.size(); ++i) {
        const auto& o = plan.objectives[i];
        const std::string p = "plan.objectives[" + std::to_string(i) + "].parentId";
        if (o.parentId && !objectives.count(*o.parentId)) return dangling(p, "objective", *o.parentId);
    }
    if (const long cycle = firstObjectiveInCycle(plan); cycle >= 0)
        return r.fail("plan.objectives[" + std::to_string(cycle) + "].parentId", "own_parent");
    for (size_t i = 0; i < plan.goals.size(); ++i)
        if (plan.goals[i].objectiveId && !objectives.count(*plan.goals[i].objectiveId))
            return dangling("plan.goals[" + std::to_string(i) + "].objectiveId", "objective", *plan.goals[i].objectiveId);
    for (size_t i = 0; i < plan.tactics.size(); ++i)
        if (!goals.count(plan.tactics[i].goalId))
            return dangling("plan.tactics[" + std::to_string(i) + "].goalId", "goal", plan.tactics[i].goalId);
    for (size_t i = 0; i < plan.tasks.size(); ++i)
        if (!tactics.count(plan.tasks[i].tacticId))
            return dangling("plan.tasks[" + std::to_string(i) + "].tacticId", "tactic", plan.tasks[i].tacticId);
    for (size_t i = 0; i < plan.checkins.size(); ++i)
        if (!goals.count(plan.checkins[i].goalId))
            return dangling("plan.checkins[" + std::to_string(i) + "].goalId", "goal", plan.checkins[i].goalId);
    if (plan.voting) {
        const bool onTactics = plan.voting->subject == VoteSubject::tactics;
        const auto& items = onTactics ? tactics : goals;
        for (size_t i = 0; i < plan.voting->participants.size(); ++i) {
            const auto& dots = plan.voting->participants[i].dots;
            for (size_t d = 0; d < dots.size(); ++d)
                if (!items.count(dots[d]))
                    return dangling("plan.voting.participants[" + std::to_string(i) + "].dots[" + std::to_string(d) + "]",
                                    onTactics ? "tactic" : "goal", dots[d]);
        }
    }
    return true;
}

// ---- [writing] -------------------------------------------------------------------------------
// Whole numbers are written without ".0" so files stay as people typed them.
ordered_json number(double v) {
    if (std::floor(v) == v && std::fabs(v) < 9007199254740992.0) return static_cast<long long>(v);
    return v;
}

template <class T>
void put(ordered_json& o, const char* key, const std::optional<T>& v) {
    if (!v) return;
    if constexpr (std::is_same_v<T, double>) o[key] = number(*v);
    else if constexpr (std::is_same_v<T, Date>) o[key] = v->str();
    else if constexpr (std::is_enum_v<T>) o[key] = name(*v);
    else o[key] = *v;
}
void put(ordered_json& o, const char* key, const std::string& v) { if (!v.empty()) o[key] = v; }
void put(ordered_json& o, const char* key, const std::vector<std::string>& v) { if (!v.empty()) o[key] = v; }
void put(ordered_json& o, const char* key, bool v, bool unset) { if (v != unset) o[key] = v; }

template <class T, class Write>
void putList(ordered_json& o, const char* key, const std::vector<T>& items, Write write) {
    if (items.empty()) return;
    ordered_json arr = ordered_json::array();
    for (const T& item : items) arr.push_back(write(item));
    o[key] = std::move(arr);
}

// The document is written as nlohmann's dump(2) would write it, but a member or list item at a
// time: a DOM of the whole plan (100,000 check-ins) cost more to build and free than to print.
constexpr int kIndent = 2;

// `value` as dump(2) prints it `depth` levels deep. A raw newline in dump's output only ever
// separates structure (one inside a string is escaped), so indenting after each is exact.
void appendIndented(std::string& out, const ordered_json& value, int depth) {
    const std::string text = value.dump(kIndent, ' ', false, ordered_json::error_handler_t::replace);
    const std::string indent(static_cast<size_t>(kIndent * depth), ' ');
    size_t from = 0;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        out.append(text, from, nl + 1 - from);
        out += indent;
        from = nl + 1;
    }
    out.append(text, from, std::string::npos);
}

// An object's members, written one by one `depth` levels deep, in the order they are added.
class MemberWriter {
public:
    MemberWriter(std::string& out, int depth) : out_(out), depth_(depth) { out_ += '{'; }
    void member(const std::string& key, const ordered_json& value) {
        startMember(key);
        appendIndented(out_, value, depth_ + 1);
    }
    // A member whose value is an object written member by member: its writer (close() it).
    MemberWriter object(const std::string& key) {
        startMember(key);
        return MemberWriter(out_, depth_ + 1);
    }
    // A non-empty list, each item made by write(item) and printed on its own.
    template <class T, class Write>
    void list(const char* key, const std::vector<T>& items, Write write) {
        if (items.empty()) return;
        startMember(key);
        out_ += '[';
        const std::string indent(static_cast<size_t>(kIndent * (depth_ + 2)), ' ');
        for (size_t i = 0; i < items.size(); ++i) {
            out_ += i ? ",\n" : "\n";
            out_ += indent;
            appendIndented(out_, write(items[i]), depth_ + 2);
        }
        out_ += '\n';
        out_.append(static_cast<size_t>(kIndent * (depth_ + 1)), ' ');
        out_ += ']';
    }
    void close() {
        if (!first_) {
            out_ += '\n';
            out_.append(static_cast<size_t>(kIndent * depth_), ' ');
        }
        out_ += '}';
    }

private:
    void startMember(const std::string& key) {
        out_ += first_ ? "\n" : ",\n";
        first_ = false;
        out_.append(static_cast<size_t>(kIndent * (depth_ + 1)), ' ');
        out_ += ordered_json(key).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
        out_ += ": ";
    }
    std::string& out_;
    int depth_;
    bool first_ = true;
};

ordered_json writeGoal(const Goal& g) {
    ordered_json o{{"id", g.id}};
    put(o, "objectiveId", g.objectiveId);
    o["title"] = g.title;
    put(o, "category", g.category); put(o, "kpi", g.kpi); put(o, "channel", g.channel); put(o, "scope", g.scope);
    put(o, "baseline", g.baseline); put(o, "target", g.target); put(o, "targetType", g.targetType);
    put(o, "start", g.start); put(o, "deadline", g.deadline); put(o, "budget", g.budget);
    put(o, "soft", g.soft, false);
    put(o, "secondaryKpis", g.secondaryKpis); put(o, "dataSource", g.dataSource);
    putList(o, "targetHistory", g.targetHistory, [](const TargetChange& c) {
        ordered_json x{{"date", c.date.str()}, {"from", number(c.from)}, {"to", number(c.to)}};
        put(x, "note", c.note);
        return x;
    });
    put(o, "measuredAs", g.measuredAs); put(o, "ratingsCount", g.ratingsCount);
    put(o, "checkinEveryDays", g.checkinEveryDays);
    return o;
}

ordered_json writeCheckin(const Checkin& x) {
    ordered_json o = ordered_json::object();
    put(o, "id", x.id);
    o["goalId"] = x.goalId; o["date"] = x.date.str(); o["value"] = number(x.value);
    put(o, "confidence", x.confidence); put(o, "note", x.note);
    return o;
}

ordered_json writeVoter(const Voter& x) {
    ordered_json o = ordered_json::object();
    put(o, "id", x.id); put(o, "name", x.name); put(o, "dots", x.dots);
    return o;
}

ordered_json writeTask(const Task& t) {
    ordered_json o{{"id", t.id}, {"tacticId", t.tacticId}, {"title", t.title}};
    put(o, "owners", t.owners); put(o, "due", t.due);
    if (t.repeat) {
        ordered_json r{{"every", t.repeat->every}, {"unit", name(t.repeat->unit)}};
        put(r, "day", t.repeat->dayOfMonth); put(r, "until", t.repeat->until);
        o["repeat"] = std::move(r);
    }
    put(o, "done", t.done, false);
    if (!t.doneDates.empty()) {
        ordered_json dates = ordered_json::array();
        for (const Date& d : t.doneDates) dates.push_back(d.str());
        o["doneDates"] = std::move(dates);
    }
    return o;
}

ordered_json writeCustomKpi(const CustomKpi& k) {
    ordered_json o{{"id", k.id}, {"name", k.name}};
    put(o, "unit", k.unit); put(o, "higherIsBetter", k.higherIsBetter, true); put(o, "hard", k.hard, true);
    put(o, "vanity", k.vanity, false); put(o, "family", k.family);
    return o;
}

ordered_json writeObjective(const Objective& x) {
    ordered_json o{{"id", x.id}, {"title", x.title}, {"kind", name(x.kind)}};
    put(o, "parentId", x.parentId); put(o, "due", x.due);
    if (x.number)
        o["number"] = {{"metric", name(x.number->metric)}, {"value", number(x.number->value)}, {"per", name(x.number->per)}};
    ordered_json funnel = ordered_json::object(), rates = ordered_json::object();
    put(funnel, "socialShare", x.funnel.socialShare); put(funnel, "shape", x.funnel.shape);
    const FunnelRates& fr = x.funnel.rates;
    put(rates, "clickThrough", fr.clickThrough); put(rates, "enquiryRate", fr.enquiryRate);
    put(rates, "leadRate", fr.leadRate); put(rates, "conversion", fr.conversion);
    put(rates, "leadToCustomer", fr.leadToCustomer); put(rates, "orderValue", fr.orderValue);
    put(rates, "installRate", fr.installRate); put(rates, "installToCustomer", fr.installToCustomer);
    if (!rates.empty()) funnel["rates"] = std::move(rates);
    if (!funnel.empty()) o["funnel"] = std::move(funnel);
    return o;
}

ordered_json writeTactic(const Tactic& t) {
    ordered_json o{{"id", t.id}, {"goalId", t.goalId}, {"title", t.title}};
    put(o, "value", t.value); put(o, "complexity", t.complexity);
    return o;
}

ordered_json writeContext(const Context& ctx) {
    ordered_json c = ordered_json::object();
    put(c, "business", ctx.business); put(c, "phase", ctx.phase); put(c, "teamSize", ctx.teamSize);
    put(c, "monthlyBudget", ctx.monthlyBudget); put(c, "currency", ctx.currency); put(c, "channels", ctx.channels);
    return c;
}

// The round's own fields; its participants are written by the caller (after votesPerParticipant).
ordered_json writeRoundSettings(const VotingRound& v) {
    ordered_json o{{"subject", name(v.subject)}, {"votesPerParticipant", v.votesPerParticipant}, {"turn", v.turn}};
    put(o, "revealed", v.revealed, false);
    return o;
}

// The plan object's members: the few scalar ones and the context as small JSON values, the
// lists an item at a time.
void writePlan(MemberWriter& w, const Plan& plan) {
    ordered_json p{{"id", plan.id}, {"name", plan.name}};
    put(p, "language", plan.language);
    put(p, "created", plan.created); put(p, "updated", plan.updated);
    if (ordered_json c = writeContext(plan.context); !c.empty()) p["context"] = std::move(c);
    for (const auto& [key, value] : p.items()) w.member(key, value);
    w.list("customKpis", plan.customKpis, writeCustomKpi);
    w.list("objectives", plan.objectives, writeObjective);
    w.list("goals", plan.goals, writeGoal);
    w.list("tactics", plan.tactics, writeTactic);
    w.list("tasks", plan.tasks, writeTask);
    w.list("checkins", plan.checkins, writeCheckin);
    if (plan.voting) {
        const VotingRound& v = *plan.voting;
        ordered_json o{{"subject", name(v.subject)}, {"votesPerParticipant", v.votesPerParticipant}};
        putList(o, "participants", v.participants, writeVoter);
        o["turn"] = v.turn;
        put(o, "revealed", v.revealed, false);
        w.member("voting", o);
    }
}

}  // namespace

std::string LoadError::text(const Strings& strings) const {
    const std::string what = strings("load_error." + code, args);
    return path.empty() ? what : path + ": " + what;
}

std::string LoadError::message() const {
    static const Strings english = Strings::load("en");
    return english("load_error." + code, args);
}

std::string LoadError::str() const { return path.empty() ? message() : path + ": " + message(); }

LoadResult parsePlanDocument(std::string_view text) {
    LoadResult result;
    if (text.size() > kMaxPlanFileBytes) {
        result.error = {"", "file_too_large", {{"mb_number", std::to_string(kMaxPlanFileBytes / 1024 / 1024)}}};
        return result;
    }
    if (const std::optional<LoadError> encoding = encodingError(text)) {
        result.error = *encoding;
        return result;
    }
    // nlohmann's lexer takes a NUL for the end of input and would drop everything after it.
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
        result.error = {"", "json_nul", {{"byte", std::to_string(nul + 1)}}};
        return result;
    }
    json doc;
    LimitedDomParser parser(doc);
    if (!json::sax_parse(text, &parser) || !parser.error.empty()) {
        result.error = parser.error.empty() ? LoadError{parser.errorPath, "json_unreadable", {}}
                                            : LoadError{parser.errorPath, parser.error, parser.errorArgs};
        return result;
    }
    Reader r;
    if (!doc.is_object()) r.fail("", "not_json_object");
    else if (!doc.contains("format") || doc["format"] != kPlanFormat)
        r.fail("format", "not_waymark", {{"format", kPlanFormat}});
    else if (!doc.contains("version") || !doc["version"].is_number_integer())
        r.fail("version", "version_missing");
    // Compared as a double: a version past 2^63 must read as "newer", not wrap to negative.
    else if (doc["version"].get<double>() > kPlanFormatVersion)
        r.fail("version", "version_newer", {{"version", excerpt(doc["version"].dump())}, {"supported", std::to_string(kPlanFormatVersion)}});
    else if (doc["version"].get<double>() < 1) r.fail("version", "version_low");
    else if (!doc.contains("plan")) r.fail("plan", "missing");
    else if (r.object(doc, "", {"format", "version", "plan"})) {
        Plan plan;
        if (readPlan(r, doc["plan"], "plan", plan) && checkReferences(r, plan)) {
            assignMissingItemIds(plan);
            result.plan = std::move(plan);
        }
    }
    if (r.failed) result.error = r.error;
    return result;
}

std::string serializePlanDocument(const Plan& plan) {
    std::string out;
    MemberWriter doc(out, 0);
    doc.member("format", kPlanFormat);
    doc.member("version", kPlanFormatVersion);
    MemberWriter planObject = doc.object("plan");
    writePlan(planObject, plan);
    planObject.close();
    doc.close();
    out += '\n';
    return out;
}

}  // namespace waymark

// ---- [items] ---------------------------------------------------------------------------------
// One item at a time, for operations (plan_items.h).
namespace waymark::items {

Json write(const CustomKpi& kpi) { return writeCustomKpi(kpi); }
Json write(const Objective& objective) { return writeObjective(objective); }
Json write(const Goal& goal) { return writeGoal(goal); }
Json write(const Tactic& tactic) { return writeTactic(tactic); }
Json write(const Task& task) { return writeTask(task); }
Json write(const Checkin& checkin) { return writeCheckin(checkin); }
Json write(const Voter& voter) { return writeVoter(voter); }
Json write(const Context& context) { return writeContext(context); }
Json writeRoundSettings(const VotingRound& round) { return waymark::writeRoundSettings(round); }

namespace {
template <class T, class ReadFn>
bool readOne(const nlohmann::json& j, T& out, LoadError& error, ReadFn readFn) {
    Reader r;
    T item;
    if (!readFn(r, j, "", item)) {
        error = r.error;
        return false;
    }
    out = std::move(item);
    return true;
}
}  // namespace

bool read(const nlohmann::json& j, CustomKpi& out, LoadError& e) { return readOne(j, out, e, readCustomKpi); }
bool read(const nlohmann::json& j, Objective& out, LoadError& e) { return readOne(j, out, e, readObjective); }
bool read(const nlohmann::json& j, Goal& out, LoadError& e) { return readOne(j, out, e, readGoal); }
bool read(const nlohmann::json& j, Tactic& out, LoadError& e) { return readOne(j, out, e, readTactic); }
bool read(const nlohmann::json& j, Task& out, LoadError& e) { return readOne(j, out, e, readTask); }
bool read(const nlohmann::json& j, Checkin& out, LoadError& e) { return readOne(j, out, e, readCheckin); }
bool read(const nlohmann::json& j, Voter& out, LoadError& e) { return readOne(j, out, e, readVoter); }
bool read(const nlohmann::json& j, Context& out, LoadError& e) { return readOne(j, out, e, readContext); }

bool readRoundSettings(const nlohmann::json& j, VotingRound& out, LoadError& e) {
    Reader r;
    VotingRound round;
    if (!waymark::readRoundSettings(r, j, "", round)) {
        e = r.error;
        return false;
    }
    round.participants = std::move(out.participants);
    out = std::move(round);
    return true;
}

}  // namespace waymark::items
