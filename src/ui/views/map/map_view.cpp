#include "ui/views/map/map_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/method/tactics.h"
#include "core/method/tracking.h"
#include "core/text/number_format.h"
#include "core/plan/date_text.h"
#include "imgui.h"
#include "imgui_internal.h"  // SetItemKeyOwner: the wheel zooms the map instead of scrolling
#include "ui/kit/status_colors.h"
#include "ui/kit/theme.h"
#include "ui/kit/touch_scroll.h"
#include "ui/kit/widgets.h"
#include "ui/kit/input_words.h"

namespace waymark::ui {

namespace {

constexpr float kWheelStep = 1.15f;      // zoom factor per wheel notch
constexpr float kFitMarginEm = 1.5f;     // space around the map when it is fitted
constexpr float kFitMaxZoom = 2.0f;      // Fit enlarges a small map at most this much
// A first look is never smaller than this: every card still has its second line (status,
// quadrant, owner and due), which a fitted 1280x720 view of the sample would lose.
constexpr float kFirstLookZoom = 0.8f;
constexpr float kFullDetailLines = 2.6f;  // a card shows both lines from this many font sizes tall
constexpr float kHeadingFromZoom = 1.35f;  // the atlas's heading font is 1.35 em: use it from this zoom
const MapMetrics kMetrics;

ImVec2 im(Point p) { return {p.x, p.y}; }

// text shortened with "…" to fit maxWidth at the font's own size, in one pass over it.
std::string clipText(ImFont* font, const std::string& text, float maxWidth) {
    const float size = font->FontSize;
    if (font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x <= maxWidth) return text;
    const char* ellipsis = "\u2026";
    const float room = maxWidth - font->CalcTextSizeA(size, FLT_MAX, 0, ellipsis).x;
    if (room <= 0) return {};
    const char* end = text.c_str();
    font->CalcTextSizeA(size, room, 0, text.c_str(), nullptr, &end);
    return std::string(text.c_str(), end) + ellipsis;
}

char kindLetter(MapKind k) {
    switch (k) {
        case MapKind::objective: return 'o';
        case MapKind::unlinked: return 'u';
        case MapKind::goal: return 'g';
        case MapKind::tactic: return 't';
        case MapKind::task: return 'k';
    }
    return '?';
}

}  // namespace

bool MapView::folded(int node) const { return static_cast<size_t>(node) < folded_.size() && folded_[node]; }

std::string MapView::nodeId(int node, const Plan& plan) const {
    const MapNode& n = tree_.nodes[node];
    switch (n.kind) {
        case MapKind::objective: return plan.objectives[n.index].id;
        case MapKind::unlinked: return "unlinked";
        case MapKind::goal: return plan.goals[n.index].id;
        case MapKind::tactic: return plan.tactics[n.index].id;
        case MapKind::task: return plan.tasks[n.index].id;
    }
    return {};
}

void MapView::rebuild(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    tree_ = buildPlanTree(plan);
    const size_t n = tree_.nodes.size();
    title_.assign(n, {});
    detail_.assign(n, {});
    itemName_.assign(n, {});
    toggleName_.assign(n, {});
    accent_.assign(n, theme.accent);
    const std::vector<GoalTrack> tracks = trackGoals(plan, ctx.today);
    for (size_t i = 0; i < n; ++i) {
        const MapNode& node = tree_.nodes[i];
        const std::string id = nodeId(static_cast<int>(i), plan);
        itemName_[i] = "map-card:" + id;
        toggleName_[i] = "map-toggle:" + id;
        switch (node.kind) {
            case MapKind::objective: {
                const Objective& o = plan.objectives[node.index];
                title_[i] = o.title.empty() ? tr("outline.untitled_objective") : o.title;
                detail_[i] = tr(o.kind == ObjectiveKind::business ? "editor.kind_business" : "editor.kind_marketing");
                accent_[i] = theme.objective;
                break;
            }
            case MapKind::unlinked:
                title_[i] = tr("outline.unlinked_title");
                detail_[i] = tr(node.children.size() == 1 ? "map.goals.one" : "map.goals.other",
                                {{"count_number", formatNumber(static_cast<double>(node.children.size()))}});
                accent_[i] = theme.warning;
                break;
            case MapKind::goal: {
                const Goal& g = plan.goals[node.index];
                const Status status = tracks[node.index].status;
                title_[i] = g.title.empty() ? tr("outline.untitled_goal") : g.title;
                detail_[i] = tr(std::string("tracking.status.") + name(status));
                accent_[i] = statusColor(status, theme);
                break;
            }
            case MapKind::tactic: {
                const Tactic& t = plan.tactics[node.index];
                const std::string quadrant = tr(std::string("tactic.quadrant.") + name(quadrantOf(t)));
                title_[i] = t.title.empty() ? tr("map.untitled_tactic") : t.title;
                detail_[i] = t.value && t.complexity
                                 ? tr("map.tactic_detail", {{"quadrant", quadrant},
                                                            {"value", std::to_string(*t.value)},
                                                            {"complexity", std::to_string(*t.complexity)}})
                                 : quadrant;
                accent_[i] = theme.tactic;
                break;
            }
            case MapKind::task: {
                const Task& k = plan.tasks[node.index];
                std::string owners;
                for (const std::string& o : k.owners) owners += (owners.empty() ? "" : ", ") + o;
                title_[i] = k.title.empty() ? tr("map.untitled_task") : k.title;
                detail_[i] = tr(k.done ? "map.task_done" : "map.task_detail",
                                {{"owners", owners.empty() ? tr("map.no_owner") : owners},
                                 {"due", k.due ? shownDate(tr, *k.due) : tr("map.no_due")}});
                accent_[i] = k.done ? theme.onTrack : theme.textMuted;
                break;
            }
        }
    }
    foldTasks_ = tree_.count(MapKind::task) >= kFoldTasksFrom;
    relayout();
}

void MapView::relayout() {
    const size_t n = tree_.nodes.size();
    folded_.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const MapNode& node = tree_.nodes[i];
        if (node.children.empty()) continue;
        const auto it = foldedById_.find(kindLetter(node.kind) + itemName_[i]);
        folded_[i] = it != foldedById_.end() ? it->second : foldTasks_ && node.kind == MapKind::tactic;
    }
    layout_ = layoutPlanTree(tree_, folded_, kMetrics);
    ++stamp_;
}

