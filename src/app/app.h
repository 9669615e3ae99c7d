#pragma once
// The application: owns the plan and its undo history, the strings and the views; turns what
// views return (intents) into plan edits and page requests, and keeps the page and the
// screen-reader mirror informed. The same App runs in the browser and in the native UI tests
// (with a test Page, ScreenReader, PlanLibrary and PlanStorage).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/method/funnel.h"
#include "core/method/review.h"
#include "core/method/workshop_timer.h"
#include "core/plan/date.h"
#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"
#include "core/plan/plan_json.h"
#include "core/text/i18n.h"
#include "platform/chime.h"
#include "platform/clock.h"
#include "platform/page.h"
#include "platform/plan_library.h"
#include "platform/plan_storage.h"
#include "platform/room.h"
#include "platform/screen_reader.h"
#include "app/document.h"
#include "app/view_registry.h"
#include "ui/editors/context_editor.h"
#include "ui/kit/fonts.h"
#include "ui/editors/goal_editor.h"
#include "ui/chrome/header_view.h"
#include "ui/intent.h"
#include "ui/chrome/new_plan_dialog.h"
#include "ui/editors/objective_editor.h"
#include "ui/plan_derived.h"
#include "ui/chrome/plans_dialog.h"
#include "ui/chrome/shared_plan_dialog.h"
#include "ui/chrome/view_switcher.h"
#include "ui/chrome/welcome_banner.h"
#include "ui/chrome/timer_card.h"
#include "ui/chrome/together_dialog.h"
#include "ui/chrome/unstored_switch_dialog.h"
#include "ui/kit/touch_scroll.h"
#include "ui/kit/view_settings.h"

namespace waymark {

// The plan a first visit opens on (an embedded template).
inline constexpr const char* kSampleTemplate = "restaurant";

class App {
public:
    App(platform::Page& page, platform::ScreenReader& reader, platform::PlanLibrary& library,
        platform::PlanStorage& storage)
        : page_(page), reader_(reader), library_(library), storage_(storage) {}

    // Takes what the page gathered at start: the font, the stored plan (or none on a first visit).
    // Returns false when a stored plan existed but could not be read; it is then left untouched,
    // the storage is told why (PlanStorage::storedPlanRefused) and the sample opens under a new id.
    bool start(platform::StartupData data, Date today);
    // A kept earlier version of the stored plan that start() could not read opens in its place
    // (as the start would have opened it: no undo step) with a notice; false when it cannot be read.
    bool openStoredVersion(const std::string& text, const std::string& savedAt);
    // A stored plan chosen in the Plans dialog replaces the plan as importPlan does; "" when it
    // opened, else why not (a newer build's plan says so plainly). whole: as StartupData's.
    std::string openStored(const std::string& text, bool whole);
    // The storage has news the user should hear of (the stored plans were deleted under the tab).
    void storageNotice(const std::string& text);
    // Shows the app in another language at once (an embedded one; else English) and tells the page.
    void setLanguage(const std::string& language);
    // Rebuilds fonts and style for a new UI scale.
    void setScale(float scale);
    // Submits one frame of UI.
    void frame();
    // True while the UI still needs frames without input: cards re-measuring after a change, a
    // field taking the keyboard.
    bool needsFrames() const;

    // The plan as a plan file (window.waymark.exportPlan()); remembers which state was exported
    // so a later storage result can mark it saved.
    std::string exportPlan() const;
    // What the user is typing is work too (ui/kit/typing_draft.h). typingDraft: the plan as a plan
    // file with the text of the field that has the keyboard committed, "" when no field holds
    // changed text (or its text is refused); the storage keeps it as a draft while typing goes on.
    std::string typingDraft() const;
    // The page is going away (hidden, closed, an update's reload): commits the field being typed
    // in as Enter would, by queueing Enter for the next frames. False when no field holds changed
    // text. The caller runs the frames (the runner's runQueuedInput, or a test's).
    bool commitTyping();
    // Replaces the plan with a plan file's as one undoable step; "" on success, else the error
    // and nothing changes.
    std::string importPlan(const std::string& text);
    // The open plan renamed (the Plans dialog, window.waymark.renamePlan): one plan edit, one undo
    // step, not a stored record's rename.
    // Returns "" or why the name was refused.
    std::string renameOpenPlan(const std::string& name);
    // A plan file the user opened (picker, drop, paste, share link): it arrives as a new plan (an
    // undoable step),
    // under a new id when the file's id is the open plan's or one of takenIds (the stored plans).
    void openFile(const std::string& name, const std::string& text, const std::vector<std::string>& takenIds = {});
    // Where a named UI item was drawn in the last frame, as JSON {x, y, width, height} in CSS
    // pixels (window.waymark.itemRect); "" when it was not drawn.
    std::string itemRect(const std::string& name) const;
    // The storage's report on the last save: saved marks the exported state saved; a problem
    // shows its banner with its ways out until a later save succeeds.
    void storageResult(platform::SaveReport report);
    // The stored version of the open plan, read again because the user chose the other tab's
    // version in a conflict: it replaces the plan as one undoable step.
    void storedPlanRead(const std::string& planText);

