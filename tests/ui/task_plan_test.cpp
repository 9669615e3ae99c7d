// The task plan view, driven like a user would: tabs, clicks, typing; then the plan it made.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/method/tasks.h"
#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

namespace {
// The mirror's text lines in order, for "what does the view list?".
std::vector<std::string> mirrorTexts(const UiHarness& ui) {
    std::vector<std::string> out;
    for (const auto& node : ui.reader.nodes) out.push_back(node.text);
    return out;
}

// The lines under the mirror heading that starts with `heading`, up to the next heading.
std::vector<std::string> under(const UiHarness& ui, const std::string& heading) {
    std::vector<std::string> out;
    bool inside = false;
    for (const auto& node : ui.reader.nodes) {
        if (node.role == platform::MirrorNode::Role::heading) {
            inside = node.text.rfind(heading, 0) == 0;
            continue;
        }
        if (inside) out.push_back(node.text);
    }
    return out;
}
}  // namespace

TEST_CASE("a task is created under a tactic, named, given an owner and a due date, one undo step each") {
    UiHarness ui;
    REQUIRE(ui.click("view:tasks"));
    const size_t before = ui.app.plan().tasks.size();
    REQUIRE(ui.click("task-add:pasta-reel"));
    REQUIRE(ui.app.plan().tasks.size() == before + 1);
    const std::string id = ui.app.plan().tasks.back().id;
    CHECK(ui.app.plan().tasks.back().tacticId == "pasta-reel");
    ui.type("Post the lunch menu");  // at once, while the title is on its way to the keyboard
    CHECK(ImGui::GetIO().WantTextInput);
    ui.press(ImGuiKey_Enter);
    CHECK(ui.app.plan().findTask(id)->title == "Post the lunch menu");

    REQUIRE(ui.fill("task.owner_new", "Giulia"));
    CHECK(ui.app.plan().findTask(id)->owners == std::vector<std::string>{"Giulia"});
    REQUIRE(ui.pick("task.owner_pick", 1));  // the first name the plan already uses: Luca
    CHECK(ui.app.plan().findTask(id)->owners == std::vector<std::string>{"Giulia", "Luca"});
    REQUIRE(ui.click("quick:task-tomorrow"));
    CHECK(ui.app.plan().findTask(id)->due == Date{2026, 11, 24});
    REQUIRE(ui.fill("task.due", "2026-12-01"));
    CHECK(ui.app.plan().findTask(id)->due == Date{2026, 12, 1});
    REQUIRE(ui.fill("task.due", "1 December"));
    CHECK(ui.app.plan().findTask(id)->due == Date{2026, 12, 1});  // refused, with an error under the field
    CHECK(ui.mirrorStartsWith("Editing task: Post the lunch menu"));

    // Repeat every 2 weeks until the end of January.
    REQUIRE(ui.pick("task.repeat", 2));
    CHECK(ui.app.plan().findTask(id)->repeat->unit == RepeatUnit::week);
    REQUIRE(ui.fill("task.every", "2"));
    REQUIRE(ui.fill("task.until", "2027-01-31"));
    const Task& made = *ui.app.plan().findTask(id);
    CHECK(made.repeat->every == 2);
    CHECK(made.repeat->until == Date{2027, 1, 31});

    // Delete is one step too, and undo brings the task back as it was.
    REQUIRE(ui.click("task-delete"));
    CHECK_FALSE(ui.app.plan().findTask(id));
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    REQUIRE(ui.app.plan().findTask(id));
    CHECK(ui.app.plan().findTask(id)->repeat->every == 2);

    // Each change was one step: undo them back to the bare task, then the add itself.
    for (int step = 0; step < 7; ++step) ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan().findTask(id)->title == "Post the lunch menu");
    CHECK(ui.app.plan().findTask(id)->owners.empty());
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK_FALSE(ui.app.plan().findTask(id));
}

