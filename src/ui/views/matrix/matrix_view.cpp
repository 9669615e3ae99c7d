#include "ui/views/matrix/matrix_view.h"

#include <algorithm>
#include <cmath>

#include "core/method/tactics.h"
#include "imgui.h"
#include "imgui_internal.h"  // SetKeyOwner, SetFocusID: a focused card takes the arrow keys from navigation
#include "ui/kit/input_words.h"
#include "ui/kit/quadrant_style.h"
#include "ui/kit/touch_scroll.h"
#include "ui/views/voting/voting_view.h"
#include "ui/kit/widgets.h"

namespace waymark::ui {

// [SECTION] model and layout
// [SECTION] the grid and its cells
// [SECTION] cards: painting, dragging, keys
// [SECTION] the tray and the ranked list

namespace {

// From this width (in em) the tray and the ranked list sit beside the grid; below, under it.
constexpr float kTrayBesideGridEm = 44.0f;
// A cell narrower than this (a phone) cannot show a title that reads: its cards become markers
// (as in a cell too low for two lines of a title).
constexpr float kMarkerCellEm = 4.0f;

ImVec4 withAlpha(ImVec4 c, float alpha) {
    c.w = alpha;
    return c;
}

std::string tacticTitle(const Tactic& t, const Strings& tr) {
    return t.title.empty() ? tr("matrix.untitled_tactic") : t.title;
}

std::string goalTitle(const Plan& plan, const MatrixModel& model, size_t tactic, const Strings& tr) {
    const size_t g = model.goalOf[tactic];
    if (g == kNoGoal) return {};
    return plan.goals[g].title.empty() ? tr("outline.untitled_goal") : plan.goals[g].title;
}

// Text centred in [min, max], cut to fit.
void centredText(ImDrawList* draw, ImVec2 min, ImVec2 max, const std::string& text, ImU32 color) {
    const std::string shown = fitText(text, max.x - min.x);
    const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    draw->AddText(ImVec2(std::floor((min.x + max.x - size.x) * 0.5f), std::floor((min.y + max.y - size.y) * 0.5f)), color,
                  shown.c_str());
}

// Text turned a quarter turn counter-clockwise (read from bottom to top), centred on centre:
// the value axis's name beside the grid. It is laid out flat at `flat` (where it is not clipped
// away), then turned; a quarter turn keeps every glyph pixel on a pixel.
void verticalText(ImDrawList* draw, ImVec2 flat, ImVec2 centre, const std::string& text, ImU32 color) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 flatCentre(std::floor(flat.x + size.x / 2), std::floor(flat.y + size.y / 2));
    centre = ImVec2(std::floor(centre.x), std::floor(centre.y));
    const int first = draw->VtxBuffer.Size;
    draw->AddText(flat, color, text.c_str());
    for (int i = first; i < draw->VtxBuffer.Size; ++i) {
        ImVec2& p = draw->VtxBuffer[i].pos;
        const float dx = p.x - flatCentre.x, dy = p.y - flatCentre.y;
        p = ImVec2(centre.x + dy, centre.y - dx);
    }
}

}  // namespace

// [SECTION] model and layout

void MatrixView::refresh(const Plan& plan, std::uint64_t revision) {
    if (revision == modelRevision_ && plan.tactics.size() == modelTactics_ && filter_ == modelFilter_) return;
    model_ = buildMatrixModel(plan, filter_);
    modelRevision_ = revision;
    modelTactics_ = plan.tactics.size();
    modelFilter_ = filter_;
    firstShown_.fill(0);
    if (!selectedId_.empty() && !plan.findTactic(selectedId_)) selectedId_.clear();
}

float MatrixView::cardHeight(int lines) {
    return std::floor(static_cast<float>(lines) * ImGui::GetTextLineHeight() + 0.4f * ImGui::GetFontSize());
}

std::optional<Intent> MatrixView::draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision) {
    refresh(plan, revision);
    std::optional<Intent> intent;
    auto take = [&intent](std::optional<Intent> i) {
        if (i) intent = std::move(i);
    };
    const float em = ImGui::GetFontSize();
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 0.5f * em);
    take(drawToolbar(ctx, plan));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool beside = avail.x >= kTrayBesideGridEm * em;
    const float sideWidth = beside ? std::floor(std::clamp(avail.x * 0.3f, 17 * em, 26 * em)) : avail.x;
    // Narrow (an editor open beside it): the grid keeps most of the height, the lists scroll into view below.
    const ImVec2 gridSize = beside ? ImVec2(avail.x - sideWidth - ImGui::GetStyle().ItemSpacing.x, avail.y)
                                   : ImVec2(avail.x, std::max(avail.y * 0.8f, 22 * em));
    take(drawGrid(ctx, plan, gridSize));
    if (beside) ImGui::SameLine();
    ImGui::BeginChild("matrix-side", ImVec2(sideWidth, beside ? avail.y : std::max(avail.y - gridSize.y, 18 * em)),
                      ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar);
    if (markers_) drawMarkerCaption(ctx, plan);
    take(drawSide(ctx, plan));
    ImGui::EndChild();
    drawDragged(ctx, plan);
    return intent;
}