    const Plan& plan() const { return doc_.plan(); }
    const History& history() const { return doc_.history(); }
    const Document& document() const { return doc_; }
    // The outcome of the last file action as its banner shows it ("" when there is none).
    const std::string& notice() const { return notice_; }
    // Applies an edit as if a view had returned it; the one path by which the plan changes.
    void apply(const PlanEdit& edit);
    void undo();
    void redo();
    // The plan library's answers (web/shell/storage.js through the page).
    void libraryListed(platform::LibraryState state);
    void libraryDone(const std::string& error);
    void shareLinkMade(const std::string& url, const std::string& error);
    void versionsListed(const std::string& planId, std::vector<platform::PlanVersion> versions);
    // A share link's plan, read by the page (app_shared_plan.cpp): a link that cannot be read
    // becomes a notice; a plan is offered in a dialog and opens only when the user says so.
    void sharedPlanRead(const std::string& planText, platform::SharedLinkRead how);
    // The page saved the open plan: the offered shared plan opens as a new plan, under an id that
    // is neither the open plan's nor one of takenIds.
    void sharedPlanMayOpen(const std::vector<std::string>& takenIds);
    // Opens the goal editor on a goal (as the outline's Edit button does).
    void editGoal(const std::string& goalId);
    // Two fingers moved on the canvas: the map zooms by factor about (x, y) and moves by (dx, dy)
    // (framebuffer pixels) in the next frame.
    void pinch(float x, float y, float factor, float dx, float dy);
    // The plan map as last drawn (its tree, folds and view transform).
    const ui::MapView& mapView() const { return views_.map.view; }
    // The workshop timer reads this clock (tests pass one they move by hand) and rings this chime.
    void useClock(const platform::Clock& clock) { clock_ = &clock; }
    void useChime(platform::Chime& chime) { chime_ = &chime; }
    // Milliseconds until the running timer needs its next frame (its seconds change); -1 when
    // nothing moves on its own. The page asks for that one frame (platform::wakeAfter).
    long long msUntilTimerTick() const;
    // The workshop timer as it stands now.
    ui::TimerShown timerShown() const;

    // Plan together (app_together.cpp). The page's room; without one, "Plan together" says it is
    // not available here.
    void useRoom(platform::Room& room) { room_ = &room; }
    // platform::RoomHandlers: the room is about to carry this plan or, joining, to bring its own;
    // remote changes (returns what to write back); the room's status for the dialog.
    void roomBegin(const std::string& idTag, bool joining);
    std::string roomChanges(const std::string& changesJson);
    void roomStatus(const std::string& statusJson);
    const ui::TogetherShown& together() const { return together_; }

    // Presentation mode and view settings (app_view.cpp).
    // True when fonts and style no longer fit the view settings, presentation mode, the window or
    // the pointer: the runner then calls setScale again before the next frame.
    bool needsRescale() const;
    // The primary pointer is a finger: every hit target becomes at least kTouchTargetCss tall and wide.
    void setTouchScreen(bool touch);
    // Into presentation mode (true) or back to editing; the view shown stays.
    void setPresenting(bool presenting);
    bool presenting() const { return presenting_; }
    const ui::ViewSettings& viewSettings() const { return viewSettings_; }
    // The view as drawn, as JSON for window.waymark.viewState(): {"presenting", "theme", "scale"
    // (percent), "touch", "smallest", "body", "notice"}: the smallest and the body text's height in
    // CSS pixels, from the fonts drawn with (their size times ImGui's global font scale), and the
    // notice banner's text ("" when none shows).
    std::string viewState() const;

private:
    enum class Panel { none, goal, objective, context };
    // After a plan change (or a banner coming or going), auto-sizing cards inside an auto-sizing
    // column re-measure over a few frames.
    static constexpr int kFramesAfterChange = 5;