TEST_CASE("ticking a repeating task marks this one date done; the next stays open; undo reopens it") {
    UiHarness ui;
    REQUIRE(ui.click("view:tasks"));
    // The weekly reel is first due on Thursday 2026-11-26 (today is Monday the 23rd).
    REQUIRE(ui.click("task-done:film-reel"));
    const Task& reel = *ui.app.plan().findTask("film-reel");
    CHECK_FALSE(reel.done);
    CHECK(reel.doneDates == std::vector<Date>{Date{2026, 11, 26}});
    CHECK(nextOpenOccurrence(reel, Date{2026, 11, 23}) == Date{2026, 12, 3});
    const std::string file = serializePlanDocument(ui.app.plan());
    CHECK(file.find("\"doneDates\": [\n          \"2026-11-26\"\n        ]") != std::string::npos);
    REQUIRE(ui.scrollTo("task:film-reel"));  // the mirror reads the rows on screen
    CHECK(std::find(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                    platform::MirrorNode{platform::MirrorNode::Role::item, 3,
                                         "Film and post the pasta of the week. Luca. Next due 3 Dec 2026, weekly until 29 Apr 2027"}) !=
          ui.reader.nodes.end());
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_Z);
    CHECK(ui.app.plan().findTask("film-reel")->doneDates.empty());

    // In the task's editor any past date can be ticked or reopened: the replies of Nov 20.
    REQUIRE(ui.click("task:review-replies"));
    REQUIRE(ui.click("occurrence:review-replies:2026-11-20"));
    const Task& replies = *ui.app.plan().findTask("review-replies");
    CHECK(std::find(replies.doneDates.begin(), replies.doneDates.end(), Date{2026, 11, 20}) == replies.doneDates.end());
    CHECK(overdueOccurrences(replies, Date{2026, 11, 23}) == std::vector<Date>{Date{2026, 11, 20}});
    REQUIRE(ui.click("occurrence:review-replies:2026-11-20"));
    CHECK_FALSE(isOverdue(*ui.app.plan().findTask("review-replies"), Date{2026, 11, 23}));
}

TEST_CASE("by owner lists each owner's tasks; by week places dates on their week; load counts them") {
    UiHarness ui;
    REQUIRE(ui.click("view:tasks"));
    REQUIRE(ui.click("tasks-mode:owner"));
    const auto luca = under(ui, "Luca");
    const Plan& plan = ui.app.plan();
    size_t lucas = 0;
    for (const Task& t : plan.tasks) lucas += std::count(t.owners.begin(), t.owners.end(), "Luca");
    CHECK(luca.size() == lucas);
    for (const std::string& line : luca) CHECK(line.find("Luca") != std::string::npos);
    CHECK(ui.app.itemRect("task:film-reel") != "");

    REQUIRE(ui.click("tasks-mode:week"));
    // The window starts the week before this one: Nov 16 to Jan 10.
    CHECK(ui.mirrorStartsWith("16 Nov 2026 to 10 Jan 2027"));
    CHECK(ui.scrollTo("occurrence:weekly-boost:2026-11-20"));
    CHECK(ui.scrollTo("occurrence:film-reel:2026-11-26"));
    CHECK_FALSE(ui.scrollTo("occurrence:print-cards:2026-11-05"));  // before the window
    REQUIRE(ui.scrollTo("occurrence:film-reel:2026-11-26"));  // the mirror reads the rows on screen
    const auto thisWeek = under(ui, "Week of 23 Nov 2026");
    REQUIRE_FALSE(thisWeek.empty());
    CHECK(std::find(thisWeek.begin(), thisWeek.end(), "Today, 23 Nov 2026") != thisWeek.end());
    REQUIRE(ui.click("occurrence:film-reel:2026-11-26"));
    CHECK(ui.app.plan().findTask("film-reel")->doneDates == std::vector<Date>{Date{2026, 11, 26}});

    REQUIRE(ui.click("tasks-mode:load"));
    CHECK(ui.mirrorStartsWith("Sofia:"));
    CHECK(ui.app.itemRect("load:Sofia:1") != "");
    // Filters: only tasks without an owner (none in the sample) leave nothing to count.
    REQUIRE(ui.click("tasks-mode:tactic"));
    REQUIRE(ui.click("tasks-owner"));
    REQUIRE(ui.click("option:tasks-owner:1"));
    CHECK(ui.mirrorStartsWith("No task matches these filters."));
}

