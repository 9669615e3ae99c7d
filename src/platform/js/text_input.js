// The text sink (src/platform/text_input_web.cpp): the page's hidden textarea takes typed,
// composed and pasted text for ImGui, and the clipboard takes copied text. Property names are
// quoted for the Closure Compiler; GLFW is Emscripten's GLFW library object, compiled together
// with this code.
mergeInto(LibraryManager.library, {
  // The listeners on the page's textarea.
  jsInstallTextSink__deps: ['$GLFW'],
  jsInstallTextSink__sig: 'vi',
  jsInstallTextSink: function (apple) {
    const sink = /** @type {HTMLTextAreaElement} */ (document.getElementById("text-sink"));
    const canvas = Module["canvas"];
    const state = {wantText: false, composing: false, pasteShortcut: false, copyText: null, touchDown: false,
                   keyDelivered: false};
    const sendText = (entry, text, extra) => {
        const length = Module["lengthBytesUTF8"](text);
        const ptr = Module["_malloc"](length + 1);
        Module["stringToUTF8"](text, ptr, length + 1);
        Module[entry](ptr, length, extra || 0);
    };
    // The textarea is emptied after each piece of text, so what it holds is always new text.
    const flush = () => {
        const text = sink.value;
        sink.value = "";
        if (text) sendText("_waymark_text_typed", text);
    };
    const focusSink = () => { if (document.activeElement !== sink) sink.focus({preventScroll: true}); };

    sink.addEventListener("beforeinput", (e) => {
        if (state.composing) return;
        const type = e.inputType || "";
        // Android keyboards send Backspace as keyCode 229 and then this; a desktop Backspace or
        // Delete already reached ImGui as a key through GLFW, and must not delete twice.
        if (type === "deleteContentBackward" || type === "deleteContentForward") {
            e.preventDefault();
            if (!state.keyDelivered) Module["_waymark_text_delete"](type === "deleteContentForward" ? 1 : 0);
        } else if (type.startsWith("delete") || type.startsWith("history") || type.startsWith("format") ||
                   type === "insertLineBreak" || type === "insertParagraph") {
            e.preventDefault();  // Enter, Ctrl+Z and the like reach ImGui as keys
        }
    });
    sink.addEventListener("input", (/** @type {InputEvent} */ e) => { if (!state.composing && !e.isComposing) flush(); });
    // While composing, the textarea shows the unfinished text at the caret (ImGui cannot).
    sink.addEventListener("compositionstart", () => { state.composing = true; sink.classList.add("composing"); });
    sink.addEventListener("compositionupdate", (e) => {
        sink.style.width = ((e.data || "").length + 1) + "em";
    });
    sink.addEventListener("compositionend", () => {
        state.composing = false;
        sink.classList.remove("composing");
        flush();
    });
    sink.addEventListener("focus", () => Module["_waymark_text_sink_focused"](1));
    sink.addEventListener("blur", () => Module["_waymark_text_sink_focused"](0));

    // A click on the canvas would move the focus there; the field that is clicked keeps the
    // textarea (ImGui decides whether text input goes on, and says so through textSink.place).
    canvas.addEventListener("mousedown", (e) => { if (document.activeElement === sink) e.preventDefault(); }, true);
    // On-screen keyboards open only for a focus() inside a user gesture. ImGui activates a field
    // on press, so by the release it has asked for text.
    window.addEventListener("pointerdown", (e) => { state.touchDown = e.pointerType === "touch"; }, true);
    // A quick tap can end before any frame saw its press: the release runs one now, so a
    // tapped field is active while the gesture lasts.
    const release = (e) => {
        const touched = state.touchDown || e.type === "touchend";
        state.touchDown = false;
        if (touched && !state.wantText && Module["_waymark_frame_now"]) Module["_waymark_frame_now"]();
        if (state.wantText) focusSink();
    };
    window.addEventListener("pointerup", release, true);
    window.addEventListener("touchend", release, true);

    const modifierKeys = [16, 17, 18, 91, 92, 93, 224];
    window.addEventListener("keyup", () => { state.keyDelivered = false; }, true);
    window.addEventListener("keydown", (e) => {
        state.keyDelivered = e.keyCode !== 229 && e.keyCode !== 0;  // 229: the IME or keyboard handles it
        const shortcut = apple ? e.metaKey : e.ctrlKey;
        state.pasteShortcut = (shortcut && e.keyCode === 86) || (e.shiftKey && e.keyCode === 45);
        // macOS sends no keyup for a key pressed with Cmd: release it at once, or ImGui would
        // hold it down and repeat the shortcut. (GLFW's own listener ran first.)
        if (apple && e.metaKey && !modifierKeys.includes(e.keyCode)) GLFW.onKeyChanged(e.keyCode, 0);
    }, true);

    document.addEventListener("paste", (e) => {
        const text = (e.clipboardData && e.clipboardData.getData("text/plain")) || "";
        // Ctrl+V (Cmd+V) reaches ImGui as a key and reads the text from the cache; a paste from
        // elsewhere (a menu, an on-screen keyboard) is typed into the field directly.
        const typeNow = state.wantText && !state.pasteShortcut;
        state.pasteShortcut = false;
        if (document.activeElement === sink) e.preventDefault();
        sendText("_waymark_text_pasted", text, typeNow ? 1 : 0);
    }, true);
    document.addEventListener("copy", (e) => {
        if (state.copyText === null || !e.clipboardData) return;
        e.clipboardData.setData("text/plain", state.copyText);
        e.preventDefault();
    }, true);

    Module["textSink"] = {
        "place": (wantText, x, y, lineHeight) => {
            state.wantText = wantText;
            if (!wantText) {
                if (document.activeElement === sink) sink.blur();
                return;
            }
            const rect = canvas.getBoundingClientRect();
            const perCss = canvas.width / Math.max(1, rect.width);  // device pixels per CSS pixel
            sink.style.left = (rect.left + x / perCss) + "px";
            sink.style.top = (rect.top + y / perCss) + "px";
            sink.style.height = Math.max(16, lineHeight / perCss) + "px";
            // A touch waits for its release, the gesture that may open the on-screen keyboard.
            if (!state.touchDown) focusSink();
        },
        "write": (text) => {
            const fallback = () => {
                state.copyText = text;
                try { document.execCommand("copy"); } finally { state.copyText = null; }
            };
            if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
            else fallback();
        },
    };
  },
  jsPlaceTextSink__sig: 'vifff',
  jsPlaceTextSink: function (wantText, x, y, lineHeight) {
    Module["textSink"]["place"](wantText !== 0, x, y, lineHeight);
  },
  jsWriteClipboard__sig: 'vi',
  jsWriteClipboard: function (text) { Module["textSink"]["write"](UTF8ToString(text)); },
  jsIsApplePlatform__sig: 'i',
  jsIsApplePlatform: function () {
    const platform = (navigator["userAgentData"] && navigator["userAgentData"]["platform"]) || navigator.platform || "";
    return /mac|iphone|ipad|ipod/i.test(platform) ? 1 : 0;
  },
});
