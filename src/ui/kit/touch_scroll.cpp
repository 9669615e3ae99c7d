#include "ui/kit/touch_scroll.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "imgui_internal.h"  // the hovered window, ClearActiveID, SetScrollX/Y of a given window

namespace waymark::ui {

namespace {
// Further than a finger wobbles in a tap (in em): from here a press is a swipe.
constexpr float kSwipeEm = 0.6f;
bool dragKept = false;

// The nearest window from w outwards that scrolls along the axis (0: x, 1: y).
ImGuiWindow* scrollerOf(ImGuiWindow* w, int axis) {
    for (; w; w = w->ParentWindow) {
        if (!(w->Flags & ImGuiWindowFlags_NoScrollWithMouse) && w->ScrollMax[axis] > 0) return w;
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;  // a popup or a window of its own ends here
    }
    return nullptr;
}
}  // namespace

void TouchScroll::keepDrag() { dragKept = true; }

void TouchScroll::beginFrame() {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;  // read; the double-click memory is changed through g.IO below
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) {
        pressed_ = swiping_ = dragKept = false;
        window_ = 0;
        return;
    }
    if (io.MouseClicked[0]) {
        pressed_ = true;
        swiping_ = dragKept = false;
        window_ = 0;
        start_ = io.MousePos;
        return;
    }
    if (!pressed_) return;
    // A finger that moved further than a tap is a swipe, also when its whole way and its lifting
    // came within one frame (the release would otherwise click where the finger ended).
    const ImVec2 moved(io.MousePos.x - start_.x, io.MousePos.y - start_.y);
    if (!swiping_ && !dragKept && std::hypot(moved.x, moved.y) >= kSwipeEm * g.FontSize) {
        const int axis = std::fabs(moved.y) >= std::fabs(moved.x) ? 1 : 0;
        if (ImGuiWindow* target = scrollerOf(g.HoveredWindow, axis)) {
            swiping_ = true;
            window_ = target->ID;
            scrollAtStart_ = target->Scroll;
            // A swipe is no click: the next press where it started is a first click, not a double one.
            g.IO.MouseClickedTime[0] = -FLT_MAX;
            g.IO.MouseClickedLastCount[0] = 0;
        } else {
            dragKept = true;  // nothing to scroll that way: the press stays what it was
        }
    }
    if (swiping_) {
        // What the finger pressed is let go: a swipe never clicks, types or drags.
        if (g.ActiveId) ImGui::ClearActiveID();
        if (ImGuiWindow* target = ImGui::FindWindowByID(window_)) {
            ImGui::SetScrollX(target, std::clamp(scrollAtStart_.x - moved.x, 0.0f, target->ScrollMax.x));
            ImGui::SetScrollY(target, std::clamp(scrollAtStart_.y - moved.y, 0.0f, target->ScrollMax.y));
        }
    }
    if (!io.MouseDown[0]) {
        pressed_ = swiping_ = dragKept = false;
        window_ = 0;
    }
}

}  // namespace waymark::ui
