#pragma once
// Where named UI items were drawn in the last frame, so tests and scripts can find them on the
// page (window.waymark.itemRect) without guessing pixels.
#include <algorithm>
#include <map>
#include <string>

#include "imgui.h"

namespace waymark::ui {

struct ItemRect {
    ImVec2 min, max;  // framebuffer pixels
};

class ItemLocator {
public:
    // Records the visible part of the last submitted ImGui item under name (call right after
    // the item); an item scrolled out of view is not recorded.
    void noteLastItem(const std::string& name) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
        const ImVec2 itemMin = ImGui::GetItemRectMin(), itemMax = ImGui::GetItemRectMax();
        const ImVec2 min(std::max(itemMin.x, clipMin.x), std::max(itemMin.y, clipMin.y));
        const ImVec2 max(std::min(itemMax.x, clipMax.x), std::min(itemMax.y, clipMax.y));
        if (max.x - min.x >= 1 && max.y - min.y >= 1) current_[name] = {min, max};
    }
    // Records a rect drawn without an ImGui item (a card on a canvas), clipped to clip.
    void noteRect(const std::string& name, ImVec2 min, ImVec2 max, ImVec2 clipMin, ImVec2 clipMax) {
        const ImVec2 a(std::max(min.x, clipMin.x), std::max(min.y, clipMin.y));
        const ImVec2 b(std::min(max.x, clipMax.x), std::min(max.y, clipMax.y));
        if (b.x - a.x >= 1 && b.y - a.y >= 1) current_[name] = {a, b};
    }
    // Ends a frame: the rects noted in it become the ones find() answers from.
    void endFrame() { last_.swap(current_); current_.clear(); }
    // The rect of a named item in the last frame, if it was drawn.
    const ItemRect* find(const std::string& name) const {
        const auto it = last_.find(name);
        return it == last_.end() ? nullptr : &it->second;
    }

private:
    std::map<std::string, ItemRect> current_, last_;
};

}  // namespace waymark::ui
