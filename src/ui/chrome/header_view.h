#pragma once
// The band at the top: the app's name, the plan's name, whether it is saved, and the plan's
// actions (new, open, download, business context, undo, redo, timer, plan together). Returns what
// the user asked for.
#include <optional>
#include <string>

#include "core/export/csv.h"
#include "core/plan/plan.h"
#include "ui/intent.h"
#include "ui/kit/view_settings.h"
#include "ui/view_context.h"

namespace waymark::ui {

struct HeaderState {
    std::string undoLabel;  // "Undo: rename goal", or "" when there is nothing to undo
    std::string redoLabel;
    bool unsaved = false;   // changes not yet stored in this browser
    bool saving = true;     // storage works (false: a banner says why)
    ViewSettings view;      // for the compact header's View entry
    bool example = false;   // the open plan is an example: the header says so
};

// True on a window too narrow for the header's buttons (a phone, a tablet upright): the header is
// then one row, the plan's name and a Menu with every action, Present and View included.
bool compactHeader();

class HeaderView {
public:
    // Draws the band across the window; leaves the cursor below it.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, const HeaderState& state);

private:
    // The one-row header of a narrow window (compactHeader), its actions in the menu "header-menu".
    std::optional<Intent> drawCompact(const ViewContext& ctx, const Plan& plan, const HeaderState& state);
    // The export menu: the kinds of file, and the spreadsheet dialect the CSV tables use.
    std::optional<Intent> drawExportMenu(const ViewContext& ctx);

    std::optional<CsvDialect> csvDialect_;  // the user's pick; until then the language's (csvDialectFor)
    const char* openNext_ = nullptr;  // a menu the compact header's menu asked for, opened after it closes
};

// Present and View (with its settings menu) at the right end of the row at y = rowY (the view
// tabs' row, which has room where the header has none); leaves the cursor where it was.
std::optional<Intent> drawViewButtons(const ViewContext& ctx, const ViewSettings& view, float rowY);
// The width drawViewButtons takes.
float viewButtonsWidth(const ViewContext& ctx);

// Why changes are not being saved, and which ways out the banner offers besides a download.
struct StorageBanner {
    std::string problem;         // plain words; "" while saves work
    bool offerFreeSpace = false; // storage is full: the plans dialog frees space
    bool offerConflictChoice = false;  // another tab saved this plan: keep mine as a copy, or use theirs
    std::string sizeWarning;     // the plan nears the size limit: what to do; "" when it does not
};

// Banners under the header: why changes are not saved (permanent, with its ways out) and the last
// file action's outcome (dismissable). Returns what the user chose (DismissNotice, DownloadPlan,
// ShowPlans, ResolveConflict).
std::optional<Intent> drawBanners(const ViewContext& ctx, const StorageBanner& storage, const std::string& notice,
                                  bool noticeIsError);

}  // namespace waymark::ui
