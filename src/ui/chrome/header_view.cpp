#include "ui/chrome/header_view.h"

#include <algorithm>

#include "imgui.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

namespace {
// A header button: its label, its name for itemRect, a tooltip, and whether it can be used.
bool headerButton(const ViewContext& ctx, const char* label, const char* name, const std::string& tooltip,
                  bool enabled = true, bool accent = false) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = accent ? accentButton(label, name, ctx.theme) : ImGui::Button((std::string(label) + "###" + name).c_str());
    ImGui::EndDisabled();
    ctx.locator.noteLastItem(name);
    if (!tooltip.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip.c_str());
    return pressed;
}

// The languages, each named in its own words ("Deutsch"), named "language:<code>".
std::optional<std::string> drawLanguageMenu(const ViewContext& ctx) {
    std::optional<std::string> chosen;
    if (!ImGui::BeginPopup("language-menu")) return chosen;
    for (const std::string& code : Strings::languages()) {
        const bool current = code == ctx.tr.language();
        if (ImGui::Selectable(ctx.tr.raw(std::string("language.name.") + code), current) && !current) chosen = code;
        ctx.locator.noteLastItem("language:" + code);
    }
    ImGui::EndPopup();
    return chosen;
}

float buttonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
}

// Below this width (in em) the header's buttons would take two rows or more: it turns compact.
constexpr float kCompactHeaderEm = 50.0f;

// The header's rows span the window less its padding and half an em each side.
struct HeaderSpan {
    float em, width, left, right;
};
HeaderSpan headerSpan() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize(), width = ImGui::GetIO().DisplaySize.x;
    return {em, width, style.WindowPadding.x + 0.5f * em, width - style.WindowPadding.x - 0.5f * em};
}

// "Example" after the plan's name while an example plan is open, so nobody takes it for their own.
float exampleBadgeWidth(const ViewContext& ctx, const HeaderState& state) {
    return state.example ? ImGui::CalcTextSize(ctx.tr.raw("header.example")).x + 1.5f * ImGui::GetFontSize() : 0.0f;
}
void drawExampleBadge(const ViewContext& ctx, const HeaderState& state) {
    if (!state.example) return;
    ImGui::SameLine(0, 0.5f * ImGui::GetFontSize());
    chip(ctx.tr.raw("header.example"), ctx.theme.tip);
    ctx.locator.noteLastItem("example-badge");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.tr.raw("header.example_hint"));
}
}  // namespace

bool compactHeader() { return ImGui::GetIO().DisplaySize.x < kCompactHeaderEm * ImGui::GetFontSize(); }

