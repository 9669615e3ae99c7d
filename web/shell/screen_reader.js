// The screen-reader mirror: what the canvas shows, as visually hidden DOM (#mirror), and polite
// announcements (#announce). The app's side is src/platform/screen_reader_web.cpp.
// The app sends nodes as lines: a role letter (h heading, i list item, t text), a level digit,
// then the text. textContent only: plan text never becomes markup. Items one level deeper than
// the item above nest inside it (the plan map's tree).
const mirror = document.getElementById("mirror");
const live = document.getElementById("announce");
export function publishMirror(encoded) {
  const content = document.createDocumentFragment();
  let lists = [];  // the open lists, outermost first: {ul, level, li (its last item)}
  for (const line of encoded.split("\n")) {
    if (line.length < 2) continue;
    const role = line[0], level = Number(line[1]), textContent = line.slice(2);
    if (role === "i") {
      if (!lists.length) lists.push({ ul: content.appendChild(document.createElement("ul")), level, li: null });
      while (lists.length > 1 && level < lists[lists.length - 1].level) lists.pop();
      let top = lists[lists.length - 1];
      if (level > top.level && top.li) {
        lists.push({ ul: top.li.appendChild(document.createElement("ul")), level, li: null });
        top = lists[lists.length - 1];
      }
      top.li = top.ul.appendChild(document.createElement("li"));
      top.li.textContent = textContent;
      continue;
    }
    lists = [];
    const tag = role === "h" ? "h" + Math.min(6, Math.max(1, level)) : "p";
    content.appendChild(document.createElement(tag)).textContent = textContent;
  }
  mirror.replaceChildren(content);
}
// Polite announcements; the same text twice in a row is re-read by clearing first.
export function announce(message) {
  live.textContent = "";
  setTimeout(() => { live.textContent = message; }, 30);
}
