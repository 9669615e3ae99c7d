#include "app/app.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <random>
#include <utility>

#include "app/screen_mirror.h"
#include "core/export/export_file.h"
#include "core/method/funnel_goals.h"
#include "core/method/plan_load.h"
#include "core/method/tracking.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_ids.h"
#include "core/plan/plan_json.h"
#include "core/text/plain_text.h"
#include "core/text/number_format.h"
#include "imgui.h"
#include "ui/chrome/presentation_bar.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

namespace waymark {

namespace {

// From this width (in em) the editor opens beside the outline; below, it takes the window.
constexpr float kSideBySideEm = 58.0f;
constexpr int kUnseenFirstPasses = 2;
// A hidden timer's one frame comes this long after its end, so the end has surely passed.
constexpr long long kTimerEndSlackMs = 10;

// Bytes as mebibytes to one decimal, as canonical number text for a "_number" argument (the limit,
// kMaxPlanFileBytes, is 32 of them).
std::string megabytes(size_t bytes) { return formatNumber(std::round(static_cast<double>(bytes) / 104857.6) / 10); }

platform::StoredRefusal toPlatform(StoredRefusal refusal) {
    switch (refusal) {
        case StoredRefusal::damaged: return platform::StoredRefusal::damaged;
        case StoredRefusal::unreadable: return platform::StoredRefusal::unreadable;
        case StoredRefusal::too_large: return platform::StoredRefusal::too_large;
        case StoredRefusal::newer: break;
    }
    return platform::StoredRefusal::newer;
}

Plan samplePlan(const Date& today, const std::string& language) {
    Plan plan = loadTemplate(kSampleTemplate, language).value_or(Plan{});
    if (plan.id.empty()) plan.id = "plan";
    plan.created = plan.updated = today;
    return plan;
}

// Overload set for std::visit over intents.
template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

}  // namespace

bool App::start(platform::StartupData data, Date today) {
    if (!data.language.empty()) tr_ = Strings::load(data.language);
    viewSettings_ = ui::parseViewSettings(data.viewSettings);
    fontData_ = std::move(data.fontData);
    today_ = today;
    storageProblem_ = data.storageProblem;
    // A problem at start (blocked, not answering, a newer build's data) has no way out but a download.
    storageKind_ = storageProblem_.empty() ? platform::StorageProblem::none : platform::StorageProblem::blocked;
    notice_ = data.storageNotice;
    noticeIsError_ = !notice_.empty();
    if (!data.storedPlan) {
        openInPlace(samplePlan(today, tr_.language()));
        welcome_ = true;
        storage_.planChanged(plan().id);  // the sample is stored at once
        return true;
    }
    LoadResult loaded = loadPlanFile(*data.storedPlan);
    if (loaded) {
        const std::vector<LoadNote> notes = std::move(loaded.notes);
        openInPlace(std::move(*loaded.plan));
        if (!notes.empty()) {
            // Changed on the way in (an earlier build's file): said, and stored as changed.
            noticeChanges(notes);
            changed();
        }
        return true;
    }
    // Never overwrite what could not be read: the sample gets an id of its own.
    const StoredRefusal refusal = storedRefusal(loaded.error, data.storedPlanWhole);
    startRefusal_ = loaded.error.text(tr_);
    Plan sample = samplePlan(today, tr_.language());
    sample.id = "plan-" + today.str() + "-recovered";
    openInPlace(std::move(sample));
    // A newer build's plan is no damage: the page says why nothing is saved, in its banner.
    if (refusal != StoredRefusal::newer) {
        notice_ = tr_("notice.stored_plan_unreadable", {{"error", startRefusal_}});
        noticeIsError_ = true;
    }
    storage_.storedPlanRefused(toPlatform(refusal), startRefusal_);
    storage_.planChanged(plan().id);
    return false;
}

bool App::openStoredVersion(const std::string& text, const std::string& savedAt) {
    LoadResult loaded = loadPlanFile(text);
    if (!loaded) return false;
    // In place of the sample, as the start would have opened it: no undo step back to the sample.
    openInPlace(std::move(*loaded.plan));
    panel_ = Panel::none;
    notice_ = tr_("notice.stored_version_opened", {{"name", plan().name.empty() ? tr_("header.untitled_plan") : plan().name},
                                                   {"error", startRefusal_}, {"when", ui::storedTimeText(savedAt, tr_)}});
    noticeIsError_ = true;  // said by the frame, as every new notice
    changed();
    return true;
}

std::string App::openStored(const std::string& text, bool whole) {
    LoadResult loaded = loadPlanFile(text);
    if (!loaded) {
        const StoredRefusal refusal = storedRefusal(loaded.error, whole);
        const std::string reason = refusal == StoredRefusal::newer ? tr_("storage.newer_plan") : loaded.error.text(tr_);
        storage_.storedPlanRefused(toPlatform(refusal), reason);
        return reason;
    }
    switchPlan(std::move(*loaded.plan), "import", [this, notes = loaded.notes] {
        if (!notes.empty()) noticeChanges(notes);
    });
    return {};
}

void App::noticeChanges(const std::vector<LoadNote>& notes) {
    std::string changes;
    for (const LoadNote& note : notes) changes += (changes.empty() ? "" : "; ") + note.text(tr_);
    notice_ = tr_("notice.opened_with_changes", {{"name", plan().name.empty() ? tr_("header.untitled_plan") : plan().name},
                                                {"changes", changes}});
    noticeIsError_ = false;  // said by the frame, as every new notice
    mirrorDirty_ = true;
}

void App::storageNotice(const std::string& text) {
    notice_ = text;
    noticeIsError_ = true;  // said by the frame, as every new notice
    mirrorDirty_ = true;
}

void App::setLanguage(const std::string& language) {
    tr_ = Strings::load(language);
    page_.languageChosen(tr_.language());
    mirrorDirty_ = planMirrorDirty_ = true;
    viewMirror_.reset();  // a view's words change with the language, its version need not
    announcedFindings_.clear();  // the same advice in another language is neither new nor gone
    framesAfterChange_ = kFramesAfterChange;  // every text changes width: cards re-measure
}

std::uint64_t App::viewStamp() {
    const Stamped now{doc_.revision(), tr_.language(), today_};
    if (now != stamped_) {
        stamped_ = now;
        ++viewStamp_;
    }
    return viewStamp_;
}

void App::setScale(float devicePixelRatio) {
    devicePixelRatio_ = devicePixelRatio;
    built_ = wantedLook();
    scale_ = built_.scale;
    fonts_ = ui::loadFonts(*ImGui::GetIO().Fonts, fontData_, scale_);
    ui::applyTheme(ImGui::GetStyle(), currentTheme(), scale_);
    // The atlas is built after this (FontSize is still 0): the font's requested size counts.
    if (touchScreen_)
        ui::fitTouchTargets(ImGui::GetStyle(), fonts_.body->ConfigData->SizePixels, ui::kTouchTargetCss * devicePixelRatio_);
}

bool App::needsFrames() const {
    return reviewPending_ || needsRescale() || framesAfterChange_ > 0 || goalEditor_.needsFrames() ||
           objectiveEditor_.needsFrames() || contextEditor_.needsFrames() || views_.row(view_).needsFrames();
}

std::string App::exportPlan() const {
    exportedState_ = doc_.history().state();
    std::string text = serializePlanDocument(plan());
    exportedBytes_ = text.size();
    return text;
}

std::string App::typingDraft() const {
    const std::optional<PlanEdit> edit = typing_.edit(plan(), tr_);
    if (!edit) return {};
    Plan drafted = plan();
    if (!applyEdit(drafted, *edit, today_).changed) return {};
    drafted.updated = today_;
    return serializePlanDocument(drafted);
}

bool App::commitTyping() {
    if (!typing_.active()) return false;
    // Enter is how every field of the app commits (a check-in row and the workshop's add fields
    // only on Enter): pressed and released over two frames.
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Enter, true);
    io.AddKeyEvent(ImGuiKey_Enter, false);
    return true;
}