std::optional<Intent> MatrixView::drawToolbar(const ViewContext& ctx, const Plan& plan) {
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    // On a phone the filter's own choice ("All goals") says what it is: its label gives way to the grid.
    if (ImGui::GetContentRegionAvail().x >= 30 * em) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr.raw("matrix.filter"));
        ImGui::SameLine();
    }
    auto filterLabel = [&](const MatrixFilter& f) -> std::string {
        if (f.kind == MatrixFilter::Kind::objective)
            if (const Objective* o = plan.findObjective(f.id))
                return tr("matrix.filter_objective", {{"title", o->title.empty() ? tr("outline.untitled_objective") : o->title}});
        if (f.kind == MatrixFilter::Kind::goal)
            if (const Goal* g = plan.findGoal(f.id)) return g->title.empty() ? tr("outline.untitled_goal") : g->title;
        return tr("matrix.filter_all");
    };
    ImGui::SetNextItemWidth(std::min(24 * em, ImGui::GetContentRegionAvail().x * 0.45f));
    const bool open = ImGui::BeginCombo("###matrix-filter", comboPreview(filterLabel(modelFilter_)).c_str(), ImGuiComboFlags_HeightLarge);
    ctx.locator.noteLastItem("matrix-filter");
    if (open) {
        // All, then each objective followed by its goals; goals serving none come last. Clipped:
        // a big plan has a thousand goals.
        std::vector<MatrixFilter> options{MatrixFilter{}};
        for (const Objective& o : plan.objectives) {
            options.push_back({MatrixFilter::Kind::objective, o.id});
            for (const Goal& g : plan.goals)
                if (g.objectiveId == o.id) options.push_back({MatrixFilter::Kind::goal, g.id});
        }
        for (const Goal& g : plan.goals)
            if (!g.objectiveId || !plan.findObjective(*g.objectiveId)) options.push_back({MatrixFilter::Kind::goal, g.id});
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(options.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const MatrixFilter& f = options[static_cast<size_t>(i)];
                const std::string name = f.kind == MatrixFilter::Kind::all ? "all" : f.id;
                if (f.kind == MatrixFilter::Kind::goal) ImGui::Indent(em);
                ImGui::PushID(i);
                if (ImGui::Selectable(filterLabel(f).c_str(), f == modelFilter_)) filter_ = f;
                ImGui::PopID();
                ctx.locator.noteLastItem("matrix-filter:" + name);
                if (f.kind == MatrixFilter::Kind::goal) ImGui::Unindent(em);
            }
        }
        ImGui::EndCombo();
    }
    // The count and the voting button follow on the row where they fit, else on the next one.
    const size_t scored = model_.ranked.size() - model_.unscored.size();
    const std::string shown = tr.plural("matrix.shown", model_.ranked.size(),
                                        {{"scored_number", std::to_string(scored)}, {"total_number", std::to_string(model_.planTactics)}});
    sameLineIfFits(ImGui::CalcTextSize(shown.c_str()).x, em);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
    ImGui::TextUnformatted(shown.c_str());
    ImGui::PopStyleColor();
    sameLineIfFits(ImGui::CalcTextSize(tr.raw("voting.open")).x + 2 * ImGui::GetStyle().FramePadding.x, 2 * em);
    std::optional<Intent> intent = votingEntryButton(ctx, VoteSubject::tactics);
    if (scored > kMatrixCardLimit) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.tip);
        ImGui::TextWrapped("%s", tr.raw("matrix.aggregated_hint"));
        ImGui::PopStyleColor();
    }
    return intent;
}

// [SECTION] the grid and its cells

