// The loading view (#status in index.html): shown until the app draws its first frame, and where
// a failed start says why. waymark.ready settles with it.
const status = document.getElementById("status");

let readyResolve, readyReject;
export const ready = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
ready.catch(() => {});  // failures are shown on the page; callers that await still see them

export const fail = (message) => {
  status.hidden = false;
  status.classList.add("failed");
  status.querySelector(".message").textContent = message;
  readyReject(new Error(message));
};

// The app drew its first frame: the loading view goes, and waymark.ready resolves to the API.
export function loaded() {
  status.hidden = true;
  readyResolve(window.waymark);
}
