// The page's side of src/platform/page_web.cpp: downloads, the file picker, printing and the
// choices the page remembers. Property names are quoted: the Closure Compiler renames dotted ones.
mergeInto(LibraryManager.library, {
  // The file's bytes go over as they are: decoding them to a string would drop a leading byte
  // order mark (TextDecoder consumes it), which spreadsheets need to read a CSV as UTF-8.
  jsDownload__sig: 'viiii',
  jsDownload: function (name, mime, bytes, length) {
    Module["shell"]["download"](UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + length));
  },
  jsChooseFile__sig: 'vi',
  jsChooseFile: function (accept) { Module["shell"]["chooseFile"](UTF8ToString(accept)); },
  jsLanguageChosen__sig: 'vi',
  jsLanguageChosen: function (language) { Module["shell"]["languageChosen"](UTF8ToString(language)); },
  jsPrintDocument__sig: 'vi',
  jsPrintDocument: function (html) { Module["shell"]["printDocument"](UTF8ToString(html)); },
  jsViewSettingsChosen__sig: 'vi',
  jsViewSettingsChosen: function (json) { Module["shell"]["viewSettingsChosen"](UTF8ToString(json)); },
});
