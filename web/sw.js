// Waymark's service worker: keeps every file of one build in a cache named after that build, so
// the app loads and works with the network off after the first visit. A new build installs
// beside the running one and waits: the page tells the user, who reloads when ready (the page
// saves the open plan first). make_site.cmake fills in the build id and the file list.
"use strict";
const BUILD = "@WAYMARK_BUILD_ID@";
const FILES = [@WAYMARK_FILES@];
const CACHE = "waymark-" + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith("waymark-") && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// The page asks the waiting build to take over once the user chose to reload.
self.addEventListener("message", (event) => {
  if (event.data === "waymark:activate") self.skipWaiting();
});

// This build's files from its cache; a page request (any path of the site) gets its index.html;
// anything else goes to the network.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request.mode === "navigate" ? "./" : request, { ignoreSearch: request.mode === "navigate" });
    return cached || fetch(request);
  })());
});
