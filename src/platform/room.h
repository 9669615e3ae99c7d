#pragma once
// A room: the open plan shared live with other browsers through the sync server (issue 23,
// docs/collaboration.md). The page does the networking (web/shell/room.js loads web/together/ only
// when a room is started or joined); the app sends its own operations and takes in what the
// others changed as remote changes (core/plan/remote_changes.h). Tests use their own Room.
#include <functional>
#include <string>

namespace waymark::platform {

// What the page tells the app about the room (RoomHandlers::status), as JSON:
//   {"phase": "starting" | "live" | "failed" | "closed",
//    "owner": true (this browser started it: it may end it), "url": the room link,
//    "qr": {"size": n, "bits": "0110…"} (the link's QR code, n×n modules, row by row),
//    "connected": bool, "error": "no-server" | "offline" | "ended" | "full" | "" (why it failed or closed),
//    "detail": the page's words for an unexpected failure,
//    "people": [{"name", "colour" ("#rrggbb"), "me": bool}], "me": {"name", "colour"}}
struct RoomHandlers {
    // The room is about to carry this plan (joining: false) or to bring the room's plan (joining:
    // true, the open plan gives way to it). From now on new ids end in idTag.
    std::function<void(const std::string& idTag, bool joining)> begin;
    // Remote changes (their JSON form); returns the operations to write back (JSON, may be "[]").
    std::function<std::string(const std::string& changes)> changes;
    std::function<void(const std::string& statusJson)> status;
};

class Room {
public:
    virtual ~Room() = default;
    // Shares the open plan in a new room; the answer comes as status (phase "live" or "failed").
    virtual void start() = 0;
    // Ends the room for everyone (its owner only).
    virtual void stop() = 0;
    // This browser leaves the room; the others go on.
    virtual void leave() = 0;
    // This browser's own operations (operation.h's JSON form), for the shared document.
    virtual void send(const std::string& opsJson) = 0;
    // The name and colour others see ("#rrggbb"); the page remembers them for the next room.
    virtual void setPerson(const std::string& name, const std::string& colour) = 0;
};

// The web page's room (room_web.cpp with web/shell/room.js).
Room& connectWebRoom(RoomHandlers handlers);

}  // namespace waymark::platform