std::string App::importPlan(const std::string& text) {
    LoadResult loaded = loadPlanFile(text);
    if (!loaded) return loaded.error.text(tr_);
    const std::vector<LoadNote> notes = loaded.notes;
    replacePlan(std::move(*loaded.plan), "import");
    if (!notes.empty()) noticeChanges(notes);
    return {};
}

void App::openFile(const std::string& name, const std::string& text, const std::vector<std::string>& takenIds) {
    LoadResult loaded = loadPlanFile(text);
    const auto tell = [this](std::string notice, bool isError) {
        noticeIsError_ = isError;
        mirroredNotice_.clear();  // said again even when the words are the same: the user acted again
        notice_ = std::move(notice);
        mirrorDirty_ = true;
    };
    if (!loaded) {
        tell(tr_("notice.file_not_opened", {{"file", name}, {"error", loaded.error.text(tr_)}}), true);
        return;
    }
    std::string opened = tr_("notice.file_opened", {{"file", name}});
    if (!loaded.notes.empty()) {
        std::string changes;
        for (const LoadNote& note : loaded.notes) changes += (changes.empty() ? "" : "; ") + note.text(tr_);
        opened += " " + tr_("notice.file_changes", {{"changes", changes}});
    }
    std::vector<std::string> taken = takenIds;
    taken.push_back(plan().id);
    loaded.plan->id = unusedPlanId(loaded.plan->id, taken);
    switchPlan(std::move(*loaded.plan), "open", [tell, opened] { tell(opened, false); });
}

std::string App::itemRect(const std::string& name) const {
    const ui::ItemRect* r = locator_.find(name);
    if (!r) return {};
    const auto css = [this](float px) { return std::to_string(px / devicePixelRatio_); };
    return "{\"x\":" + css(r->min.x) + ",\"y\":" + css(r->min.y) + ",\"width\":" + css(r->max.x - r->min.x) +
           ",\"height\":" + css(r->max.y - r->min.y) + "}";
}

