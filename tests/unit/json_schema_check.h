#pragma once
// A JSON Schema (draft 2020-12) checker for exactly the keywords assets/schema/waymark-plan.v1.schema.json
// uses: type (integer = a number without a fractional part), const, enum, properties, required,
// additionalProperties: false, items, minimum, maximum, minLength and maxLength (in code points),
// pattern (ECMAScript, unanchored, via std::regex) and $ref to "#/$defs/NAME". title,
// description, format, $schema, $id, $comment and $defs are annotations. Any other keyword is
// reported as an error rather than ignored, so a schema can't outgrow its checker silently.
// Error paths are written like Waymark's ("plan.goals[3].deadline"), so they can be compared.
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace waymark::test {

struct SchemaError {
    std::string path;     // "plan.goals[3].deadline"; "" for the document itself
    std::string keyword;  // "type", "required", "additionalProperties", ... or "unsupported: KEY"
};

class SchemaCheck {
public:
    explicit SchemaCheck(nlohmann::json schema) : schema_(std::move(schema)) {}

    const nlohmann::json& schema() const { return schema_; }
    std::vector<SchemaError> validate(const nlohmann::json& document) const;

    // The schema a "$ref" names ("#/$defs/NAME"); null when it names nothing.
    const nlohmann::json& definition(const std::string& ref) const;
    // A subschema with its $ref chain folded in (the subschema's own keywords win).
    nlohmann::json merged(const nlohmann::json& subschema) const;
    // Keywords anywhere in the schema that this checker does not implement ("KEY at PATH").
    std::vector<std::string> unsupportedKeywords() const;

    static std::string join(const std::string& path, const std::string& key) {
        return path.empty() ? key : path + "." + key;
    }

private:
    void check(const nlohmann::json& s, const nlohmann::json& v, const std::string& path,
               std::vector<SchemaError>& out) const;
    const std::regex& regex(const std::string& pattern) const;

    nlohmann::json schema_;
    mutable std::map<std::string, std::regex> regexes_;
};

}  // namespace waymark::test
