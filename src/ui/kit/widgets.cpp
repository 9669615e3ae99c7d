#include "ui/kit/widgets.h"

#include <algorithm>
#include <string>
#include <vector>

#include "imgui_internal.h"  // the input event queue

namespace waymark::ui {

namespace {

std::string labelWithId(const char* label, const char* id) { return std::string(label) + "###" + id; }

bool coloredButton(const char* label, const char* id, const ImVec4& color, const ImVec4& text) {
    ImGui::PushStyleColor(ImGuiCol_Button, color);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(color.x * 0.88f, color.y * 0.88f, color.z * 0.88f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(color.x * 0.76f, color.y * 0.76f, color.z * 0.76f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, text);
    const bool pressed = ImGui::Button(labelWithId(label, id).c_str());
    ImGui::PopStyleColor(4);
    return pressed;
}
}  // namespace

bool smallButton(const char* label, const char* id) {
    // On a touch screen a small button keeps a finger-sized height.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(style.FramePadding.x * 0.7f, style.FramePadding.y * (touchSized(style) ? 1.0f : 0.5f)));
    const bool pressed = ImGui::Button(labelWithId(label, id).c_str());
    ImGui::PopStyleVar();
    return pressed;
}

bool accentButton(const char* label, const char* id, const Theme& theme) {
    return coloredButton(label, id, theme.accent, theme.accentText);
}

bool dangerButton(const char* label, const char* id, const Theme& theme) {
    return coloredButton(label, id, theme.danger, theme.dangerText);
}

ConfirmAnswer confirmOrCancel(const char* confirmLabel, const char* cancelLabel, ItemLocator& locator,
                              const std::string& confirmItem, const Theme& theme) {
    ConfirmAnswer answer = ConfirmAnswer::none;
    if (dangerButton(confirmLabel, "confirm", theme)) answer = ConfirmAnswer::confirmed;
    locator.noteLastItem(confirmItem);
    ImGui::SameLine();
    if (ImGui::Button(cancelLabel) || ImGui::IsKeyPressed(ImGuiKey_Escape)) answer = ConfirmAnswer::cancelled;
    if (answer != ConfirmAnswer::none) ImGui::CloseCurrentPopup();
    return answer;
}

void chip(const char* label, const ImVec4& color) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 pad(style.FramePadding.x * 0.7f, style.FramePadding.y * 0.35f);
    const ImVec2 textSize = ImGui::CalcTextSize(label);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(textSize.x + 2 * pad.x, textSize.y + 2 * pad.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), packed(ImVec4(color.x, color.y, color.z, 0.13f)),
                        size.y * 0.5f);
    draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), packed(color), label);
    ImGui::Dummy(size);
}

std::string comboPreview(const std::string& text) {
    return fitText(text, ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - 2 * ImGui::GetStyle().FramePadding.x);
}

std::string fitText(const std::string& text, float maxWidth) {
    if (ImGui::CalcTextSize(text.c_str()).x <= maxWidth) return text;
    const std::string ellipsis = "\u2026";
    const auto fitsCutAt = [&](size_t at) {
        return ImGui::CalcTextSize((text.substr(0, at) + ellipsis).c_str()).x <= maxWidth;
    };
    std::vector<size_t> cuts;  // where each character but the first starts: the places to cut
    for (size_t i = 1; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) cuts.push_back(i);
    // Widths grow with length, so the longest cut that fits is found by halving: a character at
    // a time measured a 3,000-character title 3,000 times over, seconds of a frame.
    size_t fitting = 0, tooLong = cuts.size();
    while (fitting < tooLong) {
        const size_t middle = (fitting + tooLong) / 2;
        if (fitsCutAt(cuts[middle])) fitting = middle + 1;
        else tooLong = middle;
    }
    if (fitting > 0) return text.substr(0, cuts[fitting - 1]) + ellipsis;
    return fitsCutAt(0) ? ellipsis : std::string();
}

void sameLineIfFits(float width, float gap) {
    ImGui::SameLine(0, gap);
    if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
}

std::vector<std::string> wrapText(const std::string& text, float maxWidth, int maxLines) {
    std::vector<std::string> lines;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* at = text.c_str();
    const char* end = at + text.size();
    while (at < end && static_cast<int>(lines.size()) < maxLines) {
        while (at < end && *at == ' ') ++at;
        if (at == end) break;
        if (static_cast<int>(lines.size()) == maxLines - 1) {
            lines.push_back(fitText(std::string(at, end), maxWidth));  // the last line takes the rest
            break;
        }
        const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, at, end, maxWidth);
        if (cut == at) cut = at + 1;  // not even one character fits: never stuck
        while (cut < end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;  // whole UTF-8 characters
        std::string line(at, cut);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(fitText(line, maxWidth));
        at = cut;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

float actionButtonsWidth(std::initializer_list<const char*> labels) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = 0;
    for (const char* label : labels)
        width += ImGui::CalcTextSize(label, nullptr, true).x + 2 * style.FramePadding.x * 0.7f + style.ItemSpacing.x;
    return width;
}

bool buttonsFitBeside(float buttonsWidth) {
    // About three words of body text.
    constexpr float kTextBesideButtonsEm = 12.0f;
    return ImGui::GetContentRegionAvail().x - buttonsWidth >= kTextBesideButtonsEm * ImGui::GetFontSize();
}

bool beginDialog(const std::string& title, bool& openRequested, float widthEm, float heightEm) {
    if (openRequested) {
        ImGui::OpenPopup(title.c_str());
        openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(widthEm * em, viewport->Size.x - 2 * em),
                                    std::min(heightEm * em, viewport->Size.y - 2 * em)));
    return ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
}

void replayTypeAhead(std::vector<ImWchar>& held) {
    // Queued in front: characters typed after the field took the keyboard are queued already,
    // and must come after the ones typed before it.
    ImGuiContext& g = *GImGui;
    for (size_t i = 0; i < held.size(); ++i) {
        ImGuiInputEvent e;
        e.Type = ImGuiInputEventType_Text;
        e.Source = ImGuiInputSource_Keyboard;
        e.Text.Char = held[i];
        e.EventId = g.InputEventsNextEventId++;
        g.InputEventsQueue.insert(g.InputEventsQueue.begin() + static_cast<int>(i), e);
    }
    held.clear();
}

}  // namespace waymark::ui