std::optional<Intent> MatrixView::drawGrid(const ViewContext& ctx, const Plan& plan, ImVec2 size) {
    std::optional<Intent> intent;
    const Theme& theme = ctx.theme;
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    ImGui::BeginChild("matrix-canvas", size, ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 region = ImGui::GetContentRegionAvail();
    // A quadrant's name sits in a band as wide as its half of the grid; a name wider than that
    // (a phone, a long language) gets a band of two lines rather than being cut.
    const float cellWidth = std::floor(std::max(region.x - 3.2f * em, 10 * em) / MatrixTransform::kCells);
    const float narrowBand = static_cast<float>(std::min(kHighScore - kMinScore, kMaxScore - kHighScore + 1)) * cellWidth - 0.7f * em;
    bool twoLines = false;
    for (Quadrant q : {Quadrant::quick_win, Quadrant::major_project, Quadrant::fill_in, Quadrant::thankless})
        twoLines = twoLines || ImGui::CalcTextSize(tr(std::string("matrix.band.") + name(q)).c_str()).x > narrowBand;
    const float band = (twoLines ? 2.0f : 1.0f) * ImGui::GetTextLineHeight() + 0.4f * em;
    const float left = 2.8f * em, top = band + 0.4f * em, bottom = band + 2.6f * em, right = 0.4f * em;
    const float cells = MatrixTransform::kCells;
    transform_.origin = ImVec2(std::floor(pos.x + left), std::floor(pos.y + top));
    transform_.cellSize = ImVec2(std::floor(std::max(region.x - left - right, 10 * em) / cells),
                                 std::floor(std::max(region.y - top - bottom, 10 * em) / cells));
    const ImVec2 gridMin = transform_.origin, gridMax = transform_.end();
    // Markers where a card's title cannot read: a cell too narrow (a phone) or too low for a
    // title's two lines (the workshop's grid on a projector showed "Meng…" and "2 tactics").
    const float cellPad = 2 * std::floor(0.25f * em);
    markers_ = transform_.cellSize.x - cellPad < kMarkerCellEm * em || transform_.cellSize.y - cellPad < cardHeight(2);

    // The grid as one item: its rect is what tests and scripts aim drops at.
    ImGui::SetCursorScreenPos(gridMin);
    ImGui::Dummy(ImVec2(gridMax.x - gridMin.x, gridMax.y - gridMin.y));
    ctx.locator.noteLastItem("matrix");

    // Quadrants: a tinted area each, and its name in a band above (high value) or below (low).
    struct Area { Quadrant quadrant; int fromComplexity, toComplexity, fromValue, toValue; };
    const Area areas[] = {{Quadrant::quick_win, kMinScore, kHighScore - 1, kHighScore, kMaxScore},
                          {Quadrant::major_project, kHighScore, kMaxScore, kHighScore, kMaxScore},
                          {Quadrant::fill_in, kMinScore, kHighScore - 1, kMinScore, kHighScore - 1},
                          {Quadrant::thankless, kHighScore, kMaxScore, kMinScore, kHighScore - 1}};
    const float rounding = 0.3f * em;
    for (const Area& a : areas) {
        const ImVec4& color = quadrantColor(a.quadrant, theme);
        const ImVec2 min = transform_.cellMin({a.fromComplexity, a.toValue});
        const ImVec2 max = transform_.cellMax({a.toComplexity, a.fromValue});
        draw->AddRectFilled(min, max, packed(withAlpha(color, 0.07f)));
        const bool high = a.fromValue >= kHighScore;
        const ImVec2 bandMin(min.x + 0.15f * em, high ? gridMin.y - band - 0.2f * em : gridMax.y + 0.2f * em);
        const ImVec2 bandMax(max.x - 0.15f * em, high ? gridMin.y - 0.2f * em : gridMax.y + band + 0.2f * em);
        draw->AddRectFilled(bandMin, bandMax, packed(withAlpha(color, 0.16f)), rounding);
        const std::vector<std::string> lines =
            wrapText(tr(std::string("matrix.band.") + name(a.quadrant)), bandMax.x - bandMin.x - 0.4f * em, 2);
        const float lineHeight = ImGui::GetTextLineHeight();
        float y = (bandMin.y + bandMax.y - lineHeight * static_cast<float>(lines.size())) * 0.5f;
        for (const std::string& l : lines) {
            centredText(draw, ImVec2(bandMin.x, y), ImVec2(bandMax.x, y + lineHeight), l, packed(color));
            y += lineHeight;
        }
    }
    // Cell lines, and heavier lines where the quadrants meet.
    const float thin = std::max(1.0f, std::floor(em / 16)), thick = std::max(2.0f, std::floor(em / 6));
    for (int i = 0; i <= MatrixTransform::kCells; ++i) {
        const float x = gridMin.x + i * transform_.cellSize.x, y = gridMin.y + i * transform_.cellSize.y;
        const bool columnSplit = i == kHighScore - kMinScore, rowSplit = i == kMaxScore - kHighScore + 1;
        draw->AddLine(ImVec2(x, gridMin.y), ImVec2(x, gridMax.y), packed(columnSplit ? theme.textMuted : theme.surfaceBorder),
                      columnSplit ? thick : thin);
        draw->AddLine(ImVec2(gridMin.x, y), ImVec2(gridMax.x, y), packed(rowSplit ? theme.textMuted : theme.surfaceBorder),
                      rowSplit ? thick : thin);
    }
    // Axes: value 1..5 up the left, complexity 1..5 along the bottom, each with its name.
    const ImU32 muted = packed(theme.textMuted);
    for (int s = kMinScore; s <= kMaxScore; ++s) {
        const float rowY = transform_.rowY(s), columnX = transform_.columnX(s);
        centredText(draw, ImVec2(pos.x + 1.4f * em, rowY), ImVec2(gridMin.x, rowY + transform_.cellSize.y), std::to_string(s), muted);
        centredText(draw, ImVec2(columnX, gridMax.y + band + 0.2f * em),
                    ImVec2(columnX + transform_.cellSize.x, gridMax.y + band + 1.4f * em), std::to_string(s), muted);
    }
    verticalText(draw, gridMin, ImVec2(pos.x + 0.7f * em, (gridMin.y + gridMax.y) * 0.5f),
                 fitText(tr("matrix.axis_value"), gridMax.y - gridMin.y), packed(theme.text));
    centredText(draw, ImVec2(gridMin.x, gridMax.y + band + 1.4f * em), ImVec2(gridMax.x, gridMax.y + band + 2.6f * em),
                tr("matrix.axis_complexity"), packed(theme.text));

    const bool aggregate = model_.ranked.size() - model_.unscored.size() > kMatrixCardLimit;
    for (int value = kMaxScore; value >= kMinScore; --value)
        for (int complexity = kMinScore; complexity <= kMaxScore; ++complexity)
            if (auto i = drawCell(ctx, plan, {complexity, value}, aggregate)) intent = i;

    // While a card is dragged, the cell it would land in is outlined, with what it would become.
    if (!draggingId_.empty()) {
        if (const auto target = transform_.cellAt(ImGui::GetIO().MousePos)) {
            const ImVec2 min = transform_.cellMin(*target), max = transform_.cellMax(*target);
            draw->AddRect(min, max, packed(theme.accent), rounding, 0, thick);
        }
    }
    if (model_.ranked.empty()) {
        const std::string empty = plan.tactics.empty() ? tr("matrix.empty_plan") : tr("matrix.empty_filter");
        ImGui::SetCursorScreenPos(ImVec2(gridMin.x + em, gridMin.y + em));
        ImGui::PushTextWrapPos(gridMax.x - gridMin.x - em);
        ImGui::TextWrapped("%s", empty.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    return intent;
}

std::optional<Intent> MatrixView::drawCell(const ViewContext& ctx, const Plan& plan, MatrixCell cell, bool aggregate) {
    std::optional<Intent> intent;
    const std::vector<size_t>& all = model_.cells[cellIndex(cell)];
    if (all.empty()) return intent;
    if (markers_ && !aggregate) return drawMarkers(ctx, plan, cell);
    const float em = ImGui::GetFontSize();
    const float pad = std::floor(0.25f * em), gap = std::floor(0.2f * em);
    const ImVec2 min = transform_.cellMin(cell), max = transform_.cellMax(cell);
    const float room = max.y - min.y - 2 * pad;
    const float barHeight = std::floor(1.4f * em);
    const auto cardsIn = [&](float height, int lines) {
        return static_cast<size_t>(std::max(0.0f, (height + gap) / (cardHeight(lines) + gap)));
    };
    // As many lines a card as let every card of the cell show (three, two, then one: seeing each
    // tactic beats reading it whole); when not even one line each fits, cards of two lines (a
    // title read whole) above a bar that counts them all and pages through.
    int lines = 3;
    while (lines > 1 && cardsIn(room, lines) < all.size()) --lines;
    size_t fits = cardsIn(room, lines);
    const bool paged = aggregate || all.size() > fits;
    if (paged) {
        lines = cardsIn(room - barHeight - gap, 2) > 0 ? 2 : 1;
        // A cell too small for a card and the bar (or a big plan) shows only the count.
        fits = aggregate ? 0 : cardsIn(room - barHeight - gap, lines);
    }
    const ImVec2 cardSize(max.x - min.x - 2 * pad, cardHeight(lines));
    const bool countOnly = paged && fits == 0;
    size_t& first = firstShown_[cellIndex(cell)];
    const std::vector<size_t> shown = shownInCell(plan, all, fits, first);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::PushClipRect(min, max, true);  // for drawing and for hit testing
    float y = min.y + pad;
    for (size_t t : shown) {
        if (auto i = card(ctx, plan, t, ImVec2(min.x + pad, y), cardSize)) intent = i;
        y += cardSize.y + gap;
    }
    std::string count = ctx.tr.plural("matrix.cell_count", all.size());
    // A cell narrower than "3 tactics" (a phone) shows the number alone rather than "3 tac…".
    if (countOnly && ImGui::CalcTextSize(count.c_str()).x > max.x - min.x) count = std::to_string(all.size());
    if (countOnly && max.y - y >= ImGui::GetTextLineHeight()) {
        // The count alone (large in a big plan), under the selected card if there is one.
        if (aggregate) ImGui::PushFont(ctx.fonts.heading);
        centredText(draw, ImVec2(min.x, y), max, count, packed(ctx.theme.text));
        if (aggregate) ImGui::PopFont();
    } else if (paged && !countOnly) {
        const std::string label = count + "  " + ctx.tr("matrix.cell_next");
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad, max.y - pad - barHeight));
        ImGui::PushID(static_cast<int>(cellIndex(cell)));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.4f * em, 0.1f * em));
        if (ImGui::Button((fitText(label, cardSize.x - 0.8f * em) + "###more").c_str(), ImVec2(cardSize.x, barHeight)))
            first = (first + fits) % all.size();
        ImGui::PopStyleVar();
        ImGui::PopID();
        ctx.locator.noteLastItem("matrix-more:" + std::to_string(cell.complexity) + ":" + std::to_string(cell.value));
    }
    ImGui::PopClipRect();
    return intent;
}

