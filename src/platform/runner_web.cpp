#include "platform/runner.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"
#include "platform/imgui_renderer.h"
#include "platform/text_input.h"
#include "platform/touch.h"

// Defined in src/platform/js/runner.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void installWakeListeners();
void setCanvasCursor(const char* cursor);
void announceFirstFrame();
void setCanvasBackingSize(int width, int height);
void announceIdle();
void announceNoWebGL();
}

namespace waymark::platform {

namespace {

// After any input ImGui needs a few frames to settle hover, popups and auto-sizing.
constexpr int kSettleFrames = 3;

struct Runner {
    RunnerCallbacks callbacks;
    GLFWwindow* window = nullptr;
    double dpr = 0;
    bool scaleDirty = true;
    bool paused = false;
    bool firstFrameShown = false;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    int settleFrames = kSettleFrames;
    long pendingTimeout = 0;  // emscripten_set_timeout's id of a wakeAfter, 0 when none
};

// The page has one canvas and one loop. Browser callbacks reach it through gRunner, which is
// set once frames have started (before that there is nothing to wake or resize).
Runner runner;
Runner* gRunner = nullptr;

const char* cssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_None: return "none";
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

struct CanvasSize {
    int width, height;
    double dpr;
};

// The canvas's CSS size times devicePixelRatio: the backing store that keeps text crisp.
CanvasSize fittedCanvasSize() {
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    const double dpr = emscripten_get_device_pixel_ratio();
    return {static_cast<int>(std::max(1L, std::lround(cssWidth * dpr))),
            static_cast<int>(std::max(1L, std::lround(cssHeight * dpr))), dpr};
}

// Sizes the canvas backing store in device pixels, so text is crisp at any devicePixelRatio.
void fitCanvas(Runner& r) {
    const CanvasSize size = fittedCanvasSize();
    const double dpr = size.dpr;
    setCanvasBackingSize(size.width, size.height);
    if (dpr != r.dpr) {
        r.dpr = dpr;
        r.scaleDirty = true;
    }
}

void frame(void* arg) {
    Runner& r = *static_cast<Runner*>(arg);
    // Zoom fires resize and the media query; this catches a ratio change that fired neither.
    if (emscripten_get_device_pixel_ratio() != r.dpr) fitCanvas(r);
    if (r.scaleDirty || (r.callbacks.rescale && r.callbacks.rescale())) {
        r.scaleDirty = false;
        r.callbacks.onScale(static_cast<float>(r.dpr));
        uploadImGuiFonts();
    }
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    r.callbacks.frame();
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(r.window, &width, &height);
    renderImGuiFrame(*ImGui::GetDrawData(), width, height);

    if (ImGui::GetMouseCursor() != r.cursor) {
        r.cursor = ImGui::GetMouseCursor();
        setCanvasCursor(cssCursor(r.cursor));
    }
    if (!r.firstFrameShown) {
        r.firstFrameShown = true;
        announceFirstFrame();
    }
    const bool busy = GImGui->InputEventsQueue.Size > 0 || ImGui::IsAnyMouseDown() || r.callbacks.animating();
    if (busy) {
        r.settleFrames = kSettleFrames;
    } else if (--r.settleFrames <= 0) {
        r.paused = true;
        emscripten_pause_main_loop();
        announceIdle();
    }
}

// The wheel, read on the canvas: ImGui's backend listens on the document, where Chromium
// treats wheel listeners as passive and logs an error for every preventDefault. Same scaling
// as the backend (100 pixels, 3 lines or 1/80 page make one step).
EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    const float perStep = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX) * perStep, static_cast<float>(-e->deltaY) * perStep);
    wake();
    return EM_TRUE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void* arg) {
    fitCanvas(*static_cast<Runner*>(arg));
    wake();
    return EM_FALSE;
}

}  // namespace

void wake() {
    if (!gRunner) return;
    gRunner->settleFrames = kSettleFrames;
    if (gRunner->paused) {
        gRunner->paused = false;
        emscripten_resume_main_loop();
    }
}

void runQueuedInput() {
    // ImGui trickles a burst of input over frames (a key per frame while keys and text mix).
    constexpr int kMaxFrames = 64;
    if (!gRunner) return;
    for (int i = 0; i < kMaxFrames && GImGui->InputEventsQueue.Size > 0; ++i) frame(gRunner);
}

void wakeAfter(int ms) {
    if (!gRunner) return;
    if (gRunner->pendingTimeout) emscripten_clear_timeout(gRunner->pendingTimeout);
    gRunner->pendingTimeout = 0;
    if (ms < 0) return;
    gRunner->pendingTimeout = emscripten_set_timeout(
        [](void*) {
            gRunner->pendingTimeout = 0;
            // One frame: nothing was touched, so there is nothing to settle.
            if (!gRunner->paused) return;
            gRunner->settleFrames = 1;
            gRunner->paused = false;
            emscripten_resume_main_loop();
        },
        ms, nullptr);
}

bool prepareCanvas() {
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui draws flat and opaque: no depth or stencil buffer to allocate and clear at
    // 2560x1600, and no alpha channel for the compositor to blend with the page.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    // Created at its final size: resizing after the WebGL context exists costs ~40 ms at start.
    const CanvasSize size = fittedCanvasSize();
    runner.window = glfwCreateWindow(size.width, size.height, "Waymark", nullptr, nullptr);
    if (!runner.window) {
        announceNoWebGL();
        return false;
    }
    glfwMakeContextCurrent(runner.window);

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;                // layout belongs to the plan, not to an .ini file
    // Keyboard users reach every item: Tab and the arrows move between fields, choices and
    // buttons; Space or Enter uses them.
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;   // a steady caret needs no frames while idle
    // The backend's cursor calls reach 3.1.6's GLFW as pointer-lock requests that the browser
    // rejects; the runner sets the CSS cursor itself.
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplGlfw_InitForOpenGL(runner.window, true);
    installTextInput(runner.window);  // after the backend: it replaces the backend's text hooks
    installTouchInput();              // and listens before GLFW's touch handlers
    if (!initImGuiRenderer()) {
        announceNoWebGL();
        return false;
    }
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, onWheel);
    return true;
}

void startFrames(RunnerCallbacks callbacks) {
    runner.callbacks = std::move(callbacks);
    gRunner = &runner;
    installWakeListeners();
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, &runner, false, onResize);
    fitCanvas(runner);
    emscripten_set_main_loop_arg(frame, &runner, 0, false);
}

}  // namespace waymark::platform

// Called from the page's listeners (installWakeListeners).
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_wake() { waymark::platform::wake(); }
// 1 while the frame loop is paused because nothing is going on (window.waymark.idle()).
extern "C" EMSCRIPTEN_KEEPALIVE int waymark_idle() { return waymark::platform::gRunner && waymark::platform::gRunner->paused ? 1 : 0; }
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_canvas_changed() {
    if (!waymark::platform::gRunner) return;
    waymark::platform::fitCanvas(*waymark::platform::gRunner);
    waymark::platform::wake();
}
// Runs one frame now, inside the page's event handler: a tap's release uses it so the field the
// tap pressed is active before the handler returns, and the text sink can take the focus within
// the tap's user gesture (on-screen keyboards open only then).
extern "C" EMSCRIPTEN_KEEPALIVE void waymark_frame_now() {
    if (waymark::platform::gRunner) waymark::platform::frame(waymark::platform::gRunner);
}
