#pragma once
// The views of the main area, one row each: its ViewId and tab, and how App draws it, asks whether
// it needs frames and reads it for the screen-reader mirror. App loops over the rows and names no
// view but where it must (a new task selected in the task plan, the map's pinch). Adding a view is
// a new file for it and one row here (docs/views.md).
#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/screen_mirror.h"
#include "core/method/review.h"
#include "core/plan/plan.h"
#include "core/text/i18n.h"
#include "platform/screen_reader.h"
#include "ui/chrome/view_switcher.h"
#include "ui/intent.h"
#include "ui/view_context.h"
#include "ui/views/map/map_view.h"
#include "ui/views/matrix/matrix_view.h"
#include "ui/views/outline/outline_view.h"
#include "ui/views/task_plan/task_plan_view.h"
#include "ui/views/tracking/tracking_view.h"
#include "ui/views/voting/voting_view.h"
#include "ui/views/workshop/workshop_view.h"

namespace waymark {

// Content wider than this many em is hard to follow on a wide projector image.
inline constexpr float kMaxContentEm = 52.0f;

// What the rows read besides their own view: the plan and what the App worked out about it.
struct ViewInputs {
    const Plan& plan;
    const Strings& tr;
    std::uint64_t stamp;  // ViewContext::stamp: the plan's revision, the language, today
    // Every goal's review and the plan's findings, asked for only by the views that show them (a
    // large plan's review takes a while; the App keeps it until the plan changes).
    std::function<const ReviewsByGoal&()> reviews;
    std::function<const std::vector<Finding>&()> planFindings;
    std::string selected;   // the goal or objective open in an editor, "" when none
    ui::PinchInput& pinch;  // two fingers on the canvas since the last frame (the map takes it)
    // The plan as describePlan says it, from its name on, and a number that changes with it.
    const std::vector<platform::MirrorNode>& planMirror;
    std::uint64_t planMirrorVersion;
};

// One view as App sees it, whatever the view's type. A row adds itself to the registry's list.
class ViewRow {
public:
    ViewRow(std::vector<ViewRow*>& rows, ui::ViewInfo info) : info(info) { rows.push_back(this); }
    ViewRow(const ViewRow&) = delete;
    ViewRow& operator=(const ViewRow&) = delete;
    virtual ~ViewRow() = default;

    const ui::ViewInfo info;  // info.labelKey nullptr: no tab (the view opens from within others)
    // Draws the view into the main area; what the user asked for, in the order it was asked.
    virtual ui::Intents draw(const ui::ViewContext& ctx, ViewInputs& in) = 0;
    // True while the view needs frames without input (a field taking the keyboard).
    virtual bool needsFrames() const = 0;
    // The one scheme every view's mirror follows: a number that changes whenever what describe()
    // says changes, so App rebuilds the mirror only then.
    virtual std::uint64_t mirrorVersion(const ViewInputs& in) const = 0;
    // The view for screen readers: what the mirror says after the plan's name while it is shown.
    virtual std::vector<platform::MirrorNode> describe(const ViewInputs& in) const = 0;
};

// A row for a view of type View: the view object and the four functions that adapt it.
template <class View> class Row final : public ViewRow {
public:
    struct Adapter {
        ui::Intents (*draw)(View&, const ui::ViewContext&, ViewInputs&);
        bool (*needsFrames)(const View&);
        std::uint64_t (*mirrorVersion)(const View&, const ViewInputs&);
        std::vector<platform::MirrorNode> (*describe)(const View&, const ViewInputs&);
    };
    Row(std::vector<ViewRow*>& rows, ui::ViewInfo info, Adapter adapter) : ViewRow(rows, info), adapter_(adapter) {}

    View view;

    ui::Intents draw(const ui::ViewContext& ctx, ViewInputs& in) override { return adapter_.draw(view, ctx, in); }
    bool needsFrames() const override { return adapter_.needsFrames(view); }
    std::uint64_t mirrorVersion(const ViewInputs& in) const override { return adapter_.mirrorVersion(view, in); }
    std::vector<platform::MirrorNode> describe(const ViewInputs& in) const override {
        return adapter_.describe(view, in);
    }

private:
    Adapter adapter_;
};

// Helpers the rows share (view_registry.cpp).
// A view's intent, if any, as the frame's list.
ui::Intents intentsOf(std::optional<ui::Intent> intent);
// Never needs frames of its own.
template <class View> bool noFrames(const View&) { return false; }
// A version for a view that says itself as lines of text: it changes when any line does.
std::uint64_t linesVersion(const std::vector<std::string>& lines);
// Lines as mirror nodes: the first `headings` as headings, the rest as items, at level 2.
std::vector<platform::MirrorNode> linesAsNodes(const std::vector<std::string>& lines, size_t headings);
// The outline in its centred column, with its introduction and the way to dot voting on goals.
ui::Intents drawOutlineColumn(ui::OutlineView& outline, const ui::ViewContext& ctx, ViewInputs& in);

// Every view, one row each, in the order of their tabs. App owns one.
struct ViewRegistry {
    ViewRegistry() = default;
    ViewRegistry(const ViewRegistry&) = delete;
    ViewRegistry& operator=(const ViewRegistry&) = delete;

    // The row of a view (every ViewId has one).
    ViewRow& row(ui::ViewId id) const;
    // The tabs, in their order: the rows that have a label.
    std::span<const ui::ViewInfo> tabs() const { return tabs_; }

    std::vector<ViewRow*> rows;  // filled by the rows below as they are made, so declared first

