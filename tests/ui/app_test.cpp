// The app around the views: start-up, files in and out, storage problems.
#include <doctest/doctest.h>

#include "core/plan/plan_json.h"
#include "core/plan/example_plans.h"
#include "core/method/review.h"
#include <nlohmann/json.hpp>

#include "ui/kit/widgets.h"
#include "ui_harness.h"

using namespace waymark;
using waymark::test::UiHarness;

TEST_CASE("a first start opens on the sample plan and asks the page to store it") {
    UiHarness ui;
    CHECK(ui.app.plan().id == loadTemplate(kSampleTemplate)->id);
    CHECK_FALSE(ui.app.plan().objectives.empty());
    CHECK(ui.storage.changes.size() == 1);
}

TEST_CASE("a stored plan opens as it was saved, without a new save") {
    Plan stored = *loadTemplate("software");
    UiHarness ui(serializePlanDocument(stored));
    CHECK(ui.app.plan() == stored);
    CHECK(ui.storage.changes.size() == 0);
}

TEST_CASE("an unreadable stored plan is never written over: the sample opens under its own id") {
    platform::StartupData data;
    data.storedPlan = "{\"format\": \"waymark-plan\", \"version\": 1, \"plan\": {\"id\": \"lost\", \"goals\": [";
    test::RecordingPage page;
    test::RecordingScreenReader reader;
    test::RecordingLibrary library;
    test::MemoryPlanStorage storage;
    App app(page, reader, library, storage);
    CHECK_FALSE(app.start(data, Date{2026, 11, 23}));
    CHECK(app.plan().id != "lost");
    CHECK(app.plan().id != loadTemplate(kSampleTemplate)->id);
    CHECK_FALSE(app.plan().objectives.empty());
}

TEST_CASE("Download plan offers the plan file, which loads back to the same plan") {
    UiHarness ui;
    REQUIRE(ui.click("download"));
    REQUIRE(ui.page.downloads.size() == 1);
    const auto& file = ui.page.downloads[0];
    CHECK(file.mime == "application/json");
    CHECK(file.name.size() > std::string(".waymark.json").size());
    CHECK(file.name.find(".waymark.json") == file.name.size() - 13);
    const LoadResult loaded = parsePlanDocument(file.text);
    REQUIRE(loaded.plan);
    CHECK(*loaded.plan == ui.app.plan());
}

TEST_CASE("Open plan file asks the page for a JSON file") {
    UiHarness ui;
    REQUIRE(ui.click("open-file"));
    REQUIRE(ui.page.chooseRequests.size() == 1);
    CHECK(ui.page.chooseRequests[0].find(".json") != std::string::npos);
}

TEST_CASE("a chosen file that is not a plan is refused by name and changes nothing") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    ui.app.openFile("holiday.jpg", "\xff\xd8\xff\xe0 not json");
    CHECK(ui.app.plan() == before);
    ui.app.openFile("plan.json", R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","deadline":"soon"}]}})");
    CHECK(ui.app.plan() == before);
    ui.frames(2);
}

TEST_CASE("a chosen plan file replaces the plan and is stored") {
    UiHarness ui;
    const Plan software = *loadTemplate("software");
    const size_t changes = ui.storage.changes.size();
    ui.app.openFile("software.json", serializePlanDocument(software));
    CHECK(ui.app.plan() == software);
    CHECK(ui.storage.changes.size() == changes + 1);
}

TEST_CASE("importPlan reports the error path and keeps the plan") {
    UiHarness ui;
    const Plan before = ui.app.plan();
    CHECK(ui.app.importPlan(R"({"format":"waymark-plan","version":1,"plan":{"id":"p","goals":[{"id":"g","baseline":"x"}]}})") ==
          "plan.goals[0].baseline: expected a number");
    CHECK(ui.app.plan() == before);
}

TEST_CASE("item rects are reported in CSS pixels at any scale") {
    UiHarness ui;
    const std::string at1 = ui.app.itemRect("download");
    ui.app.setScale(2.0f);
    ImGui::GetIO().DisplaySize = ImVec2(2560, 4800);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ui.frames(5);
    const std::string at2 = ui.app.itemRect("download");
    REQUIRE_FALSE(at1.empty());
    REQUIRE_FALSE(at2.empty());
    const auto width = [](const std::string& json) {
        return nlohmann::json::parse(json)["width"].get<double>();
    };
    CHECK(width(at2) == doctest::Approx(width(at1)).epsilon(0.1));
}

