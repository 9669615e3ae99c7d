#include "core/plan/example_plans.h"

#include <algorithm>

#include "core/text/embedded.h"
#include "core/plan/plan_json.h"

namespace waymark {

namespace {
constexpr std::string_view kFolder = "templates/", kExtension = ".json";
}

std::vector<TemplateInfo> planTemplates() {
    std::vector<TemplateInfo> out;
    size_t count = 0;
    const EmbeddedFile* files = embeddedFiles(count);
    for (size_t i = 0; i < count; ++i) {
        const std::string_view path = files[i].path;
        // Only the English originals name the examples; translations live one folder down.
        if (path.size() <= kFolder.size() + kExtension.size() || path.substr(0, kFolder.size()) != kFolder ||
            path.substr(path.size() - kExtension.size()) != kExtension || path.find('/', kFolder.size()) != std::string_view::npos)
            continue;
        std::string id(path.substr(kFolder.size(), path.size() - kFolder.size() - kExtension.size()));
        out.push_back({id, "plan_template." + id + ".name"});
    }
    std::sort(out.begin(), out.end(), [](const TemplateInfo& a, const TemplateInfo& b) { return a.id < b.id; });
    return out;
}

std::optional<Plan> loadTemplate(std::string_view id, std::string_view language) {
    const std::string file = std::string(id) + std::string(kExtension);
    std::string_view text = language == "en" ? std::string_view() : embeddedFile(std::string(kFolder) + std::string(language) + "/" + file);
    if (text.empty()) text = embeddedFile(std::string(kFolder) + file);
    if (text.empty()) return std::nullopt;
    return parsePlanDocument(text).plan;
}

}  // namespace waymark
