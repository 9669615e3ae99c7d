// The English text table is complete and has no dead entries: every key the code names exists,
// and every key is either named literally in the code or belongs to a family the code builds
// at run time ("kpi." + id + ".name") for an id that really exists.
#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "core/method/catalog.h"
#include "core/method/goal_templates.h"
#include "core/text/i18n.h"
#include "core/method/realism.h"
#include "core/method/review.h"
#include "core/plan/example_plans.h"

using namespace waymark;
namespace fs = std::filesystem;

namespace {

// All of src/ and web/ as one text, to search for key literals.
std::string allSources() {
    std::string text;
    for (const char* dir : {"src", "web"})
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(WAYMARK_SOURCE_DIR) / dir)) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path());
            std::stringstream buffer;
            buffer << in.rdbuf();
            text += buffer.str();
        }
    return text;
}

// "kpi.reach.name" -> "reach": the id part of a key family "<family>.<id>.<field>".
std::string familyId(const std::string& key) {
    const size_t first = key.find('.'), last = key.rfind('.');
    return first == last ? std::string() : key.substr(first + 1, last - first - 1);
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("every key the UI names literally exists in English") {
    const Strings en = Strings::load("en");
    const std::string sources = allSources();
    // tr("key"), tr_("key"), tr.raw("key"), tr_.raw("key"), text("key") in the shell
    const std::regex use(R"re(\b(?:tr_?(?:\.raw)?|text)\("([a-z_]+\.[a-z0-9_.]+)")re");
    int named = 0;
    for (auto it = std::sregex_iterator(sources.begin(), sources.end(), use); it != std::sregex_iterator(); ++it) {
        const std::string key = (*it)[1];
        CHECK_MESSAGE(en.has(key), "missing English text for " << key);
        ++named;
    }
    CHECK(named > 30);
    // tr.plural("key", n): both forms exist.
    const std::regex pluralUse(R"re(\bplural\("([a-z_]+\.[a-z0-9_.]+)")re");
    for (auto it = std::sregex_iterator(sources.begin(), sources.end(), pluralUse); it != std::sregex_iterator(); ++it) {
        const std::string key = (*it)[1];
        CHECK_MESSAGE(en.has(key + ".one"), "missing English text for " << key << ".one");
        CHECK_MESSAGE(en.has(key + ".other"), "missing English text for " << key << ".other");
    }
}

TEST_CASE("plural forms and lists follow the language") {
    const Strings en = Strings::load("en");
    CHECK(en.plural("outline.count_tasks", 1) == "1 task");
    CHECK(en.plural("outline.count_tasks", 0) == "0 tasks");
    CHECK(en.plural("outline.count_tasks", 2) == "2 tasks");
    CHECK(en.list({}).empty());
    CHECK(en.list({"a"}) == "a");
    CHECK(en.list({"a", "b"}) == "a and b");
    CHECK(en.list({"a", "b", "c"}) == "a, b and c");
}

TEST_CASE("every English key is used") {
    std::set<std::string> kpis, categories, findings, goalTemplates, planTemplates, inputs, units, tiers;
    for (const auto& k : catalogKpis()) {
        kpis.emplace(k.id);
        for (const auto input : formulaInputs(k)) inputs.emplace(input);
    }
    for (int u = 0; u <= static_cast<int>(KpiUnit::score); ++u) units.emplace(name(static_cast<KpiUnit>(u)));
    for (const auto& band : realismBands()) tiers.emplace(band.tier);
    for (const auto& c : waymark::categories()) categories.emplace(c.id);
    for (const auto& f : findingCodes()) findings.emplace(f.code);
    for (const auto& t : waymark::goalTemplates()) goalTemplates.emplace(t.id);
    for (const auto& t : waymark::planTemplates()) planTemplates.emplace(t.id);

    const std::string sources = allSources();
    for (const std::string& key : Strings::load("en").keys()) {
        CAPTURE(key);
        const std::string id = familyId(key);
        if (startsWith(key, "kpi.")) CHECK(kpis.count(id));
        else if (startsWith(key, "category.")) CHECK(categories.count(id));
        else if (startsWith(key, "finding.")) CHECK(findings.count(id));
        else if (startsWith(key, "template.")) CHECK(goalTemplates.count(id));
        else if (startsWith(key, "plan_template.")) CHECK(planTemplates.count(id));
        else if (startsWith(key, "input.")) CHECK(inputs.count(id));
        else if (startsWith(key, "unit.")) CHECK(units.count(id));
        else if (startsWith(key, "realism.tier.")) CHECK(tiers.count(key.substr(13)));
        else {
            // Named literally, or one of a family the code builds from a prefix it names
            // ("channel." + id, or documented as "realism.factor.<factor>").
            bool used = sources.find('"' + key + '"') != std::string::npos;
            // A plural or touch form is used when its base key is: "outline.count_tasks" for
            // ".one"/".other", "map.hint" for ".touch" (ui/kit/input_words.h).
            for (const char* form : {".one", ".other", ".touch"})
                if (!used && key.size() > std::strlen(form) && key.compare(key.size() - std::strlen(form), std::string::npos, form) == 0)
                    used = sources.find('"' + key.substr(0, key.size() - std::strlen(form)) + '"') != std::string::npos;
            for (size_t dot = key.rfind('.'); !used && dot != std::string::npos && dot > 0; dot = key.rfind('.', dot - 1))
                used = sources.find('"' + key.substr(0, dot + 1)) != std::string::npos;
            CHECK_MESSAGE(used, "no code uses " << key);
        }
    }
}

TEST_CASE("every language has every English key, with the same placeholders") {
    const Strings en = Strings::load("en");
    const std::regex placeholder(R"(\{([a-z_]+)\})");
    const auto placeholders = [&](const std::string& text) {
        std::set<std::string> names;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it)
            names.insert((*it)[1]);
        return names;
    };
    const auto languages = Strings::languages();
    CHECK(languages == std::vector<std::string>{"de", "en", "id"});
    for (const std::string& language : languages) {
        if (language == "en") continue;
        const Strings other = Strings::load(language);
        CAPTURE(language);
        CHECK(other.language() == language);
        for (const std::string& key : en.keys()) {
            CAPTURE(key);
            REQUIRE_MESSAGE(other.has(key), "no " << language << " text for " << key);
            CHECK(placeholders(other(key)) == placeholders(en(key)));
            CHECK_FALSE(other(key).empty());
        }
        CHECK(other.keys().size() == en.keys().size());
    }
}