void MapView::toggle(int node) {
    foldedById_[kindLetter(tree_.nodes[node].kind) + itemName_[node]] = !folded_[node];
    relayout();
}

std::optional<Box> MapView::toggleBox(int node, const Box& card) const {
    if (detailLevel_ == Detail::blocks || tree_.nodes[node].children.empty()) return std::nullopt;
    const float h = fontSize_ * 1.3f;
    float width = h;
    if (folded_[node]) {
        const std::string label = "+" + std::to_string(tree_.nodes[node].children.size());
        width = std::max(h, font_->CalcTextSizeA(fontSize_, FLT_MAX, 0, label.c_str()).x + 0.8f * fontSize_);
    }
    const float y = card.center().y;
    const float x = card.max.x - h / 2;
    return Box{{x, y - h / 2}, {x + width, y + h / 2}};
}

std::optional<Intent> MapView::handleInput(const Plan& plan, const Box& canvas, const PinchInput& pinch) {
    const ImGuiIO& io = ImGui::GetIO();
    const Point mouse{io.MousePos.x, io.MousePos.y};
    std::optional<Intent> intent;
    if (ImGui::IsItemActivated()) dragged_ = false;
    if (ImGui::IsItemActive()) TouchScroll::keepDrag();  // a finger on the map moves the map
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        const ImVec2 delta = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left);
        view_.panBy({delta.x, delta.y});
        ImGui::ResetMouseDragDelta(ImGuiMouseButton_Left);
        dragged_ = true;
    }
    const bool hovered = ImGui::IsItemHovered();
    if (hovered && io.MouseWheel != 0) view_.zoomAbout(mouse, view_.zoom * std::pow(kWheelStep, io.MouseWheel));
    if (pinch.any()) {
        view_.zoomAbout(pinch.center, view_.zoom * pinch.factor);
        view_.panBy(pinch.pan);
    }
    const bool released = ImGui::IsItemDeactivated() && !dragged_ && canvas.contains(mouse);
    const bool doubleClicked = hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
    if (!released && !doubleClicked) return intent;
    if (released) {
        const Box visible = view_.toWorld(canvas);
        for (int i : layout_.order) {
            if (!layout_.boxes[i].overlaps(visible)) continue;
            const std::optional<Box> t = toggleBox(i, view_.toScreen(layout_.boxes[i]));
            if (t && t->contains(mouse)) {
                toggle(i);
                return intent;
            }
        }
    }
    if (doubleClicked) {
        const int i = layout_.hit(view_.toWorld(mouse));
        if (i >= 0 && tree_.nodes[i].kind == MapKind::goal) intent = EditGoal{plan.goals[tree_.nodes[i].index].id};
        if (i >= 0 && tree_.nodes[i].kind == MapKind::objective)
            intent = EditObjective{plan.objectives[tree_.nodes[i].index].id};
    }
    return intent;
}

