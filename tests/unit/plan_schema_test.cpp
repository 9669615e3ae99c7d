// Keeps assets/schema/waymark-plan.v1.schema.json in step with plan_json.cpp: the same key paths,
// enums, ranges, lengths and required keys, and the same verdict on broken documents.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/plan/plan_json.h"
#include "plan_with_every_field.h"
#include "json_schema_check.h"

using namespace waymark;
using nlohmann::json;
using waymark::test::SchemaCheck;

namespace {

const std::filesystem::path kSourceDir = WAYMARK_SOURCE_DIR;

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open " << file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const SchemaCheck& planSchema() {
    static const SchemaCheck check(json::parse(readFile(kSourceDir / "assets/schema/waymark-plan.v1.schema.json")));
    return check;
}

std::set<std::string> schemaErrorPaths(const json& doc) {
    std::set<std::string> paths;
    for (const auto& e : planSchema().validate(doc)) paths.insert(e.path);
    return paths;
}

std::string schemaErrors(const json& doc) {
    std::string out;
    for (const auto& e : planSchema().validate(doc)) out += (e.path.empty() ? "(document)" : e.path) + ": " + e.keyword + "; ";
    return out;
}

LoadResult read(const json& doc) { return parsePlanDocument(doc.dump()); }

json fullDocument() { return json::parse(serializePlanDocument(planWithEveryField())); }

// ---- paths ---------------------------------------------------------------------------------
// Key paths as "plan.goals[].targetHistory[].note": arrays as "[]", every object key listed.
void keyPaths(const json& v, const std::string& path, std::set<std::string>& out) {
    if (v.is_object())
        for (const auto& [key, value] : v.items()) {
            out.insert(SchemaCheck::join(path, key));
            keyPaths(value, SchemaCheck::join(path, key), out);
        }
    if (v.is_array())
        for (const json& item : v) keyPaths(item, path + "[]", out);
}

// A value in the schema, by JSON pointer ("/$defs/id/maxLength"); null when it is not there.
json get(const json& j, const std::string& pointer) {
    const json::json_pointer at(pointer);
    return j.contains(at) ? j[at] : json();
}

struct SchemaNode {
    std::string path;   // "plan.goals[].deadline", or "plan.goals[]" for a list's items
    json schema;        // with its $ref folded in
    json own;           // as written at the property, without what its $ref brings
    bool required = false;
    bool item = false;  // a list's items rather than an object's key
};

void schemaNodes(const json& s, const std::string& path, std::vector<SchemaNode>& out) {
    const json m = planSchema().merged(s);
    if (m.contains("properties"))
        for (const auto& [key, sub] : m["properties"].items()) {
            const bool required = m.contains("required") && std::count(m["required"].begin(), m["required"].end(), key);
            out.push_back({SchemaCheck::join(path, key), planSchema().merged(sub), sub, required, false});
            schemaNodes(sub, SchemaCheck::join(path, key), out);
        }
    if (m.contains("items")) {
        out.push_back({path + "[]", planSchema().merged(m["items"]), m["items"], false, true});
        schemaNodes(m["items"], path + "[]", out);
    }
}

std::vector<SchemaNode> schemaNodes() {
    std::vector<SchemaNode> out;
    schemaNodes(planSchema().schema(), "", out);
    return out;
}

// Where a schema path occurs in a document: JSON pointers and Waymark's error paths, in order.
struct Location {
    json::json_pointer pointer;
    std::string path;  // "plan.goals[0].deadline"
};

