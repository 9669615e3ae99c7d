// The frame loop's side of src/platform/runner_web.cpp: wake-ups, the canvas's size and cursor,
// and what the loop tells the shell (web/shell/main.js). Property names are quoted for the
// Closure Compiler; GLFW is Emscripten's GLFW library object, compiled together with this code.
mergeInto(LibraryManager.library, {
  installWakeListeners__sig: 'v',
  installWakeListeners: function () {
    const wake = () => Module["_waymark_wake"]();
    const opts = {capture: true, passive: true};
    for (const type of ["pointerdown", "pointermove", "pointerup", "pointercancel", "mousedown", "mousemove",
                        "mouseup", "wheel", "keydown", "keyup", "keypress", "touchstart", "touchmove", "touchend",
                        "focus", "blur", "paste", "compositionend"])
        window.addEventListener(type, wake, opts);
    document.addEventListener("visibilitychange", wake);
    // devicePixelRatio changes with browser zoom and when the window moves to another screen.
    const watchRatio = () => {
        const query = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
        query.addEventListener("change", () => { Module["_waymark_canvas_changed"](); watchRatio(); }, {once: true});
    };
    watchRatio();
  },
  // ImGui's cursor shapes as CSS cursors (3.1.6's GLFW cursors are no-ops).
  setCanvasCursor__sig: 'vi',
  setCanvasCursor: function (cursor) { Module["canvas"].style.cursor = UTF8ToString(cursor); },
  announceFirstFrame__sig: 'v',
  announceFirstFrame: function () {
    if (Module["onFirstFrame"]) Module["onFirstFrame"]();
  },
  // Sets the canvas backing store and GLFW's idea of the window size. Not glfwSetWindowSize:
  // 3.1.6's version requests fullscreen whenever the size equals the screen's, which the browser
  // refuses (and which would surprise anyone running the page full-screen on a projector).
  setCanvasBackingSize__deps: ['$GLFW'],
  setCanvasBackingSize__sig: 'vii',
  setCanvasBackingSize: function (width, height) {
    Module["setCanvasSize"](width, height, true);
    if (GLFW.active) {
        GLFW.active.width = width;
        GLFW.active.height = height;
    }
  },
  // Tests and scripts wait for this (waymark.whenIdle()) instead of guessing how long settling takes.
  announceIdle__sig: 'v',
  announceIdle: function () {
    if (Module["onIdle"]) Module["onIdle"]();
  },
  announceNoWebGL__sig: 'v',
  announceNoWebGL: function () {
    if (Module["onNoWebGL"]) Module["onNoWebGL"]();
  },
});