std::vector<size_t> MatrixView::shownInCell(const Plan& plan, const std::vector<size_t>& all, size_t fits, size_t& first) const {
    if (first >= all.size()) first = 0;
    std::vector<size_t> shown;
    for (size_t k = 0; k < std::min(fits, all.size()); ++k) shown.push_back(all[(first + k) % all.size()]);
    // The selected (or dragged) tactic always shows in its cell, so it can be moved from here.
    for (const std::string* keep : {&selectedId_, &draggingId_}) {
        if (keep->empty()) continue;
        const auto at = std::find_if(all.begin(), all.end(), [&](size_t t) { return plan.tactics[t].id == *keep; });
        if (at == all.end() || std::find(shown.begin(), shown.end(), *at) != shown.end()) continue;
        if (shown.empty()) shown.push_back(*at);
        else shown.front() = *at;
    }
    return shown;
}

std::optional<Intent> MatrixView::drawMarkers(const ViewContext& ctx, const Plan& plan, MatrixCell cell) {
    std::optional<Intent> intent;
    const std::vector<size_t>& all = model_.cells[cellIndex(cell)];
    const float em = ImGui::GetFontSize();
    const float pad = std::floor(0.15f * em), gap = std::floor(0.15f * em);
    const ImVec2 min = transform_.cellMin(cell), max = transform_.cellMax(cell);
    // As wide as the longest number, with room for the quadrant's stripe; a line high, so that a
    // phone's cell holds a few of them.
    const std::string longest = std::to_string(model_.ranked.size());
    const ImVec2 size(std::floor(std::max(ImGui::CalcTextSize(longest.c_str()).x + 0.6f * em, 1.5f * em)),
                      std::floor(ImGui::GetTextLineHeight() + 0.2f * em));
    const size_t perRow = static_cast<size_t>(std::max(1.0f, (max.x - min.x - 2 * pad + gap) / (size.x + gap)));
    const size_t rows = static_cast<size_t>(std::max(1.0f, (max.y - min.y - 2 * pad + gap) / (size.y + gap)));
    // At least two places: one tactic and the count that pages to the next.
    const size_t places = std::max<size_t>(perRow * rows, 2);
    const bool paged = all.size() > places;
    const size_t fits = paged ? places - 1 : all.size();
    size_t& first = firstShown_[cellIndex(cell)];
    const std::vector<size_t> shown = shownInCell(plan, all, fits, first);
    const auto placeAt = [&](size_t k) {
        return ImVec2(min.x + pad + static_cast<float>(k % perRow) * (size.x + gap),
                      min.y + pad + static_cast<float>(k / perRow) * (size.y + gap));
    };
    // A cell with room for one marker only: the count sits on the marker's lower half.
    const bool stacked = perRow * rows < 2;
    ImGui::PushClipRect(min, max, true);
    for (size_t k = 0; k < shown.size(); ++k)
        if (auto i = card(ctx, plan, shown[k], placeAt(k), size, true)) intent = i;
    if (paged) {
        // The last place counts the rest and pages through them.
        const ImVec2 at = stacked ? ImVec2(min.x + pad, min.y + pad + size.y * 0.55f) : placeAt(fits);
        ImGui::SetCursorScreenPos(at);
        ImGui::PushID(static_cast<int>(cellIndex(cell)));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.1f * em, 0.1f * em));
        const std::string more = "+" + std::to_string(all.size() - fits) + "###more";
        if (ImGui::Button(more.c_str(), size)) first = (first + fits) % all.size();
        ImGui::PopStyleVar();
        ImGui::PopID();
        ctx.locator.noteLastItem("matrix-more:" + std::to_string(cell.complexity) + ":" + std::to_string(cell.value));
    }
    ImGui::PopClipRect();
    return intent;
}

