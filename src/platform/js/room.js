// Plan together's side of src/platform/room_web.cpp: the app's calls into the shell's room
// (web/shell/room.js). Property names are quoted: the Closure Compiler renames dotted ones.
mergeInto(LibraryManager.library, {
  jsRoomStart__sig: 'v',
  jsRoomStart: function () { Module["shell"]["together"]["startFromApp"](); },
  jsRoomStop__sig: 'v',
  jsRoomStop: function () { Module["shell"]["together"]["stop"](); },
  jsRoomLeave__sig: 'v',
  jsRoomLeave: function () { Module["shell"]["together"]["leave"](); },
  jsRoomSend__sig: 'vi',
  jsRoomSend: function (ops) { Module["shell"]["together"]["send"](UTF8ToString(ops)); },
  jsRoomPerson__sig: 'vii',
  jsRoomPerson: function (name, colour) { Module["shell"]["together"]["setPerson"](UTF8ToString(name), UTF8ToString(colour)); },
});
