// The offline copy of the site. After one visit, every page, the app and its assets open with no
// network (the counter path first, see FIRST). The build (src/publish.rs) fills in VERSION, a
// fingerprint of every file below, and FILES, the addresses of the files it keeps, relative to
// this worker (which sits at the site's base, so its scope is the site, sub-path or not).
// docs/how-it-works.md "Offline" explains the versioning.
const VERSION = "__VERSION__";
const FILES = ["__FILES__"];
// The app's hash-named files: every page of this build names them.
const APP = ["__APP__"];
// The pages outside the questions (the index, the contacts, the page about the information).
const PAGES = ["__PAGES__"];
// Each language but Japanese, by code, with the folder its pages are in ({"en": "en/"}).
const LANGS = { "__LANGS__": "" };
// Each page of one person's walk (answers in its path) and the page everyone gets for it
// ({"r/x/via/a.b/": "r/x/"}). These are two thirds of the pages, and the app draws each one
// from its everyone's page, so the copy keeps only those: without network a walk's page opens
// as its everyone's page at once, and the app, kept too, marks the answers.
const DRAWN = { "__DRAWN__": "" };
// The language whose pages this copy keeps: the worker's address says it (boot.js registers
// sw.js?lang=<the language chosen on the device, or the page's>). The other languages' pages
// come from the network, so switching language online works at once, and a first visit
// downloads one language's pages, not all of them.
const asked = new URL(self.location).searchParams.get("lang");
const LANG = Object.hasOwn(LANGS, asked) ? asked : "ja";
const PREFIX = "myna-";
const CACHE = `${PREFIX}${LANG}-${VERSION}`;
const at = (address) => new URL(address, self.location).href;

// What a person at a reception desk needs first, kept before anything else so that a first
// visit that loses signal a few seconds later still has it: the app and every file that is not a
// page, the start page, the clinic questions, every result at its stable link, every desk view,
// the pages outside the questions and the not-found page. The other questions follow once this
// build has taken over.
const isPage = (address) => address.endsWith("/");
// A page's language, and its address as in Japanese: "en/r/x/" is English "r/x/".
const languageOf = (address) => Object.keys(LANGS).find((code) => address.startsWith(LANGS[code])) ?? "ja";
const inJapanese = (address) => (languageOf(address) === "ja" ? address : address.slice(LANGS[languageOf(address)].length) || "./");
const KEPT = FILES.filter((a) => !isPage(a) || languageOf(a) === LANG);
const FIRST = KEPT.map((a) => [a, inJapanese(a)]).filter(([a, j]) => !isPage(a) || j === "./" || PAGES.includes(j) || j.startsWith("q/clinic-") || j.endsWith("/desk/") || /^r\/[^/]+\/$/.test(j)).map(([a]) => a);

// Fetched past the browser's HTTP cache. A page that does not name this build's app (a CDN edge or
// an upload still serving the older one) is refused: at install it fails the install, so the
// older worker stays and the next visit tries again.
async function keep(cache, addresses) {
  await cache.addAll(addresses.map((address) => new Request(at(address), { cache: "reload" })));
  for (const address of addresses.filter((a) => isPage(a) || a.endsWith(".html"))) {
    const html = await (await cache.match(at(address))).text();
    if (!APP.every((name) => html.includes(name))) {
      await cache.delete(at(address));
      throw new Error(`${address} is from another build`);
    }
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await keep(cache, FIRST);
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
      await self.skipWaiting();
    })(),
  );
});

// Keeps what this build's copy still lacks, and tells the pages once it holds every file (boot.js
// then says the site opens without signal). Asked again by each page that loads, so a copy left
// short by a lost connection is completed on a later visit.
let keeping = null;
function keepTheRest() {
  keeping ??= (async () => {
    const cache = await caches.open(CACHE);
    const held = new Set((await cache.keys()).map((r) => r.url));
    const missing = KEPT.filter((a) => !held.has(at(a)));
    if (missing.length) await keep(cache, missing);
    for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) client.postMessage("kept");
  })().finally(() => (keeping = null));
  return keeping;
}

// The new cache holds what comes first; only now are the older builds' caches removed, and the
// open pages told (boot.js: a page whose app was in them reopens as this build when it needs it;
// every page then asks for the rest, below: a worker still activating would hold navigations).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
      for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) client.postMessage("replaced");
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "keep") event.waitUntil(keepTheRest().catch(() => {}));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});

// A page from this build's copy, whatever its query (an older link's answers, read by the app).
// A path without its final slash is redirected as a static host does, query kept. Any other
// page comes from the network. A walk's page that the network has not brought within a few
// seconds, or cannot bring, is its everyone's page (boot.js sees the markup is for another path
// and starts the app, which draws this one); anything else without network is the friendly
// "link not found" page, which the app draws too.
const NETWORK_WAIT_MS = 3000;
const addressOf = (url) => (url.href.startsWith(at("./")) ? url.href.slice(at("./").length) || "./" : null);
async function page(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.search = url.hash = "";
  const kept = await cache.match(url.href);
  if (kept) return kept;
  const address = addressOf(url);
  if (!url.pathname.endsWith("/") && ((await cache.match(url.href + "/")) || Object.hasOwn(DRAWN, address + "/"))) {
    const slashed = new URL(request.url);
    slashed.pathname += "/";
    return Response.redirect(slashed.href, 301);
  }
  const everyones = Object.hasOwn(DRAWN, address) ? await cache.match(at(DRAWN[address])) : undefined;
  const network = fetch(request);
  if (everyones) {
    const late = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, everyones));
    return Promise.race([network, late]).catch(() => everyones);
  }
  try {
    return await network;
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
