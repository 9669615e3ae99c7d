#include "platform/touch.h"

#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/runner.h"

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

// Listens before GLFW (window, capture phase) and keeps touches on the canvas for itself:
// preventDefault stops the compatibility mouse events and the click, stopPropagation keeps
// GLFW's canvas listeners out. The first finger is the mouse; with a second one down the two
// pinch instead, until every finger is lifted.
EM_JS(void, jsInstallTouch, (), {
    const canvas = Module["canvas"];
    let finger = null;          // the identifier of the finger that acts as the mouse
    const down = new Map();     // identifier -> [x, y] in device pixels, every finger on the canvas
    let pinch = null;           // the last two-finger distance and midpoint
    let pinched = false;        // this gesture became a pinch: no finger is the mouse until all are up
    const place = (touch) => {
        const rect = canvas.getBoundingClientRect();
        const perCss = canvas.width / Math.max(1, rect.width);  // device pixels per CSS pixel
        return [(touch.clientX - rect.left) * perCss, (touch.clientY - rect.top) * perCss];
    };
    const send = (touch, phase) => {
        const [x, y] = place(touch);
        Module["_waymark_touch"](x, y, phase);
    };
    const onTouch = (e) => {
        if (e.target !== canvas && !down.size) return;
        e.preventDefault();
        e.stopPropagation();
        const ended = e.type === "touchend" || e.type === "touchcancel";
        for (const touch of e.changedTouches) {
            if (ended) down.delete(touch.identifier);
            else down.set(touch.identifier, place(touch));
            if (pinched) continue;
            if (e.type === "touchstart" && finger === null && down.size === 1) {
                finger = touch.identifier;
                send(touch, 0);
            } else if (touch.identifier === finger) {
                send(touch, ended ? 2 : 1);
                if (ended) finger = null;
            }
        }
        if (down.size >= 2) {
            if (finger !== null) {  // a pinch is not a drag: let the first finger's press go
                const first = [...e.touches].find((t) => t.identifier === finger);
                if (first) send(first, 2);
                finger = null;
            }
            pinched = true;
            const [a, b] = [...down.values()];
            const distance = Math.max(1, Math.hypot(a[0] - b[0], a[1] - b[1]));
            const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
            if (pinch) Module["_waymark_pinch"](mid[0], mid[1], distance / pinch.distance, mid[0] - pinch.mid[0], mid[1] - pinch.mid[1]);
            pinch = {distance, mid};
        } else {
            pinch = null;
        }
        if (!down.size) pinched = false;
    };
    for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
        window.addEventListener(type, onTouch, {capture: true, passive: false});
});

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