void MatrixView::drawMarkerCaption(const ViewContext& ctx, const Plan& plan) const {
    const Tactic* selected = selectedId_.empty() ? nullptr : plan.findTactic(selectedId_);
    const size_t rank = selected ? model_.rankOf[static_cast<size_t>(selected - plan.tactics.data())] : 0;
    if (rank == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", pointerWords(ctx.tr, "matrix.markers_hint").c_str());
        ImGui::PopStyleColor();
        return;
    }
    const Quadrant quadrant = quadrantOf(*selected);
    ImGui::TextWrapped("%s", ctx.tr("matrix.marker_selected", {{"rank_number", std::to_string(rank)},
                                                               {"title", tacticTitle(*selected, ctx.tr)}})
                                 .c_str());
    ctx.locator.noteLastItem("matrix-selected");
    ImGui::TextColored(quadrantColor(quadrant, ctx.theme), "%s", ctx.tr(quadrantKey(quadrant)).c_str());
}

// [SECTION] cards: painting, dragging, keys

void MatrixView::paintCard(const ViewContext& ctx, const Plan& plan, size_t tactic, ImVec2 min, ImVec2 size,
                           CardStyle style, ImDrawList* draw) const {
    const Theme& theme = ctx.theme;
    const Tactic& t = plan.tactics[tactic];
    const Quadrant quadrant = quadrantOf(t);
    const ImVec4& color = quadrantColor(quadrant, theme);
    const float em = ImGui::GetFontSize();
    const float rounding = 0.3f * em;
    const ImVec2 max(min.x + size.x, min.y + size.y);
    if (style.placeholder) {
        // Where the card was picked up from, while it is being dragged.
        draw->AddRect(min, max, packed(withAlpha(color, 0.6f)), rounding, 0, std::max(1.0f, std::floor(em / 10)));
        return;
    }
    draw->AddRectFilled(min, max, packed(style.hovered ? withAlpha(theme.accent, 0.06f) : theme.surface), rounding);
    draw->AddRectFilled(min, ImVec2(min.x + 0.3f * em, max.y), packed(color), rounding, ImDrawFlags_RoundCornersLeft);
    const bool emphasised = style.selected;
    draw->AddRect(min, max, packed(emphasised ? theme.accent : theme.surfaceBorder), rounding, 0,
                  emphasised ? std::max(2.0f, std::floor(em / 7)) : 1.0f);
    if (style.marker) {
        // Its number in the ranked list, centred right of the stripe.
        const std::string number = std::to_string(model_.rankOf[tactic]);
        const ImVec2 text = ImGui::CalcTextSize(number.c_str());
        draw->AddText(ImVec2(std::floor(min.x + 0.15f * em + (size.x - text.x) * 0.5f), std::floor(min.y + (size.y - text.y) * 0.5f)),
                      packed(theme.text), number.c_str());
        return;
    }
    const float textX = min.x + 0.55f * em, textWidth = max.x - textX - 0.3f * em;
    float lineY = min.y + std::floor(0.2f * em);
    const float line = ImGui::GetTextLineHeight();
    const int lines = std::max(1, static_cast<int>(std::lround((size.y - 0.4f * em) / line)));
    // The title wrapped by words on up to two lines, so a narrow card reads "QR code on" rather than "QR-Ka…".
    for (const std::string& l : wrapText(tacticTitle(t, ctx.tr), textWidth, std::min(lines, 2))) {
        draw->AddText(ImVec2(textX, lineY), packed(theme.text), l.c_str());
        lineY += line;
    }
    if (lineY + line > max.y) return;
    // A line left: the quadrant's name first, then the goal as far as it fits.
    const std::string quadrantName = ctx.tr(quadrantKey(quadrant)) + "  ·  ";
    draw->AddText(ImVec2(textX, lineY), packed(color), fitText(quadrantName, textWidth).c_str());
    const float quadrantWidth = ImGui::CalcTextSize(quadrantName.c_str()).x;
    if (quadrantWidth < textWidth)
        draw->AddText(ImVec2(textX + quadrantWidth, lineY), packed(theme.textMuted),
                      fitText(goalTitle(plan, model_, tactic, ctx.tr), textWidth - quadrantWidth).c_str());
}

