#include "platform/room.h"

#include <string>
#include <utility>

#include <emscripten.h>

#include "platform/web_buffer.h"

// Defined in src/platform/js/room.js (linked with --js-library, cmake/web.cmake).
extern "C" {
void jsRoomStart();
void jsRoomStop();
void jsRoomLeave();
void jsRoomSend(const char* ops);
void jsRoomPerson(const char* name, const char* colour);
}

namespace waymark::platform {

namespace {

class WebRoom final : public Room {
public:
    void start() override { jsRoomStart(); }
    void stop() override { jsRoomStop(); }
    void leave() override { jsRoomLeave(); }
    void send(const std::string& opsJson) override { jsRoomSend(opsJson.c_str()); }
    void setPerson(const std::string& name, const std::string& colour) override { jsRoomPerson(name.c_str(), colour.c_str()); }
};

RoomHandlers gRoomHandlers;
WebRoom gRoom;
std::string gLastEcho;  // valid until the next waymark_room_changes

}  // namespace

Room& connectWebRoom(RoomHandlers handlers) {
    gRoomHandlers = std::move(handlers);
    return gRoom;
}

}  // namespace waymark::platform

using waymark::platform::gRoomHandlers;

// Entry points for the shell's rooms (web/shell/room.js). Buffers passed in were malloc'ed by the shell.
extern "C" {
EMSCRIPTEN_KEEPALIVE void waymark_room_begin(int joining, char* tag, int tagLength) {
    gRoomHandlers.begin(waymark::platform::takeBuffer(tag, tagLength), joining != 0);
}

// Returns the operations to write back to the shared document (JSON).
EMSCRIPTEN_KEEPALIVE const char* waymark_room_changes(char* changes, int length) {
    waymark::platform::gLastEcho = gRoomHandlers.changes(waymark::platform::takeBuffer(changes, length));
    return waymark::platform::gLastEcho.c_str();
}

EMSCRIPTEN_KEEPALIVE void waymark_room_status(char* status, int length) {
    gRoomHandlers.status(waymark::platform::takeBuffer(status, length));
}
}