std::optional<Intent> HeaderView::drawCompact(const ViewContext& ctx, const Plan& plan, const HeaderState& state) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const ImGuiStyle& style = ImGui::GetStyle();
    const HeaderSpan span = headerSpan();
    const float em = span.em, width = span.width, left = span.left, right = span.right;
    const float rowHeight = std::max(ImGui::GetFrameHeight(), ctx.fonts.heading->FontSize) + 0.5f * em;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0), ImVec2(width, rowHeight + 1), false);
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(width, rowHeight), packed(theme.surface));
    draw->AddLine(ImVec2(0, rowHeight), ImVec2(width, rowHeight), packed(theme.surfaceBorder), std::max(1.0f, em / 16));
    draw->PopClipRect();

    std::optional<Intent> intent;
    const char* menuLabel = tr.raw("header.menu");
    const float menuWidth = buttonWidth(menuLabel) - style.ItemSpacing.x;
    const char* savedText = tr.raw(state.unsaved ? "header.unsaved" : "header.saved");
    // "Saved" only where the plan's name keeps room for a few words: on a phone the name matters more.
    const float fixedWidth = menuWidth + exampleBadgeWidth(ctx, state) + 0.5f * em;
    const bool showSaved = state.saving && right - left - fixedWidth - ImGui::CalcTextSize(savedText).x - em > 8 * em;
    const float savedWidth = showSaved ? ImGui::CalcTextSize(savedText).x + em : 0;
    // The plan's name, in the heading size, gets what the menu and the saved state leave.
    ImGui::SetCursorPos(ImVec2(left, (rowHeight - ctx.fonts.heading->FontSize) * 0.5f));
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(fitText(plan.name.empty() ? tr.raw("header.untitled_plan") : plan.name,
                                   right - left - menuWidth - savedWidth - 0.5f * em - exampleBadgeWidth(ctx, state))
                               .c_str());
    ImGui::PopFont();
    ctx.locator.noteLastItem("plan-name");
    if (ImGui::IsItemClicked()) intent = EditContext{};
    drawExampleBadge(ctx, state);
    if (showSaved) {
        ImGui::SetCursorPos(ImVec2(right - menuWidth - savedWidth + 0.5f * em, (rowHeight - ImGui::GetTextLineHeight()) * 0.5f));
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextUnformatted(savedText);
        ImGui::PopStyleColor();
        ctx.locator.noteLastItem("saved-state");
    }
    ImGui::SetCursorPos(ImVec2(right - menuWidth, (rowHeight - ImGui::GetFrameHeight()) * 0.5f));
    if (headerButton(ctx, menuLabel, "header-menu", std::string())) ImGui::OpenPopup("header-menu");
    const ImVec2 under(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y);

    // Every action of the wide header, in its order, then Present and View. Export, Language and
    // View open their own menus where the Menu button is, once this one has closed.
    ImGui::SetNextWindowPos(under, ImGuiCond_Always, ImVec2(1, 0));
    if (ImGui::BeginPopup("header-menu")) {
        const auto entry = [&](const char* key, const char* name, bool enabled = true) {
            const bool chosen = ImGui::Selectable((std::string(tr.raw(key)) + "###" + name).c_str(), false,
                                                  enabled ? ImGuiSelectableFlags_None : ImGuiSelectableFlags_Disabled);
            ctx.locator.noteLastItem(name);
            return chosen;
        };
        if (entry("header.plans", "plans")) intent = ShowPlans{};
        if (entry("header.new_plan", "new-plan")) intent = ShowNewPlan{};
        if (entry("header.open", "open-file")) intent = OpenFile{};
        if (entry("header.download", "download")) intent = DownloadPlan{};
        if (entry("header.export", "export")) openNext_ = "export-menu";
        if (entry("header.context", "context")) intent = EditContext{};
        if (entry("header.undo", "undo", !state.undoLabel.empty())) intent = Undo{};
        if (entry("header.redo", "redo", !state.redoLabel.empty())) intent = Redo{};
        if (entry("header.timer", "timer")) intent = TimerAction{TimerAction::Kind::toggle};
        if (entry("header.language", "language")) openNext_ = "language-menu";
        ImGui::Separator();
        if (entry("present.button", "present")) intent = TogglePresentation{};
        if (entry("settings.button", "settings")) openNext_ = "settings-menu";
        ImGui::EndPopup();
    }
    if (openNext_ && !ImGui::IsPopupOpen("header-menu")) {
        ImGui::OpenPopup(openNext_);
        openNext_ = nullptr;
    }
    ImGui::SetNextWindowPos(under, ImGuiCond_Always, ImVec2(1, 0));
    if (auto chosen = drawExportMenu(ctx)) intent = chosen;
    ImGui::SetNextWindowPos(under, ImGuiCond_Always, ImVec2(1, 0));
    if (auto code = drawLanguageMenu(ctx)) intent = ChooseLanguage{*code};
    ImGui::SetNextWindowPos(under, ImGuiCond_Always, ImVec2(1, 0));
    if (auto chosen = drawViewSettingsMenu(ctx, state.view)) intent = ChangeViewSettings{*chosen};
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, rowHeight + style.ItemSpacing.y));
    return intent;
}