std::vector<Location> locations(const json& doc, const std::string& schemaPath) {
    std::vector<std::string> tokens;  // "plan", "goals", "[]", "deadline"
    std::string token;
    for (char c : schemaPath + ".") {
        if (c != '.' && c != '[' && c != ']') { token += c; continue; }
        if (!token.empty()) tokens.push_back(token);
        if (c == ']') tokens.push_back("[]");
        token.clear();
    }
    std::vector<Location> out;
    std::function<void(const json&, size_t, const Location&)> walk = [&](const json& v, size_t i, const Location& at) {
        if (i == tokens.size()) return out.push_back(at);
        if (tokens[i] == "[]" && v.is_array())
            for (size_t k = 0; k < v.size(); ++k)
                walk(v[k], i + 1, {at.pointer / k, at.path + "[" + std::to_string(k) + "]"});
        else if (v.is_object() && v.contains(tokens[i]))
            walk(v[tokens[i]], i + 1, {at.pointer / tokens[i], SchemaCheck::join(at.path, tokens[i])});
    };
    walk(doc, 0, Location{json::json_pointer(), ""});
    return out;
}

// Gives every string equal to `from` the value `to`, so an id changes together with its references.
void renameEverywhere(json& v, const std::string& from, const std::string& to) {
    if (v.is_string() && v == from) v = to;
    if (v.is_structured())
        for (json& child : v) renameEverywhere(child, from, to);
}

// Both the schema and the reader must refuse `doc`, the reader at `path`, the schema there too.
void checkBothRefuse(const json& doc, const std::string& path, const std::string& what) {
    CAPTURE(what);
    const LoadResult r = read(doc);
    CHECK_MESSAGE(!r.plan, "the reader accepted it");
    if (!r.plan) CHECK(r.error.path == path);
    const auto schemaPaths = schemaErrorPaths(doc);
    CHECK_MESSAGE(schemaPaths.count(path), "the schema did not refuse " << path << " (" << schemaErrors(doc) << ")");
}

void checkBothAccept(const json& doc, const std::string& what) {
    CAPTURE(what);
    const LoadResult r = read(doc);
    CHECK_MESSAGE(r.plan, "the reader refused it: " << r.error.str());
    CHECK_MESSAGE(schemaErrorPaths(doc).empty(), "the schema refused it: " << schemaErrors(doc));
}

// ---- enums ---------------------------------------------------------------------------------
// How many enumerators E has, counted at compile time: GCC and Clang print a valid enumerator's
// name in __PRETTY_FUNCTION__ and a cast for any other value ("(waymark::Phase)3").
template <auto V>
constexpr bool isEnumerator() {
    const std::string_view f = __PRETTY_FUNCTION__;
    const size_t at = f.find("V = ");
    return at != std::string_view::npos && f[at + 4] != '(';
}
template <class E, int... I>
constexpr int enumeratorCount(std::integer_sequence<int, I...>) {
    constexpr bool valid[] = {isEnumerator<static_cast<E>(I)>()...};
    int count = 0;  // 0, 1, 2, ... up to the first value that is no enumerator
    while (count < static_cast<int>(sizeof...(I)) && valid[count]) ++count;
    return count;
}

template <class E>
std::vector<std::string> codeNames() {
    constexpr int count = enumeratorCount<E>(std::make_integer_sequence<int, 64>());
    static_assert(count > 0 && count < 64);
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i) {
        names.push_back(name(static_cast<E>(i)));
        const auto back = fromName<E>(names.back());
        CHECK_MESSAGE((back && *back == static_cast<E>(i)), names.back() << " does not read back");
    }
    return names;
}

}  // namespace

