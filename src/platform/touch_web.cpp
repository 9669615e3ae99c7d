#include "platform/touch.h"

#include <emscripten.h>

#include "imgui.h"
#include "platform/runner.h"

namespace waymark::platform {

namespace {

// Listens before GLFW (window, capture phase) and keeps touches on the canvas for itself:
// preventDefault stops the compatibility mouse events and the click, stopPropagation keeps
// GLFW's canvas listeners out. Only the first finger counts; a second one is ignored.
EM_JS(void, jsInstallTouch, (), {
    const canvas = Module["canvas"];
    let finger = null;  // the identifier of the finger that acts as the mouse
    const send = (touch, phase) => {
        const rect = canvas.getBoundingClientRect();
        const perCss = canvas.width / Math.max(1, rect.width);  // device pixels per CSS pixel
        Module["_waymark_touch"]((touch.clientX - rect.left) * perCss, (touch.clientY - rect.top) * perCss, phase);
    };
    const onTouch = (e) => {
        if (e.target !== canvas) return;
        e.preventDefault();
        e.stopPropagation();
        for (const touch of e.changedTouches) {
            if (e.type === "touchstart" && finger === null) {
                finger = touch.identifier;
                send(touch, 0);
            } else if (touch.identifier === finger) {
                const ended = e.type === "touchend" || e.type === "touchcancel";
                send(touch, ended ? 2 : 1);
                if (ended) finger = null;
            }
        }
    };
    for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
        window.addEventListener(type, onTouch, {capture: true, passive: false});
});

}  // namespace

void installTouchInput() { jsInstallTouch(); }

}  // namespace waymark::platform

// phase: 0 the finger went down, 1 it moved, 2 it was lifted. x, y in canvas device pixels.
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_touch(float x, float y, int phase) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
    if (phase != 1) io.AddMouseButtonEvent(ImGuiMouseButton_Left, phase == 0);
    waymark::platform::wake();
}