TEST_CASE("each example plan has a version in every language, the same plan in other words") {
    for (const auto& info : planTemplates())
        for (const std::string& language : Strings::languages()) {
            CAPTURE(info.id);
            CAPTURE(language);
            const auto english = loadTemplate(info.id);
            const auto translated = loadTemplate(info.id, language);
            REQUIRE(english);
            REQUIRE(translated);
            REQUIRE(translated->goals.size() == english->goals.size());
            for (size_t i = 0; i < english->goals.size(); ++i) {
                CHECK(translated->goals[i].id == english->goals[i].id);
                CHECK(translated->goals[i].kpi == english->goals[i].kpi);
                CHECK(translated->goals[i].baseline == english->goals[i].baseline);
                CHECK(translated->goals[i].target == english->goals[i].target);
                CHECK(translated->goals[i].deadline == english->goals[i].deadline);
            }
            CHECK(translated->tasks.size() == english->tasks.size());
            REQUIRE(translated->checkins.size() == english->checkins.size());
            for (size_t i = 0; i < english->checkins.size(); ++i) {
                CHECK(translated->checkins[i].date == english->checkins[i].date);
                CHECK(translated->checkins[i].value == english->checkins[i].value);
            }
            if (language != "en") CHECK(translated->name != english->name);
        }
}

TEST_CASE("numbers and dates in each language's own way, also inside texts") {
    const Strings en = Strings::load("en"), de = Strings::load("de"), id = Strings::load("id");
    CHECK(en.number(1234.5) == "1,234.5");
    CHECK(de.number(1234.5) == "1.234,5");
    CHECK(id.number(1234.5) == "1.234,5");
    CHECK(en.percent(0.12) == "12%");
    CHECK(de.percent(0.12) == "12 %");
    CHECK(id.percent(0.12) == "12%");
    CHECK(en.date(2026, 11, 30) == "30 Nov 2026");
    CHECK(de.date(2026, 3, 5) == "5. März 2026");
    CHECK(id.date(2026, 5, 1) == "1 Mei 2026");
    CHECK(de.dayMonth(12, 24) == "24. Dez.");
    CHECK(de.parseNumber("1.234,5") == 1234.5);
    CHECK(en.parseNumber("1,234.5") == 1234.5);
    CHECK(id.parseNumber("3,5") == 3.5);
    // "_number" and "_date" arguments are written the language's way where a text is made.
    CHECK(de.localized({{"target_number", "12000 EUR"}, {"due_date", "2026-12-31"}, {"title", "2.5"}}) ==
          TextArgs{{"target", "12.000 EUR"}, {"due", "31. Dez. 2026"}, {"title", "2.5"}});
    CHECK(de.plural("outline.count_tasks", 1200).find("1.200") != std::string::npos);
}