TEST_CASE("plan schema: is well formed and uses only what its checker implements") {
    const json& s = planSchema().schema();
    CHECK(get(s, "/$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK_MESSAGE(planSchema().unsupportedKeywords().empty(), json(planSchema().unsupportedKeywords()).dump());
    CHECK(get(s, "/properties/format/const") == kPlanFormat);
    CHECK(get(s, "/properties/version/const") == kPlanFormatVersion);
    CHECK(get(s, "/$defs/text/maxLength") == kMaxTextLength);
    CHECK(get(s, "/$defs/id/maxLength") == kMaxIdLength);
    CHECK(get(s, "/$defs/id/minLength") == 1);
    CHECK(get(s, "/description").get<std::string>().size() > 500);  // says what only the app checks
    std::vector<SchemaNode> nodes = schemaNodes();
    nodes.push_back({"(document)", s, s, true, false});
    for (const SchemaNode& node : nodes) {
        CAPTURE(node.path);
        if (!node.item) {  // each property its own words, not just those of the shape it refers to
            CHECK_MESSAGE(node.own.value("title", "") != "", "a property without a title");
            CHECK_MESSAGE(node.own.value("description", "") != "", "a property without a description");
        }
        if (node.schema.contains("properties")) {
            CHECK(get(node.schema, "/type") == "object");
            CHECK(get(node.schema, "/additionalProperties") == false);
            for (const json& key : node.schema.value("required", json::array()))
                CHECK_MESSAGE(node.schema["properties"].contains(key), key << " is required but not a property");
        }
    }
}

TEST_CASE("plan schema: its checker follows the JSON Schema rules it relies on") {
    const SchemaCheck check(json::parse(R"({
        "type": "object", "additionalProperties": false, "required": ["n"],
        "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 3}, "t": {"$ref": "#/$defs/t"},
                       "e": {"enum": ["a", "b"]}, "l": {"type": "array", "items": {"$ref": "#/$defs/t"}}},
        "$defs": {"t": {"type": "string", "maxLength": 2, "pattern": "^x"}}})"));
    auto errors = [&](const char* text) {
        std::string out;
        for (const auto& e : check.validate(json::parse(text))) out += e.path + ":" + e.keyword + " ";
        return out;
    };
    CHECK(errors(R"({"n": 2, "t": "xé", "e": "b", "l": ["x"]})") == "");  // é is one character
    CHECK(errors(R"({"n": 2.0})") == "");                                   // 2.0 is an integer to JSON Schema
    CHECK(errors(R"({"n": 2.5})") == "n:type ");
    CHECK(errors(R"({"n": 4, "t": "yx"})") == "n:maximum t:pattern ");
    CHECK(errors(R"({"t": "xxx", "e": "c", "l": [1, "y"], "z": 1})") ==
          "n:required e:enum l[0]:type l[1]:pattern t:maxLength z:additionalProperties ");
    CHECK(errors("[]") == ":type ");
    CHECK(SchemaCheck(json::parse(R"({"oneOf": [], "$ref": "#/$defs/x"})")).unsupportedKeywords().size() == 2);
}

TEST_CASE("plan schema: the example plans and a plan with every field set are valid") {
    size_t examples = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSourceDir / "assets/templates")) {
        if (entry.path().extension() != ".json") continue;
        ++examples;
        CAPTURE(entry.path().filename().string());
        const std::string text = readFile(entry.path());
        CHECK_MESSAGE(parsePlanDocument(text).plan, parsePlanDocument(text).error.str());
        CHECK_MESSAGE(schemaErrors(json::parse(text)) == "", schemaErrors(json::parse(text)));
    }
    CHECK(examples >= 2);
    const json full = fullDocument();
    CHECK_MESSAGE(schemaErrors(full) == "", schemaErrors(full));
    REQUIRE(read(full).plan);
    CHECK(*read(full).plan == planWithEveryField());
}

TEST_CASE("plan schema: describes exactly the keys the writer writes") {
    std::set<std::string> written, described;
    keyPaths(fullDocument(), "", written);
    for (const SchemaNode& node : schemaNodes())
        if (!node.item) described.insert(node.path);
    std::vector<std::string> onlyWritten, onlyDescribed;
    std::set_difference(written.begin(), written.end(), described.begin(), described.end(), std::back_inserter(onlyWritten));
    std::set_difference(described.begin(), described.end(), written.begin(), written.end(), std::back_inserter(onlyDescribed));
    CHECK_MESSAGE(onlyWritten.empty(), "written but not in the schema: " << json(onlyWritten).dump());
    CHECK_MESSAGE(onlyDescribed.empty(), "in the schema but never written: " << json(onlyDescribed).dump());
    CHECK(written.size() > 60);
}

TEST_CASE("plan schema: every enum lists exactly the names the code reads") {
    const std::map<std::string, std::vector<std::string>> code = {
        {"plan.context.business", codeNames<Business>()},     {"plan.context.phase", codeNames<Phase>()},
        {"plan.objectives[].kind", codeNames<ObjectiveKind>()}, {"plan.goals[].targetType", codeNames<TargetType>()},
        {"plan.tasks[].repeat.unit", codeNames<RepeatUnit>()}, {"plan.checkins[].confidence", codeNames<Confidence>()},
        {"plan.objectives[].number.metric", codeNames<BusinessMetric>()},
        {"plan.objectives[].number.per", codeNames<NumberPeriod>()}, {"plan.objectives[].funnel.shape", codeNames<Business>()},
        {"plan.customKpis[].family", codeNames<CustomFamily>()}, {"plan.goals[].measuredAs", codeNames<MeasuredAs>()},
        {"plan.voting.subject", codeNames<VoteSubject>()},
    };
    std::set<std::string> enumPaths;
    const json full = fullDocument();
    for (const SchemaNode& node : schemaNodes()) {
        if (!node.schema.contains("enum")) continue;
        CAPTURE(node.path);
        enumPaths.insert(node.path);
        REQUIRE(code.count(node.path));
        CHECK(node.schema["enum"] == json(code.at(node.path)));
        // The reader's own list, as its error message gives it.
        const auto at = locations(full, node.path);
        REQUIRE_FALSE(at.empty());
        json broken = full;
        broken[at[0].pointer] = "no-such-name";
        const std::string message = read(broken).error.message(), prefix = "expected one of: ";
        REQUIRE(message.rfind(prefix, 0) == 0);
        std::vector<std::string> listed;
        std::istringstream names(message.substr(prefix.size()));
        for (std::string n; std::getline(names >> std::ws, n, ',');) listed.push_back(n);
        CHECK(json(listed) == json(code.at(node.path)));
    }
    CHECK(enumPaths.size() == code.size());
}

TEST_CASE("plan schema: types, required keys, ranges, lengths and patterns match the reader") {
    const json full = fullDocument();
    for (const SchemaNode& node : schemaNodes()) {
        CAPTURE(node.path);
        const json& s = node.schema;
        const auto at = locations(full, node.path);
        REQUIRE_MESSAGE(!at.empty(), "the full plan does not use " << node.path);
        const Location& first = at[0];

        // A value of the wrong type.
        json broken = full;
        broken[first.pointer] = s.value("type", "") == "object" ? json(7) : json::object();
        checkBothRefuse(broken, first.path, "wrong type");

        // Unknown keys, on every object.
        if (s.value("type", "") == "object") {
            broken = full;
            broken[first.pointer]["surprise"] = 1;
            checkBothRefuse(broken, first.path + ".surprise", "unknown key");
        }

        // Leaving the key out: refused when required, else fine unless a rule across fields needs it.
        if (!node.item) {
            broken = full;
            for (auto it = at.rbegin(); it != at.rend(); ++it) broken[it->pointer.parent_pointer()].erase(it->pointer.back());
            if (node.required) {
                checkBothRefuse(broken, first.path, "required key left out");
            } else {
                static const std::map<std::string, std::string> onlyTheAppChecks = {
                    {"plan.objectives", "no objective with id"}, {"plan.goals", "no goal with id"},
                    {"plan.tactics", "no tactic with id"}, {"plan.tasks[].due", "a repeating task needs a first due date"}};
                const auto rule = onlyTheAppChecks.find(node.path);
                if (rule == onlyTheAppChecks.end()) {
                    checkBothAccept(broken, "optional key left out");
                } else {
                    CHECK(schemaErrors(broken) == "");
                    CHECK(read(broken).error.message().find(rule->second) != std::string::npos);
                }
            }
        }

        // Numbers and texts: each limit in the schema holds in the reader, at its edge and one step
        // beyond, and where the schema sets no limit the reader sets none either.
        const std::string type = s.value("type", "");
        if (s.contains("const") || s.contains("enum")) continue;
        auto setAll = [&](const json& value) {
            json d = full;
            for (const Location& l : at) d[l.pointer] = value;
            return d;
        };
        auto setFirst = [&](const json& value) {
            json d = full;
            d[first.pointer] = value;
            return d;
        };
        if (type == "integer" || type == "number") {
            auto number = [&](double v) { return type == "integer" ? json(static_cast<long long>(v)) : json(v); };
            const double low = s.value("minimum", 0.0);
            if (type == "integer") checkBothRefuse(setFirst(low + 0.5), first.path, "a fraction for a whole number");
            else checkBothAccept(setAll(low + 0.5), "a fraction");
            if (s.contains("minimum")) {
                checkBothAccept(setAll(number(low)), "the minimum");
                checkBothRefuse(setFirst(number(low - 1)), first.path, "below the minimum");
            } else {
                checkBothAccept(setAll(number(-1e9)), "a large negative number, no minimum");
            }
            if (s.contains("maximum")) {
                const double high = s["maximum"].get<double>();
                checkBothAccept(setAll(number(high)), "the maximum");
                checkBothRefuse(setFirst(number(high + 1)), first.path, "above the maximum");
            } else {
                checkBothAccept(setAll(number(1e9)), "a large number, no maximum");
            }
        }
        if (node.path == "plan.language") {
            // A language tag: the pattern and its length, at the edges and one step beyond.
            const std::string longest = "abc-abcdefgh-abcdefgh-abcdefgh-abcd";  // 35 characters
            REQUIRE(longest.size() == 35);
            checkBothAccept(setAll("de"), "a two-letter language");
            checkBothAccept(setAll("pt-BR"), "a language and its region");
            checkBothAccept(setAll(longest), "a tag of 35 characters");
            checkBothRefuse(setFirst(longest + "e"), first.path, "a tag of 36 characters");
            for (const char* bad : {"", "e", "english", "de_DE", "de-", "12", "de-abcdefghi"})
                checkBothRefuse(setFirst(bad), first.path, std::string("not a language tag: ") + bad);
            continue;
        }
        if (type == "string") {
            // Renamed everywhere, so references move with an id.
            auto renamed = [&](const std::string& to) {
                json d = full;
                renameEverywhere(d, full[first.pointer].get<std::string>(), to);
                return d;
            };
            const bool date = s.contains("pattern");
            if (s.contains("maxLength")) {
                const size_t max = s["maxLength"].get<size_t>();
                checkBothAccept(renamed(std::string(max, 'x')), "maxLength itself");
                checkBothRefuse(setFirst(std::string(max + 1, 'x')), first.path, "longer than maxLength");
            } else if (!date) {
                checkBothAccept(renamed(std::string(kMaxTextLength + 1, 'x')), "a long text, no maxLength");
            }
            if (s.contains("minLength"))
                checkBothRefuse(setFirst(std::string(s["minLength"].get<size_t>() - 1, 'x')), first.path, "below minLength");
            else if (!date)
                checkBothAccept(renamed(""), "an empty text, no minLength");
            if (date) checkBothRefuse(setFirst("2027-1-31"), first.path, "a date not written YYYY-MM-DD");
            else checkBothAccept(renamed("2027-1-31"), "any text, no pattern");
        }
    }
    // The envelope itself.
    checkBothRefuse(json::array(), "", "not an object");
    json broken = full;
    broken["surprise"] = true;
    checkBothRefuse(broken, "surprise", "unknown key in the envelope");
}

TEST_CASE("plan schema: broken documents are refused by the schema and by the reader alike") {
    auto doc = [](const std::string& plan) {
        return json::parse(R"({"format":"waymark-plan","version":1,"plan":)" + plan + "}");
    };
    const std::vector<std::pair<json, std::string>> cases = {
        {doc(R"({"id":"p","goals":[{"id":"g","deadlne":"2027-03-31"}]})"), "plan.goals[0].deadlne: unknown field"},
        {doc(R"({"id":"p","colour":"red"})"), "plan.colour: unknown field"},
        {doc(R"({"id":"p","context":{"teamSize":"four"}})"), "plan.context.teamSize: expected a whole number"},
        {doc(R"({"id":"p","context":{"teamSize":2.5}})"), "plan.context.teamSize: expected a whole number"},
        {doc(R"({"id":"p","goals":[{"id":"g","baseline":"400"}]})"), "plan.goals[0].baseline: expected a number"},
        {doc(R"({"id":"p","goals":[{"id":"g","soft":"yes"}]})"), "plan.goals[0].soft: expected true or false"},
        {doc(R"({"id":"p","goals":{"id":"g"}})"), "plan.goals: expected a list"},
        {doc(R"({"id":"p","context":{"channels":"instagram"}})"), "plan.context.channels: expected a list of texts"},
        {doc(R"({"id":"p","context":{"business":"bakery"}})"),
         "plan.context.business: expected one of: local, ecommerce, b2b, consulting, nonprofit, personal, agency, other"},
        {doc(R"({"id":"p","checkins":[{"goalId":"g","date":"2027-01-31","value":5,"confidence":"sure"}],"goals":[{"id":"g"}]})"),
         "plan.checkins[0].confidence: expected one of: low, medium, high"},
        {doc(R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g","value":6}]})"),
         "plan.tactics[0].value: must be between 1 and 5"},
        {doc(R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g","complexity":0}]})"),
         "plan.tactics[0].complexity: must be between 1 and 5"},
        {doc(R"({"id":"p","goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g"}],"tasks":[{"id":"k","tacticId":"t",
              "due":"2027-01-01","repeat":{"every":0,"unit":"week"}}]})"),
         "plan.tasks[0].repeat.every: must be between 1 and 366"},
        {doc(R"({"name":"no id"})"), "plan.id: missing"},
        {doc(R"({"id":""})"), "plan.id: must not be empty"},
        {doc(R"({"id":"p","goals":[{"title":"no id"}]})"), "plan.goals[0].id: missing"},
        {doc(R"({"id":"p","tactics":[{"id":"t"}]})"), "plan.tactics[0].goalId: missing"},
        {doc(R"({"id":"p","goals":[{"id":"g"}],"checkins":[{"goalId":"g","value":1}]})"), "plan.checkins[0].date: missing"},
        {doc(R"({"id":"p","goals":[{"id":"g"}],"checkins":[{"goalId":"g","date":"2027-01-31"}]})"),
         "plan.checkins[0].value: missing"},
        {doc(R"({"id":"p","goals":[{"id":"g","targetHistory":[{"date":"2027-01-31","from":1}]}]})"),
         "plan.goals[0].targetHistory[0].to: missing"},
        {doc(R"({"id":"p","goals":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d","deadline":"31.12.2026"}]})"),
         "plan.goals[3].deadline: not a date (YYYY-MM-DD)"},
        {doc(R"({"id":"p","created":"2026-1-5"})"), "plan.created: not a date (YYYY-MM-DD)"},
        {doc(R"({"id":"p","goals":[{"id":"g","budget":-1}]})"), "plan.goals[0].budget: must not be negative"},
        {doc(R"({"id":"p","context":{"monthlyBudget":-0.01}})"), "plan.context.monthlyBudget: must not be negative"},
        {doc(R"({"id":"p","objectives":[{"id":"o","parentId":""}]})"), "plan.objectives[0].parentId: must not be empty"},
        {doc(R"({"id":")" + std::string(kMaxIdLength + 1, 'p') + R"("})"), "plan.id: id longer than 64 characters"},
        {json::parse(R"({"format":"other","version":1,"plan":{"id":"p"}})"),
         "format: not a Waymark plan: expected \"waymark-plan\""},
        {json::parse(R"({"format":"waymark-plan","version":2,"plan":{"id":"p"}})"),
         "version: version 2 is newer than this Waymark understands (1); update Waymark to open it"},
        {json::parse(R"({"format":"waymark-plan","version":"1","plan":{"id":"p"}})"), "version: missing or not a whole number"},
        {json::parse(R"({"format":"waymark-plan","version":1})"), "plan: missing"},
        {json::parse(R"({"format":"waymark-plan","version":1,"plan":{"id":"p"},"extra":1})"), "extra: unknown field"},
    };
    for (const auto& [document, error] : cases) {
        CAPTURE(error);
        const LoadResult r = read(document);
        CHECK_MESSAGE(!r.plan, "the reader accepted it");
        if (!r.plan) CHECK(r.error.str() == error);
        CHECK_MESSAGE(schemaErrorPaths(document).count(r.error.path), "the schema did not refuse it at " << r.error.path
                                                                           << " (" << schemaErrors(document) << ")");
    }
}

