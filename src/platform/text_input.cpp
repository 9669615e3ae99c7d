#include "platform/text_input.h"

#include <utility>

#include "imgui.h"

namespace waymark::platform {

namespace {

// ImGui's hooks are plain function pointers: the sink and the clipboard text live here, one per
// process, like the ImGui context they serve.
TextSink gSink;
// What ImGui's paste inserts: the text of the last paste event, or of the last copy.
std::string gClipboard;

// Called by ImGui at the end of a frame when a text field became active or inactive, or its
// caret moved: the sink follows the caret, so an IME's candidate window does too.
void placeSink(ImGuiViewport*, ImGuiPlatformImeData* data) {
    if (gSink.place) gSink.place(data->WantVisible, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

const char* clipboardText(void*) { return gClipboard.c_str(); }

void setClipboardText(void*, const char* text) {
    gClipboard = text;
    if (gSink.writeClipboard) gSink.writeClipboard(gClipboard);
}

}  // namespace

void connectTextInput(TextSink sink, bool apple) {
    gSink = std::move(sink);
    gClipboard.clear();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigMacOSXBehaviors = apple;
    io.SetPlatformImeDataFn = placeSink;
    io.GetClipboardTextFn = clipboardText;
    io.SetClipboardTextFn = setClipboardText;
}

void receiveText(const std::string& utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str()); }

void receiveDelete(bool forward) {
    const ImGuiKey key = forward ? ImGuiKey_Delete : ImGuiKey_Backspace;
    ImGui::GetIO().AddKeyEvent(key, true);
    ImGui::GetIO().AddKeyEvent(key, false);
}

void receivePaste(const std::string& text, bool typeNow) {
    gClipboard = text;
    if (typeNow) receiveText(text);
}

}  // namespace waymark::platform