std::optional<Intent> HeaderView::draw(const ViewContext& ctx, const Plan& plan, const HeaderState& state) {
    if (compactHeader()) return drawCompact(ctx, plan, state);
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const ImGuiStyle& style = ImGui::GetStyle();
    const HeaderSpan span = headerSpan();
    const float em = span.em, width = span.width, left = span.left, right = span.right;

    // The buttons, in the order drawn: (label, item name).
    const std::pair<const char*, const char*> buttons[] = {
        {tr.raw("header.plans"), "plans"},     {tr.raw("header.new_plan"), "new-plan"},
        {tr.raw("header.open"), "open-file"},  {tr.raw("header.download"), "download"},
        {tr.raw("header.export"), "export"},   {tr.raw("header.context"), "context"},
        {tr.raw("header.undo"), "undo"},       {tr.raw("header.redo"), "redo"},
        {tr.raw("header.timer"), "timer"},     {tr.raw("header.together"), "together"},
        {tr.raw("header.language"), "language"}};
    float buttonsWidth = 0;
    for (const auto& b : buttons) buttonsWidth += buttonWidth(b.first);
    const char* savedText = tr.raw(state.unsaved ? "header.unsaved" : "header.saved");
    const float savedWidth = state.saving ? ImGui::CalcTextSize(savedText).x + em : 0;
    ImGui::PushFont(ctx.fonts.heading);
    const float titleWidth = ImGui::CalcTextSize(tr.raw("app.title")).x + 1.5f * em;
    ImGui::PopFont();
    // On a narrow window (or in a long language) the buttons get rows of their own under the
    // title, rather than running over the plan's name.
    const bool ownRow = titleWidth + 8 * em + savedWidth + buttonsWidth > right - left;
    int buttonRows = 1;
    if (ownRow) {
        float x = 0;
        for (const auto& b : buttons) {
            if (x > 0 && x + buttonWidth(b.first) > right - left) { ++buttonRows; x = 0; }
            x += buttonWidth(b.first);
        }
    }
    const float titleRow = ctx.fonts.heading->FontSize + 2.2f * em;
    const float buttonRow = ImGui::GetFrameHeightWithSpacing();
    const float height = ownRow ? titleRow + buttonRows * buttonRow + 0.4f * em : titleRow;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0), ImVec2(width, height + 1), false);
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), packed(theme.surface));
    draw->AddLine(ImVec2(0, height), ImVec2(width, height), packed(theme.surfaceBorder), std::max(1.0f, em / 16));
    draw->PopClipRect();

    const float headingY = (titleRow - ctx.fonts.heading->FontSize) * 0.5f;
    ImGui::SetCursorPos(ImVec2(left, headingY));
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.accent);
    ImGui::TextUnformatted(tr.raw("app.title"));
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 1.5f * em);
    // The plan's name gets the room the buttons leave; a long one ends in "…".
    const float nameRoom = right - ImGui::GetCursorPosX() - savedWidth - (ownRow ? 0 : buttonsWidth) - 0.5f * em -
                           exampleBadgeWidth(ctx, state);
    ImGui::TextUnformatted(fitText(plan.name.empty() ? tr.raw("header.untitled_plan") : plan.name, nameRoom).c_str());
    ImGui::PopFont();
    if (ImGui::IsItemClicked()) return EditContext{};
    drawExampleBadge(ctx, state);

    std::optional<Intent> intent;
    if (state.saving) {
        ImGui::SetCursorPos(ImVec2(right - savedWidth - (ownRow ? 0 : buttonsWidth) + em,
                                   (titleRow - ImGui::GetTextLineHeight()) * 0.5f));
        ImGui::PushStyleColor(ImGuiCol_Text, theme.textMuted);
        ImGui::TextUnformatted(savedText);
        ImGui::PopStyleColor();
        ctx.locator.noteLastItem("saved-state");
    }
    float x = ownRow ? left : right - buttonsWidth + style.ItemSpacing.x;
    float y = ownRow ? titleRow - 0.3f * em : (titleRow - ImGui::GetFrameHeight()) * 0.5f;
    for (const auto& [label, name] : buttons) {
        if (ownRow && x > left && x + buttonWidth(label) > right) {
            x = left;
            y += buttonRow;
        }
        ImGui::SetCursorPos(ImVec2(x, y));
        const std::string item = name;
        const bool isUndo = item == "undo", isRedo = item == "redo";
        const std::string tooltip = isUndo   ? (state.undoLabel.empty() ? tr("history.nothing_to_undo") : state.undoLabel)
                                    : isRedo ? (state.redoLabel.empty() ? tr("history.nothing_to_redo") : state.redoLabel)
                                    : item == "context" ? tr("editor.context_title")
                                    : item == "export"  ? tr("export.menu.hint")
                                    : item == "language" ? tr("header.language_hint")
                                    : item == "timer"    ? tr("header.timer_hint")
                                    : item == "together" ? tr("header.together_hint")
                                                        : std::string();
        const bool enabled = isUndo ? !state.undoLabel.empty() : isRedo ? !state.redoLabel.empty() : true;
        if (headerButton(ctx, label, name, tooltip, enabled, item == "download")) {
            if (item == "plans") intent = ShowPlans{};
            else if (item == "new-plan") intent = ShowNewPlan{};
            else if (item == "open-file") intent = OpenFile{};
            else if (item == "download") intent = DownloadPlan{};
            else if (item == "export") ImGui::OpenPopup("export-menu");
            else if (item == "language") ImGui::OpenPopup("language-menu");
            else if (item == "context") intent = EditContext{};
            else if (isUndo) intent = Undo{};
            else if (isRedo) intent = Redo{};
            else if (item == "timer") intent = TimerAction{TimerAction::Kind::toggle};
            else if (item == "together") intent = ShowTogether{};
        }
        if (item == "export") {
            ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
            if (auto chosen = drawExportMenu(ctx)) intent = chosen;
        }
        if (item == "language") {
            ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y), ImGuiCond_Always, ImVec2(1, 0));
            if (auto code = drawLanguageMenu(ctx)) intent = ChooseLanguage{*code};
        }
        x += buttonWidth(label);
    }
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, height + style.ItemSpacing.y));
    return intent;
}

