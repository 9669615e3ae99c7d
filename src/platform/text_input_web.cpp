#include "platform/text_input.h"

#include <string>

#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "platform/runner.h"
#include "platform/web_buffer.h"

// Defined in src/platform/js/text_input.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsInstallTextSink(int apple);
void jsPlaceTextSink(int wantText, float x, float y, float lineHeight);
void jsWriteClipboard(const char* text);
int jsIsApplePlatform();
}

namespace waymark::platform {

namespace {

GLFWwindow* gWindow = nullptr;
// ImGui's backend char callback, parked while the textarea has the focus: the textarea's input
// events carry the same characters, and a character must arrive once.
GLFWcharfun gParkedCharCallback = nullptr;
bool gSinkFocused = false;

}  // namespace

void installTextInput(GLFWwindow* window) {
    gWindow = window;
    const bool apple = jsIsApplePlatform() != 0;
    connectTextInput({[](bool wantText, float x, float y, float lineHeight) { jsPlaceTextSink(wantText, x, y, lineHeight); },
                      [](const std::string& text) { jsWriteClipboard(text.c_str()); }},
                     apple);
    jsInstallTextSink(apple ? 1 : 0);
}

}  // namespace waymark::platform

// Entry points for the textarea's listeners. Buffers were malloc'ed by them; ownership moves here.
extern "C" {
EMSCRIPTEN_KEEPALIVE void waymark_text_typed(char* text, int length) {
    waymark::platform::receiveText(waymark::platform::takeBuffer(text, length));
    waymark::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void waymark_text_delete(int forward) {
    waymark::platform::receiveDelete(forward != 0);
    waymark::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void waymark_text_pasted(char* text, int length, int typeNow) {
    waymark::platform::receivePaste(waymark::platform::takeBuffer(text, length), typeNow != 0);
    waymark::platform::wake();
}

// The textarea gained (1) or lost (0) the focus: while it has it, characters come from it alone.
EMSCRIPTEN_KEEPALIVE void waymark_text_sink_focused(int focused) {
    using namespace waymark::platform;
    if (!gWindow || (focused != 0) == gSinkFocused) return;
    gSinkFocused = focused != 0;
    if (gSinkFocused) gParkedCharCallback = glfwSetCharCallback(gWindow, nullptr);
    else glfwSetCharCallback(gWindow, gParkedCharCallback);
    wake();
}
}
