// The app's side of saving, driven through the in-memory storage stand-in: a save that works, a
// full or blocked storage, a torn write, and a conflict with another tab with its two ways out.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/plan/example_plans.h"
#include "core/plan/plan_json.h"
#include "platform/clock.h"
#include "ui_harness.h"

using namespace waymark;
using platform::StorageProblem;
using test::UiHarness;

namespace {

// What the header's saved indicator says ("Saved", "Saving…"), told apart by its drawn width;
// "" when it is not drawn (a banner says why saves fail).
std::string savedIndicator(UiHarness& ui) {
    const auto rect = nlohmann::json::parse(ui.app.itemRect("saved-state"), nullptr, false);
    if (!rect.is_object()) return "";
    const Strings tr = Strings::load("en");
    ImGui::NewFrame();
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts[0]);  // the body font the header uses
    std::string said = "?";
    for (const char* key : {"header.saved", "header.unsaved"})
        if (std::abs(ImGui::CalcTextSize(tr.raw(key)).x - rect["width"].get<float>()) < 0.5f) said = tr.raw(key);
    ImGui::PopFont();
    ImGui::EndFrame();
    return said;
}

// The screen-reader mirror's text that contains `part`, or "".
std::string mirrorLine(const UiHarness& ui, const std::string& part) {
    for (const auto& node : ui.reader.nodes)
        if (node.text.find(part) != std::string::npos) return node.text;
    return "";
}

std::string nameIn(const std::string& planText) { return parsePlanDocument(planText).plan->name; }

// A plan edit as the views make them: the first objective renamed.
void renameFirstObjective(UiHarness& ui, const std::string& title) {
    ui.app.apply(RenameObjective{ui.app.plan().objectives.at(0).id, title});
    ui.frames(2);
}

}  // namespace

TEST_CASE("a change is saved: the header goes from Saving… to Saved and the record holds the change") {
    UiHarness ui;
    ui.storage.flush();
    ui.frames(2);
    CHECK(savedIndicator(ui) == "Saved");
    renameFirstObjective(ui, "More regulars on weeknights");
    CHECK(savedIndicator(ui) == "Saving…");
    ui.storage.flush();
    ui.frames(2);
    CHECK(savedIndicator(ui) == "Saved");
    const auto& record = ui.storage.records.at(ui.app.plan().id);
    CHECK(record.rev == 2);
    CHECK(parsePlanDocument(record.text).plan->objectives.at(0).title == "More regulars on weeknights");
}

TEST_CASE("storage full: plain words, a download and old plans to delete offered, nothing lost") {
    UiHarness ui;
    ui.storage.flush();
    const std::string id = ui.app.plan().id;
    const std::string lastSave = ui.storage.records.at(id).text;
    renameFirstObjective(ui, "Bigger than the storage");
    const size_t steps = ui.app.history().undoSteps();
    ui.storage.failWith(StorageProblem::quota);
    ui.storage.flush();
    ui.frames(3);

    const std::string said = mirrorLine(ui, "not being saved");
    CHECK(said.find("storage for Waymark is full") != std::string::npos);
    CHECK(said.find("Your last save is intact") != std::string::npos);
    CHECK(std::find(ui.reader.announcements.begin(), ui.reader.announcements.end(), said) != ui.reader.announcements.end());
    CHECK(savedIndicator(ui) == "");  // no "Saved" while nothing is
    CHECK(ui.app.itemRect("conflict-keep-mine") == "");
    CHECK(ui.storage.records.at(id).text == lastSave);  // the last save intact

    // Nothing lost: the plan in memory, every undo step, and the download of the plan.
    CHECK(ui.app.plan().objectives.at(0).title == "Bigger than the storage");
    CHECK(ui.app.history().undoSteps() == steps);
    REQUIRE(ui.click("storage-download"));
    REQUIRE(ui.page.downloads.size() == 1);
    CHECK(parsePlanDocument(ui.page.downloads[0].text).plan->objectives.at(0).title == "Bigger than the storage");
    REQUIRE(ui.click("storage-free-space"));
    CHECK(ui.library.calls == std::vector<std::string>{"refresh"});  // the plans dialog, where old plans go

    // Space freed: the next change is saved and the banner goes.
    ui.storage.failWith(StorageProblem::none);
    renameFirstObjective(ui, "Fits again");
    ui.storage.flush();
    ui.frames(3);
    CHECK(mirrorLine(ui, "not being saved") == "");
    CHECK(ui.app.itemRect("storage-download") == "");
    CHECK(parsePlanDocument(ui.storage.records.at(id).text).plan->objectives.at(0).title == "Fits again");
}

