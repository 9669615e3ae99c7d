#include "ui/kit/view_settings.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "imgui.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

namespace {

bool isTheme(const std::string& id) {
    const auto& ids = themeIds();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

constexpr int kScalesPerRow = 3;

// The one place a scale is written for the user ("125%"), so number formats change in one spot.
std::string scaleLabel(int percent, const Strings& tr) { return tr.percent(percent / 100.0); }

}  // namespace

ViewSettings parseViewSettings(std::string_view json) {
    ViewSettings settings;
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (!doc.is_object()) return settings;
    if (auto it = doc.find("theme"); it != doc.end() && it->is_string() && isTheme(it->get<std::string>()))
        settings.theme = it->get<std::string>();
    if (auto it = doc.find("presentationTheme"); it != doc.end() && it->is_string() && isTheme(it->get<std::string>()))
        settings.presentationTheme = it->get<std::string>();
    if (auto it = doc.find("scale"); it != doc.end() && it->is_number_integer()) {
        const int percent = it->get<int>();
        if (std::find(std::begin(kScalePercents), std::end(kScalePercents), percent) != std::end(kScalePercents))
            settings.scalePercent = percent;
    }
    return settings;
}

std::string viewSettingsJson(const ViewSettings& settings) {
    return nlohmann::json{{"theme", settings.theme}, {"presentationTheme", settings.presentationTheme},
                          {"scale", settings.scalePercent}}
        .dump();
}

std::optional<ViewSettings> drawViewSettingsMenu(const ViewContext& ctx, const ViewSettings& current) {
    std::optional<ViewSettings> chosen;
    if (!ImGui::BeginPopup("settings-menu")) return chosen;
    const auto heading = [&](const char* key) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextUnformatted(ctx.tr.raw(key));
        ImGui::PopStyleColor();
    };
    const float pad = 2 * ImGui::GetStyle().FramePadding.x;
    // The themes side by side, so the menu stays short enough for a phone with finger-sized rows.
    const auto themeChoices = [&](const char* prefix, std::string ViewSettings::*member) {
        for (const std::string& id : themeIds()) {
            const bool selected = current.*member == id;
            const char* label = ctx.tr.raw(std::string("settings.theme.") + id);
            if (id != themeIds().front()) ImGui::SameLine();
            if (ImGui::Selectable((std::string(label) + "###" + prefix + id).c_str(), selected, ImGuiSelectableFlags_None,
                                  ImVec2(ImGui::CalcTextSize(label).x + pad, 0)) &&
                !selected) {
                chosen = current;
                (*chosen).*member = id;
            }
            ctx.locator.noteLastItem(prefix + id);
        }
    };
    heading("settings.theme");
    themeChoices("theme:", &ViewSettings::theme);
    ImGui::Separator();
    heading("settings.presentation_theme");
    themeChoices("present-theme:", &ViewSettings::presentationTheme);
    ImGui::Separator();
    heading("settings.scale");
    // Three sizes a row, like the themes.
    const float cell = ImGui::CalcTextSize(scaleLabel(250, ctx.tr).c_str()).x + pad;
    int column = 0;
    for (const int percent : kScalePercents) {
        const bool selected = current.scalePercent == percent;
        const std::string name = "scale:" + std::to_string(percent);
        if (column++ % kScalesPerRow != 0) ImGui::SameLine();
        if (ImGui::Selectable((scaleLabel(percent, ctx.tr) + "###" + name).c_str(), selected, ImGuiSelectableFlags_DontClosePopups,
                              ImVec2(cell, 0)) &&
            !selected) {
            chosen = current;
            chosen->scalePercent = percent;
        }
        ctx.locator.noteLastItem(name);
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace waymark::ui