void App::storageResult(platform::SaveReport report) {
    const bool saved = report.problem == platform::StorageProblem::none;
    if (saved) doc_.history().markSaved(exportedState_);
    // Close to the size limit: said while there is still room to act (the page refuses to store a
    // plan past it, as the next start could not read it).
    const bool nearLimit = saved && exportedBytes_ > kPlanSizeWarningBytes;
    const std::string warning = nearLimit ? tr_("storage.size_warning", {{"used_number", megabytes(exportedBytes_)},
                                                                         {"max_number", std::to_string(kMaxPlanFileBytes >> 20)}})
                                          : std::string();
    if (warning != sizeWarning_) {
        sizeWarning_ = warning;
        if (!warning.empty()) reader_.announce(warning);
        mirrorDirty_ = true;
    }
    const std::string problem = saved ? "" : report.text;
    storageKind_ = report.problem;
    if (problem == storageProblem_) return;
    storageProblem_ = problem;
    mirrorDirty_ = true;
}

void App::storedPlanRead(const std::string& planText) {
    LoadResult loaded = loadPlanFile(planText);
    if (!loaded) {
        // The other tab's version is a stored record, written whole (checked on the way).
        const std::string error = storedRefusal(loaded.error, true) == StoredRefusal::newer ? tr_("storage.newer_plan")
                                                                                           : loaded.error.text(tr_);
        notice_ = tr_("notice.file_not_opened", {{"file", plan().name}, {"error", error}});
        noticeIsError_ = true;
        return;
    }
    storageProblem_.clear();
    storageKind_ = platform::StorageProblem::none;
    apply(ReplacePlan{std::move(*loaded.plan), "reload"});
    notice_ = tr_("storage.used_other_tab");
    noticeIsError_ = false;
}

void App::resolveConflict(bool keepMineAsCopy) {
    if (storageKind_ != platform::StorageProblem::conflict) return;
    if (!keepMineAsCopy) {
        storage_.reloadStored(plan().id);
        return;
    }
    Plan copy = plan();
    copy.id = newPlanId();
    copy.name = tr_("storage.copy_name", {{"name", plan().name.empty() ? tr_("header.untitled_plan") : plan().name}});
    storageProblem_.clear();
    storageKind_ = platform::StorageProblem::none;
    apply(ReplacePlan{std::move(copy), "copy"});  // the open editor stays: ids inside the plan are unchanged
    notice_ = tr_("storage.kept_as_copy", {{"name", plan().name}});
    noticeIsError_ = false;
}

void App::apply(const PlanEdit& edit) {
    const EditResult result = doc_.apply(edit, today_);
    if (!result.changed) return;
    changed();
    if (result.createdId.empty()) return;
    if (view_ == ui::ViewId::workshop) {
        // The workshop names objectives and goals in its own fields, ready for the next one; a
        // new task opens in the owners step's editor.
        if (plan().findTask(result.createdId)) views_.workshop.view.selectTask(result.createdId);
        return;
    }
    if (const Objective* o = plan().findObjective(result.createdId)) {
        views_.outline.view.startRename(o->id, o->title);
    } else if (const Goal* g = plan().findGoal(result.createdId)) {
        // A new goal is named in place in the outline; its editor opens beside it for the rest.
        // Goals from a funnel appear in the outline while its objective stays open.
        if (std::holds_alternative<AddGoal>(edit)) {
            views_.outline.view.startRename(g->id, g->title);
            editGoal(g->id);
        }
    } else if (plan().findTask(result.createdId)) {
        views_.tasks.view.select(result.createdId, true);  // a new task is named in its editor
    }
}

void App::replacePlan(Plan plan, const char* reason) {
    apply(ReplacePlan{std::move(plan), reason});
    panel_ = Panel::none;
}

// The welcome belongs to the outline, where the example is read; the other views keep their room.
bool App::welcomeShown() const {
    return welcome_ && !presenting_ && view_ == ui::ViewId::outline && ui::isExamplePlan(plan());
}

void App::switchPlan(Plan plan, const char* reason, std::function<void()> then) {
    auto open = [this, plan = std::move(plan), reason, then = std::move(then)]() mutable {
        replacePlan(std::move(plan), reason);
        if (then) then();
    };
    // Saves fail (storage full or blocked, another tab's revision, a failed write) and the open
    // plan changed since its last save: once replaced, those changes live only in the undo history
    // of this tab. Asked first, with a download on the way.
    if (storageProblem_.empty() || !doc_.history().unsaved()) {
        open();
        return;
    }
    waitingSwitch_ = std::move(open);
    unstoredDialog_.open();
    framesAfterChange_ = kFramesAfterChange;
    mirrorDirty_ = true;
    reader_.announce(tr_("storage.switch_title") + ". " +
                     tr_("storage.switch_text", {{"name", this->plan().name}, {"problem", storageProblem_}}));
}

void App::handleUnstoredSwitch(const ui::UnstoredSwitchAction& action) {
    std::function<void()> open = std::move(waitingSwitch_);
    waitingSwitch_ = nullptr;
    mirrorDirty_ = true;
    if (!open || action.kind == ui::UnstoredSwitchAction::Kind::cancel) return;
    if (action.kind == ui::UnstoredSwitchAction::Kind::download_then_open) handle(ui::DownloadPlan{});
    open();
}

void App::openInPlace(Plan plan) {
    if (inRoom_) leaveRoom();  // the room carries the plan that was open, not this one
    doc_.open(std::move(plan));
    reviewPending_ = true;  // the plan is shown first; its advice follows in the next frame
    framesAfterChange_ = kFramesAfterChange;
    mirrorDirty_ = planMirrorDirty_ = true;
}

