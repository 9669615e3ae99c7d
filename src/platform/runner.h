#pragma once
// Runs the ImGui frame loop in the page: a canvas sized in device pixels, the UI rebuilt for
// each devicePixelRatio, and no frames at all while nothing happens (see web-platform.md).
#include <functional>

namespace waymark::platform {

struct RunnerCallbacks {
    // Rebuild fonts and style for a new UI scale (devicePixelRatio × user scale). Called before
    // the first frame and between frames whenever the scale changes; the font texture is
    // re-uploaded afterwards by the runner.
    std::function<void(float scale)> onScale;
    // Submit the UI for one frame (between ImGui::NewFrame and ImGui::Render).
    std::function<void()> frame;
    // True while something moves on its own (an animation, a timer) and needs further frames.
    std::function<bool()> animating;
    // True when fonts and style no longer fit (the user chose another UI scale or theme, or
    // presentation mode): onScale is then called again before the next frame.
    std::function<bool()> rescale;
};

// Creates the window with its WebGL2 context and the ImGui context on the page's #canvas. It
// needs nothing from the app, so it runs while the page still fetches the font and reads
// storage. False when no WebGL2 context could be made (or it refused the renderer's shader);
// the page has then been told (Module.onNoWebGL) and says why.
bool prepareCanvas();

// Starts frames (after prepareCanvas succeeded); returns at once, the browser then calls back.
void startFrames(RunnerCallbacks callbacks);

// Asks for frames: for anything that changes what is on screen and is not a DOM input event
// (those wake the loop by themselves), e.g. a storage result or an imported plan.
void wake();

// Runs frames now, inside the page's event handler, until ImGui has taken every queued input
// event (a few frames at most): for a page being hidden or closed, which gets no more animation
// frames, so what was typed last still reaches its field.
void runQueuedInput();

// Asks for one frame after ms milliseconds (a timer's next second), through the browser's
// setTimeout rather than a running loop; replaces the previous request. ms < 0 cancels it.
void wakeAfter(int ms);

}  // namespace waymark::platform
