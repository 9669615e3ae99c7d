#include "app/app.h"

#include <algorithm>
#include <cctype>
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
#include "imgui.h"
#include "ui/presentation_bar.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace waymark {

namespace {

// Content wider than this many em is hard to follow on a wide projector image.
constexpr float kMaxContentEm = 52.0f;
// From this width (in em) the editor opens beside the outline; below, it takes the window.
constexpr float kSideBySideEm = 58.0f;
constexpr int kUnseenFirstPasses = 2;
// A hidden timer's one frame comes this long after its end, so the end has surely passed.
constexpr long long kTimerEndSlackMs = 10;

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
    history_.clear();
    notice_ = data.storageNotice;
    noticeIsError_ = !notice_.empty();
    if (!data.storedPlan) {
        plan_ = samplePlan(today, tr_.language());
        changed();
        return true;
    }
    LoadResult loaded = loadPlanFile(*data.storedPlan);
    if (loaded) {
        plan_ = std::move(*loaded.plan);
        ++planRevision_;
        reviewPending_ = true;  // after the first frame, as changed() does before it
        return true;
    }
    // Never overwrite what could not be read: the sample gets an id of its own.
    plan_ = samplePlan(today, tr_.language());
    plan_.id = "plan-" + today.str() + "-recovered";
    notice_ = tr_("notice.stored_plan_unreadable", {{"error", loaded.error.text(tr_)}});
    noticeIsError_ = true;
    changed();
    return false;
}

void App::setLanguage(const std::string& language) {
    tr_ = Strings::load(language);
    page_.languageChosen(tr_.language());
    mirrorDirty_ = planMirrorDirty_ = true;
    framesAfterChange_ = kFramesAfterChange;  // every text changes width: cards re-measure
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
    return reviewPending_ || needsRescale() || framesAfterChange_ > 0 || outline_.needsFrames() || goalEditor_.needsFrames() ||
           objectiveEditor_.needsFrames() || contextEditor_.needsFrames() ||
           (view_ == ui::ViewId::tasks && tasks_.needsFrames()) ||
           (view_ == ui::ViewId::tracking && tracking_.needsFrames()) ||
           (view_ == ui::ViewId::workshop && workshop_.needsFrames());
}

std::string App::exportPlan() const {
    exportedState_ = history_.state();
    return serializePlanDocument(plan_);
}

std::string App::importPlan(const std::string& text) {
    LoadResult loaded = loadPlanFile(text);
    if (!loaded) return loaded.error.text(tr_);
    replacePlan(std::move(*loaded.plan), "import");
    return {};
}

void App::openFile(const std::string& name, const std::string& text, const std::vector<std::string>& takenIds) {
    LoadResult loaded = loadPlanFile(text);
    const std::string error = loaded ? "" : loaded.error.text(tr_);
    if (loaded) {
        std::vector<std::string> taken = takenIds;
        taken.push_back(plan_.id);
        loaded.plan->id = unusedPlanId(loaded.plan->id, taken);
        replacePlan(std::move(*loaded.plan), "open");
    }
    noticeIsError_ = !error.empty();
    mirroredNotice_.clear();  // said again even when the words are the same: the user acted again
    notice_ = error.empty() ? tr_("notice.file_opened", {{"file", name}})
                            : tr_("notice.file_not_opened", {{"file", name}, {"error", error}});
    mirrorDirty_ = true;
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
    if (saved) history_.markSaved(exportedState_);
    const std::string problem = saved ? "" : report.text;
    storageKind_ = report.problem;
    if (problem == storageProblem_) return;
    storageProblem_ = problem;
    if (!saved) reader_.announce(tr_("notice.not_saved", {{"problem", problem}}));
    mirrorDirty_ = true;
}

