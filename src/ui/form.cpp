#include "ui/form.h"

#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"  // ActivateItemByID, ScrollToItem

namespace waymark::ui {

namespace {
// Frames a field gets to take the keyboard before the form stops asking.
constexpr int kFocusFrames = 8;
}  // namespace

void Form::row(const ViewContext&, const char* label) {
    const float width = labelWidth > 0 ? labelWidth : ImGui::GetContentRegionAvail().x / 3;
    ImGui::AlignTextToFramePadding();
    const float startX = ImGui::GetCursorPosX();
    ImGui::PushTextWrapPos(startX + width - ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextWrapped("%s", label);
    ImGui::PopTextWrapPos();
    ImGui::SameLine(startX + width);
    ImGui::SetNextItemWidth(-FLT_MIN);
}

void Form::afterField(const ViewContext& ctx, const std::string& key) {
    ctx.locator.noteLastItem("field:" + key);
    if (focusKey_ != key) return;
    if (ImGui::IsItemActive() || --focusFrames_ <= 0) {
        focusKey_.clear();
        return;
    }
    // SetKeyboardFocusHere misses fields in a window that appeared this frame (1.90.1): activate
    // the field directly, asking for text input, and bring it into view.
    ImGui::ActivateItemByID(ImGui::GetItemID());
    GImGui->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleCenterY);
}

std::optional<std::string> Form::text(const ViewContext& ctx, const std::string& key, const std::string& value,
                                      const char* hint) {
    // While active ImGui edits its own copy; the buffer only seeds it when the field activates.
    std::snprintf(buffer_, sizeof buffer_, "%s", (activeKey_ == key ? activeText_ : value).c_str());
    ImGui::InputTextWithHint(("##" + key).c_str(), hint, buffer_, sizeof buffer_);
    afterField(ctx, key);
    if (ImGui::IsItemActive()) {
        activeKey_ = key;
        activeText_ = buffer_;
    }
    if (!ImGui::IsItemDeactivated()) return std::nullopt;
    if (activeKey_ == key) {
        activeKey_.clear();
        activeText_.clear();
    }
    if (!ImGui::IsItemDeactivatedAfterEdit()) return std::nullopt;
    return std::string(buffer_);
}

std::optional<int> Form::choice(const ViewContext& ctx, const std::string& key, int current,
                                const std::vector<std::string>& labels) {
    std::optional<int> picked;
    const char* preview = current >= 0 && current < static_cast<int>(labels.size()) ? labels[current].c_str() : "";
    if (ImGui::BeginCombo(("##" + key).c_str(), preview, ImGuiComboFlags_HeightLarge)) {
        for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(labels[i].c_str(), i == current) && i != current) picked = i;
            ctx.locator.noteLastItem("option:" + key + ":" + std::to_string(i));
            if (i == current) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    afterField(ctx, key);
    return picked;
}

std::optional<bool> Form::check(const ViewContext& ctx, const std::string& key, bool value, const char* label) {
    bool v = value;
    const bool clicked = ImGui::Checkbox((std::string(label) + "###" + key).c_str(), &v);
    afterField(ctx, key);
    return clicked ? std::optional<bool>(v) : std::nullopt;
}

void Form::drawError(const ViewContext& ctx, const std::string& key) {
    const auto it = errors_.find(key);
    if (it == errors_.end()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.danger);
    ImGui::TextWrapped("%s", it->second.c_str());
    ImGui::PopStyleColor();
}

void Form::focus(const std::string& key) {
    focusKey_ = key;
    focusFrames_ = kFocusFrames;
}

void Form::reset() {
    activeKey_.clear();
    activeText_.clear();
    focusKey_.clear();
    errors_.clear();
}

}  // namespace waymark::ui
