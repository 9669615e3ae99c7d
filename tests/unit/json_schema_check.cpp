#include "json_schema_check.h"

#include <cmath>
#include <functional>
#include <set>

namespace waymark::test {

using nlohmann::json;

namespace {
const std::set<std::string> kAnnotations = {"$schema", "$id", "$comment", "$defs", "title", "description", "format"};
const std::set<std::string> kAssertions = {"$ref",     "type",     "const",     "enum",      "properties",
                                           "required", "items",    "minimum",   "maximum",   "minLength",
                                           "maxLength", "pattern", "additionalProperties"};

bool hasType(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    if (type == "number") return v.is_number();
    if (type == "integer") {  // the spec's integer: any number whose fractional part is zero
        if (v.is_number_integer()) return true;
        return v.is_number_float() && std::isfinite(v.get<double>()) && std::trunc(v.get<double>()) == v.get<double>();
    }
    return false;
}

size_t codePoints(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
}  // namespace

const json& SchemaCheck::definition(const std::string& ref) const {
    static const json none;
    const std::string prefix = "#/$defs/";
    if (ref.rfind(prefix, 0) != 0 || !schema_.contains("$defs")) return none;
    const auto it = schema_["$defs"].find(ref.substr(prefix.size()));
    return it == schema_["$defs"].end() ? none : *it;
}

json SchemaCheck::merged(const json& s) const {
    if (!s.is_object() || !s.contains("$ref")) return s;
    json out = merged(definition(s["$ref"].get<std::string>()));
    if (!out.is_object()) out = json::object();
    for (const auto& [key, value] : s.items())
        if (key != "$ref") out[key] = value;
    return out;
}

std::vector<std::string> SchemaCheck::unsupportedKeywords() const {
    std::vector<std::string> out;
    std::function<void(const json&, const std::string&)> walk = [&](const json& s, const std::string& at) {
        if (!s.is_object()) return out.push_back("(not a schema object) at " + at);
        for (const auto& [key, value] : s.items()) {
            if (!kAnnotations.count(key) && !kAssertions.count(key)) out.push_back(key + " at " + at);
            if (key == "additionalProperties" && value != false) out.push_back("additionalProperties other than false at " + at);
            if (key == "$ref" && (!value.is_string() || definition(value.get<std::string>()).is_null()))
                out.push_back("$ref to nothing at " + at);
        }
        if (s.contains("items")) walk(s["items"], at + "/items");
        for (const char* group : {"properties", "$defs"})
            if (s.contains(group))
                for (const auto& [key, sub] : s[group].items()) walk(sub, at + "/" + group + "/" + key);
    };
    walk(schema_, "#");
    return out;
}

std::vector<SchemaError> SchemaCheck::validate(const json& document) const {
    std::vector<SchemaError> out;
    check(schema_, document, "", out);
    return out;
}

const std::regex& SchemaCheck::regex(const std::string& pattern) const {
    auto it = regexes_.find(pattern);
    if (it == regexes_.end()) it = regexes_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
    return it->second;
}

void SchemaCheck::check(const json& s, const json& v, const std::string& path, std::vector<SchemaError>& out) const {
    auto fail = [&](const std::string& keyword) { out.push_back({path, keyword}); };
    for (const auto& [key, value] : s.items())
        if ((!kAnnotations.count(key) && !kAssertions.count(key)) || (key == "additionalProperties" && value != false))
            fail("unsupported: " + key);
    if (s.contains("$ref")) check(definition(s["$ref"].get<std::string>()), v, path, out);
    if (s.contains("type")) {
        const json& t = s["type"];
        bool ok = false;
        if (t.is_string()) ok = hasType(v, t.get<std::string>());
        else for (const json& one : t) ok = ok || hasType(v, one.get<std::string>());
        if (!ok) return fail("type");  // the other keywords say nothing about a value of the wrong type
    }
    if (s.contains("const") && v != s["const"]) fail("const");
    if (s.contains("enum")) {
        bool found = false;
        for (const json& allowed : s["enum"]) found = found || v == allowed;
        if (!found) fail("enum");
    }
    if (v.is_number()) {
        if (s.contains("minimum") && v.get<double>() < s["minimum"].get<double>()) fail("minimum");
        if (s.contains("maximum") && v.get<double>() > s["maximum"].get<double>()) fail("maximum");
    }
    if (v.is_string()) {
        const auto& text = v.get_ref<const std::string&>();
        if (s.contains("minLength") && codePoints(text) < s["minLength"].get<size_t>()) fail("minLength");
        if (s.contains("maxLength") && codePoints(text) > s["maxLength"].get<size_t>()) fail("maxLength");
        if (s.contains("pattern") && !std::regex_search(text, regex(s["pattern"].get<std::string>()))) fail("pattern");
    }
    if (v.is_array() && s.contains("items"))
        for (size_t i = 0; i < v.size(); ++i) check(s["items"], v[i], path + "[" + std::to_string(i) + "]", out);
    if (v.is_object()) {
        if (s.contains("required"))
            for (const json& key : s["required"])
                if (!v.contains(key.get<std::string>())) out.push_back({join(path, key.get<std::string>()), "required"});
        const json* properties = s.contains("properties") ? &s["properties"] : nullptr;
        for (const auto& [key, value] : v.items()) {
            if (properties && properties->contains(key)) check((*properties)[key], value, join(path, key), out);
            else if (s.value("additionalProperties", json(true)) == false) out.push_back({join(path, key), "additionalProperties"});
        }
    }
}

}  // namespace waymark::test
