#pragma once
// The plan's outline: business objectives as cards, the social media goals that serve each one
// inside, and the goals that serve none. Add, rename, delete and open an item in its editor; it
// never edits the plan itself but returns what the user asked for.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/i18n.h"
#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"
#include "core/method/review.h"
#include "ui/intent.h"
#include "ui/view_context.h"

namespace waymark::ui {

// The review of each goal by id, as the app computed it when the plan last changed.

class OutlineView {
public:
    // Draws the outline into the current window; returns what the user asked for, if anything.
    // Named items ("add-objective", "add-goal:<objective id>", "edit:<id>", "delete:<id>", ...)
    // go to the context's locator; only items on screen are drawn, so only they are named.
    // `selectedId` is the item open in an editor (highlighted). `revision` changes whenever the
    // plan does: the order of cards and goals is worked out once per revision.
    std::optional<Intent> draw(const ViewContext& ctx, const Plan& plan, std::uint64_t revision,
                               const ReviewsByGoal& reviews, const std::vector<Finding>& planFindings,
                               const std::string& selectedId);

    // Puts an item (objective or goal id) into rename mode, e.g. right after it was added.
    void startRename(const std::string& id, const std::string& currentTitle);
    // True while a field waits for the keyboard: it takes a few frames, even with no input.
    bool needsFrames() const { return focusRename_; }

private:
    // One card of the outline in drawing order: an objective (its index in plan.objectives) with
    // the indices of its goals, or the card of goals that serve no objective (objective = npos).
    struct Card {
        size_t objective;
        int depth;
        std::vector<size_t> goals;
    };
    // The cards for one plan revision; pointers are never kept, the plan may move between frames.
    struct Layout {
        std::uint64_t revision = ~std::uint64_t{0};
        size_t objectiveCount = 0, goalCount = 0;
        std::vector<Card> cards;
    };
    static constexpr size_t npos = ~size_t{0};
    void updateLayout(const Plan& plan, std::uint64_t revision);
    void addCards(const Plan& plan, size_t objective, int depth, const std::unordered_map<std::string_view, std::vector<size_t>>& children);
    // Draws what `draw` would unless it lies outside the window's visible area, where a spacer of
    // its last measured height (or `estimate` before it was ever drawn) stands in for it; the
    // height is measured again each time it is drawn. Items in `keep` are always drawn.
    template <class Draw>
    void clipped(const std::string& key, float estimate, bool keep, Draw&& draw);
    std::optional<Intent> drawCard(const Plan& plan, const Card& card, const Strings& tr, const Theme& theme,
                                   const Fonts& fonts);
    std::optional<Intent> drawObjective(const Plan& plan, const Card& card, const Strings& tr, const Theme& theme,
                                        const Fonts& fonts);
    std::optional<Intent> drawGoalRows(const Plan& plan, const Card& card, const Strings& tr, const Theme& theme);
    std::optional<Intent> drawGoal(const Goal& goal, const Strings& tr, const Theme& theme);
    // Edit, Rename and Delete for an objective or goal (Delete asks first); returns Edit's intent.
    std::optional<Intent> drawItemActions(const std::string& id, const std::string& title, bool goal, const Strings& tr);
    // The goal's realism verdict and its most important finding, with all of them on hover.
    void drawAdvice(const GoalReview& review, const Strings& tr, const Theme& theme);
    // The title as text, or as a field while it is being renamed; returns the committed rename.
    std::optional<std::string> drawTitle(const std::string& id, const std::string& title, const char* placeholder);
    // Around the rename field while it waits for the keyboard: hold what is typed meanwhile
    // (before the field), then activate the field and hand the held text to it (after).
    void holdTypeAhead();
    void takeKeyboard();
    // Findings about the plan as a whole (tasks without owners, an objective nothing measures).
    void drawPlanFindings(const std::vector<Finding>& findings, const Strings& tr, const Theme& theme, const Fonts& fonts);
    std::optional<PlanEdit> drawDeleteConfirmation(const Plan& plan, const Strings& tr, const Theme& theme);
    // Marks the item open in an editor with a tinted background behind the last group.
    void highlightIfSelected(const std::string& id, const Theme& theme);

    ItemLocator* locator_ = nullptr;      // set for the duration of draw()
    TypingDraft* typing_ = nullptr;       // likewise
    bool presenting_ = false;             // presentation mode: no edit, rename, delete or add buttons
    const ReviewsByGoal* reviews_ = nullptr;
    const Plan* plan_ = nullptr;  // the plan being drawn
    std::string selectedId_;
    std::string renamingId_;
    std::string renameText_;    // the title field's text while renaming
    bool focusRename_ = false;  // the rename field should take the keyboard
    int focusFrames_ = 0;       // frames left to wait for it
    std::vector<ImWchar> typeAhead_;  // characters typed before it was ready
    std::string confirmDeleteId_;  // objective or goal waiting for the user's confirmation
    bool openConfirm_ = false;
    Layout layout_;
    // Last drawn height in pixels of each card ("card:<objective id>", "card:unlinked") and goal
    // row ("goal:<id>"), kept across revisions: an edit changes few of them.
    std::unordered_map<std::string, float> heights_;
    float heightsScale_ = 0;  // the font size the heights were measured at
    float visibleTop_ = 0, visibleBottom_ = 0;  // screen y of the scrolling window's visible area
};

}  // namespace waymark::ui