TEST_CASE("tasks without an owner are counted and filtered; overdue tasks say so in words") {
    Plan plan = *loadTemplate("restaurant");
    plan.tasks[2].owners.clear();
    UiHarness ui(serializePlanDocument(plan));
    REQUIRE(ui.click("view:tasks"));
    CHECK(ui.mirrorStartsWith("1 task has no owner"));
    REQUIRE(ui.scrollTo("task:invite-likers-task"));  // the mirror reads the rows on screen
    CHECK(ui.mirrorStartsWith("Invite this week's likers to follow the page. Sofia. Overdue"));
    REQUIRE(ui.click("tasks-no-owner"));
    const auto texts = mirrorTexts(ui);
    const auto rows = std::count_if(texts.begin(), texts.end(), [](const std::string& t) { return t.find(". No owner") != std::string::npos; });
    CHECK(rows == 1);
}

namespace {
// The restaurant plan with `count` more tasks spread over its tactics, 15 owners and the year.
Plan withTasks(int count) {
    Plan plan = *loadTemplate("restaurant");
    const Task model = plan.tasks[0];
    for (int i = 0; i < count; ++i) {
        Task t = model;
        t.id = "bulk-" + std::to_string(i);
        t.tacticId = plan.tactics[static_cast<size_t>(i) % plan.tactics.size()].id;
        t.owners = {"owner " + std::to_string(i % 15)};
        t.due = Date{2026, 1 + i % 12, 1 + i % 28};
        if (i % 3 == 0) t.repeat.reset();
        plan.tasks.push_back(std::move(t));
    }
    return plan;
}

// The most vertices a frame of each task view drew with `plan`, in the order of kTaskModes.
const std::vector<std::string> kTaskModes{"tactic", "owner", "week", "load"};
std::vector<int> taskFrameVertices(const Plan& plan) {
    UiHarness ui(serializePlanDocument(plan));
    REQUIRE(ui.click("view:tasks"));
    std::vector<int> most;
    for (const std::string& mode : kTaskModes) {
        REQUIRE(ui.click("tasks-mode:" + mode));
        ui.frames(2);
        most.push_back(0);
        for (int i = 0; i < 10; ++i) {
            ImGui::GetIO().AddMousePosEvent(640.0f, 300.0f + static_cast<float>(i) * 20);
            ui.frames(1);
            most.back() = std::max(most.back(), ui.verticesDrawn());
        }
    }
    return most;
}
}  // namespace

// Their frame times with the big plan are measured by bench/views.sh (waymark_frame_bench).
TEST_CASE("20,000 tasks: each task view draws the rows on screen, as with 2,000") {
    const std::vector<int> some = taskFrameVertices(withTasks(2000)), many = taskFrameVertices(withTasks(20000));
    for (size_t m = 0; m < kTaskModes.size(); ++m) {
        CAPTURE(kTaskModes[m]);
        MESSAGE("vertices a frame of the " << kTaskModes[m] << " view: 2,000 tasks " << some[m] << ", 20,000 tasks " << many[m]);
        CHECK(many[m] <= some[m] * 3 / 2);  // a screenful either way (with longer counts); ten times as many if every row were drawn
    }
}

TEST_CASE("20,000 tasks: a tick is one edit") {
    UiHarness ui(serializePlanDocument(withTasks(20000)));
    REQUIRE(ui.click("view:tasks"));
    REQUIRE(ui.click("tasks-mode:owner"));  // Luca's list comes first, the reel at its top
    REQUIRE(ui.click("task-done:film-reel"));
    CHECK(ui.app.plan().findTask("film-reel")->doneDates == std::vector<Date>{Date{2026, 11, 26}});
}
