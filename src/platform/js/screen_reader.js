// The screen-reader mirror's side of src/platform/screen_reader_web.cpp: the encoded nodes and
// the announcements go to the shell (web/shell/screen_reader.js).
mergeInto(LibraryManager.library, {
  jsPublishMirror__sig: 'vi',
  jsPublishMirror: function (encoded) { Module["shell"]["publishMirror"](UTF8ToString(encoded)); },
  jsAnnounce__sig: 'vi',
  jsAnnounce: function (message) { Module["shell"]["announce"](UTF8ToString(message)); },
});
