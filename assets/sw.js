// The offline copy of the site. After one visit, every page, the app and its assets open with no
// network. The build (src/publish.rs) fills in VERSION, a fingerprint of every file below, and
// FILES, the addresses of every file it wrote, relative to this worker (which sits at the site's
// base, so its scope is the site, sub-path or not). README "Offline" explains the versioning.
const VERSION = "__VERSION__";
const FILES = ["__FILES__"];
// The app's hash-named files: every page of this build names them.
const APP = ["__APP__"];
const PREFIX = "myna-";
const CACHE = PREFIX + VERSION;
const at = (address) => new URL(address, self.location).href;

// Everything of this build, fetched past the browser's HTTP cache. A page that does not name
// this build's app (a CDN edge or an upload still serving the older one) fails the install: the
// older worker stays, and the next visit tries again. Then taken over at once.
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await cache.addAll(FILES.map((address) => new Request(at(address), { cache: "reload" })));
        for (const address of FILES.filter((a) => a.endsWith("/") || a.endsWith(".html"))) {
          const html = await (await cache.match(at(address))).text();
          if (!APP.every((name) => html.includes(name))) throw new Error(`${address} is from another build`);
        }
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
      await self.skipWaiting();
    })(),
  );
});

// The new cache is complete and in place; only now are the older builds' caches removed, and the
// open pages told (boot.js: a page whose app was in them reopens as this build when it needs it).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
      for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) client.postMessage("replaced");
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});

// A page from this build's copy, whatever its query (an older link's answers, read by the app).
// A path without its final slash is redirected as a static host does. A path not in the build
// goes to the network, and without one to the friendly "link not found" page.
async function page(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  const path = url.origin + url.pathname;
  const kept = await cache.match(path);
  if (kept) return kept;
  if (!url.pathname.endsWith("/") && (await cache.match(path + "/"))) {
    url.pathname += "/";
    return Response.redirect(url.href, 301);
  }
  try {
    return await fetch(request);
  } catch {
    const missing = await cache.match(at("404.html"));
    return missing ? new Response(missing.body, { status: 404, headers: missing.headers }) : Response.error();
  }
}

// This build's copy first; then any copy still kept, since a hash-named file is the same in every
// build that has it (an older page loading its own files while this build takes over).
async function file(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? (await caches.match(request)) ?? fetch(request);
}