TEST_CASE("a long plan name is cut with an ellipsis at a character boundary") {
    UiHarness ui;
    ImGui::NewFrame();
    const std::string name = "Trattoria Lümé — unser erstes halbes Jahr in den sozialen Medien";
    const std::string fitted = ui::fitText(name, 200);
    ImGui::Render();
    CHECK(fitted.size() < name.size());
    CHECK(fitted.substr(fitted.size() - 3) == "\u2026");
    CHECK(name.rfind(fitted.substr(0, fitted.size() - 3), 0) == 0);
    const unsigned char last = static_cast<unsigned char>(fitted[fitted.size() - 4]);
    CHECK((last & 0xC0) != 0xC0);  // no lead byte left without its continuation
    CHECK(ui::fitText("Short", 200) == "Short");
    CHECK(ui::fitText(name, 1).empty());
    // The longest cut that fits, at every width: one character more would not.
    for (float width = 10; width < 400; width += 7) {
        const std::string cut = ui::fitText(name, width);
        if (cut.empty()) continue;
        CHECK(ImGui::CalcTextSize(cut.c_str()).x <= width);
        const std::string kept = cut.substr(0, cut.size() - 3);
        size_t next = kept.size() + 1;
        while (next < name.size() && (static_cast<unsigned char>(name[next]) & 0xC0) == 0x80) ++next;
        if (next < name.size()) CHECK(ImGui::CalcTextSize((name.substr(0, next) + "\u2026").c_str()).x > width);
    }
}

TEST_CASE("the plans dialog lists the stored plans and asks the library to open, rename, duplicate, delete and share") {
    UiHarness ui;
    REQUIRE(ui.click("plans"));
    CHECK(ui.library.calls == std::vector<std::string>{"refresh"});
    platform::LibraryState state;
    state.plans = {{ui.app.plan().id, "Open one", "2026-11-29T20:00:00.000Z", "", ""},
                   {"q1", "Spring campaign", "2026-11-28T10:00:00.000Z", "", ""},
                   {"old", "Old plan", "2026-10-01T10:00:00.000Z", "2026-11-20T10:00:00.000Z", ""}};
    state.openId = ui.app.plan().id;
    state.usedBytes = 2.5e6;
    ui.app.libraryListed(state);
    ui.frames(2);
    CHECK(ui.app.itemRect("plan-open:" + ui.app.plan().id) == "");  // the open plan is not offered again
    CHECK(ui.app.itemRect("plan-delete:" + ui.app.plan().id) == "");
    REQUIRE(ui.click("plan-open:q1"));
    // Open closes the dialog (the chosen plan takes the screen); the rest is asked from it anew.
    CHECK(ui.app.itemRect("plans-close") == "");
    REQUIRE(ui.click("plans"));
    ui.app.libraryListed(state);
    ui.frames(2);
    REQUIRE(ui.click("plan-duplicate:q1"));
    REQUIRE(ui.click("plan-delete:q1"));
    REQUIRE(ui.click("plan-restore:old"));
    REQUIRE(ui.click("plan-rename:q1"));
    ui.frames(4);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("Summer campaign");
    ui.press(ImGuiKey_Enter);
    REQUIRE(ui.click("share-link"));
    CHECK(ui.library.calls == std::vector<std::string>{"refresh", "open:q1", "refresh", "duplicate:q1", "remove:q1", "restore:old",
                                                       "rename:q1:Summer campaign", "share"});
    // The open plan is renamed as an edit of the plan: one undo step named so, and the list
    // shows the new name at once; the library is not asked.
    const size_t steps = ui.app.history().undoSteps();
    REQUIRE(ui.click("plan-rename:" + ui.app.plan().id));
    ui.frames(4);
    ui.chord(ImGuiMod_Ctrl, ImGuiKey_A);
    ui.type("Autumn launch");
    ui.press(ImGuiKey_Enter);
    ui.frames(2);
    CHECK(ui.app.plan().name == "Autumn launch");
    CHECK(ui.app.history().undoSteps() == steps + 1);
    CHECK(ui.library.calls.back() == "share");
    ui.app.undo();
    CHECK(ui.app.plan().name != "Autumn launch");
    // A name longer than a plan file's texts may be is refused by name, the plan unchanged.
    const std::string before = ui.app.plan().name;
    CHECK(ui.app.renameOpenPlan(std::string(10001, 'x')).find("longer than") != std::string::npos);
    CHECK(ui.app.plan().name == before);
    CHECK(ui.app.renameOpenPlan(std::string(10000, 'x')).empty());
    ui.app.shareLinkMade("http://127.0.0.1/#plan=abc", "");
    ui.frames(2);
    CHECK(ui.app.itemRect("share-link-text") != "");

    // Earlier versions of a plan, and a damaged record's bytes.
    REQUIRE(ui.click("plan-versions:q1"));
    ui.app.versionsListed("q1", {{3, "2026-11-28T09:00:00.000Z"}, {4, "2026-11-28T10:00:00.000Z"}});
    state.quarantined = {{"k1", "lost", "not JSON", "2026-11-27T08:00:00.000Z", "damaged", ""}};
    ui.app.libraryListed(state);
    ui.frames(2);
    REQUIRE(ui.click("plan-version:q1:3"));
    REQUIRE(ui.click("damaged-download:k1"));
    CHECK(ui.library.calls.back() == "download-damaged:k1");
    CHECK(ui.library.calls[ui.library.calls.size() - 2] == "restore-version:q1:3");
}