TEST_CASE("while saves fail, another plan opens only after a question: cancel keeps the plan, download keeps a copy") {
    UiHarness ui;
    ui.storage.flush();
    const std::string id = ui.app.plan().id;
    const Plan software = *loadTemplate("software");

    // Saves work: a file opens at once.
    ui.app.openFile("software.json", serializePlanDocument(software));
    CHECK(ui.app.plan().id == software.id);
    ui.app.undo();
    ui.storage.flush();
    ui.frames(2);
    REQUIRE(ui.app.plan().id == id);

    // Storage full, and an edit no save holds: every way to another plan asks first.
    ui.storage.failWith(StorageProblem::quota);
    renameFirstObjective(ui, "Not stored anywhere");
    ui.storage.flush();
    ui.frames(3);
    ui.app.openFile("software.json", serializePlanDocument(software));
    ui.frames(2);
    CHECK(ui.app.plan().id == id);
    CHECK(ui.app.itemRect("switch-download") != "");
    const std::string asked = ui.reader.announcements.back();
    CHECK(asked.find("not stored in this browser") != std::string::npos);
    CHECK(asked.find("storage for Waymark is full") != std::string::npos);
    REQUIRE(ui.click("switch-cancel"));
    ui.frames(2);
    CHECK(ui.app.plan().objectives.at(0).title == "Not stored anywhere");
    CHECK(ui.app.itemRect("switch-download") == "");

    // Download, then open: the file holds the unstored change; the new plan opens, and Undo
    // brings the old one back.
    ui.app.openFile("software.json", serializePlanDocument(software));
    ui.frames(2);
    REQUIRE(ui.click("switch-download"));
    ui.frames(2);
    REQUIRE(ui.page.downloads.size() == 1);
    CHECK(parsePlanDocument(ui.page.downloads[0].text).plan->objectives.at(0).title == "Not stored anywhere");
    CHECK(ui.app.plan().id == software.id);
    ui.app.undo();
    CHECK(ui.app.plan().objectives.at(0).title == "Not stored anywhere");

    // A new plan asks too; "Open without downloading" opens it.
    REQUIRE(ui.click("new-plan"));
    ui.frames(2);
    REQUIRE(ui.click("new-plan:create"));
    ui.frames(2);
    CHECK(ui.app.plan().id == id);
    REQUIRE(ui.click("switch-anyway"));
    ui.frames(2);
    CHECK(ui.app.plan().id != id);
    CHECK(ui.page.downloads.size() == 1);
}

TEST_CASE("storage blocked, a torn write, a newer build's data: said in plain words, the plan kept in memory, the last save intact") {
    for (const auto& [problem, words] : {std::pair{StorageProblem::blocked, "does not let Waymark store data"},
                                         std::pair{StorageProblem::failed, "Your last save is intact"},
                                         std::pair{StorageProblem::newer, "newer version of Waymark"}}) {
        CAPTURE(words);
        UiHarness ui;
        ui.storage.flush();
        const std::string id = ui.app.plan().id;
        const std::string lastSave = ui.storage.records.at(id).text;
        ui.storage.failWith(problem);
        renameFirstObjective(ui, "Only in this tab");
        ui.storage.flush();
        ui.frames(3);
        CHECK(mirrorLine(ui, "not being saved").find(words) != std::string::npos);
        CHECK(ui.app.itemRect("storage-download") != "");
        CHECK(ui.app.itemRect("storage-free-space") == "");
        CHECK(ui.storage.records.at(id).text == lastSave);
        CHECK(ui.app.plan().objectives.at(0).title == "Only in this tab");
        ui.app.undo();
        CHECK(ui.app.plan().objectives.at(0).title != "Only in this tab");
    }
}

TEST_CASE("a conflict with another tab: keep mine as a copy stores both versions as two plans") {
    UiHarness ui;
    ui.storage.flush();
    const std::string id = ui.app.plan().id;
    Plan theirs = ui.app.plan();
    theirs.objectives.at(0).title = "Edited in the other tab";
    ui.storage.otherTabSaves(id, serializePlanDocument(theirs));
    renameFirstObjective(ui, "Edited in this tab");
    ui.storage.flush();
    ui.frames(3);
    CHECK(mirrorLine(ui, "not being saved").find("changed in another tab") != std::string::npos);
    CHECK(nameIn(ui.storage.records.at(id).text) == theirs.name);

    REQUIRE(ui.click("conflict-keep-mine"));
    ui.storage.flush();
    ui.frames(3);
    const std::string copyId = ui.app.plan().id;
    CHECK(copyId != id);
    CHECK(ui.app.plan().name == theirs.name + " (copy from other tab)");
    REQUIRE(ui.storage.records.size() == 2);
    CHECK(parsePlanDocument(ui.storage.records.at(id).text).plan->objectives.at(0).title == "Edited in the other tab");
    const Plan copy = *parsePlanDocument(ui.storage.records.at(copyId).text).plan;
    CHECK(copy.objectives.at(0).title == "Edited in this tab");
    CHECK(copy.name == ui.app.plan().name);
    CHECK(mirrorLine(ui, "not being saved") == "");
    CHECK(savedIndicator(ui) == "Saved");
}