void App::undo() {
    const EditLabel* label = doc_.history().undoLabel();
    if (!label) return;
    const std::string step = editLabelText(*label, tr_);
    doc_.undo();
    changed();
    reader_.announce(tr_("history.undone", {{"step", step}}));
}

void App::redo() {
    const EditLabel* label = doc_.history().redoLabel();
    if (!label) return;
    const std::string step = editLabelText(*label, tr_);
    doc_.redo();
    changed();
    reader_.announce(tr_("history.redone", {{"step", step}}));
}

void App::libraryListed(platform::LibraryState state) { libraryState_ = std::move(state); }

std::string App::renameOpenPlan(const std::string& name) {
    // The plan file's limit for any text: a longer name would make the plan unreadable.
    if (characterCount(name) > kMaxTextLength)
        return tr_("load_error.text_too_long", {{"limit_number", std::to_string(kMaxTextLength)}});
    apply(RenamePlan{name});
    // The listing shows the stored name until the next save and listing; it shows this one now.
    if (libraryState_)
        for (platform::StoredPlan& p : libraryState_->plans)
            if (p.id == plan().id) p.name = plan().name;
    return {};
}

void App::libraryDone(const std::string& error) {
    libraryError_ = error;
    library_.refresh();  // names, order and the open plan may have changed
}

void App::versionsListed(const std::string& planId, std::vector<platform::PlanVersion> versions) {
    versionsOf_ = planId;
    versions_ = std::move(versions);
}

void App::shareLinkMade(const std::string& url, const std::string& error) {
    libraryError_ = error;
    shareLink_ = url;
}

void App::editGoal(const std::string& goalId) {
    if (goalId != goalEditor_.goalId()) announcedFindings_.clear();
    goalEditor_.open(goalId);
    panel_ = Panel::goal;
    reviewEditorGoal(true);
    mirrorDirty_ = true;
}

void App::pinch(float x, float y, float factor, float dx, float dy) {
    pinch_.center = {x, y};
    pinch_.factor *= factor;
    pinch_.pan = {pinch_.pan.x + dx, pinch_.pan.y + dy};
}

const ReviewsByGoal& App::reviews() {
    static const ReviewsByGoal none;
    return reviewPending_ ? none : doc_.reviews(today_);
}

const std::vector<Finding>& App::planFindings() {
    static const std::vector<Finding> none;
    return reviewPending_ ? none : doc_.planFindings(today_);
}

void App::reviewEditorGoal(bool force) {
    std::optional<Goal> draft = goalEditor_.draft(plan());
    if (!force && draft == editorDraft_) return;
    editorDraft_ = std::move(draft);
    if (editorDraft_ && plan().findGoal(editorDraft_->id)) {
        // The text being typed is reviewed as the goal, within the plan as it is.
        editorReview_ = reviewGoal(plan(), *editorDraft_, today_);
    } else if (const auto it = reviews().find(goalEditor_.goalId()); it != reviews().end()) {
        editorReview_ = it->second;
    } else {
        editorReview_ = GoalReview{};
    }
    mirrorDirty_ = true;
}

void App::workOpenFunnel() {
    const Objective* o = panel_ == Panel::objective ? plan().findObjective(objectiveEditor_.objectiveId()) : nullptr;
    if (o && o->number) funnel_ = workFunnel(plan(), o->id, today_);
    else funnel_.reset();
}

void App::reviewNow() {
    reviewPending_ = false;
    reviewEditorGoal(true);
    workOpenFunnel();
}

void App::changed() {
    // Before the first frame (at start) the review waits for the frame after it: the plan is on
    // screen sooner and its advice follows a frame later. Afterwards an edit's advice is at once.
    if (framesDrawn_ == 0) reviewPending_ = true;
    else reviewNow();
    framesAfterChange_ = kFramesAfterChange;
    mirrorDirty_ = planMirrorDirty_ = true;
    storage_.planChanged(plan().id);
    sendToRoom();
}

std::string App::newPlanId() const {
    std::random_device random;
    return "plan-" + today_.str() + "-" + std::to_string(random() % 1000000);
}