void MapView::drawCards(const ViewContext& ctx, const Box& canvas) {
    const Theme& theme = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(im(canvas.min), im(canvas.max), true);
    const float em = view_.unit;
    draw->AddRectFilled(im(canvas.min), im(canvas.max), packed(theme.background), 0.4f * em);
    const Box visible = view_.toWorld(canvas);
    const float scale = view_.scale();
    const ImU32 link = packed(theme.surfaceBorder);
    const float linkWidth = std::max(1.0f, 0.12f * em * std::min(view_.zoom, 1.0f));
    const float reach = kMetrics.columnGap * scale / 2;  // the curve's pull, half the column gap
    for (int i : layout_.order) {
        const int parent = tree_.nodes[i].parent;
        if (parent < 0) continue;
        const Box& from = layout_.boxes[parent];
        const Box& to = layout_.boxes[i];
        const Box span{{from.max.x, std::min(from.center().y, to.center().y)}, {to.min.x, std::max(from.center().y, to.center().y) + 0.01f}};
        if (!span.overlaps(visible)) continue;
        const Point a = view_.toScreen(Point{from.max.x, from.center().y}), b = view_.toScreen(Point{to.min.x, to.center().y});
        if (detailLevel_ == Detail::blocks) draw->AddLine(im(a), im(b), link, linkWidth);
        else draw->AddBezierCubic(im(a), ImVec2(a.x + reach, a.y), ImVec2(b.x - reach, b.y), im(b), link, linkWidth);
    }
    const ImGuiIO& io = ImGui::GetIO();
    const Point mouse{io.MousePos.x, io.MousePos.y};
    const int hovered = ImGui::IsItemHovered() && canvas.contains(mouse) ? layout_.hit(view_.toWorld(mouse)) : -1;
    const float rounding = std::min(0.45f * em, 0.45f * em * view_.zoom);
    const float band = std::max(2.0f, 0.3f * em * view_.zoom);
    const float pad = std::max(2.0f, 0.7f * em * view_.zoom);
    for (int i : layout_.order) {
        if (!layout_.boxes[i].overlaps(visible)) continue;
        const Box s = view_.toScreen(layout_.boxes[i]);
        if (detailLevel_ == Detail::blocks) {
            draw->AddRectFilled(im(s.min), im(s.max), packed(faded(accent_[i], 0.55f)), rounding);
            continue;
        }
        draw->AddRectFilled(im(s.min), im(s.max), packed(theme.surface), rounding);
        draw->AddRect(im(s.min), im(s.max), packed(i == hovered ? theme.accent : theme.surfaceBorder), rounding, 0,
                      i == hovered ? 2.0f : 1.0f);
        draw->AddRectFilled(im(s.min), ImVec2(s.min.x + band, s.max.y), packed(accent_[i]), rounding, ImDrawFlags_RoundCornersLeft);
        const float textX = s.min.x + band + pad;
        // The fold toggle sits on the right edge: text stops short of its half inside the card.
        const float right = s.max.x - pad - (tree_.nodes[i].children.empty() ? 0 : 0.65f * fontSize_);
        const float room = right - textX;
        const float line = fontSize_;
        if (detailLevel_ == Detail::titles) {
            const std::string text = clipText(titleFont_, title_[i], room);
            draw->AddText(titleFont_, titleFont_->FontSize, ImVec2(textX, s.center().y - titleFont_->FontSize / 2),
                          packed(theme.text), text.c_str());
        } else {
            const float total = titleFont_->FontSize + 0.3f * line + line;
            const float top = s.center().y - total / 2;
            const std::string text = clipText(titleFont_, title_[i], room);
            draw->AddText(titleFont_, titleFont_->FontSize, ImVec2(textX, top), packed(theme.text), text.c_str());
            const MapKind kind = tree_.nodes[i].kind;
            // A goal's status is written and coloured; the other kinds' second lines are quiet.
            const ImVec4& color = kind == MapKind::goal ? accent_[i] : theme.textMuted;
            float x = textX;
            if (kind == MapKind::goal) {
                const float r = 0.28f * line;
                draw->AddCircleFilled(ImVec2(x + r, top + total - line / 2), r, packed(color));
                x += 2 * r + 0.35f * line;
            }
            const std::string second = clipText(font_, detail_[i], right - x);
            draw->AddText(font_, fontSize_, ImVec2(x, top + total - line), packed(color), second.c_str());
        }
        ctx.locator.noteRect(itemName_[i], im(s.min), im(s.max), im(canvas.min), im(canvas.max));
        if (const std::optional<Box> t = toggleBox(i, s)) {
            const float r = t->height() / 2;
            draw->AddRectFilled(im(t->min), im(t->max), packed(theme.surface), r);
            draw->AddRect(im(t->min), im(t->max), packed(theme.accent), r, 0, 1.5f);
            const std::string label = folded_[i] ? "+" + std::to_string(tree_.nodes[i].children.size()) : "\u2212";
            const ImVec2 size = font_->CalcTextSizeA(fontSize_, FLT_MAX, 0, label.c_str());
            draw->AddText(font_, fontSize_, ImVec2(t->center().x - size.x / 2, t->center().y - size.y / 2),
                          packed(theme.accent), label.c_str());
            ctx.locator.noteRect(toggleName_[i], im(t->min), im(t->max), im(canvas.min), im(canvas.max));
        }
    }
    draw->PopClipRect();
}

