#include "ui/chrome/together_dialog.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
// Light modules around the code, as the QR standard asks, so phones find its edges.
constexpr int kQuietModules = 2;

void mutedText(const ViewContext& ctx, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// Black on white whatever the theme: phone cameras read dark modules on a light ground.
void drawQrCode(const ViewContext& ctx, const TogetherShown& shown, float side) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    ctx.locator.noteLastItem("together-qr");
    const int modules = shown.qrSize + 2 * kQuietModules;
    const float unit = std::floor(side / static_cast<float>(modules));
    if (shown.qrSize <= 0 || unit < 1 || shown.qrBits.size() != static_cast<size_t>(shown.qrSize) * shown.qrSize) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + unit * modules, at.y + unit * modules), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < shown.qrSize; ++y)
        for (int x = 0; x < shown.qrSize; ++x)
            if (shown.qrBits[static_cast<size_t>(y) * shown.qrSize + x] == '1') {
                const ImVec2 a(at.x + unit * (x + kQuietModules), at.y + unit * (y + kQuietModules));
                draw->AddRectFilled(a, ImVec2(a.x + unit, a.y + unit), IM_COL32(0, 0, 0, 255));
            }
}

void drawPerson(const ViewContext& ctx, const RoomPerson& person) {
    const float em = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + 0.45f * em, at.y + 0.5f * ImGui::GetTextLineHeight()),
                                                0.4f * em, packed(personColour(person.colour)));
    ImGui::SetCursorScreenPos(ImVec2(at.x + 1.2f * em, at.y));
    const std::string name = person.name.empty() ? std::string(ctx.tr.raw("together.unnamed")) : person.name;
    ImGui::TextUnformatted((person.me ? ctx.tr("together.you", {{"name", name}}) : name).c_str());
}
}  // namespace

const std::vector<std::string>& personColours() {
    static const std::vector<std::string> colours{"#c0392b", "#d35400", "#b7950b", "#27ae60",
                                                  "#16a085", "#2980b9", "#8e44ad", "#7f8c8d"};
    return colours;
}

ImVec4 personColour(const std::string& hex) {
    const bool valid = hex.size() == 7 && hex[0] == '#' &&
                       std::all_of(hex.begin() + 1, hex.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (!valid) return ImVec4(0.5f, 0.5f, 0.5f, 1);
    const long rgb = std::strtol(hex.c_str() + 1, nullptr, 16);
    return ImVec4(((rgb >> 16) & 255) / 255.0f, ((rgb >> 8) & 255) / 255.0f, (rgb & 255) / 255.0f, 1);
}

std::string togetherProblem(const TogetherShown& shown, const Strings& tr) {
    using Phase = TogetherShown::Phase;
    if (shown.phase != Phase::failed && shown.phase != Phase::closed) return {};
    if (shown.error == "no-server") return tr("together.error.no_server");
    if (shown.error == "offline") return tr("together.error.offline");
    if (shown.error == "unknown-room") return tr("together.error.unknown_room");
    if (shown.error == "room-ended") return tr(shown.owner ? "together.ended" : "together.error.room_ended");
    if (shown.error == "unavailable") return tr("together.error.unavailable");
    if (shown.error == "left") return tr("together.left");
    return tr("together.error.failed", {{"detail", shown.detail.empty() ? shown.error : shown.detail}});
}

std::optional<Intent> TogetherDialog::draw(const ViewContext& ctx, const TogetherShown& shown) {
    using Phase = TogetherShown::Phase;
    const Strings& tr = ctx.tr;
    if (!beginDialog(std::string(tr.raw("together.title")) + "###together", openRequested_, 36, 34)) return std::nullopt;
    const float em = ImGui::GetFontSize();
    std::optional<Intent> chosen;
    bool close = false;
    if (shown.phase == Phase::starting || shown.phase == Phase::idle) {
        ImGui::TextWrapped("%s", tr.raw(shown.owner ? "together.starting" : "together.joining"));
    } else if (shown.phase != Phase::live) {
        ImGui::TextWrapped("%s", togetherProblem(shown, tr).c_str());
        ctx.locator.noteLastItem("together-problem");
    } else {
        ImGui::TextWrapped("%s", tr.raw("together.link_intro"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        std::vector<char> buffer(shown.url.begin(), shown.url.end());
        buffer.push_back('\0');
        ImGui::InputText("##room-link", buffer.data(), buffer.size(), ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        ctx.locator.noteLastItem("together-link");
        if (ImGui::Button((std::string(tr.raw("together.copy")) + "###copy-link").c_str())) ImGui::SetClipboardText(shown.url.c_str());
        ctx.locator.noteLastItem("together-copy");
        ImGui::SameLine();
        mutedText(ctx, tr("together.qr_hint"));
        drawQrCode(ctx, shown, std::min(12 * em, ImGui::GetContentRegionAvail().x));
        if (!shown.connected) mutedText(ctx, tr("together.offline"));

        ImGui::Spacing();
        ImGui::TextUnformatted(tr.plural("together.people", static_cast<long long>(shown.people.size())).c_str());
        ctx.locator.noteLastItem("together-people");
        for (const RoomPerson& person : shown.people) drawPerson(ctx, person);

        ImGui::Spacing();
        form_.layout(8 * em);
        form_.row(ctx, tr.raw("together.your_name"));
        if (auto name = form_.text(ctx, "together-name", shown.myName, tr.raw("together.name_hint")))
            chosen = TogetherAction{TogetherAction::Kind::person, *name, shown.myColour};
        form_.row(ctx, tr.raw("together.your_colour"));
        for (const std::string& colour : personColours()) {
            const bool mine = colour == shown.myColour;
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, mine ? std::max(2.0f, em / 6) : 0.0f);
            ImGui::PushStyleColor(ImGuiCol_Border, ctx.theme.text);
            const std::string id = "colour " + colour + (mine ? " *" : "");
            if (ImGui::ColorButton(id.c_str(), personColour(colour), ImGuiColorEditFlags_NoTooltip, ImVec2(1.6f * em, 1.6f * em)))
                chosen = TogetherAction{TogetherAction::Kind::person, shown.myName, colour};
            ctx.locator.noteLastItem("together-colour-" + colour.substr(1));
            ImGui::PopStyleColor();
            ImGui::PopStyleVar();
            ImGui::SameLine();
        }
        ImGui::NewLine();
        mutedText(ctx, tr("together.person_hint"));

        ImGui::Spacing();
        if (shown.owner) {
            if (dangerButton(tr.raw("together.stop"), "stop-sharing", ctx.theme)) chosen = TogetherAction{TogetherAction::Kind::stop, {}, {}};
            ctx.locator.noteLastItem("together-stop");
            mutedText(ctx, tr("together.stop_hint"));
        } else {
            if (ImGui::Button((std::string(tr.raw("together.leave")) + "###leave-room").c_str()))
                chosen = TogetherAction{TogetherAction::Kind::leave, {}, {}};
            ctx.locator.noteLastItem("together-leave");
        }
    }
    ImGui::Spacing();
    if (ImGui::Button((std::string(tr.raw("editor.close")) + "###close-together").c_str()) ||
        (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput))
        close = true;
    ctx.locator.noteLastItem("together-close");
    if (close || (chosen && std::get<TogetherAction>(*chosen).kind != TogetherAction::Kind::person)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

}  // namespace waymark::ui
