// Offline and updates: registers the service worker (sw.js) and offers a newer build.
import { text } from "./language.js";
import { commitTyping, onSaveReported, saving, settleSaves } from "./saving.js";

// sw.js keeps this build's files for offline use. A newer build waits until the user chooses
// to reload (never on its own: a reload must not cost an edit); the open plan is saved first.
const update = { worker: null, bar: document.getElementById("update") };
function offerUpdate(worker) {
  update.worker = worker;
  const button = update.bar.querySelector("button");
  button.textContent = text("shell.update_reload");
  button.onclick = () => applyUpdate();
  showUpdateState();
  update.bar.hidden = false;
}
// The bar says whether reloading keeps the latest changes: not while saves fail.
function showUpdateState() {
  if (!update.worker) return;
  const message = text(saving.problem && saving.unstored ? "shell.update_ready_unsaved" : "shell.update_ready");
  const shown = update.bar.querySelector(".message");
  if (shown.textContent !== message) shown.textContent = message;
}
export async function applyUpdate() {
  if (!update.worker) return false;
  commitTyping();
  await settleSaves();
  navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
  update.worker.postMessage("waymark:activate");
  return true;
}
if ("serviceWorker" in navigator && window.isSecureContext) {
  window.addEventListener("load", async () => {
    try {
      const registration = await navigator.serviceWorker.register("sw.js");
      const watch = (worker) => worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerUpdate(worker);
      });
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      update.registration = registration;
    } catch (e) {
      console.warn("Waymark works without offline support here:", e);
    }
  });
}


onSaveReported(showUpdateState);

// Looks for a newer build now (browsers also check on their own); resolves to whether one waits.
export async function checkForUpdate() {
  if (!update.registration) return false;
  await update.registration.update();
  return !!update.registration.waiting || !!update.registration.installing;
}

// Whether a newer build is ready; applyUpdate() saves the open plan, then reloads into it.
export const updateReady = () => !!update.worker;