float viewButtonsWidth(const ViewContext& ctx) {
    return buttonWidth(ctx.tr.raw("present.button")) + buttonWidth(ctx.tr.raw("settings.button"));
}

std::optional<Intent> drawViewButtons(const ViewContext& ctx, const ViewSettings& view, float rowY) {
    std::optional<Intent> intent;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 cursor = ImGui::GetCursorPos();
    const char* present = ctx.tr.raw("present.button");
    const char* settings = ctx.tr.raw("settings.button");
    const float right = ImGui::GetIO().DisplaySize.x - style.WindowPadding.x - 0.5f * ImGui::GetFontSize();
    ImGui::SetCursorPos(ImVec2(right - buttonWidth(present) - buttonWidth(settings) + style.ItemSpacing.x, rowY));
    if (headerButton(ctx, present, "present", ctx.tr("present.hint"))) intent = TogglePresentation{};
    ImGui::SameLine();
    if (headerButton(ctx, settings, "settings", ctx.tr("settings.hint"))) ImGui::OpenPopup("settings-menu");
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y), ImGuiCond_Always, ImVec2(1, 0));
    if (auto chosen = drawViewSettingsMenu(ctx, view)) intent = ChangeViewSettings{*chosen};
    ImGui::SetCursorPos(cursor);
    return intent;
}

std::optional<Intent> drawBanners(const ViewContext& ctx, const StorageBanner& storage, const std::string& notice,
                                  bool noticeIsError) {
    std::optional<Intent> intent;
    auto banner = [&](const std::string& text, const ImVec4& color, const char* id, auto&& actions) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(color.x, color.y, color.z, 0.12f));
        ImGui::PushStyleColor(ImGuiCol_Border, color);
        ImGui::BeginChild(id, ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
        ImGui::TextWrapped("%s", text.c_str());
        actions();
        ImGui::EndChild();
        ImGui::PopStyleColor(2);
        ImGui::Spacing();
    };
    // A button of a banner's row of ways out, named for itemRect.
    bool first = true;
    auto action = [&](const char* key, const char* name, Intent chosen) {
        if (!first) ImGui::SameLine();
        first = false;
        if (smallButton(ctx.tr.raw(key), name)) intent = std::move(chosen);
        ctx.locator.noteLastItem(name);
    };
    if (!storage.problem.empty())
        banner(ctx.tr("notice.not_saved", {{"problem", storage.problem}}), ctx.theme.danger, "storage", [&] {
            if (storage.offerConflictChoice) {
                action("storage.keep_mine_as_copy", "conflict-keep-mine", ResolveConflict{true});
                action("storage.use_other_tab", "conflict-use-other", ResolveConflict{false});
            }
            if (storage.offerFreeSpace) action("storage.free_space", "storage-free-space", ShowPlans{});
            action("header.download", "storage-download", DownloadPlan{});
        });
    if (!storage.sizeWarning.empty()) {
        first = true;
        banner(storage.sizeWarning, ctx.theme.warning, "size-warning",
               [&] { action("header.download", "size-warning-download", DownloadPlan{}); });
    }
    if (!notice.empty())
        banner(notice, noticeIsError ? ctx.theme.danger : ctx.theme.onTrack, "notice", [&] {
            if (smallButton(ctx.tr.raw("notice.dismiss"), "dismiss")) intent = DismissNotice{};
            ctx.locator.noteLastItem("dismiss-notice");
        });
    return intent;
}

// The export menu under its header button: one entry per kind of file, named "export:<kind>", and
// the spreadsheet dialect for the CSV tables ("csv:comma", "csv:semicolon"; the menu stays open).
std::optional<Intent> HeaderView::drawExportMenu(const ViewContext& ctx) {
    std::optional<Intent> chosen;
    if (!ImGui::BeginPopup("export-menu")) return chosen;
    const CsvDialect dialect = csvDialect_.value_or(csvDialectFor(ctx.tr));
    for (ExportKind kind : kExportKinds) {
        const std::string id = name(kind);
        if (ImGui::Selectable(ctx.tr.raw(std::string("export.menu.") + id))) chosen = ExportAs{kind, dialect};
        ctx.locator.noteLastItem("export:" + id);
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", ctx.tr.raw("export.menu.csv_style"));
    const std::pair<CsvDialect, const char*> styles[] = {{kCommaCsv, "comma"}, {kSemicolonCsv, "semicolon"}};
    for (const auto& [style, id] : styles) {
        const std::string label = ctx.tr(std::string("export.menu.csv_") + id);
        if (ImGui::Selectable(label.c_str(), dialect == style, ImGuiSelectableFlags_DontClosePopups)) csvDialect_ = style;
        ctx.locator.noteLastItem(std::string("csv:") + id);
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace waymark::ui
