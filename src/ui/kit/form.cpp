#include "ui/kit/form.h"

#include "imgui.h"
#include "imgui_internal.h"  // ActivateItemByID, ScrollToItem
#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
// A form narrower than this puts each label above its field: beside it, both would be cramped.
constexpr float kStackBelowEm = 21.0f;
}  // namespace

void Form::layout(float labelWidth) {
    stacked_ = ImGui::GetContentRegionAvail().x < kStackBelowEm * ImGui::GetFontSize();
    labelWidth_ = stacked_ ? 0 : labelWidth;
}

void Form::indent() const {
    if (!stacked_ && labelWidth_ > 0) ImGui::Indent(labelWidth_);
}

void Form::unindent() const {
    if (!stacked_ && labelWidth_ > 0) ImGui::Unindent(labelWidth_);
}

void Form::row(const ViewContext&, const char* label) {
    if (stacked_) {
        ImGui::TextWrapped("%s", label);
        ImGui::SetNextItemWidth(-FLT_MIN);
        return;
    }
    const float width = labelWidth_ > 0 ? labelWidth_ : ImGui::GetContentRegionAvail().x / 3;
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

std::optional<std::string> Form::field(const ViewContext& ctx, const std::string& key, const std::string& value,
                                       const char* hint, const FieldMapping* mapping) {
    // While the field is active ImGui edits activeText_; a field that is not shows its value (and
    // receives the text it had when another field took the keyboard first, the frame it is left).
    const bool editing = activeKey_ == key;
    if (!editing) idleText_ = value;
    std::string& text = editing ? activeText_ : idleText_;
    inputText(("##" + key).c_str(), hint, text);
    afterField(ctx, key);
    if (ImGui::IsItemActive()) {
        if (!editing) {
            activeKey_ = key;
            activeText_ = text;
        }
        if (mapping && activeText_ != value) ctx.typing.set("field:" + key, activeText_, *mapping);
        return std::nullopt;
    }
    const bool left = ImGui::IsItemDeactivated();
    std::string typed = text;
    if (editing) {  // left, or lost without a word (not drawn for a while): show the value again
        activeKey_.clear();
        activeText_.clear();
    }
    if (!left || !leftChanged(typed, value)) return std::nullopt;
    return typed;
}

std::optional<std::string> Form::text(const ViewContext& ctx, const std::string& key, const std::string& value,
                                      const char* hint) {
    return field(ctx, key, value, hint, nullptr);
}

std::optional<PlanEdit> Form::edit(const ViewContext& ctx, const Plan& plan, const std::string& key,
                                   const std::string& value, const char* hint, const FieldMapping& mapping) {
    std::optional<PlanEdit> edit;
    if (const auto text = field(ctx, key, value, hint, &mapping)) {
        FieldEdit result = mapping(plan, *text, ctx.tr);
        if (result.error.empty()) {
            clearError(key);
            edit = std::move(result.edit);
        } else {
            setError(key, std::move(result.error));
        }
    }
    drawError(ctx, key);
    return edit;
}

std::optional<int> Form::choice(const ViewContext& ctx, const std::string& key, int current,
                                const std::vector<std::string>& labels) {
    std::optional<int> picked;
    const std::string chosen = current >= 0 && current < static_cast<int>(labels.size()) ? labels[current] : "";
    // A choice longer than its field ends in "…", whole on hover.
    const std::string preview = comboPreview(chosen);
    const bool open = ImGui::BeginCombo(("##" + key).c_str(), preview.c_str(), ImGuiComboFlags_HeightLarge);
    if (!open && preview != chosen && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", chosen.c_str());
    if (open) {
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

bool Form::needsFrames() const { return !focusKey_.empty() && ImGui::GetFrameCount() - focusSince_ <= 2 * kFocusFrames; }

void Form::focus(const std::string& key) {
    focusKey_ = key;
    focusFrames_ = kFocusFrames;
    focusSince_ = ImGui::GetFrameCount();
}

void Form::reset() {
    activeKey_.clear();
    activeText_.clear();
    focusKey_.clear();
    errors_.clear();
}

}  // namespace waymark::ui