void App::storedPlanRead(const std::string& planText) {
    LoadResult loaded = loadPlanFile(planText);
    if (!loaded) {
        notice_ = tr_("notice.file_not_opened", {{"file", plan_.name}, {"error", loaded.error.text(tr_)}});
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
        storage_.reloadStored(plan_.id);
        return;
    }
    Plan copy = plan_;
    copy.id = newPlanId();
    copy.name = tr_("storage.copy_name", {{"name", plan_.name.empty() ? tr_("header.untitled_plan") : plan_.name}});
    storageProblem_.clear();
    storageKind_ = platform::StorageProblem::none;
    apply(ReplacePlan{std::move(copy), "copy"});  // the open editor stays: ids inside the plan are unchanged
    notice_ = tr_("storage.kept_as_copy", {{"name", plan_.name}});
    noticeIsError_ = false;
}

void App::apply(const PlanEdit& edit) {
    EditResult result = applyEdit(plan_, edit, today_);
    if (!result.changed) return;
    // A plan that replaces this one (a file, a new plan) keeps its own dates.
    if (!std::holds_alternative<ReplacePlan>(edit) && plan_.updated != today_) {
        Op dated;
        dated.part = Part::plan;
        dated.field = "updated";
        dated.before = plan_.updated ? "\"" + plan_.updated->str() + "\"" : "";
        dated.after = "\"" + today_.str() + "\"";
        applyOp(plan_, dated);
        result.ops.push_back(dated);
    }
    history_.record(std::move(result.ops), editLabel(edit));
    changed();
    if (result.createdId.empty()) return;
    if (view_ == ui::ViewId::workshop) {
        // The workshop names objectives and goals in its own fields, ready for the next one; a
        // new task opens in the owners step's editor.
        if (plan_.findTask(result.createdId)) workshop_.selectTask(result.createdId);
        return;
    }
    if (const Objective* o = plan_.findObjective(result.createdId)) {
        outline_.startRename(o->id, o->title);
    } else if (const Goal* g = plan_.findGoal(result.createdId)) {
        // A new goal is named in place in the outline; its editor opens beside it for the rest.
        // Goals from a funnel appear in the outline while its objective stays open.
        if (std::holds_alternative<AddGoal>(edit)) {
            outline_.startRename(g->id, g->title);
            editGoal(g->id);
        }
    } else if (plan_.findTask(result.createdId)) {
        tasks_.select(result.createdId, true);  // a new task is named in its editor
    }
}

void App::replacePlan(Plan plan, const char* reason) {
    apply(ReplacePlan{std::move(plan), reason});
    panel_ = Panel::none;
}

void App::undo() {
    const EditLabel* label = history_.undoLabel();
    if (!label) return;
    const std::string step = editLabelText(*label, tr_);
    history_.undo(plan_);
    changed();
    reader_.announce(tr_("history.undone", {{"step", step}}));
}

void App::redo() {
    const EditLabel* label = history_.redoLabel();
    if (!label) return;
    const std::string step = editLabelText(*label, tr_);
    history_.redo(plan_);
    changed();
    reader_.announce(tr_("history.redone", {{"step", step}}));
}

void App::libraryListed(platform::LibraryState state) { libraryState_ = std::move(state); }

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

void App::reviewAll() {
    PlanReview all = reviewPlan(plan_, today_);
    reviews_.clear();
    for (GoalReview& r : all.goals) reviews_.emplace(r.goalId, std::move(r));
    planFindings_ = std::move(all.planFindings);
}

void App::reviewEditorGoal(bool force) {
    std::optional<Goal> draft = goalEditor_.draft(plan_);
    if (!force && draft == editorDraft_) return;
    editorDraft_ = std::move(draft);
    if (Goal* live = editorDraft_ ? plan_.findGoal(editorDraft_->id) : nullptr) {
        // The draft stands in for the goal while it is reviewed: a copy of the whole plan on every
        // keystroke costs more than the review itself once the plan is large.
        Goal saved = std::exchange(*live, *editorDraft_);
        editorReview_ = reviewGoal(plan_, *live, today_);
        *live = std::move(saved);
    } else if (const auto it = reviews_.find(goalEditor_.goalId()); it != reviews_.end()) {
        editorReview_ = it->second;
    } else {
        editorReview_ = GoalReview{};
    }
    mirrorDirty_ = true;
}

