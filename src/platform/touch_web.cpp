#include "platform/touch.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/runner.h"

// Defined in src/platform/js/touch.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsInstallTouch();
}

namespace waymark::platform {

namespace {

PinchHandler pinchHandler = nullptr;
void (*touchScreenHandler)() = nullptr;
bool touchScreenTold = false;

void tellTouchScreen() {
    if (touchScreenTold || !touchScreenHandler) return;
    touchScreenTold = true;
    touchScreenHandler();
}

}  // namespace

void installTouchInput() { jsInstallTouch(); }

void setPinchHandler(PinchHandler handler) { pinchHandler = handler; }

void setTouchScreenHandler(void (*handler)()) { touchScreenHandler = handler; }

}  // namespace waymark::platform

// phase: 0 the finger went down, 1 it moved, 2 it was lifted. x, y in canvas device pixels.
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_touch(float x, float y, int phase) {
    ImGuiIO& io = ImGui::GetIO();
    // GLFW never sees a finger enter the canvas; until something does, ImGui's GLFW backend puts
    // the last mouse position into every frame, over the finger's, and a finger could not drag
    // (a swipe would not scroll). The finger enters the canvas for the backend.
    if (phase == 0) ImGui_ImplGlfw_CursorEnterCallback(glfwGetCurrentContext(), GLFW_TRUE);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
    if (phase != 1) io.AddMouseButtonEvent(ImGuiMouseButton_Left, phase == 0);
    // Targets grow after the first finger lifts: growing under it would move what it pressed.
    if (phase == 2) waymark::platform::tellTouchScreen();
    waymark::platform::wake();
}

// Two fingers moved (see jsInstallTouch): x, y the midpoint, factor the change of their distance.
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_pinch(float x, float y, float factor, float dx, float dy) {
    if (waymark::platform::pinchHandler) waymark::platform::pinchHandler(x, y, factor, dx, dy);
    waymark::platform::wake();
}

// The page found a coarse primary pointer at start (matchMedia "(pointer: coarse)").
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_touch_screen() {
    waymark::platform::tellTouchScreen();
    waymark::platform::wake();
}
