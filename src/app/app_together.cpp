// Plan together (issue 23): the open plan shared live through the page's room. This browser's
// operations go to the room as they are applied; what the others changed comes back as remote
// changes, applied outside this user's undo history (Document::receive), so undo and redo only
// ever take back this user's own steps.
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/plan/remote_changes.h"
#include "core/text/excerpt.h"

namespace waymark {

namespace {
using RoomPhase = ui::TogetherShown::Phase;

std::string textAt(const nlohmann::json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

RoomPhase phaseNamed(const std::string& name) {
    if (name == "starting") return RoomPhase::starting;
    if (name == "live") return RoomPhase::live;
    if (name == "failed") return RoomPhase::failed;
    if (name == "closed") return RoomPhase::closed;
    return RoomPhase::idle;
}
}  // namespace

void App::showTogether() {
    togetherDialog_.open();
    if (!room_) {
        together_ = {};
        together_.phase = RoomPhase::failed;
        together_.error = "unavailable";
        return;
    }
    // A room under way or open is shown as it is; otherwise this plan gets one.
    if (together_.phase == RoomPhase::starting || together_.phase == RoomPhase::live) return;
    together_ = {};
    together_.phase = RoomPhase::starting;
    together_.owner = true;
    room_->start();
}

void App::handleTogether(const ui::TogetherAction& action) {
    if (!room_) return;
    switch (action.kind) {
    case ui::TogetherAction::Kind::stop: room_->stop(); break;
    case ui::TogetherAction::Kind::leave: leaveRoom(); break;
    case ui::TogetherAction::Kind::person:
        together_.myName = action.name;
        together_.myColour = action.colour;
        room_->setPerson(action.name, action.colour);
        break;
    }
}

void App::roomBegin(const std::string& idTag, bool joining) {
    if (inRoom_) leaveRoom();
    if (joining) {
        // The room's plan arrives whole (roomChanges) into an empty plan; the plan open until now
        // stays stored in this browser under its own id.
        Plan empty;
        empty.id = newPlanId();
        openInPlace(std::move(empty));
    }
    doc_.setIdTag(idTag);
    doc_.takeApplied();  // what happened before the room is in the plan the room starts from
    inRoom_ = true;
    roomPlanId_ = joining ? std::string() : plan().id;
    together_ = {};
    together_.phase = RoomPhase::starting;
    together_.owner = !joining;
}

std::string App::roomChanges(const std::string& changesJson) {
    const std::optional<RemoteChanges> changes = remoteChangesFromJson(changesJson);
    if (!changes || !inRoom_) return "[]";
    // The goal or objective open in this browser's editor, by title, to say so if the room deletes it.
    const Goal* editedGoal = panel_ == Panel::goal ? plan().findGoal(goalEditor_.goalId()) : nullptr;
    const Objective* editedObjective = panel_ == Panel::objective ? plan().findObjective(objectiveEditor_.objectiveId()) : nullptr;
    const std::string editedTitle = editedGoal ? editedGoal->title : editedObjective ? editedObjective->title : "";
    const RemoteApplied result = doc_.receive(*changes);
    doc_.takeApplied();  // already in the shared document; only the echo goes back
    if (changes->whole) roomPlanId_ = plan().id;
    if (!result.applied.empty()) changed();
    const bool editedGone = (editedGoal && !plan().findGoal(goalEditor_.goalId())) ||
                            (editedObjective && !plan().findObjective(objectiveEditor_.objectiveId()));
    if (editedGone) {
        panel_ = Panel::none;
        editorDraft_.reset();
        notice_ = tr_(editedGoal ? "together.goal_deleted_while_open" : "together.objective_deleted_while_open",
                      {{"title", editedTitle.empty() ? tr_("together.untitled") : excerpt(editedTitle, 80)}});
        noticeIsError_ = true;
        mirroredNotice_.clear();
        mirrorDirty_ = true;
    }
    return opsToJson(result.echo);
}

void App::roomStatus(const std::string& statusJson) {
    const auto j = nlohmann::json::parse(statusJson, nullptr, false);
    if (!j.is_object()) return;
    ui::TogetherShown shown;
    shown.phase = phaseNamed(textAt(j, "phase"));
    shown.owner = j.value("owner", false);
    shown.connected = j.value("connected", false);
    shown.url = textAt(j, "url");
    shown.error = textAt(j, "error");
    shown.detail = textAt(j, "detail");
    if (j.contains("qr") && j["qr"].is_object()) {
        shown.qrSize = j["qr"].value("size", 0);
        shown.qrBits = textAt(j["qr"], "bits");
    }
    if (j.contains("people") && j["people"].is_array())
        for (const auto& p : j["people"])
            if (p.is_object()) shown.people.push_back({textAt(p, "name"), textAt(p, "colour"), p.value("me", false)});
    if (j.contains("me") && j["me"].is_object()) {
        shown.myName = textAt(j["me"], "name");
        shown.myColour = textAt(j["me"], "colour");
    }
    const bool arrived = together_.phase != RoomPhase::live && shown.phase == RoomPhase::live;
    together_ = std::move(shown);
    if (together_.phase == RoomPhase::failed || together_.phase == RoomPhase::closed) {
        inRoom_ = false;
        doc_.setIdTag({});
        togetherDialog_.open();  // says why
    }
    // Whoever arrives without a name chooses one (and a colour) first; it is remembered.
    if (arrived && together_.myName.empty()) togetherDialog_.open();
    mirrorDirty_ = true;
}

void App::sendToRoom() {
    if (!inRoom_ || !room_) return;
    const Ops ops = doc_.takeApplied();
    if (ops.empty() || roomPlanId_.empty()) return;
    if (plan().id != roomPlanId_) {
        leaveRoom();  // another plan was opened in its place: it is not shared
        return;
    }
    room_->send(opsToJson(ops));
}

void App::leaveRoom() {
    inRoom_ = false;
    roomPlanId_.clear();
    doc_.setIdTag({});
    if (room_) room_->leave();
}

}  // namespace waymark
