#pragma once
// What a view asks the app to do. Views never change the plan or the page themselves: they
// return an Intent, and the app applies it (an edit goes through the undoable history).
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/export/export_file.h"
#include "core/plan/plan_edit.h"
#include "ui/kit/view_settings.h"

namespace waymark::ui {

// The plan's views; view_switcher.h says which this build has and how each is named.
// voting is not a tab: it opens from the matrix (tactics) and the outline (goals).
enum class ViewId { outline, matrix, tasks, tracking, map, voting, workshop };

struct OpenFile {};          // the browser's file picker for a plan file
struct DownloadPlan {};      // the plan as a .waymark.json download
struct Undo {};
struct Redo {};
struct EditGoal { std::string id; };       // open the goal editor on this goal
struct EditObjective { std::string id; };  // open the objective editor
struct EditContext {};                     // open the business context editor
struct ClosePanel {};                      // close whichever editor is open
struct ShowNewPlan {};                     // the "new plan" dialog
// What the user chose in the "new plan" dialog; the app makes the plan: an empty one, an example
// plan, or a goal per chosen template with the baseline as typed ("" when none was).
struct CreatePlan {
    enum class Start { empty, example, templates };
    struct TemplateGoal {
        std::string templateId, baseline;
    };
    Start start = Start::empty;
    std::string exampleId;
    std::vector<TemplateGoal> goals;
};
struct DismissNotice {};
struct CreateFunnelGoals { std::string objectiveId; };  // goals for the stages of its funnel
struct ShowPlans {};                                    // the dialog of the plans in this browser
// Something to do with a plan kept in this browser (plans dialog).
struct LibraryAction {
    // remove: into the bin; purge: for good (a plan in the bin or a damaged one); download_record:
    // a stored plan's exact bytes (one this build cannot open); *_damaged: a quarantined record.
    enum class Kind { open, rename, duplicate, remove, restore, purge, share, versions, restore_version, download_record,
                      download_damaged, purge_damaged };
    Kind kind = Kind::open;
    std::string id, name;  // id: the plan's (the quarantined record's key for *_damaged)
    int rev = 0;           // restore_version: which kept version
};

struct ShowView { ViewId view; };  // switch the main area to another view
// Download the plan as a table (in a spreadsheet dialect), a calendar or a report.
struct ExportAs {
    ExportKind kind;
    CsvDialect csv = kCommaCsv;
};
struct ChooseLanguage { std::string code; };  // show the app in another language ("de")
// Another tab saved the open plan since this tab read it: keep this tab's version as a new plan,
// or take the other tab's version from storage.
struct ResolveConflict { bool keepMineAsCopy = true; };
struct TrackGoal { std::string id; };  // the tracking view on this goal: its chart and check-ins
struct OpenVoting { VoteSubject subject = VoteSubject::tactics; };  // the dot-voting view on tactics or goals

// The workshop timer: show or hide its card, or work its controls (lengthMs: set_length's).
struct TimerAction {
    enum class Kind { toggle, close, start, pause, add_minute, reset, set_length };
    Kind kind = Kind::toggle;
    long long lengthMs = 0;
};

struct ChangeViewSettings { ViewSettings settings; };  // another theme or UI scale, kept in this browser
struct TogglePresentation {};                          // into presentation mode, or back to editing
// The plan a share link carries (shared_plan_dialog.h): open it as a new plan, put it off (a
// banner keeps the offer), or forget the offer (the link stays in the address bar).
struct SharedPlanAction {
    enum class Kind { open, later, forget };
    Kind kind = Kind::open;
};

// The answer to "changes not stored yet" before another plan opens (UnstoredSwitchDialog).
struct UnstoredSwitchAction {
    enum class Kind { download_then_open, open, cancel };
    Kind kind = Kind::cancel;
};

// The first visit's choice (welcome_banner.h): a plan of one's own, empty or from goal templates,
// or go on exploring the example.
struct WelcomeChoice {
    enum class Kind { empty, templates, explore };
    Kind kind = Kind::explore;
};

// Plan together (together_dialog.h): open the dialog and start a room when there is none; end
// the room (its owner) or leave it; this browser's name and colour as others see them.
struct ShowTogether {};
struct TogetherAction {
    enum class Kind { stop, leave, person };
    Kind kind = Kind::stop;
    std::string name, colour;
};

using Intent = std::variant<PlanEdit, OpenFile, DownloadPlan, Undo, Redo, EditGoal, EditObjective, EditContext,
                            ClosePanel, ShowNewPlan, DismissNotice, CreateFunnelGoals, ShowPlans, LibraryAction,
                            ShowView, ExportAs, ChooseLanguage, ResolveConflict, TrackGoal, OpenVoting, TimerAction,
                            ChangeViewSettings, TogglePresentation, SharedPlanAction, WelcomeChoice, ShowTogether,
                            TogetherAction, UnstoredSwitchAction, CreatePlan>;

// What one frame asked for, in the order it was drawn: the app handles every one, so an edit
// committed as the keyboard leaves a field is not lost to a click in the same frame.
using Intents = std::vector<Intent>;
// Adds what a draw returned, if anything, to the frame's intents.
inline void add(Intents& intents, std::optional<Intent> intent) {
    if (intent) intents.push_back(std::move(*intent));
}

}  // namespace waymark::ui
