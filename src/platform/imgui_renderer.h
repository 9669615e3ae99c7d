#pragma once
// Draws Dear ImGui's draw data with WebGL2 without asking the context anything in a frame. The
// app owns its only GL context, so the renderer sets the state it needs once and remembers what
// it set since; in a browser every query (getParameter, isEnabled, getError) is a synchronous
// round trip that waits for the GPU process, which made the stock OpenGL3 backend cost most of
// a frame (../shared/docs/web-platform.md, "The cost of a frame").
//
// Only ImGui's font atlas is drawn as a texture: it is uploaded as one 8-bit alpha channel, so
// an ImGui::Image of some other texture would need the renderer to learn RGBA textures first.
struct ImDrawData;

namespace waymark::platform {

// Compiles the shader, makes the buffers and sets the fixed GL state, on the current context.
// False (with the reason on stderr) when WebGL refuses the shader.
bool initImGuiRenderer();

// Builds ImGui's font atlas if it is not built yet and uploads it, replacing the previous one;
// call after the fonts changed (a new devicePixelRatio), between frames.
void uploadImGuiFonts();

// Clears the framebuffer (framebufferWidth × framebufferHeight device pixels) to white and draws
// the frame's ImGui draw data on it; or, when the canvas already shows exactly this frame
// (draw_fingerprint.h), leaves it alone and returns false.
bool renderImGuiFrame(const ImDrawData& drawData, int framebufferWidth, int framebufferHeight);

}  // namespace waymark::platform