    void handle(const ui::Intent& intent);
    void handleSharedPlan(const ui::SharedPlanAction& action);
    // The offered shared plan as the dialog or the banner says it, for the screen-reader mirror.
    std::string sharedPlanLine() const;
    // A conflict with another tab: keep this tab's plan as a new plan (new id, "(copy from other
    // tab)"), which the next save stores beside the other tab's, or read the other tab's version.
    void resolveConflict(bool keepMineAsCopy);
    void replacePlan(Plan plan, const char* reason);
    // Another plan (new, opened, from a file or a link) takes the open plan's place; `then` runs
    // once it has. While the open plan has changes no save holds, the user is asked first.
    void switchPlan(Plan plan, const char* reason, std::function<void()> then = {});
    void handleUnstoredSwitch(const ui::UnstoredSwitchAction& action);
    // The first visit's welcome is shown: on the outline, with the example open, not presenting.
    bool welcomeShown() const;
    // Opens a plan in place (start-up): no undo step.
    void openInPlace(Plan plan);
    // Says what the loader changed in a plan from an earlier build (a moved KPI), in a notice.
    void noticeChanges(const std::vector<LoadNote>& notes);
    // What follows any change of the plan: the editor's review, the open funnel, the mirror, a save.
    void changed();
    // The editor's goal and the open funnel, worked out again (the document reviews the rest).
    void reviewNow();
    // Every goal's review and the plan's findings: empty until the first frame was shown.
    const ReviewsByGoal& reviews();
    const std::vector<Finding>& planFindings();
    // The review of the goal in the editor, with the text being typed taken into account.
    void reviewEditorGoal(bool force);
    void handleShortcuts();
    // Works the open objective's funnel back again (after a change or when it opens).
    void workOpenFunnel();
    void drawPanel(const ui::ViewContext& ctx, ui::Intents& intents);
    // The item the side panel shows ("goal:<id>", "objective:<id>", "context"): its scroll is its own.
    std::string panelItemId() const;
    // The main area: the current view (outline, matrix, ...), with the banners above it.
    void drawView(const ui::ViewContext& ctx, ui::Intents& intents);
    // What the rows of the view registry read besides their views.
    ViewInputs viewInputs();
    void updateMirror();
    // ViewContext::stamp: a new number whenever the plan's revision, the language or today changed.
    std::uint64_t viewStamp();
    // One pass of the frame's UI (frame() runs two on the very first frame).
    void drawFrame();
    std::string newPlanId() const;
    // The plan the user chose to start (app_new_plan.cpp), with its new id and today's dates.
    Plan newPlan(const ui::CreatePlan& choice) const;

    platform::Page& page_;
    platform::ScreenReader& reader_;
    platform::PlanLibrary& library_;
    platform::PlanStorage& storage_;
    Strings tr_ = Strings::load("en");
    std::string fontData_;
    ui::Fonts fonts_;
    Document doc_;
    Date today_;
    struct Stamped {
        std::uint64_t revision = 0;
        std::string language;
        Date today;
        friend bool operator==(const Stamped&, const Stamped&) = default;
    };
    Stamped stamped_;
    std::uint64_t viewStamp_ = 0;
    ui::HeaderView header_;
    ui::TouchScroll touchScroll_;  // a finger's swipe scrolls the view under it
    bool welcome_ = false;  // the first visit: the example is explained and the ways on offered
    ui::GoalEditor goalEditor_;
    ui::ObjectiveEditor objectiveEditor_;
    ui::ContextEditor contextEditor_;
    ui::NewPlanDialog newPlan_;
    ui::PlansDialog plansDialog_;
    std::optional<platform::LibraryState> libraryState_;  // the last listing; empty while it is asked for
    std::string libraryError_, shareLink_;
    std::string versionsOf_;                       // the plan whose kept versions are shown
    std::vector<platform::PlanVersion> versions_;
    Panel panel_ = Panel::none;
    ui::ViewId view_ = ui::ViewId::outline;
    GoalReview editorReview_;
    std::optional<Funnel> funnel_;       // of the objective in the editor, when it has a number
    std::optional<Goal> editorDraft_;
    ui::ItemLocator locator_;
    ui::TypingDraft typing_;                 // the field being typed in, as of the last frame
    float scale_ = 1;
    int framesAfterChange_ = 0;
    bool reviewPending_ = false;      // the plan opened at start is reviewed after the first frame
    std::uint64_t framesDrawn_ = 0;
    mutable std::uint64_t exportedState_ = 0;  // history state of the last exportPlan()
    mutable size_t exportedBytes_ = 0;         // the size of the last exportPlan(), as a save stores it
    std::string sizeWarning_;                  // the plan nears the size limit: what to do; "" when it does not
    std::string startRefusal_;                 // why start() could not read the stored plan