std::optional<Intent> MapView::draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision, const PinchInput& pinch) {
    const Strings& tr = ctx.tr;
    if (plan.id != planId_) {  // another plan: its own folds and a fresh look
        planId_ = plan.id;
        foldedById_.clear();
        placed_ = false;
        revision_ = ~revision;
    }
    if (revision != revision_) {
        revision_ = revision;
        rebuild(ctx, plan);
    }
    const float em = ImGui::GetFontSize();
    ImGui::Dummy(ImVec2(0, 0.2f * em));
    const bool fit = smallButton(tr.raw("map.fit"), "map-fit");
    ctx.locator.noteLastItem("map-fit");
    ImGui::SameLine();
    const bool actualSize = smallButton(tr.raw("map.actual_size"), "map-actual-size");
    ctx.locator.noteLastItem("map-actual-size");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("map.zoom", {{"percent", std::to_string(static_cast<int>(std::lround(view_.zoom * 100)))}}).c_str());
    ImGui::SameLine(0, 1.5f * em);
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    const std::string hint = foldTasks_ ? pointerWords(tr, "map.tasks_folded", {{"count_number", formatNumber(static_cast<double>(tree_.count(MapKind::task)))}})
                                        : pointerWords(tr, "map.hint");
    ImGui::TextWrapped("%s", hint.c_str());
    ImGui::PopStyleColor();

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(std::max(avail.x, 4 * em), std::max(avail.y - 0.5f * em, 4 * em));
    const Box canvas{{pos.x, pos.y}, {pos.x + size.x, pos.y + size.y}};
    ImGui::InvisibleButton("###map", size);
    ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
    ctx.locator.noteLastItem("map");

    if (view_.unit != em) view_.setUnit(em, canvas.min);
    const float margin = kFitMarginEm * em;
    if (!placed_) {
        view_ = fitTransform(layout_.bounds, canvas, em, margin, 1.0f);
        if (view_.zoom < kFirstLookZoom) {  // the start of the plan, readable; Fit shows it whole
            view_.zoom = kFirstLookZoom;
            const float s = view_.scale();
            view_.origin = {canvas.min.x + margin - layout_.bounds.min.x * s, canvas.min.y + margin - layout_.bounds.min.y * s};
        }
        placed_ = true;
    }
    if (fit) view_ = fitTransform(layout_.bounds, canvas, em, margin, kFitMaxZoom);
    if (actualSize) view_.zoomAbout(canvas.center(), 1);

    // The level of detail and fonts follow the zoom: text is drawn only at a size the atlas
    // holds (body or heading), never a scaled bitmap, and only where it fits the card.
    const auto chooseDetail = [&] {
        const float cardHeight = kMetrics.cardHeight * view_.scale(), cardWidth = kMetrics.cardWidth * view_.scale();
        font_ = view_.zoom >= kHeadingFromZoom ? ctx.fonts.heading : ctx.fonts.body;
        titleFont_ = font_;
        fontSize_ = font_->FontSize;
        detailLevel_ = cardHeight >= kFullDetailLines * fontSize_                            ? Detail::full
                       : cardHeight >= 1.3f * fontSize_ && cardWidth >= 5 * fontSize_ ? Detail::titles
                                                                                     : Detail::blocks;
    };
    chooseDetail();
    std::optional<Intent> intent = handleInput(plan, canvas, pinch);
    chooseDetail();
    drawCards(ctx, canvas);
    if (tree_.nodes.empty()) {
        const std::string empty = tr("map.empty");
        const ImVec2 text = ImGui::CalcTextSize(empty.c_str());
        ImGui::GetWindowDrawList()->AddText(ImVec2(canvas.center().x - text.x / 2, canvas.center().y - text.y / 2),
                                            packed(ctx.theme.textMuted), empty.c_str());
    }
    return intent;
}

}  // namespace waymark::ui
