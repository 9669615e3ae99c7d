#include "ui/kit/theme.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "core/text/embedded.h"

namespace waymark::ui {

namespace {

// "#RRGGBB" or "#RRGGBBAA"; false for anything else.
bool parseColour(const std::string& text, ImVec4& out) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return false;
    float channels[4] = {0, 0, 0, 1};
    for (size_t i = 1, c = 0; i < text.size(); i += 2, ++c) {
        int value = 0;
        for (size_t k = i; k < i + 2; ++k) {
            const char ch = text[k];
            const int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        channels[c] = value / 255.0f;
    }
    out = ImVec4(channels[0], channels[1], channels[2], channels[3]);
    return true;
}

// The app's semantic colours by their key in a theme table's "app" object.
std::vector<std::pair<const char*, ImVec4 Theme::*>> appColours() {
    return {{"background", &Theme::background}, {"surface", &Theme::surface}, {"surfaceBorder", &Theme::surfaceBorder},
            {"text", &Theme::text}, {"textMuted", &Theme::textMuted}, {"accent", &Theme::accent},
            {"accentText", &Theme::accentText}, {"objective", &Theme::objective}, {"goal", &Theme::goal},
            {"tactic", &Theme::tactic}, {"danger", &Theme::danger}, {"dangerText", &Theme::dangerText},
            {"warning", &Theme::warning}, {"tip", &Theme::tip}, {"onTrack", &Theme::onTrack}, {"atRisk", &Theme::atRisk},
            {"offTrack", &Theme::offTrack}, {"quickWin", &Theme::quickWin}, {"majorProject", &Theme::majorProject},
            {"fillIn", &Theme::fillIn}, {"thankless", &Theme::thankless}};
}

std::map<std::string, Theme, std::less<>> loadThemes() {
    std::map<std::string, Theme, std::less<>> themes;
    for (const std::string& id : themeIds()) {
        Theme t;
        // The tables are part of the build and tested (theme_test.cpp): a broken one is a build error.
        if (parseTheme(embeddedFile("themes/" + id + ".json"), id, t).empty()) themes.emplace(id, std::move(t));
    }
    return themes;
}

}  // namespace

const std::vector<std::string>& themeIds() {
    static const std::vector<std::string> ids{"light", "dark", "high_contrast"};
    return ids;
}

const Theme& theme(std::string_view id) {
    static const auto themes = loadThemes();
    const auto found = themes.find(id);
    return found != themes.end() ? found->second : themes.at("light");
}

std::string parseTheme(std::string_view json, std::string id, Theme& out) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (!doc.is_object()) return "not a JSON object";
    out = Theme{};
    out.id = std::move(id);
    auto colour = [&](const char* group, const char* name, ImVec4& target) -> std::string {
        const std::string where = std::string(group) + "." + name;
        if (!doc.contains(group) || !doc[group].is_object() || !doc[group].contains(name)) return where + ": missing";
        const nlohmann::json& value = doc[group][name];
        if (!value.is_string() || !parseColour(value.get<std::string>(), target))
            return where + ": not a colour #RRGGBB or #RRGGBBAA";
        return {};
    };
    for (const auto& [name, member] : appColours())
        if (std::string error = colour("app", name, out.*member); !error.empty()) return error;
    for (int i = 0; i < ImGuiCol_COUNT; ++i)
        if (std::string error = colour("imgui", ImGui::GetStyleColorName(i), out.imgui[i]); !error.empty()) return error;
    for (const auto& [name, member] : {std::pair{"frameBorderSize", &Theme::frameBorderSize}, std::pair{"childBorderSize", &Theme::childBorderSize}}) {
        if (!doc.contains("style") || !doc["style"].contains(name)) return std::string("style.") + name + ": missing";
        const nlohmann::json& value = doc["style"][name];
        if (!value.is_number() || value.get<float>() < 0 || value.get<float>() > 4)
            return std::string("style.") + name + ": not a width from 0 to 4";
        out.*member = value.get<float>();
    }
    return {};
}

void applyTheme(ImGuiStyle& style, const Theme& t, float scale) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(16, 14);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 16;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.PopupRounding = 8;
    style.GrabRounding = 6;
    style.WindowBorderSize = 0;
    for (int i = 0; i < ImGuiCol_COUNT; ++i) style.Colors[i] = t.imgui[i];
    style.ScaleAllSizes(scale);
    // ScaleAllSizes leaves borders alone; whole device pixels keep them sharp.
    const auto border = [scale](float css) { return css > 0 ? std::max(1.0f, std::round(css * scale)) : 0.0f; };
    style.PopupBorderSize = border(std::max(1.0f, t.childBorderSize));
    style.ChildBorderSize = border(t.childBorderSize);
    style.FrameBorderSize = border(t.frameBorderSize);
}

void fitTouchTargets(ImGuiStyle& style, float fontSize, float target) {
    // A frame is the text plus its padding: a field, button or checkbox.
    style.FramePadding.y = std::max(style.FramePadding.y, std::ceil((target - fontSize) / 2));
    // A button's narrowest label is one digit (the tactic scores), about 0.4 em wide.
    style.FramePadding.x = std::max(style.FramePadding.x, std::ceil((target - 0.4f * fontSize) / 2));
    // A menu item or tab reaches over half the spacing above and below it.
    style.ItemSpacing.y = std::max(style.ItemSpacing.y, std::ceil(target - fontSize));
    // ... and the last item of a menu keeps that reach inside the menu's edge.
    style.WindowPadding.y = std::max(style.WindowPadding.y, std::ceil(style.ItemSpacing.y / 2) + style.PopupBorderSize);
    style.ScrollbarSize = std::max(style.ScrollbarSize, std::ceil(target / 2));
    style.GrabMinSize = std::max(style.GrabMinSize, std::ceil(target / 2));
    // A finger is less exact than a mouse: every hit area reaches a little further (and this
    // marks the style as touch-sized, see touchSized).
    style.TouchExtraPadding = ImVec2(std::ceil(target / 12), std::ceil(target / 12));
}

}  // namespace waymark::ui