// What the schema's description says only the app checks (or reads more kindly), kept true.
TEST_CASE("plan schema: what the schema cannot express is left to the app, as its description says") {
    auto doc = [](const std::string& plan) {
        return json::parse(R"({"format":"waymark-plan","version":1,"plan":)" + plan + "}");
    };
    const std::string task = R"("goals":[{"id":"g"}],"tactics":[{"id":"t","goalId":"g"}],"tasks":[{"id":"k","tacticId":"t",)";
    const std::vector<std::pair<json, std::string>> onlyTheApp = {
        {doc(R"({"id":"p","goals":[{"id":"g"},{"id":"g"}]})"), "plan.goals[1].id: duplicate id \"g\""},
        {doc(R"({"id":"p","tactics":[{"id":"t","goalId":"nope"}]})"), "plan.tactics[0].goalId: no goal with id \"nope\""},
        {doc(R"({"id":"p","objectives":[{"id":"a","parentId":"b"},{"id":"b","parentId":"a"}]})"),
         "plan.objectives[0].parentId: objectives must not be their own parent"},
        {doc(R"({"id":"p",)" + task + R"("repeat":{"unit":"week"}}]})"),
         "plan.tasks[0].due: a repeating task needs a first due date"},
        {doc(R"({"id":"p",)" + task + R"("due":"2027-01-01","repeat":{"unit":"week","day":3}}]})"),
         "plan.tasks[0].repeat.day: only a monthly repeat has a day of the month"},
        {doc(R"({"id":"p","created":"2027-02-30"})"), "plan.created: not a date (YYYY-MM-DD)"},
        {doc(R"({"id":"p","created":"1899-12-31"})"), "plan.created: not a date (YYYY-MM-DD)"},
        {doc(R"({"id":"p","context":{"teamSize":4.0}})"), "plan.context.teamSize: expected a whole number"},
        {json::parse(R"({"format":"waymark-plan","version":1.0,"plan":{"id":"p"}})"), "version: missing or not a whole number"},
    };
    for (const auto& [document, error] : onlyTheApp) {
        CAPTURE(error);
        CHECK_MESSAGE(schemaErrors(document) == "", schemaErrors(document));
        CHECK(read(document).error.str() == error);
    }
    // Lengths count characters on both sides: 10000 letters "é" (20000 bytes) are allowed.
    {
        json d = json::parse(R"({"format":"waymark-plan","version":1,"plan":{"id":"p"}})");
        std::string name;
        for (size_t i = 0; i < kMaxTextLength; ++i) name += "\xc3\xa9";
        d["plan"]["name"] = name;
        CHECK(schemaErrors(d) == "");
        CHECK(read(d).plan);
        d["plan"]["name"] = name + "\xc3\xa9";
        CHECK(schemaErrors(d) != "");
        CHECK(read(d).error.str() == "plan.name: text longer than 10,000 characters");
    }
    // null means "not set" to the app; the schema asks for the key to be left out instead.
    const json withNull = doc(R"({"id":"p","name":null,"goals":[{"id":"g","target":null}]})");
    CHECK(read(withNull).plan);
    CHECK(json(schemaErrorPaths(withNull)) == json::parse(R"(["plan.goals[0].target", "plan.name"])"));
}
