#pragma once
// The one text input every field uses: ImGui's single-line field over a std::string that grows
// as the user types or pastes (ImGui's resize callback, as imgui_stdlib does), so a field holds
// every character the plan format allows (kMaxTextLength, any Unicode scalar, emoji included)
// and nothing is cut at a byte count or inside a UTF-8 sequence. Typing or pasting beyond the
// limit keeps what fits: the surplus of that edit is dropped at a character boundary.
#include <cstddef>
#include <string>

#include "imgui.h"

namespace waymark::ui {

// Frames a field asked to take the keyboard keeps asking: ImGui can activate an item only once it
// is drawn, and a scroll or a layout change can take a frame or two.
inline constexpr int kFocusFrames = 8;

// ImGui::InputTextWithHint on `text` (hint may be ""); returns what ImGui returns (edited, or
// Enter with ImGuiInputTextFlags_EnterReturnsTrue). maxCharacters bounds the text in characters.
bool inputText(const char* label, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0,
               size_t maxCharacters = 0);

// True when the field drawn last was left after the user edited it to something other than
// `value`: the one moment a field commits. Focusing and leaving a field, or an edit undone before
// leaving, changes nothing.
bool leftChanged(const std::string& text, const std::string& value);

}  // namespace waymark::ui