std::optional<Intent> MatrixView::nudge(const Tactic& tactic, int dComplexity, int dValue) {
    Tactic next = tactic;
    if (quadrantOf(tactic) == Quadrant::unscored) {
        // The score it has (a value from dot voting) stays; a missing one starts in the middle
        // of the grid, from where the arrows go on.
        next.complexity = tactic.complexity.value_or(kHighScore);
        next.value = tactic.value.value_or(kHighScore);
    } else {
        next.complexity = std::clamp(*tactic.complexity + dComplexity, kMinScore, kMaxScore);
        next.value = std::clamp(*tactic.value + dValue, kMinScore, kMaxScore);
    }
    if (next == tactic) return std::nullopt;
    return Intent{PlanEdit{UpdateTactic{std::move(next), "score"}}};
}

std::optional<Intent> MatrixView::card(const ViewContext& ctx, const Plan& plan, size_t tactic, ImVec2 min, ImVec2 size,
                                       bool marker) {
    std::optional<Intent> intent;
    const Tactic& t = plan.tactics[tactic];
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(t.id.c_str());
    const bool pressed = ImGui::InvisibleButton("card", size);
    ImGui::PopID();
    const ImGuiID id = ImGui::GetItemID();
    ctx.locator.noteLastItem("tactic:" + t.id);
    if (refocusId_ == t.id) {
        ImGui::SetFocusID(id, ImGui::GetCurrentWindow());
        GImGui->NavDisableHighlight = false;
        refocusId_.clear();
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemActivated()) {
        grabOffset_ = ImVec2(io.MousePos.x - min.x, io.MousePos.y - min.y);
        dragSize_ = size;
        dragMarker_ = marker;
        dragCancelled_ = false;
    }
    if (ImGui::IsItemActive()) TouchScroll::keepDrag();  // a finger on a card moves the card, not the page
    if (ImGui::IsItemActive() && !dragCancelled_ && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        draggingId_ = t.id;
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
            dragCancelled_ = true;
            draggingId_.clear();
        }
    }
    if (ImGui::IsItemDeactivated()) {
        if (draggingId_ == t.id) {
            draggingId_.clear();
            selectedId_ = t.id;
            scrollToSelected_ = true;
            // Dropped on the grid: the cell's scores; anywhere else: nothing changes.
            if (const auto cell = transform_.cellAt(io.MousePos)) {
                Tactic next = t;
                next.complexity = cell->complexity;
                next.value = cell->value;
                if (next != t) intent = PlanEdit{UpdateTactic{std::move(next), "score"}};
            }
        } else if (pressed) {
            selectedId_ = t.id;
            scrollToSelected_ = true;
        }
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) intent = EditGoal{t.goalId};
    if (draggingId_.empty() && ImGui::IsItemHovered()) {
        // A card cuts its texts to fit its cell: the whole of them on hover. At once, not after
        // a delay: the page draws no frames while the pointer rests, so a delay would never end.
        const Quadrant quadrant = quadrantOf(t);
        std::string scores = ctx.tr(quadrantKey(quadrant));
        if (quadrant != Quadrant::unscored)
            scores += "  ·  " + ctx.tr("matrix.scores", {{"value", std::to_string(*t.value)},
                                                         {"complexity", std::to_string(*t.complexity)}});
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
        ImGui::TextWrapped("%s", tacticTitle(t, ctx.tr).c_str());
        ImGui::TextColored(quadrantColor(quadrant, ctx.theme), "%s", scores.c_str());
        ImGui::TextDisabled("%s", goalTitle(plan, model_, tactic, ctx.tr).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (ImGui::IsItemFocused() && draggingId_.empty()) {
        // The arrows move the card, not the keyboard focus: claimed every frame while focused.
        for (ImGuiKey key : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow})
            ImGui::SetKeyOwner(key, id);
        const auto pressedKey = [&](ImGuiKey key) { return ImGui::IsKeyPressed(key, id, ImGuiInputFlags_Repeat); };
        std::optional<Intent> moved;
        if (pressedKey(ImGuiKey_UpArrow)) moved = nudge(t, 0, 1);
        else if (pressedKey(ImGuiKey_DownArrow)) moved = nudge(t, 0, -1);
        else if (pressedKey(ImGuiKey_RightArrow)) moved = nudge(t, 1, 0);
        else if (pressedKey(ImGuiKey_LeftArrow)) moved = nudge(t, -1, 0);
        if (moved) {
            intent = std::move(moved);
            selectedId_ = refocusId_ = t.id;
        }
    }
    CardStyle style;
    style.selected = selectedId_ == t.id || (ImGui::IsItemFocused() && !GImGui->NavDisableHighlight);
    style.hovered = ImGui::IsItemHovered();
    style.placeholder = draggingId_ == t.id;
    style.marker = marker;
    paintCard(ctx, plan, tactic, min, size, style, ImGui::GetWindowDrawList());
    return intent;
}