void App::workOpenFunnel() {
    const Objective* o = panel_ == Panel::objective ? plan_.findObjective(objectiveEditor_.objectiveId()) : nullptr;
    if (o && o->number) funnel_ = workFunnel(plan_, o->id, today_);
    else funnel_.reset();
}

void App::reviewNow() {
    reviewAll();
    reviewEditorGoal(true);
    workOpenFunnel();
    reviewPending_ = false;
}

void App::changed() {
    ++planRevision_;
    // Before the first frame (at start) the review waits for the frame after it: the plan is on
    // screen sooner and its advice follows a frame later. Afterwards an edit's advice is at once.
    if (framesDrawn_ == 0) reviewPending_ = true;
    else reviewNow();
    framesAfterChange_ = kFramesAfterChange;
    mirrorDirty_ = planMirrorDirty_ = matrixMirrorDirty_ = true;
    storage_.planChanged(plan_.id);
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
                       page_.downloadFile(fileSlug(plan_.name) + ".waymark.json", "application/json", exportPlan());
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
                           case K::rename: library_.rename(a.id, a.name); break;
                           case K::duplicate: library_.duplicate(a.id); break;
                           case K::remove: library_.remove(a.id); break;
                           case K::restore: library_.restore(a.id); break;
                           case K::share: library_.makeShareLink(); break;
                           case K::versions: library_.listVersions(a.id); break;
                           case K::restore_version: library_.restoreVersion(a.id, a.rev); break;
                           case K::download_damaged: library_.downloadQuarantined(a.id); break;
                       }
                   },
                   [&](const ui::ExportAs& e) {
                       const ExportFile file = makeExport(plan_, e.kind, tr_, today_, e.csv);
                       if (e.kind == ExportKind::summary_print) page_.printDocument(file.text);
                       else page_.downloadFile(file.fileName, file.mimeType, file.text);
                   },
                   [&](const ui::ChooseLanguage& l) { setLanguage(l.code); },
                   [&](const ui::ShowView& v) {
                       if (v.view == ui::ViewId::voting)
                           voting_.open(plan_, plan_.voting ? plan_.voting->subject : VoteSubject::tactics);
                       view_ = v.view;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::TrackGoal& t) {
                       tracking_.select(t.id);
                       view_ = ui::ViewId::tracking;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::CreateFunnelGoals& e) {
                       const Funnel funnel = workFunnel(plan_, e.objectiveId, today_);
                       apply(AddDraftGoals{funnelGoals(plan_, funnel, today_, tr_)});
                   },
                   [&](const ui::ResolveConflict& r) { resolveConflict(r.keepMineAsCopy); },
                   [&](const ui::OpenVoting& o) {
                       voting_.open(plan_, o.subject);
                       view_ = ui::ViewId::voting;
                       mirrorDirty_ = true;
                   },
                   [&](const ui::TimerAction& t) { handleTimer(t); },
                   [&](const ui::ChangeViewSettings& s) { changeViewSettings(s.settings); },
                   [&](const ui::TogglePresentation&) { setPresenting(!presenting_); },
                   [&](const ui::SharedPlanAction& a) { handleSharedPlan(a); },
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
    if (presenting_ && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
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

void App::drawView(const ui::ViewContext& ctx, std::optional<ui::Intent>& intent) {
    const bool sharedPlanWaits = sharedPlan_ && sharedPlanPutOff_;
    if (!storageProblem_.empty() || !notice_.empty() || sharedPlanWaits) {
        const float em = ImGui::GetFontSize();
        const float width = ImGui::GetContentRegionAvail().x;
        const float column = std::min(width, kMaxContentEm * em);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
        ImGui::BeginChild("banners", ImVec2(column, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoBackground);
        const ui::StorageBanner storage{storageProblem_, storageKind_ == platform::StorageProblem::quota,
                                        storageKind_ == platform::StorageProblem::conflict};
        if (auto i = ui::drawBanners(ctx, storage, notice_, noticeIsError_)) intent = i;
        if (sharedPlanWaits)
            if (auto i = ui::drawSharedPlanBanner(ctx, sharedOffer_)) intent = i;
        ImGui::EndChild();
    }
    switch (view_) {
        case ui::ViewId::outline: drawOutline(ctx, intent); break;
        case ui::ViewId::matrix:
            if (auto i = matrix_.draw(ctx, plan_, history_.state())) intent = i;
            break;
        case ui::ViewId::tasks:
            if (auto i = tasks_.draw(ctx, plan_, history_.state())) intent = i;
            break;
        case ui::ViewId::tracking:
            if (auto i = tracking_.draw(ctx, plan_, history_.state())) intent = i;
            break;
        case ui::ViewId::map:
            if (auto i = map_.draw(ctx, plan_, history_.state(), pinch_)) intent = i;
            pinch_ = {};
            break;
        case ui::ViewId::voting:
            if (auto i = voting_.draw(ctx, plan_)) intent = i;
            break;
        case ui::ViewId::workshop:
            if (auto i = workshop_.draw(ctx, plan_, history_.state(), {reviews_, planFindings_})) intent = i;
            break;
    }
}

void App::drawOutline(const ui::ViewContext& ctx, std::optional<ui::Intent>& intent) {
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
    ImGui::TextWrapped("%s", tr_.raw("outline.intro"));
    ImGui::PopStyleColor();
    if (auto i = ui::votingEntryButton(ctx, VoteSubject::goals)) intent = i;
    ImGui::Spacing();
    const std::string selected = panel_ == Panel::goal        ? goalEditor_.goalId()
                                 : panel_ == Panel::objective ? objectiveEditor_.objectiveId()
                                                              : std::string();
    if (auto i = outline_.draw(ctx, plan_, planRevision_, reviews_, planFindings_, selected)) intent = i;
    ImGui::Dummy(ImVec2(0, em));
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
}

void App::drawPanel(const ui::ViewContext& ctx, std::optional<ui::Intent>& intent) {
    const ui::Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    const char* titleKey = panel_ == Panel::goal        ? "editor.goal_title"
                           : panel_ == Panel::objective ? "editor.objective_title"
                                                        : "editor.context_title";
    const ImVec4& color = panel_ == Panel::goal ? theme.goal : panel_ == Panel::objective ? theme.objective : theme.accent;
    ui::chip(tr_.raw(titleKey), color);
    const float closeWidth = ui::actionButtonsWidth({tr_.raw("editor.close")});
    ImGui::SameLine(ImGui::GetContentRegionMax().x - closeWidth + ImGui::GetStyle().ItemSpacing.x);
    if (ui::smallButton(tr_.raw("editor.close"), "close")) intent = ui::ClosePanel{};
    locator_.noteLastItem("close-editor");
    if (panel_ == Panel::goal) {
        if (const Goal* g = plan_.findGoal(goalEditor_.goalId())) {
            ImGui::PushFont(fonts_.heading);
            ImGui::TextWrapped("%s", g->title.empty() ? tr_.raw("outline.untitled_goal") : g->title.c_str());
            ImGui::PopFont();
        }
        reviewEditorGoal(false);
        if (auto i = goalEditor_.draw(ctx, plan_, editorReview_)) intent = i;
    } else if (panel_ == Panel::objective) {
        if (auto i = objectiveEditor_.draw(ctx, plan_, funnel_ ? &*funnel_ : nullptr)) intent = i;
    } else {
        if (auto i = contextEditor_.draw(ctx, plan_)) intent = i;
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

void App::drawFrame() {
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
    const ui::ViewContext ctx{tr_, currentTheme(), fonts_, locator_, today_, presenting_};

    std::optional<ui::Intent> intent;
    if (presenting_) {
        intent = ui::drawPresentationBar(ctx, plan_, view_);
    } else {
        ui::HeaderState state;
        if (const EditLabel* l = history_.undoLabel()) state.undoLabel = tr_("history.undo", {{"step", editLabelText(*l, tr_)}});
        if (const EditLabel* l = history_.redoLabel()) state.redoLabel = tr_("history.redo", {{"step", editLabelText(*l, tr_)}});
        state.unsaved = history_.unsaved();
        state.saving = storageProblem_.empty();
        intent = header_.draw(ctx, plan_, state);
        const float tabsY = ImGui::GetCursorPosY();
        if (auto i = ui::drawViewSwitcher(ctx, view_)) intent = i;
        if (auto i = ui::drawViewButtons(ctx, viewSettings_, tabsY)) intent = i;
    }

    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool panelOpen = panel_ != Panel::none && !presenting_;  // side panels step aside while presenting
    const bool sideBySide = width >= kSideBySideEm * em;
    if (!panelOpen || sideBySide) {
        // A goal's editor has fields and advice side by side: it gets the larger share.
        const float share = panel_ == Panel::goal ? 0.36f : 0.5f;
        const float outlineWidth = panelOpen ? std::floor(std::max(width * share, 22 * em)) : 0.0f;
        ImGui::BeginChild("content", ImVec2(outlineWidth, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        drawView(ctx, intent);
        ImGui::EndChild();
    }
    if (panelOpen) {
        if (sideBySide) ImGui::SameLine();
        ImGui::BeginChild("panel", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
        drawPanel(ctx, intent);
        ImGui::EndChild();
    }
    if (auto i = plansDialog_.draw(ctx, {libraryState_ ? &*libraryState_ : nullptr, libraryError_, shareLink_, versionsOf_,
                                         versionsOf_.empty() ? nullptr : &versions_}))
        intent = i;
    if (sharedPlan_ && !sharedPlanPutOff_)
        if (auto i = sharedDialog_.draw(ctx, sharedOffer_)) intent = i;
    if (std::optional<Plan> created = newPlan_.draw(ctx)) {
        created->id = newPlanId();
        created->created = created->updated = today_;
        replacePlan(std::move(*created), "new");
    }
    handleShortcuts();

    ImGui::PopFont();
    ImGui::End();
    checkTimerFinished();
    if (timerOpen_) {
        ImGui::PushFont(fonts_.body);
        if (auto i = timerCard_.draw(ctx, timerShown())) intent = i;
        ImGui::PopFont();
    }
    const std::string timerLine = timerOpen_ ? timerMirrorLine() : std::string();
    if (timerLine != mirroredTimer_) {
        mirroredTimer_ = timerLine;
        mirrorDirty_ = true;
    }
    if (presenting_) drawPointerHalo();
    locator_.endFrame();
    if (view_ == ui::ViewId::workshop && workshop_.shownLines() != mirroredWorkshop_) {
        mirroredWorkshop_ = workshop_.shownLines();
        mirrorDirty_ = true;
    }
    if (view_ == ui::ViewId::tasks && tasks_.shownVersion() != mirroredTasks_) {
        mirroredTasks_ = tasks_.shownVersion();
        mirrorDirty_ = true;
    }
    if (intent) handle(*intent);
    updateMirror();
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
    // A new notice (a refused file, an unreadable stored plan, a link) is said politely once, and
    // stays in the mirror while its banner shows; every path that sets one passes here.
    if (notice_ != mirroredNotice_) {
        mirroredNotice_ = notice_;
        if (!notice_.empty()) reader_.announce(notice_);
        mirrorDirty_ = true;
    }
    if (view_ == ui::ViewId::tracking && tracking_.describedVersion() != trackingDescribed_) mirrorDirty_ = true;
    const bool showsMap = view_ == ui::ViewId::map;
    if (showsMap != mirrorShowsMap_ || (showsMap && map_.stamp() != mirroredMapStamp_)) mirrorDirty_ = true;
    if (view_ == ui::ViewId::voting) {
        std::vector<std::string> voting = voting_.describe(plan_, tr_);
        if (voting != votingMirror_) mirrorDirty_ = true;
        votingMirror_ = std::move(voting);
    }
    if (!mirrorDirty_ || reviewPending_) return;  // the mirror tells the advice too: it waits for the review
    mirrorDirty_ = false;
    trackingDescribed_ = tracking_.describedVersion();
    const Goal* edited = panel_ == Panel::goal ? (editorDraft_ ? &*editorDraft_ : plan_.findGoal(goalEditor_.goalId())) : nullptr;
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
        planMirror_ = describePlan(plan_, derived_.get(plan_, planRevision_, today_), reviews_, planFindings_, tr_);
        planMirrorDirty_ = false;
    }
    mirrorShowsMap_ = showsMap;
    mirroredMapStamp_ = map_.stamp();
    std::vector<platform::MirrorNode> nodes = planMirror_;
    if (showsMap) {
        // The map replaces the outline after the plan's name, like every view but the outline.
        nodes.resize(std::min<size_t>(nodes.size(), 1));
        const std::vector<platform::MirrorNode> map = describeMap(map_, tr_);
        nodes.insert(nodes.end(), map.begin(), map.end());
    }
    if (view_ == ui::ViewId::tracking) {
        // The dashboard replaces the outline's list: the plan's name, then what the view shows.
        nodes.resize(std::min<size_t>(nodes.size(), 1));
        std::vector<platform::MirrorNode> tracking = describeTracking(tracking_, tr_);
        nodes.insert(nodes.end(), tracking.begin(), tracking.end());
    }
    if (view_ == ui::ViewId::matrix) {
        if (matrixMirrorDirty_) matrixMirror_ = describeMatrix(plan_, tr_);
        matrixMirrorDirty_ = false;
        // Like every view but the outline, the matrix replaces the outline after the plan's name.
        nodes.resize(std::min<size_t>(nodes.size(), 1));
        nodes.insert(nodes.end(), matrixMirror_.begin(), matrixMirror_.end());
    }
    if (view_ == ui::ViewId::workshop) {
        // The workshop step replaces the outline: the plan's name, then the step as it is shown.
        nodes.resize(std::min<size_t>(nodes.size(), 1));
        const std::vector<std::string>& lines = workshop_.shownLines();
        for (size_t i = 0; i < lines.size(); ++i)
            nodes.push_back({i < 2 ? platform::MirrorNode::Role::heading : platform::MirrorNode::Role::item, 2, lines[i]});
    }
    if (view_ == ui::ViewId::tasks) {
        // The task plan replaces the outline: the plan's name, then what the view shows.
        nodes.resize(std::min<size_t>(nodes.size(), 1));
        for (const ui::TaskPlanView::ShownLine& line : tasks_.shown())
            nodes.push_back({line.heading ? platform::MirrorNode::Role::heading : platform::MirrorNode::Role::item,
                             line.level, line.text});
    }
    if (view_ == ui::ViewId::voting) {
        // The round replaces the outline after the plan's name; while totals are hidden it says
        // only the current voter's dots.
        nodes.resize(std::min<size_t>(nodes.size(), 1));
        for (size_t i = 0; i < votingMirror_.size(); ++i)
            nodes.push_back({i == 0 ? platform::MirrorNode::Role::heading : platform::MirrorNode::Role::item, 2, votingMirror_[i]});
    }
    // Saves that fail concern everything below: said first, after the plan's name.
    if (!storageProblem_.empty())
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1),
                     {platform::MirrorNode::Role::text, 2, tr_("notice.not_saved", {{"problem", storageProblem_}})});
    if (!notice_.empty())
        nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1), {platform::MirrorNode::Role::text, 2, notice_});
    if (sharedPlan_) nodes.insert(nodes.begin() + (nodes.empty() ? 0 : 1), {platform::MirrorNode::Role::text, 2, sharedPlanLine()});
    if (!mirroredTimer_.empty()) nodes.push_back({platform::MirrorNode::Role::text, 2, mirroredTimer_});
    if (edited) {
        std::vector<platform::MirrorNode> editor = describeEditor(plan_, *edited, editorReview_, tr_);
        nodes.insert(nodes.end(), editor.begin(), editor.end());
    }
    if (nodes == mirror_) return;
    mirror_ = std::move(nodes);
    reader_.publish(mirror_);
}

}  // namespace waymark
