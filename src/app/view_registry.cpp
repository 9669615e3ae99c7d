#include "app/view_registry.h"

#include <functional>
#include <string_view>

#include "imgui.h"

namespace waymark {

ViewRow& ViewRegistry::row(ui::ViewId id) const {
    for (ViewRow* r : rows)
        if (r->info.id == id) return *r;
    return *rows.front();  // unreachable while every ViewId has its row (a UI test checks)
}

ui::Intents intentsOf(std::optional<ui::Intent> intent) {
    ui::Intents intents;
    ui::add(intents, std::move(intent));
    return intents;
}

std::uint64_t linesVersion(const std::vector<std::string>& lines) {
    // A hash of the lines: equal lines give the same number; a change of any line, almost surely another.
    std::uint64_t version = lines.size();
    for (const std::string& line : lines)
        version = version * 1099511628211ULL ^ std::hash<std::string_view>{}(line);
    return version;
}

std::vector<platform::MirrorNode> linesAsNodes(const std::vector<std::string>& lines, size_t headings) {
    std::vector<platform::MirrorNode> nodes;
    for (size_t i = 0; i < lines.size(); ++i)
        nodes.push_back(
            {i < headings ? platform::MirrorNode::Role::heading : platform::MirrorNode::Role::item, 2, lines[i]});
    return nodes;
}

ui::Intents drawOutlineColumn(ui::OutlineView& outline, const ui::ViewContext& ctx, ViewInputs& in) {
    ui::Intents intents;
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const float column = std::min(width, kMaxContentEm * em);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(column);
    ImGui::Dummy(ImVec2(column, 0.4f * em));
    // The column's width bounds every card and wrapped text inside it.
    ImGui::BeginChild("column", ImVec2(column, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoBackground);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", ctx.tr.raw("outline.intro"));
    ImGui::PopStyleColor();
    ui::add(intents, ui::votingEntryButton(ctx, VoteSubject::goals));
    ImGui::Spacing();
    ui::add(intents, outline.draw(ctx, in.plan, ctx.stamp, in.reviews(), in.planFindings(), in.selected));
    ImGui::Dummy(ImVec2(0, em));
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    return intents;
}

}  // namespace waymark
