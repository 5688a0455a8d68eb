// The offline copy of the site. After one visit, every page, the app and its assets open with no
// network. The build (src/publish.rs) fills in VERSION, a fingerprint of every file below, and
// FILES, the addresses of every file it wrote, relative to this worker (which sits at the site's
// base, so its scope is the site, sub-path or not). README "Offline" explains the versioning.
const VERSION = "__VERSION__";
const FILES = ["__FILES__"];
const PREFIX = "myna-";
const CACHE = PREFIX + VERSION;
const at = (address) => new URL(address, self.location).href;

// Everything of this build, fetched past the browser's HTTP cache so that no file of an older
// build slips in. Taken over at once: the cache is complete, and an older page's app files are
// not fetched from it (boot.js reopens such a page instead).
self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((address) => new Request(at(address), { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

// The new cache is complete and in place; only now are the older builds' caches removed.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});

// A page from this build's copy. Its query (remembered answers) is read by the page itself.
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

async function file(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