TEST_CASE("a conflict with another tab: use the other tab's version reads it without writing, and undo brings mine back") {
    UiHarness ui;
    ui.storage.flush();
    const std::string id = ui.app.plan().id;
    Plan theirs = ui.app.plan();
    theirs.objectives.at(0).title = "Edited in the other tab";
    ui.storage.otherTabSaves(id, serializePlanDocument(theirs));
    renameFirstObjective(ui, "Edited in this tab");
    ui.storage.flush();
    ui.frames(3);
    const int writes = ui.storage.writes;

    REQUIRE(ui.click("conflict-use-other"));
    ui.storage.flush();
    ui.frames(3);
    CHECK(ui.app.plan().id == id);
    CHECK(ui.app.plan().objectives.at(0).title == "Edited in the other tab");
    CHECK(ui.storage.writes == writes);  // the other tab's record is left alone: it sees no conflict
    CHECK(mirrorLine(ui, "not being saved") == "");
    CHECK(savedIndicator(ui) == "Saved");
    ui.app.undo();
    CHECK(ui.app.plan().objectives.at(0).title == "Edited in this tab");
}

TEST_CASE("without a conflict the conflict's choices are neither offered nor acted on") {
    UiHarness ui;
    ui.storage.flush();
    ui.frames(2);
    CHECK(ui.app.itemRect("conflict-keep-mine") == "");
    const std::string id = ui.app.plan().id;
    ui.app.storageResult({StorageProblem::quota, "full"});
    ui.frames(2);
    CHECK(ui.app.itemRect("conflict-use-other") == "");
    CHECK(ui.app.plan().id == id);
}

TEST_CASE("a stored plan a newer build wrote is refused as newer, not as damage; without a checksum it is unreadable") {
    nlohmann::json doc = nlohmann::json::parse(serializePlanDocument(*loadTemplate("software")));
    doc["plan"]["goals"][0]["priority"] = "high";  // one optional field this build does not know
    {
        UiHarness ui(doc.dump(2), 5, {}, true);
        REQUIRE(ui.storage.refusals.size() == 1);
        CHECK(ui.storage.refusals[0].first == platform::StoredRefusal::newer);
        CHECK(ui.app.plan().id != doc["plan"]["id"]);
        CHECK(ui.app.itemRect("dismiss-notice") == "");  // no word of damage: the page says why nothing is saved
    }
    UiHarness ui(doc.dump(2), 5, {}, false);
    REQUIRE(ui.storage.refusals.size() == 1);
    CHECK(ui.storage.refusals[0].first == platform::StoredRefusal::unreadable);
    CHECK(ui.storage.refusals[0].second.find("plan.goals[0].priority") != std::string::npos);
    CHECK(ui.app.itemRect("dismiss-notice") != "");
}

TEST_CASE("a kept version of an unreadable stored plan opens in the sample's place, under its own id, without an undo step") {
    UiHarness ui(R"({"format": "waymark-plan", "version": 1, "plan": {"id": "torn", "goals": [)", 5, {}, true);
    REQUIRE(ui.storage.refusals.size() == 1);
    CHECK(ui.storage.refusals[0].first == platform::StoredRefusal::damaged);
    CHECK_FALSE(ui.app.openStoredVersion("{not a plan", "2026-11-28T10:00:00.000Z"));
    Plan kept = *loadTemplate("software");
    kept.id = "torn";
    REQUIRE(ui.app.openStoredVersion(serializePlanDocument(kept), "2026-11-28T10:00:00.000Z"));
    ui.frames(2);
    CHECK(ui.app.plan() == kept);
    CHECK(ui.app.history().undoSteps() == 0);
    CHECK(ui.storage.changes.back() == "torn");
    // The start's notice (a sample opened instead) is said first, then which kept version opened.
    const auto said = std::find_if(ui.reader.announcements.rbegin(), ui.reader.announcements.rend(),
                                   [](const std::string& a) { return a.find("opened instead") != std::string::npos; });
    REQUIRE(said != ui.reader.announcements.rend());
    // When it was saved, on the user's own clock (the store keeps UTC).
    CHECK(said->find(platform::localTimeOf("2026-11-28T10:00:00.000Z").substr(11, 5)) != std::string::npos);
    CHECK(said->find("UTC") == std::string::npos);
}

TEST_CASE("a stored plan whose own KPI the catalog took opens with the KPI moved, says so, and is stored so") {
    nlohmann::json doc = nlohmann::json::parse(serializePlanDocument(*loadTemplate("software")));
    doc["plan"]["customKpis"] = nlohmann::json::array({{{"id", "app_installs"}, {"name", "Installs from our links"}}});
    doc["plan"]["goals"][0]["kpi"] = "app_installs";
    UiHarness ui(doc.dump(2), 5, {}, true);
    CHECK(ui.storage.refusals.empty());
    CHECK(ui.app.plan().customKpis.at(0).id == "custom_app_installs");
    CHECK(ui.app.plan().goals.at(0).kpi == "custom_app_installs");
    CHECK(std::any_of(ui.reader.announcements.begin(), ui.reader.announcements.end(),
                      [](const std::string& a) { return a.find("custom_app_installs") != std::string::npos; }));
    REQUIRE(ui.storage.pending());  // stored with the moved id, so the next start needs no change
    ui.storage.flush();
    CHECK(ui.storage.records.at(ui.app.plan().id).text.find("\"custom_app_installs\"") != std::string::npos);
}
