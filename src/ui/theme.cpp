#include "ui/theme.h"

namespace waymark::ui {

namespace {
constexpr ImVec4 rgb(int hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}
}  // namespace

const Theme& lightTheme() {
    static const Theme theme{
        rgb(0xF4F5F7), rgb(0xFFFFFF), rgb(0xD5D9E0), rgb(0x1B1F27), rgb(0x5A6272), rgb(0x2457C5), rgb(0xFFFFFF),
        rgb(0x2457C5), rgb(0x0E8A7E), rgb(0x8A4FBF),
        rgb(0xC0352B), rgb(0xFFFFFF),
        rgb(0x9A5B00), rgb(0x2457C5), rgb(0x1E8A3E), rgb(0x9A5B00), rgb(0xC0352B),
        rgb(0x1B7A36), rgb(0x2457C5), rgb(0x8A6500), rgb(0xA8433C),
    };
    return theme;
}

void applyTheme(ImGuiStyle& style, const Theme& t, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
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
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 0;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = t.text;
    c[ImGuiCol_TextDisabled] = t.textMuted;
    c[ImGuiCol_WindowBg] = t.background;
    c[ImGuiCol_ChildBg] = t.surface;
    c[ImGuiCol_PopupBg] = t.surface;
    c[ImGuiCol_Border] = t.surfaceBorder;
    c[ImGuiCol_FrameBg] = rgb(0xE9ECF1);
    c[ImGuiCol_FrameBgHovered] = rgb(0xDDE3EC);
    c[ImGuiCol_FrameBgActive] = rgb(0xD2DAE6);
    c[ImGuiCol_Button] = rgb(0xE6EAF0);
    c[ImGuiCol_ButtonHovered] = rgb(0xD6DDE8);
    c[ImGuiCol_ButtonActive] = rgb(0xC6D0DE);
    c[ImGuiCol_Header] = rgb(0x2457C5, 0.12f);
    c[ImGuiCol_HeaderHovered] = rgb(0x2457C5, 0.20f);
    c[ImGuiCol_HeaderActive] = rgb(0x2457C5, 0.28f);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x1B1F27, 0.45f);
    c[ImGuiCol_NavHighlight] = t.accent;
    c[ImGuiCol_TextSelectedBg] = rgb(0x2457C5, 0.25f);
    style.ScaleAllSizes(scale);
}

}  // namespace waymark::ui
