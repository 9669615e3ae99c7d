#include "app/app.h"

#include <algorithm>
#include <cctype>

#include "core/method/plan_load.h"
#include "core/plan/plan_ids.h"
#include "core/plan/example_plans.h"
#include "imgui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace waymark {

namespace {

// Content wider than this many em is hard to follow on a wide projector image.
constexpr float kMaxContentEm = 52.0f;
// After a plan change, auto-sizing cards inside an auto-sizing column re-measure over a few frames.
constexpr int kFramesAfterChange = 5;

// "Ristorante Lucia: Q1" -> "ristorante-lucia-q1", for download file names.
std::string fileSlug(const std::string& name) {
    std::string slug;
    for (unsigned char c : name) {
        if (std::isalnum(c)) slug += static_cast<char>(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "plan" : slug;
}

Plan samplePlan(const Date& today) {
    Plan plan = loadTemplate(kSampleTemplate).value_or(Plan{});
    if (plan.id.empty()) plan.id = "plan";
    plan.created = plan.updated = today;
    return plan;
}

}  // namespace

bool App::start(platform::StartupData data, Date today) {
    fontData_ = std::move(data.fontData);
    today_ = today;
    storageProblem_ = data.storageProblem;
    notice_ = data.storageNotice;
    noticeIsError_ = !notice_.empty();
    if (!data.storedPlan) {
        plan_ = samplePlan(today);
        changed();
        return true;
    }
    LoadResult loaded = loadPlanFile(*data.storedPlan);
    if (loaded) {
        plan_ = std::move(*loaded.plan);
        reviewPlan();
        return true;
    }
    // Never overwrite what could not be read: the sample gets an id of its own.
    plan_ = samplePlan(today);
    plan_.id = "plan-" + today.str() + "-recovered";
    notice_ = tr_("notice.stored_plan_unreadable", {{"error", loaded.error.str()}});
    noticeIsError_ = true;
    changed();
    return false;
}

void App::setScale(float scale) {
    scale_ = scale;
    fonts_ = ui::loadFonts(*ImGui::GetIO().Fonts, fontData_, scale);
    ui::applyTheme(ImGui::GetStyle(), ui::lightTheme(), scale);
}

std::string App::exportPlan() const { return serializePlanDocument(plan_); }

std::string App::importPlan(const std::string& text) {
    LoadResult loaded = loadPlanFile(text);
    if (!loaded) return loaded.error.str();
    plan_ = std::move(*loaded.plan);
    changed();
    return {};
}

void App::openFile(const std::string& name, const std::string& text, const std::vector<std::string>& takenIds) {
    LoadResult loaded = loadPlanFile(text);
    const std::string error = loaded ? "" : loaded.error.str();
    if (loaded) {
        std::vector<std::string> taken = takenIds;
        taken.push_back(plan_.id);
        loaded.plan->id = unusedPlanId(loaded.plan->id, taken);
        plan_ = std::move(*loaded.plan);
        changed();
    }
    noticeIsError_ = !error.empty();
    notice_ = error.empty() ? tr_("notice.file_opened", {{"file", name}})
                            : tr_("notice.file_not_opened", {{"file", name}, {"error", error}});
}

std::string App::itemRect(const std::string& name) const {
    const ui::ItemRect* r = locator_.find(name);
    if (!r) return {};
    const auto css = [this](float px) { return std::to_string(px / scale_); };
    return "{\"x\":" + css(r->min.x) + ",\"y\":" + css(r->min.y) + ",\"width\":" + css(r->max.x - r->min.x) +
           ",\"height\":" + css(r->max.y - r->min.y) + "}";
}

void App::storageResult(bool saved, const std::string& problem) { storageProblem_ = saved ? "" : problem; }

void App::apply(const PlanEdit& edit) {
    const EditResult result = applyEdit(plan_, edit);
    if (!result.changed) return;
    plan_.updated = today_;
    changed();
    if (!result.createdId.empty()) {
        const Objective* o = plan_.findObjective(result.createdId);
        const Goal* g = plan_.findGoal(result.createdId);
        outline_.startRename(result.createdId, o ? o->title : g ? g->title : "");
    }
}

void App::reviewPlan() {
    reviews_.clear();
    for (GoalReview& r : review(plan_, today_)) reviews_.emplace(r.goalId, std::move(r));
}

void App::changed() {
    reviewPlan();
    framesAfterChange_ = kFramesAfterChange;
    page_.planChanged(plan_.id);
}

void App::drawHeader() {
    const ui::Theme& theme = ui::lightTheme();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetIO().DisplaySize.x;
    const float height = fonts_.heading->FontSize + 2.2f * em;
    // The band spans the whole window, padding included.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0), ImVec2(width, height + 1), false);
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), ui::packed(theme.surface));
    draw->AddLine(ImVec2(0, height), ImVec2(width, height), ui::packed(theme.surfaceBorder), std::max(1.0f, em / 16));
    draw->PopClipRect();

