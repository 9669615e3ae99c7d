#pragma once
// Swipe to scroll: on a touch screen a finger dragged across a view scrolls it, as on every phone.
// ImGui 1.90 scrolls only with a wheel or a scrollbar; a finger is a mouse to it, so a drag would
// press what it started on (a button, a field) and scroll nothing.
#include "imgui.h"

namespace waymark::ui {

class TouchScroll {
public:
    // Call each frame after ImGui::NewFrame and before the frame's windows: a finger that moved
    // further than a tap lets go of what it pressed and scrolls the nearest window under it that
    // can scroll that way (the drag's main direction).
    void beginFrame();
    // A widget that moves with the finger (a matrix card, the map) keeps the drag for itself:
    // called while it is active, the finger does not scroll until it is lifted.
    static void keepDrag();

private:
    ImGuiID window_ = 0;  // the window the swipe scrolls
    bool pressed_ = false, swiping_ = false;
    ImVec2 scrollAtStart_{}, start_{};
};

}  // namespace waymark::ui
