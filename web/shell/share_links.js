// Share links: the open plan in the URL's fragment, and opening the plan of a link the page was
// opened with. The app asks the user in its own dialog (src/ui/chrome/shared_plan_dialog.h).
import { app, callWithStrings, exportPlan } from "./module.js";
import { text } from "./language.js";
import { saving, settleSaves, store } from "./saving.js";
import { CODES, LIMITS } from "./texts.js";

const MAX_PLAN_FILE_BYTES = LIMITS.maxPlanFileBytes;  // the app's kMaxPlanFileBytes

// Share links carry the plan in the URL fragment (never sent to a server), deflated and in
// base64url: "#plan=...". Links are kept short enough for chat apps and QR codes.
const SHARE_LINK_MAX_CHARS = 16 * 1024;
const toBase64Url = (bytes) => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const fromBase64Url = (s) => {
  const binary = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};
const through = async (stream, bytes) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

export async function shareLink() {
  if (!app.started || app.dead) return { ok: false, url: null, error: text("shell.share_link_not_ready") };
  const packed = await through(new CompressionStream("deflate-raw"), new TextEncoder().encode(exportPlan()));
  const url = location.origin + location.pathname + "#plan=" + toBase64Url(packed);
  if (url.length > SHARE_LINK_MAX_CHARS)
    return { ok: false, url: null, error: text("shell.share_link_too_long", { kb: Math.ceil(url.length / 1024), max: SHARE_LINK_MAX_CHARS / 1024 }) };
  return { ok: true, url, error: null };
}

// Opening a link: a few KB of link can inflate to gigabytes. The packed bytes go into the
// decompressor SHARE_LINK_PIECE at a time (deflate makes at most about 1 MB of 1 KB), and
// reading stops as soon as the plan passes the plan file limit. The stream's steps all run as
// one task unless it yields: it lets the page draw and answer every SHARE_LINK_YIELD_MS.
// Resolves to the plan's bytes, or null past the limit; rejects when the link was cut or garbled.
const SHARE_LINK = /^#plan=([A-Za-z0-9_-]+)$/;
const SHARE_LINK_PIECE = 1024;
const SHARE_LINK_YIELD_MS = 30;
async function inflateWithin(packed, limit) {
  let offered = 0;
  const pieces = new ReadableStream({
    pull(controller) {
      if (offered >= packed.length) return controller.close();
      controller.enqueue(packed.slice(offered, offered + SHARE_LINK_PIECE));
      offered += SHARE_LINK_PIECE;
    },
  }, { highWaterMark: 0 });
  const reader = pieces.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks = [];
  let total = 0, since = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (performance.now() - since > SHARE_LINK_YIELD_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  for (let i = 0, at = 0; i < chunks.length; at += chunks[i].length, i++) bytes.set(chunks[i], at);
  return bytes;
}

// Reads the share link in the address bar and hands its plan to the app, which asks the user in
// its own dialog (src/ui/chrome/shared_plan_dialog.h). The link stays in the address bar until its
// plan is opened and saved: a reload before that asks again, and none after it.
const SHARED_PLAN_READ = CODES.SharedLinkRead;  // platform::SharedLinkRead: a code's number is its index
export async function readShareLink() {
  const match = SHARE_LINK.exec(location.hash);
  if (!match || !app.started || app.dead) return;
  let how = SHARED_PLAN_READ.indexOf("ok"), bytes = null;
  try {
    bytes = await inflateWithin(fromBase64Url(match[1]), MAX_PLAN_FILE_BYTES);
    if (!bytes) how = SHARED_PLAN_READ.indexOf("too_large");
  } catch {
    how = SHARED_PLAN_READ.indexOf("incomplete");  // cut short (also a base64 length no encoder makes) or garbled
  }
  callWithStrings("waymark_shared_plan_read", [how], [bytes || new Uint8Array(0)]);
}
// The user chose "Open as new plan": the open plan is saved first, then the shared one opens
// under an id no stored plan has; once it is saved the link leaves the address bar.
export async function openSharedPlan() {
  if (!app.started || app.dead) return;
  await settleSaves();
  const taken = (await store.list()).map((p) => p.id).join("\n");
  callWithStrings("waymark_shared_plan_may_open", [], [taken]);
  await settleSaves();
  if (SHARE_LINK.test(location.hash) && saving.dirtyId === null && !saving.problem)
    history.replaceState(null, "", location.pathname + location.search);
}
window.addEventListener("hashchange", readShareLink);