TEST_CASE("the plans dialog deletes for good only after a question, and offers the bytes of what it cannot open") {
    UiHarness ui;
    REQUIRE(ui.click("plans"));
    platform::LibraryState state;
    state.plans = {{ui.app.plan().id, "Open one", "2026-11-29T20:00:00.000Z", "", ""},
                   {"old", "Old plan", "2026-10-01T10:00:00.000Z", "2026-11-20T10:00:00.000Z", ""},
                   {"next", "From a newer build", "2026-11-30T10:00:00.000Z", "", "newer"}};
    state.openId = ui.app.plan().id;
    ui.app.libraryListed(state);
    ui.frames(2);
    // A plan this build cannot open is not offered to open, rename or delete: its bytes are.
    CHECK(ui.app.itemRect("plan-open:next") == "");
    CHECK(ui.app.itemRect("plan-delete:next") == "");
    REQUIRE(ui.click("plan-download:next"));
    CHECK(ui.library.calls == std::vector<std::string>{"refresh", "download-record:next"});
    // For good: nothing on the first click, the question instead; Cancel takes it back.
    REQUIRE(ui.click("plan-purge:old"));
    ui.frames(2);
    CHECK(ui.library.calls.size() == 2);
    REQUIRE(ui.click("cancel-purge"));
    ui.frames(2);
    CHECK(ui.app.itemRect("confirm-purge") == "");
    REQUIRE(ui.click("plan-purge:old"));
    REQUIRE(ui.click("confirm-purge"));
    CHECK(ui.library.calls.back() == "purge:old");

    // Damaged records: a plan whose record fails its checksum, and a copy set aside.
    state.plans = {{ui.app.plan().id, "Open one", "2026-11-29T20:00:00.000Z", "", ""},
                   {"torn", "Torn plan", "2026-11-30T11:00:00.000Z", "", "damaged"}};
    state.quarantined = {{"7", "lost", "the plan reader refused it", "2026-11-27T08:00:00.000Z", "too_large", ""}};
    ui.app.libraryListed(state);
    ui.frames(2);
    CHECK(ui.app.itemRect("plan-open:torn") == "");
    REQUIRE(ui.click("plan-download:torn"));
    CHECK(ui.library.calls.back() == "download-record:torn");
    REQUIRE(ui.click("damaged-purge:7"));
    REQUIRE(ui.click("confirm-purge"));
    CHECK(ui.library.calls.back() == "purge-damaged:7");
    REQUIRE(ui.click("plan-purge:torn"));
    REQUIRE(ui.click("confirm-purge"));
    CHECK(ui.library.calls.back() == "purge:torn");
}

TEST_CASE("the first frame shows the plan; its review and the screen-reader mirror follow on the next") {
    UiHarness ui({}, 0);
    // The outline's first card: the first objective and the first goal that serves it.
    const Plan& plan = ui.app.plan();
    const std::string objective = plan.objectives.front().id;
    const auto first = std::find_if(plan.goals.begin(), plan.goals.end(), [&](const Goal& g) { return g.objectiveId == objective; });
    REQUIRE(first != plan.goals.end());
    ui.frames(1);
    CHECK_FALSE(ui.app.itemRect("edit:" + objective).empty());
    CHECK_FALSE(ui.app.itemRect("edit:" + first->id).empty());
    CHECK(ui.reader.nodes.empty());
    CHECK(ui.app.needsFrames());  // the review is still to come
    ui.frames(1);
    // The mirror is published with the review's advice in it: a finding, or else a realism verdict
    // (the sample's goals may be sound as of the harness's day).
    const PlanReview review = reviewPlan(ui.app.plan(), Date{2026, 11, 23});
    const Strings tr = Strings::load("en");
    const auto judged = std::find_if(review.goals.begin(), review.goals.end(), [](const GoalReview& r) {
        return !r.findings.empty() || r.realism.verdict != Verdict::unknown;
    });
    REQUIRE(judged != review.goals.end());
    const std::string advice = !judged->findings.empty() ? findingMessage(judged->findings.front(), tr)
        : tr("mirror.realism", {{"verdict", tr(std::string("realism.verdict.") + name(judged->realism.verdict))}});
    CHECK(std::any_of(ui.reader.nodes.begin(), ui.reader.nodes.end(),
                      [&](const platform::MirrorNode& n) { return n.text.find(advice) != std::string::npos; }));
}
