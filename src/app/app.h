#pragma once
// The application: owns the plan, the strings and the views; turns what views return into plan
// edits and tells the page when the plan changed. The same App runs in the browser and in the
// native UI tests (with a test Page).
#include <string>
#include <vector>

#include "core/plan/date.h"
#include "core/text/i18n.h"
#include "core/plan/plan.h"
#include "core/plan/plan_edit.h"
#include "platform/page.h"
#include "ui/fonts.h"
#include "ui/outline_view.h"

namespace waymark {

// The plan a first visit opens on (an embedded template).
inline constexpr const char* kSampleTemplate = "restaurant";

class App {
public:
    explicit App(platform::Page& page) : page_(page) {}

    // Takes what the page gathered at start: the font, the stored plan (or none on a first visit).
    // Returns false when a stored plan existed but could not be read; it is then left untouched
    // and the sample opens under a new id.
    bool start(platform::StartupData data, Date today);
    // Rebuilds fonts and style for a new UI scale.
    void setScale(float scale);
    // Submits one frame of UI.
    void frame();
    // True while the UI still needs frames without input: cards re-measuring after a change, a
    // field that was just added taking the keyboard.
    bool needsFrames() const { return framesAfterChange_ > 0 || outline_.needsFrames(); }

    // The plan as a plan file (window.waymark.exportPlan()).
    std::string exportPlan() const;
    // Replaces the plan with a plan file's; "" on success, else the error and nothing changes.
    std::string importPlan(const std::string& text);
    // A plan file the user opened (picker, drop, paste, share link): it arrives as a new plan,
    // under a new id when the file's id is the open plan's or one of takenIds (the stored plans).
    void openFile(const std::string& name, const std::string& text, const std::vector<std::string>& takenIds = {});
    // Where a named UI item was drawn in the last frame, as JSON {x, y, width, height} in CSS
    // pixels (window.waymark.itemRect); "" when it was not drawn.
    std::string itemRect(const std::string& name) const;
    // The page's report on the last save.
    void storageResult(bool saved, const std::string& problem);

    const Plan& plan() const { return plan_; }
    // Applies an edit as if a view had returned it; the one path by which the plan changes.
    void apply(const PlanEdit& edit);

private:
    void drawHeader();
    void drawBanners();
    void changed();
    // Reviews every goal again; the outline shows the result until the plan changes.
    void reviewPlan();

    platform::Page& page_;
    Strings tr_ = Strings::load("en");
    std::string fontData_;
    ui::Fonts fonts_;
    Plan plan_;
    Date today_;
    ui::OutlineView outline_;
    ui::ReviewsByGoal reviews_;
    ui::ItemLocator locator_;
    float scale_ = 1;
    int framesAfterChange_ = 0;

    std::string storageProblem_;  // why the plan is not being saved; empty while saves work
    std::string notice_;          // the outcome of the last file action, shown until dismissed
    bool noticeIsError_ = false;
};

}  // namespace waymark