    // ---- the table --------------------------------------------------------------------------
    Row<ui::OutlineView> outline{
        rows, {ui::ViewId::outline, "outline", "view.outline", "view.outline_hint"},
        {.draw = drawOutlineColumn,
         .needsFrames = [](const ui::OutlineView& v) { return v.needsFrames(); },
         .mirrorVersion = [](const ui::OutlineView&, const ViewInputs& in) { return in.planMirrorVersion; },
         // The outline is the plan as describePlan says it: everything after the plan's name.
         .describe = [](const ui::OutlineView&, const ViewInputs& in) {
             return std::vector<platform::MirrorNode>(in.planMirror.begin() + std::min<size_t>(in.planMirror.size(), 1),
                                                      in.planMirror.end());
         }}};
    Row<ui::MatrixView> matrix{
        rows, {ui::ViewId::matrix, "matrix", "view.matrix", "view.matrix_hint"},
        {.draw = [](ui::MatrixView& v, const ui::ViewContext& ctx,
                    ViewInputs& in) { return intentsOf(v.draw(ctx, in.plan, ctx.stamp)); },
         .needsFrames = noFrames<ui::MatrixView>,
         .mirrorVersion = [](const ui::MatrixView&, const ViewInputs& in) { return in.stamp; },
         .describe = [](const ui::MatrixView&, const ViewInputs& in) { return describeMatrix(in.plan, in.tr); }}};
    Row<ui::TaskPlanView> tasks{
        rows, {ui::ViewId::tasks, "tasks", "view.tasks", "view.tasks_hint"},
        {.draw = [](ui::TaskPlanView& v, const ui::ViewContext& ctx,
                    ViewInputs& in) { return intentsOf(v.draw(ctx, in.plan, ctx.stamp)); },
         .needsFrames = [](const ui::TaskPlanView& v) { return v.needsFrames(); },
         .mirrorVersion = [](const ui::TaskPlanView& v, const ViewInputs&) { return v.shownVersion(); },
         .describe = [](const ui::TaskPlanView& v, const ViewInputs&) {
             std::vector<platform::MirrorNode> nodes;
             for (const ui::TaskPlanView::ShownLine& line : v.shown())
                 nodes.push_back({line.heading ? platform::MirrorNode::Role::heading : platform::MirrorNode::Role::item,
                                  line.level, line.text});
             return nodes;
         }}};
    Row<ui::TrackingView> tracking{
        rows, {ui::ViewId::tracking, "tracking", "view.tracking", "view.tracking_hint"},
        {.draw = [](ui::TrackingView& v, const ui::ViewContext& ctx,
                    ViewInputs& in) { return intentsOf(v.draw(ctx, in.plan, ctx.stamp)); },
         .needsFrames = [](const ui::TrackingView& v) { return v.needsFrames(); },
         .mirrorVersion = [](const ui::TrackingView& v, const ViewInputs&) { return v.describedVersion(); },
         .describe = [](const ui::TrackingView& v, const ViewInputs& in) { return describeTracking(v, in.tr); }}};
    Row<ui::MapView> map{
        rows, {ui::ViewId::map, "map", "view.map", "view.map_hint"},
        {.draw = [](ui::MapView& v, const ui::ViewContext& ctx, ViewInputs& in) {
             ui::Intents intents = intentsOf(v.draw(ctx, in.plan, ctx.stamp, in.pinch));
             in.pinch = {};  // taken
             return intents;
         },
         .needsFrames = noFrames<ui::MapView>,
         .mirrorVersion = [](const ui::MapView& v, const ViewInputs&) { return v.stamp(); },
         .describe = [](const ui::MapView& v, const ViewInputs& in) { return describeMap(v, in.tr); }}};
    // Not a tab: dot voting opens from the matrix (tactics) and the outline (goals). While totals
    // are hidden its mirror says only the current voter's dots.
    Row<ui::VotingView> voting{
        rows, {ui::ViewId::voting, "voting", nullptr, nullptr},
        {.draw = [](ui::VotingView& v, const ui::ViewContext& ctx,
                    ViewInputs& in) { return intentsOf(v.draw(ctx, in.plan)); },
         .needsFrames = noFrames<ui::VotingView>,
         .mirrorVersion = [](const ui::VotingView& v,
                             const ViewInputs& in) { return linesVersion(v.describe(in.plan, in.tr)); },
         .describe = [](const ui::VotingView& v,
                        const ViewInputs& in) { return linesAsNodes(v.describe(in.plan, in.tr), 1); }}};
    Row<ui::WorkshopView> workshop{
        rows, {ui::ViewId::workshop, "workshop", "view.workshop", "view.workshop_hint"},
        {.draw = [](ui::WorkshopView& v, const ui::ViewContext& ctx, ViewInputs& in) {
             return intentsOf(v.draw(ctx, in.plan, ctx.stamp, {in.reviews(), in.planFindings()}));
         },
         .needsFrames = [](const ui::WorkshopView& v) { return v.needsFrames(); },
         .mirrorVersion = [](const ui::WorkshopView& v, const ViewInputs&) { return linesVersion(v.shownLines()); },
         // The step as it is shown: its indicator and title as headings, then its lines.
         .describe = [](const ui::WorkshopView& v, const ViewInputs&) { return linesAsNodes(v.shownLines(), 2); }}};
    // ---- end of the table -------------------------------------------------------------------

private:
    std::vector<ui::ViewInfo> tabs_ = [this] {
        std::vector<ui::ViewInfo> tabs;
        for (const ViewRow* r : rows)
            if (r->info.labelKey) tabs.push_back(r->info);
        return tabs;
    }();
};

}  // namespace waymark