    std::string storageProblem_;  // why the plan is not being saved; empty while saves work
    platform::StorageProblem storageKind_ = platform::StorageProblem::none;
    std::string notice_;          // the outcome of the last file action, shown until dismissed
    bool noticeIsError_ = false;
    // What screen readers were last told of the banners and the Plans dialog's refusal.
    std::string announcedProblem_, mirroredNotice_, announcedLibraryError_;
    // The plan a share link offers, until it is opened or the offer forgotten; after "Not now" a
    // banner keeps the offer.
    std::optional<Plan> sharedPlan_;
    ui::SharedPlanOffer sharedOffer_;
    ui::SharedPlanDialog sharedDialog_;
    bool sharedPlanPutOff_ = false;
    // A plan waiting to be opened until the user answers "changes not stored yet" (switchPlan).
    std::function<void()> waitingSwitch_;
    ui::UnstoredSwitchDialog unstoredDialog_;

    // The screen-reader mirror: rebuilt when something it shows changed.
    bool mirrorDirty_ = true;
    bool planMirrorDirty_ = true;                  // the plan changed since planMirror_ was made
    std::vector<platform::MirrorNode> planMirror_, mirror_;
    std::uint64_t planMirrorVersion_ = 0;          // changes whenever planMirror_ is made again
    // The shown view's part of the mirror, kept while its mirrorVersion() stays the same.
    struct MirroredView {
        ui::ViewId id;
        std::uint64_t version = 0;
        std::vector<platform::MirrorNode> nodes;
    };
    std::optional<MirroredView> viewMirror_;
    std::string announcedField_;
    std::vector<std::string> announcedFindings_;

    // The views of the main area (the outline, the matrix, ...), one row each.
    ViewRegistry views_;
    ui::PinchInput pinch_;  // two fingers on the canvas, not yet taken by the map

    // The workshop timer (a card over every view while open).
    ui::TimerCard timerCard_;
    Countdown countdown_;
    bool timerOpen_ = false;
    bool timerRang_ = false;  // the chime for the current finish has rung
    const platform::Clock* clock_ = &platform::steadyClock();
    platform::Chime* chime_ = nullptr;
    void handleTimer(const ui::TimerAction& action);
    // Rings once when the running countdown reaches zero; says so to screen readers.
    void checkTimerFinished();
    // "Timer: 4:59, running", for the screen-reader mirror while the card is open.
    std::string timerMirrorLine() const;
    std::string mirroredTimer_;  // the timer line the mirror shows; "" while the card is closed

    // Plan together (app_together.cpp).
    void handleTogether(const ui::TogetherAction& action);
    void showTogether();
    // This browser's operations since the last call go to the room (none while not in one); a
    // plan other than the room's leaves it.
    void sendToRoom();
    void leaveRoom();
    platform::Room* room_ = nullptr;
    bool inRoom_ = false;
    std::string roomPlanId_;  // the plan the room carries ("" while joining, until it arrives)
    ui::TogetherShown together_;
    ui::TogetherDialog togetherDialog_;

    // Presentation mode and view settings (app_view.cpp).
    struct BuiltLook {  // what fonts and style were last built for
        float scale = 0;
        std::string theme;
        bool touch = false;
        bool operator==(const BuiltLook&) const = default;
    };
    BuiltLook wantedLook() const;
    const ui::Theme& currentTheme() const;
    void changeViewSettings(const ui::ViewSettings& settings);
    // A soft ring around the pointer, so the room can follow it (drawn with the frame input brings).
    void drawPointerHalo() const;
    ui::ViewSettings viewSettings_;
    bool presenting_ = false;
    bool touchScreen_ = false;
    float devicePixelRatio_ = 1;
    BuiltLook built_;
};

}  // namespace waymark