void MatrixView::drawDragged(const ViewContext& ctx, const Plan& plan) {
    if (draggingId_.empty()) return;
    const auto at = std::find_if(plan.tactics.begin(), plan.tactics.end(), [&](const Tactic& t) { return t.id == draggingId_; });
    if (at == plan.tactics.end()) {
        draggingId_.clear();
        return;
    }
    // The card follows the pointer above everything else.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImVec2 min(mouse.x - grabOffset_.x, mouse.y - grabOffset_.y);
    CardStyle style;
    style.selected = true;
    style.marker = dragMarker_;
    paintCard(ctx, plan, static_cast<size_t>(at - plan.tactics.begin()), min, dragSize_, style,
              ImGui::GetForegroundDrawList());
}

// [SECTION] the tray and the ranked list

std::optional<Intent> MatrixView::drawSide(const ViewContext& ctx, const Plan& plan) {
    std::optional<Intent> intent;
    const Strings& tr = ctx.tr;
    const float em = ImGui::GetFontSize();
    const float gap = std::floor(0.3f * em);
    // The tray: tactics without both scores, waiting to be dragged onto the grid.
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(tr.plural("matrix.tray_title", model_.unscored.size()).c_str());
    ImGui::PopFont();
    if (model_.unscored.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", tr.raw("matrix.tray_empty"));
        ImGui::PopStyleColor();
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.theme.textMuted);
        ImGui::TextWrapped("%s", pointerWords(tr, "matrix.tray_hint").c_str());
        ImGui::PopStyleColor();
        const float rowHeight = cardHeight() + gap;
        const float height = std::min(rowHeight * static_cast<float>(model_.unscored.size()),
                                      std::max(ImGui::GetContentRegionAvail().y * 0.35f, rowHeight));
        ImGui::BeginChild("tray", ImVec2(0, height), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
        const float width = ImGui::GetContentRegionAvail().x;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(model_.unscored.size()), rowHeight);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const ImVec2 at = ImGui::GetCursorScreenPos();
                if (auto e = card(ctx, plan, model_.unscored[static_cast<size_t>(i)], at, ImVec2(width, cardHeight()))) intent = e;
                ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + rowHeight));
                ImGui::Dummy(ImVec2(0, 0));
            }
        }
        ImGui::EndChild();
    }
    ImGui::Spacing();
    if (auto e = drawRankedList(ctx, plan)) intent = e;
    return intent;
}