void App::handle(const ui::Intent& intent) {
    std::visit(Overloaded{
                   [&](const PlanEdit& edit) { apply(edit); },
                   [&](const ui::OpenFile&) { page_.chooseFile(".json,application/json"); },
                   [&](const ui::DownloadPlan&) {
                       page_.downloadFile(fileSlug(plan().name) + ".waymark.json", "application/json", exportPlan());
                   },
                   [&](const ui::Undo&) { undo(); },
                   [&](const ui::Redo&) { redo(); },
                   [&](const ui::EditGoal& e) { editGoal(e.id); },
                   [&](const ui::EditObjective& e) {
                       objectiveEditor_.open(e.id);
                       panel_ = Panel::objective;
                       workOpenFunnel();
                       mirrorDirty_ = true;
                   },
                   [&](const ui::EditContext&) {
                       panel_ = Panel::context;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::ClosePanel&) {
                       panel_ = Panel::none;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::ShowNewPlan&) { newPlan_.open(); },
                   [&](const ui::DismissNotice&) { notice_.clear(); },
                   [&](const ui::ShowPlans&) {
                       libraryState_.reset();
                       libraryError_.clear();
                       shareLink_.clear();
                       versionsOf_.clear();
                       library_.refresh();
                       plansDialog_.open();
                   },
                   [&](const ui::LibraryAction& a) {
                       libraryError_.clear();
                       using K = ui::LibraryAction::Kind;
                       switch (a.kind) {
                           case K::open: library_.open(a.id); break;
                           case K::rename:
                               // The open plan is renamed as any edit is: one undo step, saved as usual.
                               if (a.id == plan().id) libraryError_ = renameOpenPlan(a.name);
                               else library_.rename(a.id, a.name);
                               break;
                           case K::duplicate: library_.duplicate(a.id); break;
                           case K::remove: library_.remove(a.id); break;
                           case K::restore: library_.restore(a.id); break;
                           case K::share: library_.makeShareLink(); break;
                           case K::versions: library_.listVersions(a.id); break;
                           case K::restore_version: library_.restoreVersion(a.id, a.rev); break;
                           case K::download_damaged: library_.downloadQuarantined(a.id); break;
                           case K::purge: library_.purge(a.id); break;
                           case K::purge_damaged: library_.purgeQuarantined(a.id); break;
                           case K::download_record: library_.downloadRecord(a.id); break;
                       }
                   },
                   [&](const ui::ExportAs& e) {
                       const ExportFile file = makeExport(plan(), e.kind, tr_, today_, e.csv);
                       if (e.kind == ExportKind::summary_print) page_.printDocument(file.text);
                       else page_.downloadFile(file.fileName, file.mimeType, file.text);
                   },
                   [&](const ui::ChooseLanguage& l) { setLanguage(l.code); },
                   [&](const ui::ShowView& v) {
                       if (v.view == ui::ViewId::voting)
                           views_.voting.view.open(plan(),
                                                   plan().voting ? plan().voting->subject : VoteSubject::tactics);
                       view_ = v.view;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::TrackGoal& t) {
                       views_.tracking.view.select(t.id);
                       view_ = ui::ViewId::tracking;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::CreateFunnelGoals& e) {
                       const Funnel funnel = workFunnel(plan(), e.objectiveId, today_);
                       apply(AddDraftGoals{funnelGoals(plan(), funnel, today_, tr_)});
                   },
                   [&](const ui::ResolveConflict& r) { resolveConflict(r.keepMineAsCopy); },
                   [&](const ui::OpenVoting& o) {
                       views_.voting.view.open(plan(), o.subject);
                       view_ = ui::ViewId::voting;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::TimerAction& t) { handleTimer(t); },
                   [&](const ui::ChangeViewSettings& s) { changeViewSettings(s.settings); },
                   [&](const ui::TogglePresentation&) { setPresenting(!presenting_); },
                   [&](const ui::SharedPlanAction& a) { handleSharedPlan(a); },
                   [&](const ui::WelcomeChoice& w) {
                       welcome_ = false;
                       mirrorDirty_ = true;
                       if (w.kind == ui::WelcomeChoice::Kind::templates) newPlan_.openOnTemplates();
                       // The example stays in Plans; the new plan is the user's own.
                       if (w.kind == ui::WelcomeChoice::Kind::empty) switchPlan(newPlan(ui::CreatePlan{}), "new");
                   },
                   [&](const ui::CreatePlan& c) { switchPlan(newPlan(c), "new"); },
                   [&](const ui::ShowTogether&) { showTogether(); },
                   [&](const ui::TogetherAction& a) { handleTogether(a); },
                   [&](const ui::UnstoredSwitchAction& a) { handleUnstoredSwitch(a); },
               },
               intent);
}

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    // Inside a text field Ctrl+Z belongs to the field's own undo.
    if (io.WantTextInput || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // Presentation mode: its key switches both ways, Escape leaves.
    if (!ctrl && !io.KeyAlt && ImGui::IsKeyPressed(ui::kPresentKey, false)) {
        setPresenting(!presenting_);
        return;
    }
    if (presenting_ && panel_ == Panel::none && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        setPresenting(false);
        return;
    }
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        if (io.KeyShift) redo();
        else undo();
    } else if (ctrl && ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
        redo();
    } else if (panel_ != Panel::none && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        panel_ = Panel::none;
        mirrorDirty_ = true;
    }
}

