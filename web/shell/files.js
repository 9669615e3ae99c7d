// Files in and out of the page. A plan file chosen, dropped or pasted arrives as a new plan: the
// open plan's changes are saved first, and the app gives the newcomer a new id when a stored plan
// has its id, so no stored plan is ever replaced by an import. Downloads and printing take what
// the app made out of the page.
import { app, callWithStrings, Module } from "./module.js";
import { text } from "./language.js";
import { settleSaves, store } from "./saving.js";
import { LIMITS } from "./texts.js";

const MAX_PLAN_FILE_BYTES = LIMITS.maxPlanFileBytes;  // the app's kMaxPlanFileBytes

// Resolves to false before the app started (or after it stopped), else true once the app has it.
export async function openPlanFile(name, content) {
  if (!app.started || app.dead) return false;
  await settleSaves();
  const taken = (await store.list()).map((p) => p.id).join("\n");
  callWithStrings("waymark_file_chosen", [], [name, content, taken]);
  return true;
}

// A file's bytes go to the module as they are, as the command line reads them: the plan reader
// decides about encodings (docs/plan-format.md), not the browser's decoder, which would turn
// bytes that are not UTF-8 into U+FFFD without a word. A file past the limit is cut one byte
// over it: the module then names the size problem without the page holding all of a huge file.
const readFile = async (file) => new Uint8Array(await file.slice(0, MAX_PLAN_FILE_BYTES + 1).arrayBuffer());

const picker = document.createElement("input");
picker.type = "file";
picker.hidden = true;
document.body.appendChild(picker);
picker.addEventListener("change", async () => {
  const file = picker.files && picker.files[0];
  picker.value = "";
  if (file) await openPlanFile(file.name, await readFile(file));
});

window.addEventListener("dragover", (e) => {
  if (e.dataTransfer && [...e.dataTransfer.types].includes("Files")) { e.preventDefault(); e.dataTransfer.dropEffect = "copy"; }
});
window.addEventListener("drop", async (e) => {
  const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
  if (!file) return;
  e.preventDefault();
  await openPlanFile(file.name, await readFile(file));
});

// A pasted plan file (Ctrl+V anywhere but in a text field): text that is a Waymark plan's
// envelope. Anything else is left to the text fields.
const looksLikePlanFile = (t) => /^\s*\{/.test(t) && /"format"\s*:\s*"waymark-plan"/.test(t.slice(0, 4096));
document.addEventListener("paste", async (e) => {
  const pasted = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
  if (!looksLikePlanFile(pasted)) return;
  e.preventDefault();
  await openPlanFile(text("shell.pasted_plan"), pasted.slice(0, MAX_PLAN_FILE_BYTES + 1));
});

// What the app asks of files (src/platform/js/page.js), as Module.shell's handlers.
export const fileHandlers = {
  download(name, mime, content) {
    const url = URL.createObjectURL(new Blob([content], { type: mime }));
    const a = Object.assign(document.createElement("a"), { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
  chooseFile(accept) { picker.accept = accept; picker.click(); },
  // Prints a page the app made (the workshop summary) with the browser's print dialog. A
  // srcdoc frame shares the page's origin and its Content-Security-Policy: the summary has no
  // script and only an inline style sheet, which style-src 'unsafe-inline' allows.
  printDocument(html) {
    document.getElementById("print-frame")?.remove();
    const frame = Object.assign(document.createElement("iframe"), { id: "print-frame", tabIndex: -1 });
    frame.setAttribute("aria-hidden", "true");
    frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0";
    frame.addEventListener("load", () => {
      frame.contentWindow.focus();
      frame.contentWindow.print();
      frame.dataset.printed = "true";  // print() returned: the dialog was shown and closed
      Module.canvas.focus();
    }, { once: true });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  },
};
