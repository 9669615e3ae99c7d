#pragma once
// Text entry through the browser's own input (see web-platform.md, "Text input, IME, touch,
// clipboard"). Emscripten 3.1.6's GLFW sees key presses only, so while an ImGui text field is
// active a hidden <textarea id="text-sink"> in the page holds the focus: typing, IME composition,
// dead keys, on-screen keyboards, paste and insertText all reach ImGui as characters, each exactly
// once, while key events (arrows, Home/End, Enter, Ctrl+A/C/V/X/Z) keep coming through GLFW.
// ImGui's clipboard is the system clipboard: Ctrl+V inserts the text of the browser's paste event,
// a copy or cut writes with navigator.clipboard (a copy-event fallback where that is refused).
// On Apple platforms Cmd takes Ctrl's part, as in any text box there. Keys the browser keeps for
// itself (Ctrl+L, Ctrl+T, Ctrl+W, ...) are never prevented.
//
// Two halves: this file's functions say what the sink's events do to ImGui (portable, tested
// through ImGui's null backend); text_input_web.cpp is the textarea and its listeners.
#include <functional>
#include <string>

struct GLFWwindow;

namespace waymark::platform {

// What ImGui asks of the text sink.
struct TextSink {
    // A text field is active and its caret is at (x, y), line height lineHeight, in framebuffer
    // pixels: take the focus there. wantText false: no field is active, let the focus go.
    std::function<void(bool wantText, float x, float y, float lineHeight)> place;
    // Put text on the system clipboard (ImGui copied or cut it).
    std::function<void(const std::string& text)> writeClipboard;
};

// Connects the current ImGui context's text and clipboard hooks to sink. apple: Cmd shortcuts and
// Option word jumps (io.ConfigMacOSXBehaviors).
void connectTextInput(TextSink sink, bool apple);
// Text the sink received (typed, composed, inserted): it reaches the active field once.
void receiveText(const std::string& utf8);
// A deletion the browser reported as an edit and not as a key (on-screen keyboards): one
// Backspace, or one Delete when forward.
void receiveDelete(bool forward);
// A paste event's text: what ImGui's next paste (Ctrl+V) inserts. typeNow: the paste came with no
// key ImGui sees (a menu, an on-screen keyboard), so the text is typed into the field at once.
void receivePaste(const std::string& text, bool typeNow);

// The browser half (text_input_web.cpp): makes the page's textarea the sink for window. Call once,
// after ImGui's GLFW backend is initialised: it replaces the backend's clipboard hooks and parks
// its char callback while the textarea has the focus. Everything it receives wakes the frame loop.
void installTextInput(GLFWwindow* window);

}  // namespace waymark::platform