    const char* open = tr_.raw("header.open");
    const char* download = tr_.raw("header.download");
    // Measured in the body font, which the buttons use.
    const float buttons = ImGui::CalcTextSize(open, nullptr, true).x + ImGui::CalcTextSize(download, nullptr, true).x +
                          4 * style.FramePadding.x + style.ItemSpacing.x;
    const float headingY = (height - fonts_.heading->FontSize) * 0.5f;
    const float buttonY = (height - ImGui::GetFrameHeight()) * 0.5f;
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x + 0.5f * em, headingY));
    ImGui::PushFont(fonts_.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.accent);
    ImGui::TextUnformatted(tr_.raw("app.title"));
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 1.5f * em);
    // The plan's name gets the room the buttons leave; a long one ends in "…".
    const float nameRoom = ImGui::GetContentRegionMax().x - buttons - 1.5f * em - ImGui::GetCursorPosX();
    ImGui::TextUnformatted(ui::fitText(plan_.name.empty() ? tr_.raw("header.untitled_plan") : plan_.name, nameRoom).c_str());
    ImGui::PopFont();

    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - buttons - 0.5f * em));
    ImGui::SetCursorPosY(buttonY);
    if (ImGui::Button((std::string(open) + "###open").c_str())) page_.chooseFile(".json,application/json");
    locator_.noteLastItem("open-file");
    ImGui::SameLine();
    ImGui::SetCursorPosY(buttonY);
    if (ui::accentButton(download, "download", theme))
        page_.downloadFile(fileSlug(plan_.name) + ".waymark.json", "application/json", exportPlan());
    locator_.noteLastItem("download");
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x, height + style.ItemSpacing.y));
}

void App::drawBanners() {
    const ui::Theme& theme = ui::lightTheme();
    auto banner = [&](const std::string& text, const ImVec4& color, const char* id, bool dismissable) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(color.x, color.y, color.z, 0.12f));
        ImGui::PushStyleColor(ImGuiCol_Border, color);
        ImGui::BeginChild(id, ImVec2(-FLT_MIN, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
        ImGui::TextWrapped("%s", text.c_str());
        bool dismissed = false;
        if (dismissable) {
            dismissed = ui::smallButton(tr_.raw("notice.dismiss"), "dismiss");
            locator_.noteLastItem(std::string("dismiss-") + id);
        }
        ImGui::EndChild();
        ImGui::PopStyleColor(2);
        ImGui::Spacing();
        return dismissed;
    };
    if (!storageProblem_.empty())
        banner(tr_("notice.not_saved", {{"problem", storageProblem_}}), theme.danger, "storage", false);
    if (!notice_.empty() && banner(notice_, noticeIsError_ ? theme.danger : theme.onTrack, "notice", true))
        notice_.clear();
}

void App::frame() {
    if (framesAfterChange_ > 0) --framesAfterChange_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("###waymark", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(fonts_.body);
    drawHeader();

    ImGui::BeginChild("content", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
    const float em = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const float column = std::min(width, kMaxContentEm * em);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(column);
    ImGui::Dummy(ImVec2(column, 0.4f * em));
    // The column's width bounds every card and wrapped text inside it.
    ImGui::BeginChild("column", ImVec2(column, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoBackground);
    drawBanners();
    ImGui::PushStyleColor(ImGuiCol_Text, ui::lightTheme().textMuted);
    ImGui::TextWrapped("%s", tr_.raw("outline.intro"));
    ImGui::PopStyleColor();
    ImGui::Spacing();
    const std::optional<PlanEdit> edit = outline_.draw(plan_, reviews_, tr_, ui::lightTheme(), fonts_, locator_);
    ImGui::Dummy(ImVec2(0, em));
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::EndChild();

    ImGui::PopFont();
    ImGui::End();
    locator_.endFrame();
    if (edit) apply(*edit);
}

}  // namespace waymark