std::optional<Intent> MatrixView::drawRankedList(const ViewContext& ctx, const Plan& plan) {
    std::optional<Intent> intent;
    const Strings& tr = ctx.tr;
    const Theme& theme = ctx.theme;
    const float em = ImGui::GetFontSize();
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(tr.raw("matrix.ranked_title"));
    ImGui::PopFont();
    ImGui::BeginChild("ranked", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_None);
    const float rowHeight = std::floor(2 * em + 0.5f * em);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(model_.ranked.size()), rowHeight + ImGui::GetStyle().ItemSpacing.y);
    if (scrollToSelected_) {
        const auto at = std::find_if(model_.ranked.begin(), model_.ranked.end(),
                                     [&](size_t t) { return plan.tactics[t].id == selectedId_; });
        if (at != model_.ranked.end()) clipper.IncludeItemByIndex(static_cast<int>(at - model_.ranked.begin()));
        else scrollToSelected_ = false;  // filtered out: nothing to bring into view
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const size_t index = model_.ranked[static_cast<size_t>(i)];
            const Tactic& t = plan.tactics[index];
            const Quadrant quadrant = quadrantOf(t);
                    ImGui::PushID(t.id.c_str());
            const ImVec2 min = ImGui::GetCursorScreenPos();
            const float width = ImGui::GetContentRegionAvail().x;
            if (ImGui::Selectable("##row", selectedId_ == t.id, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(width, rowHeight))) {
                selectedId_ = t.id;
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) intent = EditGoal{t.goalId};
            }
            ImGui::PopID();
            ctx.locator.noteLastItem("rank:" + t.id);
            const std::string number = std::to_string(i + 1) + ".";
            const float numberWidth = ImGui::CalcTextSize("0000.").x;
            draw->AddText(ImVec2(min.x, min.y + 0.2f * em), packed(theme.textMuted), number.c_str());
            const float textX = min.x + numberWidth, textWidth = width - numberWidth;
            draw->AddText(ImVec2(textX, min.y + 0.2f * em), packed(theme.text), fitText(tacticTitle(t, tr), textWidth).c_str());
            // Second line: the quadrant in its colour, then the scores and the goal.
            const std::string quadrantName = tr(quadrantKey(quadrant));
            std::string detail;
            if (quadrant != Quadrant::unscored)
                detail += "  ·  " + tr("matrix.scores", {{"value", std::to_string(*t.value)},
                                                         {"complexity", std::to_string(*t.complexity)}});
            detail += "  ·  " + goalTitle(plan, model_, index, tr);
            draw->AddText(ImVec2(textX, min.y + 1.2f * em), packed(quadrantColor(quadrant, theme)), quadrantName.c_str());
            const float rest = ImGui::CalcTextSize(quadrantName.c_str()).x;
            draw->AddText(ImVec2(textX + rest, min.y + 1.2f * em), packed(theme.textMuted),
                          fitText(detail, textWidth - rest).c_str());
            if (scrollToSelected_ && t.id == selectedId_) {
                ImGui::SetScrollHereY(0.5f);
                scrollToSelected_ = false;
            }
        }
    }
    ImGui::EndChild();
    return intent;
}

}  // namespace waymark::ui
