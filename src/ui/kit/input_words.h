#pragma once
// Instructions name the way the user points: "Click a goal" with a mouse, "Tap a goal" on a touch
// screen. A text's touch wording is its key with ".touch" (in the languages that word it apart).
#include <string>

#include "core/text/i18n.h"
#include "imgui.h"
#include "ui/kit/theme.h"

namespace waymark::ui {

inline std::string pointerWords(const Strings& tr, const std::string& key, const TextArgs& args = {}) {
    const std::string touchKey = key + ".touch";
    return touchSized(ImGui::GetStyle()) && tr.has(touchKey) ? tr(touchKey, args) : tr(key, args);
}

}  // namespace waymark::ui
