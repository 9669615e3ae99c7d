#pragma once
// A number that stands for everything a frame's draw data would put on the screen: the lists'
// vertices, indices and commands (clip rects, textures, counts), the display and the target size.
// Two frames with the same fingerprint draw the same pixels, so the renderer leaves the canvas
// as it is: a frame ImGui runs only to settle (hover, layout) costs no GPU work and no
// compositor frame. On a phone that is battery; under software WebGL it was most of a test run.
#include <cstdint>

struct ImDrawData;

namespace waymark::platform {

// Never 0 for a frame that has one. A frame with a callback other than ImGui's reset marker has
// none (0): what the callback draws is unknown, so such a frame is always drawn.
std::uint64_t drawFingerprint(const ImDrawData& drawData, int framebufferWidth, int framebufferHeight);

}  // namespace waymark::platform
