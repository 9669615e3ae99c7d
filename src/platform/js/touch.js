// Touch input (src/platform/touch_web.cpp): fingers on the canvas become ImGui's mouse, two of
// them pinch.
mergeInto(LibraryManager.library, {
  // Listens before GLFW (window, capture phase) and keeps touches on the canvas for itself:
  // preventDefault stops the compatibility mouse events and the click, stopPropagation keeps
  // GLFW's canvas listeners out. The first finger is the mouse; with a second one down the two
  // pinch instead, until every finger is lifted.
  jsInstallTouch__sig: 'v',
  jsInstallTouch: function () {
    const canvas = Module["canvas"];
    let finger = null;          // the identifier of the finger that acts as the mouse
    const down = new Map();     // identifier -> [x, y] in device pixels, every finger on the canvas
    let pinch = null;           // the last two-finger distance and midpoint
    let pinched = false;        // this gesture became a pinch: no finger is the mouse until all are up
    const place = (touch) => {
        const rect = canvas.getBoundingClientRect();
        const perCss = canvas.width / Math.max(1, rect.width);  // device pixels per CSS pixel
        return [(touch.clientX - rect.left) * perCss, (touch.clientY - rect.top) * perCss];
    };
    const send = (touch, phase) => {
        const [x, y] = place(touch);
        Module["_waymark_touch"](x, y, phase);
    };
    const onTouch = (e) => {
        if (e.target !== canvas && !down.size) return;
        e.preventDefault();
        e.stopPropagation();
        const ended = e.type === "touchend" || e.type === "touchcancel";
        for (const touch of e.changedTouches) {
            if (ended) down.delete(touch.identifier);
            else down.set(touch.identifier, place(touch));
            if (pinched) continue;
            if (e.type === "touchstart" && finger === null && down.size === 1) {
                finger = touch.identifier;
                send(touch, 0);
            } else if (touch.identifier === finger) {
                send(touch, ended ? 2 : 1);
                if (ended) finger = null;
            }
        }
        if (down.size >= 2) {
            if (finger !== null) {  // a pinch is not a drag: let the first finger's press go
                const first = [...e.touches].find((t) => t.identifier === finger);
                if (first) send(first, 2);
                finger = null;
            }
            pinched = true;
            const [a, b] = [...down.values()];
            const distance = Math.max(1, Math.hypot(a[0] - b[0], a[1] - b[1]));
            const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
            if (pinch) Module["_waymark_pinch"](mid[0], mid[1], distance / pinch.distance, mid[0] - pinch.mid[0], mid[1] - pinch.mid[1]);
            pinch = {distance, mid};
        } else {
            pinch = null;
        }
        if (!down.size) pinched = false;
    };
    for (const type of ["touchstart", "touchmove", "touchend", "touchcancel"])
        window.addEventListener(type, onTouch, {capture: true, passive: false});
  },
});