void App::drawView(const ui::ViewContext& ctx, ui::Intents& intents) {
    const bool sharedPlanWaits = sharedPlan_ && sharedPlanPutOff_;
    const bool welcome = welcomeShown();
    if (!storageProblem_.empty() || !notice_.empty() || !sizeWarning_.empty() || sharedPlanWaits || welcome) {
        const float em = ImGui::GetFontSize();
        const float width = ImGui::GetContentRegionAvail().x;
        const float column = std::min(width, kMaxContentEm * em);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
        ImGui::BeginChild("banners", ImVec2(column, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoBackground);
        const ui::StorageBanner storage{storageProblem_, storageKind_ == platform::StorageProblem::quota,
                                        storageKind_ == platform::StorageProblem::conflict, sizeWarning_};
        ui::add(intents, ui::drawBanners(ctx, storage, notice_, noticeIsError_));
        if (sharedPlanWaits) ui::add(intents, ui::drawSharedPlanBanner(ctx, sharedOffer_));
        if (welcome) ui::add(intents, ui::drawWelcomeBanner(ctx));
        ImGui::EndChild();
    }
    ViewInputs in = viewInputs();
    for (ui::Intent& intent : views_.row(view_).draw(ctx, in)) intents.push_back(std::move(intent));
}

ViewInputs App::viewInputs() {
    const std::string selected = panel_ == Panel::goal        ? goalEditor_.goalId()
                                 : panel_ == Panel::objective ? objectiveEditor_.objectiveId()
                                                              : std::string();
    return {plan(),
            tr_,
            viewStamp(),
            [this]() -> const ReviewsByGoal& { return reviews(); },
            [this]() -> const std::vector<Finding>& { return planFindings(); },
            selected,
            pinch_,
            planMirror_,
            planMirrorVersion_};
}

void App::drawPanel(const ui::ViewContext& ctx, ui::Intents& intents) {
    const ui::Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    const char* titleKey = panel_ == Panel::goal        ? "editor.goal_title"
                           : panel_ == Panel::objective ? "editor.objective_title"
                                                        : "editor.context_title";
    const ImVec4& color = panel_ == Panel::goal ? theme.goal : panel_ == Panel::objective ? theme.objective : theme.accent;
    ui::chip(tr_.raw(titleKey), color);
    // Close is a full-size button: it is how the editor is left, on a phone too.
    const std::string close = std::string(tr_.raw("editor.close")) + "###close";
    const float closeWidth = ImGui::CalcTextSize(close.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SameLine(ImGui::GetContentRegionMax().x - closeWidth);
    if (ImGui::Button(close.c_str())) intents.push_back(ui::ClosePanel{});
    locator_.noteLastItem("close-editor");
    if (panel_ == Panel::goal) {
        if (const Goal* g = plan().findGoal(goalEditor_.goalId())) {
            ImGui::PushFont(fonts_.heading);
            ImGui::TextWrapped("%s", g->title.empty() ? tr_.raw("outline.untitled_goal") : g->title.c_str());
            ImGui::PopFont();
        }
        reviewEditorGoal(false);
        ui::add(intents, goalEditor_.draw(ctx, plan(), editorReview_));
    } else if (panel_ == Panel::objective) {
        ui::add(intents, objectiveEditor_.draw(ctx, plan(), funnel_ ? &*funnel_ : nullptr));
    } else {
        ui::add(intents, contextEditor_.draw(ctx, plan()));
    }
    ImGui::Dummy(ImVec2(0, em));
}

void App::frame() {
    if (framesDrawn_ == 0) {
        // Cards size themselves to their content over two frames: the first frame is laid out
        // twice unseen, so the first frame shown has the plan in it rather than an empty column.
        for (int pass = 0; pass < kUnseenFirstPasses; ++pass) {
            drawFrame();
            ImGui::EndFrame();
            ImGui::NewFrame();
        }
    }
    drawFrame();
    ++framesDrawn_;
}

std::string App::panelItemId() const {
    return panel_ == Panel::goal        ? "goal:" + goalEditor_.goalId()
           : panel_ == Panel::objective ? "objective:" + objectiveEditor_.objectiveId()
                                        : std::string("context");
}

void App::drawFrame() {
    typing_.beginFrame();
    touchScroll_.beginFrame();
    if (reviewPending_ && framesDrawn_ > 0) {
        reviewNow();
        framesAfterChange_ = kFramesAfterChange;  // cards grow by their advice lines
        mirrorDirty_ = planMirrorDirty_ = true;
    }
    if (framesAfterChange_ > 0) --framesAfterChange_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("###waymark", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(fonts_.body);
    const ui::ViewContext ctx{tr_, currentTheme(), fonts_, locator_, typing_, today_, presenting_, viewStamp()};
    const float em = ImGui::GetFontSize();

    ui::Intents intents;
    if (presenting_) {
        ui::add(intents, ui::drawPresentationBar(ctx, plan(), views_.tabs(), view_));
    } else {
        ui::HeaderState state;
        if (const EditLabel* l = doc_.history().undoLabel()) state.undoLabel = tr_("history.undo", {{"step", editLabelText(*l, tr_)}});
        if (const EditLabel* l = doc_.history().redoLabel()) state.redoLabel = tr_("history.redo", {{"step", editLabelText(*l, tr_)}});
        state.unsaved = doc_.history().unsaved();
        state.saving = storageProblem_.empty();
        state.view = viewSettings_;
        state.example = ui::isExamplePlan(plan());
        ui::add(intents, header_.draw(ctx, plan(), state));
        // The tabs get the row up to Present and View; a compact header has those in its menu.
        const bool compact = ui::compactHeader();
        const float tabsY = ImGui::GetCursorPosY();
        const float tabsRoom = ImGui::GetContentRegionAvail().x - (compact ? em : ui::viewButtonsWidth(ctx) + 1.5f * em);
        ui::add(intents, ui::drawViewSwitcher(ctx, views_.tabs(), view_, -1, true, tabsRoom));
        if (!compact) ui::add(intents, ui::drawViewButtons(ctx, viewSettings_, tabsY));
    }

    // The timer is docked above the view: it covers nothing the view shows.
    checkTimerFinished();
    if (timerOpen_) ui::add(intents, timerCard_.draw(ctx, timerShown()));

    const float width = ImGui::GetContentRegionAvail().x;
    const bool panelOpen = panel_ != Panel::none;
    // While presenting, an editor opened from a step (make SMART) takes the window, in the
    // presentation's size; Close (or Escape) goes back to the step.
    const bool sideBySide = width >= kSideBySideEm * em && !presenting_;
    if (!panelOpen || sideBySide) {
        // A goal's editor has fields and advice side by side: it gets the larger share.
        const float share = panel_ == Panel::goal ? 0.36f : 0.5f;
        const float outlineWidth = panelOpen ? std::floor(std::max(width * share, 22 * em)) : 0.0f;
        // Each view keeps its own scroll position: one opens at its top, not where another was left.
        ImGui::PushID(static_cast<int>(view_));
        ImGui::BeginChild("content", ImVec2(outlineWidth, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        drawView(ctx, intents);
        ImGui::EndChild();
        ImGui::PopID();
    }
    if (panelOpen) {
        if (sideBySide) ImGui::SameLine();
        // A panel per item: another goal's editor opens at its top, at its title.
        ImGui::PushID(panelItemId().c_str());
        ImGui::BeginChild("panel", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
        drawPanel(ctx, intents);
        ImGui::EndChild();
        locator_.noteLastItem("editor-panel");  // where the wheel scrolls the editor, apart from the view
        ImGui::PopID();
    }
    ui::add(intents, plansDialog_.draw(ctx, {libraryState_ ? &*libraryState_ : nullptr, libraryError_, shareLink_,
                                             versionsOf_, versionsOf_.empty() ? nullptr : &versions_}));
    if (sharedPlan_ && !sharedPlanPutOff_) ui::add(intents, sharedDialog_.draw(ctx, sharedOffer_));
    ui::add(intents, togetherDialog_.draw(ctx, together_));
    if (waitingSwitch_) ui::add(intents, unstoredDialog_.draw(ctx, plan().name, storageProblem_));
    ui::add(intents, newPlan_.draw(ctx));
    handleShortcuts();

    ImGui::PopFont();
    ImGui::End();
    const std::string timerLine = timerOpen_ ? timerMirrorLine() : std::string();
    if (timerLine != mirroredTimer_) {
        mirroredTimer_ = timerLine;
        mirrorDirty_ = true;
    }
    if (presenting_) drawPointerHalo();
    locator_.endFrame();
    for (const ui::Intent& intent : intents) handle(intent);
    updateMirror();
    if (typing_.endFrame()) storage_.typingChanged(plan().id);
}

void App::handleTimer(const ui::TimerAction& action) {
    const std::int64_t now = clock_->nowMs();
    using K = ui::TimerAction::Kind;
    switch (action.kind) {
        case K::toggle: timerOpen_ = !timerOpen_; break;
        case K::close: timerOpen_ = false; break;
        case K::start:
            // The click that starts the timer is the user's gesture the browser wants before sound.
            if (chime_) chime_->prepare();
            waymark::start(countdown_, now);
            timerRang_ = false;
            break;
        case K::pause: waymark::pause(countdown_, now); break;
        case K::add_minute: waymark::addMinute(countdown_, now); break;
        case K::reset: waymark::reset(countdown_); break;
        case K::set_length: waymark::setLength(countdown_, action.lengthMs); break;
    }
    mirrorDirty_ = true;
}

void App::checkTimerFinished() {
    const bool finished = stateAt(countdown_, clock_->nowMs()) == Countdown::State::finished;
    if (!finished) {
        timerRang_ = false;
        return;
    }
    if (timerRang_) return;
    timerRang_ = true;
    timerOpen_ = true;  // the end shows even when the card was put away
    if (chime_) chime_->ring();
    reader_.announce(tr_("timer.finished"));
}

std::string App::timerMirrorLine() const {
    const ui::TimerShown shown = timerShown();
    const char* state = shown.state == Countdown::State::running    ? "timer.running"
                        : shown.state == Countdown::State::paused   ? "timer.paused"
                        : shown.state == Countdown::State::finished ? "timer.finished"
                                                                    : "timer.stopped";
    return tr_("timer.mirror", {{"time", clockText(shown.remainingMs)}, {"state", tr_(state)}});
}

ui::TimerShown App::timerShown() const {
    const std::int64_t now = clock_->nowMs();
    return {stateAt(countdown_, now), remainingMs(countdown_, now), countdown_.lengthMs};
}

long long App::msUntilTimerTick() const {
    const std::int64_t now = clock_->nowMs();
    const std::int64_t next = msUntilNextSecond(countdown_, now);
    // A finish nobody has seen yet still needs its frame (ring, turn green).
    if (next < 0 && stateAt(countdown_, now) == Countdown::State::finished && !timerRang_) return 0;
    // Only the open card shows the seconds; a hidden timer needs a frame only at its end.
    if (next >= 0 && !timerOpen_) return remainingMs(countdown_, now) + kTimerEndSlackMs;
    return next;
}

void App::updateMirror() {
    // Focus moved to another field: say which, with its value.
    const ui::Form* form = panel_ == Panel::goal        ? &goalEditor_.form()
                           : panel_ == Panel::objective ? &objectiveEditor_.form()
                           : panel_ == Panel::context   ? &contextEditor_.form()
                                                        : nullptr;
    const std::string field = form ? form->activeKey() : std::string();
    if (field != announcedField_) {
        announcedField_ = field;
        if (!field.empty())
            reader_.announce(tr_("mirror.field_focus", {{"field", tr_("field." + field)},
                                                        {"value", form->activeText().empty() ? tr_("mirror.empty_value")
                                                                                             : form->activeText()}}));
    }
    // The banners: why saving fails, and a notice (a file opened or refused, a stored plan that
    // could not be read, what storage did at start), each said once when it appears and kept in
    // the mirror while it is shown.
    if (storageProblem_ != announcedProblem_) {
        if (!storageProblem_.empty()) reader_.announce(tr_("notice.not_saved", {{"problem", storageProblem_}}));
        announcedProblem_ = storageProblem_;
        mirrorDirty_ = true;
    }
    if (notice_ != mirroredNotice_) {
        if (!notice_.empty()) reader_.announce(notice_);
        mirroredNotice_ = notice_;
        mirrorDirty_ = true;
    }
    // The Plans dialog's refusal ("the open plan cannot be deleted") is said when it comes.
    if (libraryError_ != announcedLibraryError_) {
        if (!libraryError_.empty()) reader_.announce(libraryError_);
        announcedLibraryError_ = libraryError_;
    }
    // The shown view's part changed (another view, or the view's version moved on).
    const ViewRow& row = views_.row(view_);
    const auto mirrored = [&](const ViewInputs& in) {
        return viewMirror_ && viewMirror_->id == view_ && viewMirror_->version == row.mirrorVersion(in);
    };
    if (!mirrored(viewInputs())) mirrorDirty_ = true;
    if (!mirrorDirty_ || reviewPending_) return;  // the mirror tells the advice too: it waits for the review
    mirrorDirty_ = false;
    const Goal* edited = panel_ == Panel::goal ? (editorDraft_ ? &*editorDraft_ : plan().findGoal(goalEditor_.goalId())) : nullptr;
    // Advice that appeared or went while the user edited this goal.
    std::vector<std::string> findings;
    if (edited) for (const Finding& f : editorReview_.findings) findings.push_back(findingMessage(f, tr_));
    if (edited && !announcedFindings_.empty()) {
        for (const std::string& f : findings)
            if (std::find(announcedFindings_.begin(), announcedFindings_.end(), f) == announcedFindings_.end())
                reader_.announce(tr_("mirror.finding_added", {{"message", f}}));
        for (const std::string& f : announcedFindings_)
            if (std::find(findings.begin(), findings.end(), f) == findings.end())
                reader_.announce(tr_("mirror.finding_removed", {{"message", f}}));
    }
    announcedFindings_ = std::move(findings);
    if (planMirrorDirty_) {
        planMirror_ = describePlan(plan(), doc_.derived(today_), reviews(), planFindings(), tr_);
        ++planMirrorVersion_;
        planMirrorDirty_ = false;
    }
    // The plan's name, then what the shown view says (the outline: the rest of the plan).
    const ViewInputs in = viewInputs();
    if (!mirrored(in)) viewMirror_ = MirroredView{view_, row.mirrorVersion(in), row.describe(in)};
    std::vector<platform::MirrorNode> nodes(planMirror_.begin(),
                                            planMirror_.begin() + std::min<size_t>(planMirror_.size(), 1));
    nodes.insert(nodes.end(), viewMirror_->nodes.begin(), viewMirror_->nodes.end());
    // The banners concern everything below: said first, after the plan's name, as they are shown
    // (each inserted in front of those before it; the welcome comes last, as on screen).
    if (welcomeShown()) {
        const std::string choices = tr_.list({tr_("welcome.empty"), tr_("welcome.templates"), tr_("welcome.explore")});
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1),
                     {platform::MirrorNode::Role::text, 2, tr_("welcome.title") + ". " + tr_("welcome.text") + " " +
                                                           tr_("welcome.choices", {{"choices", choices}})});
    }
    if (!sizeWarning_.empty())
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1), {platform::MirrorNode::Role::text, 2, sizeWarning_});
    if (!storageProblem_.empty())
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1),
                     {platform::MirrorNode::Role::text, 2, tr_("notice.not_saved", {{"problem", storageProblem_}})});
    if (!notice_.empty())
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1), {platform::MirrorNode::Role::text, 2, notice_});
    if (sharedPlan_) nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1), {platform::MirrorNode::Role::text, 2, sharedPlanLine()});
    if (waitingSwitch_)
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1),
                     {platform::MirrorNode::Role::text, 2, tr_("storage.switch_title") + ". " +
                      tr_("storage.switch_text", {{"name", plan().name}, {"problem", storageProblem_}})});
    if (!mirroredTimer_.empty()) nodes.push_back({platform::MirrorNode::Role::text, 2, mirroredTimer_});
    if (edited) {
        std::vector<platform::MirrorNode> editor = describeEditor(plan(), *edited, editorReview_, tr_);
        nodes.insert(nodes.end(), editor.begin(), editor.end());
    }
    if (nodes == mirror_) return;
    mirror_ = std::move(nodes);
    reader_.publish(mirror_);
}

}  // namespace waymark
