#pragma once
// Touch screens: a tap is one click where the finger is, a drag is a drag. Emscripten 3.1.6's
// GLFW gets this wrong (web-platform.md): it presses at the last mouse position, and the
// browser's compatibility mouse events press a second time, so a tap clicks twice, once at the
// previous tap's place, and two taps on one spot make a double-click.
namespace waymark::platform {

// Two fingers moved: zoom by factor about (x, y) and move by (dx, dy), in canvas device pixels.
using PinchHandler = void (*)(float x, float y, float factor, float dx, float dy);

// Sets who receives pinches (the app); each pinch step wakes the frame loop.
void setPinchHandler(PinchHandler handler);

// Sets who hears that this is a touch screen: the primary pointer is coarse (the page says so at
// start, through waymark_touch_screen) or a finger touched the canvas and lifted. Called at most once.
void setTouchScreenHandler(void (*handler)());

// Takes the canvas's touch events away from GLFW and the browser's compatibility mouse events,
// and gives the first finger to ImGui as a touch-screen mouse; two fingers pinch (the first
// finger's press is then let go, and no finger acts as the mouse until all are lifted). Call once, after ImGui's GLFW
// backend is initialised. Every touch wakes the frame loop.
void installTouchInput();

}  // namespace waymark::platform
