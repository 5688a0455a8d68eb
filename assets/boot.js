// Starts the Yew app only when the page needs it: every screen is pre-rendered, so reading it
// and following its links needs no app. It starts at load for an older link's query, stored check
// marks or a page not rendered for this path; otherwise on the first tap of a button (held, then
// replayed) or tick of a box. It shares a result itself (the share sheet needs a recent tap), and
// registers the offline worker (docs/how-it-works.md "Offline").
// docs/how-it-works.md "Pre-rendering, and starting the app only when it is needed" has the
// whole table, and which of this script and the app owns each behaviour.
// Pages load assets/first.js, which marks what the first paint shows and fetches this script
// once that paint is on screen; the taps made meanwhile reach this script as if made after it.
//
// Names shared with Rust (src/contract.rs; tests/contract.rs checks this list against it):
//   app            the id of the element the pages are rendered into
//   data-back      on a page's way back: go back in the history where there is one
//   data-app       on <html>: waiting | starting | failed (written here and by first.js), ready (by the app)
//   data-page      on #app: the path the markup was rendered for; removed here if it is not this one
//   data-stored    on the steps: the storage key of this page's ticks
//   data-remember  on answer links: the history entry to leave behind (rewritten here, app or not)
//   data-share     on the share button: the link to share (sent from here, app or not)
//   data-share-title on the share button: the title shared with it
//   data-shared    on the share button: what to say once shared (the data's words, like all below)
//   data-link-copied on the share button: what to say once the link is copied
//   data-link-copy-failed on the share button: what to say when neither works; {url} is the link
//   data-busy      on a button that needs the app: what the CSS shows after it while it waits
//   data-boot      on the pages' script tag (first.js's): this script (hash-named)
//   data-holding   on <html>: written by first.js while it holds the taps made before this script runs
//   data-js        on that tag: the app's glue script (hash-named)
//   data-wasm      on that tag: the app's wasm (hash-named)
//   load-error     the line shown when the app could not be fetched
//   update-note    the line shown when a newer build's worker took over this page
//   offline-ready  the line near the top shown once the offline copy is kept
//   stale-note     the note that the data may be out of date, on every page, hidden
//   data-stale-from on the stale note: the first day (YYYY-MM-DD) the data counts as old
//   data-stale     on <html>: written by first.js when today is on or after that day; the CSS shows the note
//   sent           the query the share button adds to the link it sends
//   sent-note      the note on a result opened from a shared link, hidden
//   data-sent      on <html>: written by first.js when the address has the sent query, removed here when the person moves on; the CSS shows the note
//   needs-app      controls that need the app (hidden by the CSS where no script runs)
//   data-lang      on the language switch: the page's language; on each of its links: that link's
//   data-read-in   on each other language of the switch: "read this page in it", in it
//   lang-hint      the empty line that shows that offer on a page in another language than the one last chosen here
//   myna-lang      the localStorage key of the language last chosen on this device
//
// Besides first.js, the script is one file (each file more is a request on a slow phone
// connection, and a hash-named file to keep in step with its build). Its jobs are parts of
// their own below, each keeping its state to itself and offering a few functions; the listeners
// at the end wire them to the page:
// - notes:   the sent note's end (first.js marks both notes before the first paint)
// - offline: the offline copy: registering the worker, noticing a newer build
// - loader:  starting the app, holding the taps that need it, replaying them once it runs
// - arrival: a page reached by one of the site's links: its heading focused, its way back
// - sharing: the share button, app or not
// - languages: the language last chosen on this device, offered (never forced) on other pages
const root = document.documentElement;
const mount = document.getElementById("app");
// The pages' script tag (first.js's): it names the app's files (hash-named, this build's).
const boot = document.querySelector("script[data-wasm]");
const running = () => root.dataset.app === "ready";

const notes = (() => {
  // first.js marked a result opened from a link someone shared (<html data-sent>, the note the
  // CSS shows); moving to another page removes the mark.
  const leftSentPage = () => delete root.dataset.sent;
  const sentPage = location.pathname + location.search;
  // A move to a fragment of the same page fires popstate too: that is not leaving it.
  window.addEventListener("popstate", () => location.pathname + location.search !== sentPage && leftSentPage());
  return { leftSentPage };
})();

const languages = (() => {
  const KEY = "myna-lang";
  // The page's own language, on the switch itself.
  const own = () => document.querySelector("nav.lang-switch")?.dataset.lang;
  let chosen;
  // The language last chosen on this device, read once it is needed: after the page has loaded,
  // since a first read of storage can hold the main thread before the largest paint.
  function read() {
    if (chosen === undefined) {
      try {
        chosen = localStorage.getItem(KEY);
      } catch {
        chosen = null; // storage disabled: nothing was chosen
      }
    }
    return chosen;
  }
  // A page in another language (a link someone sent, say) stays in it; the line at the top
  // offers this same page in the language chosen, in that language: the switch's link, with the
  // words it carries for it. A stored value that names no language of the switch finds none.
  function offer() {
    const wanted = read();
    if (!wanted || wanted === own()) return;
    const link = [...document.querySelectorAll(".lang-switch a[data-lang]")].find((a) => a.dataset.lang === wanted);
    const line = document.querySelector(".lang-hint");
    if (!link || !line || line.firstChild) return;
    const offered = link.cloneNode(false);
    offered.textContent = link.dataset.readIn;
    offered.removeAttribute("hreflang");
    line.append(offered);
    line.hidden = false;
  }
  // A tap on a language (the switch or the offer) is the device's choice from now on.
  function choose(link) {
    chosen = link.dataset.lang;
    try {
      localStorage.setItem(KEY, chosen);
    } catch {
      // storage disabled: the choice lasts this page load
    }
  }
  // The language whose pages the offline copy keeps: the one chosen, else this page's.
  const kept = () => read() ?? own() ?? "ja";
  return { offer, choose, kept };
})();

const offline = (() => {
  // sw.js (written by the build) keeps every page everyone gets and the app after one visit; a
  // walk's own page opens from its everyone's page, the app drawing its answers.
  const worker = navigator.serviceWorker;
  const REOPENED = "myna-diagnosis/reopened";

  // Whether a newer build has replaced the copy this page came from: its own app is in no copy
  // any more (its files are hash-named, so any copy that holds them is the right one).
  async function replaced() {
    if (!worker?.controller || !window.caches) return false;
    try {
      return !(await caches.match(new URL(boot.dataset.wasm, document.baseURI).href));
    } catch {
      return false;
    }
  }

  // Such a page says so, with a link that opens it again as the new version.
  async function noteIfReplaced() {
    if (!(await replaced())) return;
    const note = document.querySelector(".update-note");
    note?.querySelector("a")?.setAttribute("href", location.href);
    note?.removeAttribute("hidden");
  }

  // Reopens a replaced page instead of starting an app whose files are gone; once only, so that
  // a copy that cannot be refreshed never reloads in a loop (the app then fails as offline would).
  function reopen() {
    try {
      if (sessionStorage.getItem(REOPENED) === location.href) return false;
      sessionStorage.setItem(REOPENED, location.href);
    } catch {
      return false;
    }
    location.reload();
    return true;
  }

  // The app started: a later replacement may reopen this page again.
  function started() {
    try {
      sessionStorage.removeItem(REOPENED);
    } catch {
      // storage disabled: nothing was kept
    }
  }

  // What the worker says is heard from when this script runs (after the first paint: a message
  // sent before then to this page is missed, and the look at the copy after load makes up for
  // it); what the copy already holds is looked at once the page has loaded, as it opens the cache.
  // The line saying the site opens without signal is shown once the worker says its copy holds
  // every file ("kept"); a page served by a worker asks it to complete a copy a lost connection
  // left short.
  worker?.addEventListener("message", (event) => {
    if (event.data === "replaced") noteIfReplaced();
    if (event.data === "kept") document.querySelector(".offline-ready")?.removeAttribute("hidden");
  });
  worker?.addEventListener("controllerchange", () => worker.controller?.postMessage("keep"));
  function lookAtCopy() {
    if (worker?.controller) {
      worker.controller.postMessage("keep");
      noteIfReplaced();
    }
  }

  // Registered two seconds after load, so that its download (every page and the app) competes
  // neither with the first paint nor with the taps of those first seconds; and if an app is
  // starting then, only once it is ready or has failed, so that it never slows the app's own
  // download.
  const AFTER_LOAD_MS = 2000;
  let afterStart = false;
  function keep() {
    afterStart = root.dataset.app === "starting";
    // The worker's address names the language it keeps: choosing another one is a new address,
    // so a new worker, whose copy replaces this one whole.
    const address = new URL(`sw.js?lang=${encodeURIComponent(languages.kept())}`, document.baseURI);
    if (!afterStart) worker?.register(address).catch(() => {});
  }
  // Told each time the app's state changes: after the held taps, what the person asked for
  // comes before the offline copy.
  function appStateChanged() {
    if (afterStart && root.dataset.app !== "starting") keep();
  }
  function afterLoad() {
    lookAtCopy();
    setTimeout(keep, AFTER_LOAD_MS);
  }
  return { replaced, reopen, started, afterLoad, appStateChanged };
})();

const loader = (() => {
  const held = [];
  // A choice in a list (whom the words speak for) made before the app ran, told to it again.
  const chosenBefore = [];
  let starting = null;

  function start() {
    starting ??= (async () => {
      root.dataset.app = "starting";
      if ((await offline.replaced()) && offline.reopen()) return new Promise(() => {});
      try {
        const { default: init } = await import(boot.dataset.js);
        await init({ module_or_path: boot.dataset.wasm });
        offline.started();
      } catch (error) {
        starting = null; // the next tap tries again
        root.dataset.app = "failed";
        for (const button of held.splice(0)) button.removeAttribute("aria-busy");
        document.querySelector(".load-error")?.removeAttribute("hidden");
        throw error;
      }
    })();
    return starting;
  }

  // Starts the app at load: this script runs once the first paint is on screen (first.js), so
  // the app's requests never hold that paint.
  function startAtLoad() {
    root.dataset.app = "starting";
    setTimeout(() => start().catch(() => {}), 0);
  }

  // A tap on a button that needs the app: held (busy) until it runs, then replayed.
  function hold(button) {
    if (!held.includes(button)) {
      held.push(button);
      button.setAttribute("aria-busy", "true");
    }
    start().catch(() => {});
  }

  // A box ticked, or a choice made, before the app runs: the app reads a box as it takes over;
  // a choice is told to it again once it runs.
  function changed(target) {
    if (target instanceof HTMLSelectElement && !chosenBefore.includes(target)) chosenBefore.push(target);
    start().catch(() => {});
  }

  // Once the app runs, the held taps and choices reach it.
  function replay() {
    for (const button of held.splice(0)) {
      button.removeAttribute("aria-busy");
      button.click();
    }
    for (const select of chosenBefore.splice(0)) select.dispatchEvent(new Event("change", { bubbles: true }));
  }

  // Whether #app holds markup rendered for this path (from the app's base). If not, the app
  // renders the page afresh rather than taking it over, and it learns so from the missing
  // data-page.
  function renderedForThisPath() {
    const base = new URL(document.baseURI).pathname.replace(/\/$/, "");
    const path = location.pathname.startsWith(base + "/") ? location.pathname.slice(base.length) : location.pathname;
    if (mount?.dataset.page === path) return true;
    mount?.removeAttribute("data-page");
    return false;
  }

  function hasStoredMarks() {
    try {
      return [...document.querySelectorAll("[data-stored]")].some((e) => localStorage.getItem(e.dataset.stored) !== null);
    } catch {
      return false; // storage disabled: there is nothing to show
    }
  }

  // What reads storage runs in a task of its own, not in the one that runs this script and
  // replays the held taps: storage may take a few milliseconds to open, and a long task just
  // after the first paint is one a first tap may wait behind.
  function startIfMarksStored() {
    if (!starting && root.dataset.app === "waiting" && hasStoredMarks()) startAtLoad();
  }

  return { start, startAtLoad, hold, changed, replay, renderedForThisPath, startIfMarksStored };
})();

const arrival = (() => {
  // A screen reached by a link of this site gets its heading focused, so a screen reader
  // announces it: what the app does for the screens it shows itself. The tap on the link names
  // the tab for the next page (the referrer cannot tell: hosts send Referrer-Policy: no-referrer).
  // The tab's name, not sessionStorage: a first read of storage on a page can take 10 ms, a task
  // a tap waits behind. The name says nothing of the site, and a name the tab was given by
  // whoever opened it is kept.
  const ARRIVED = "arrived-by-link";
  function arrivedByLink() {
    if (window.name !== ARRIVED) return false;
    window.name = "";
    const nav = performance.getEntriesByType?.("navigation")[0];
    return nav?.type !== "reload" && nav?.type !== "back_forward";
  }

  // Read as this script runs (it also clears the mark), before the taps first.js held are
  // replayed: a way back tapped early must know where the page came from.
  const arrived = arrivedByLink();

  // Whether the page before this one in the tab is one of this site's: a page reached by one of
  // its links (the tab's arrival mark), or a move inside the app (the router's state).
  // history.length cannot tell: a tab opened on a link already counts its blank page.
  const cameFromThisSite = () => arrived || history.state !== null;

  // The heading of a page reached by a link is focused unless the person has moved the focus.
  function focusHeading() {
    const untouched = document.activeElement === null || document.activeElement === document.body;
    if (arrived && untouched) document.querySelector("#app h1")?.focus({ preventScroll: true });
  }

  // A tap on one of the site's links to another page marks the tab for the next page.
  function leaving() {
    if (window.name === "" || window.name === ARRIVED) window.name = ARRIVED;
  }

  return { cameFromThisSite, focusHeading, leaving };
})();

const sharing = (() => {
  // Sharing is done here whether the app runs or not: a share sheet opens only within a moment
  // of the tap, which a slow first download of the app outlasts. Without one, the link is copied.
  let said = null; // what share last said, written again once the app has taken over
  const status = () => document.querySelector("#app button[data-share]")?.parentElement?.querySelector("[role=status]");
  async function share(button) {
    const say = (text) => {
      said = text;
      const line = status();
      if (line) line.textContent = text;
    };
    const title = button.dataset.shareTitle;
    const url = new URL(button.dataset.share, location.href).href;
    if (navigator.share) {
      try {
        await navigator.share({ title, text: title, url });
        return say(button.dataset.shared);
      } catch (error) {
        if (error?.name === "AbortError") return; // the person closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(`${title}\n${url}`);
      say(button.dataset.linkCopied);
    } catch {
      say(button.dataset.linkCopyFailed.replace("{url}", url));
    }
  }
  // Taking over the page removes text the app did not render, such as share's last words.
  function sayAgain() {
    const line = status();
    if (said && line) line.textContent = said;
  }
  return { share, sayAgain };
})();

const plainClick = (e) => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

// Capturing on window runs before the app's own listeners, so a held tap reaches the app once only.
// This listener is the one owner of two things about links, whether the app runs or not: which
// clicks are the site's to handle, and the history entry a link leaves behind.
window.addEventListener(
  "click",
  (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest("#app a[href]");
    // A click with a modifier key or another button opens the link elsewhere, as the browser
    // does: the app does not see it.
    if (link && !plainClick(event)) {
      event.stopPropagation();
      return;
    }
    // The way back of a page reached from another: the page it came from, as it was left.
    if (link?.matches("a[data-back]") && arrival.cameFromThisSite()) {
      event.preventDefault();
      history.back();
      return;
    }
    // A link down the same page (written with its path, for <base>) keeps the address's query:
    // on a sent link it would otherwise reload the page without the note.
    if (link?.hash && link.pathname === location.pathname) {
      event.preventDefault();
      location.hash = link.hash;
      return;
    }
    if (link && (link.pathname !== location.pathname || link.search !== location.search)) notes.leftSentPage();
    if (link?.dataset.lang) languages.choose(link);
    const shareButton = event.target.closest("#app button[data-share]");
    if (shareButton) {
      event.preventDefault();
      sharing.share(shareButton);
      return;
    }
    // The entry left behind (the question with the answer marked), so that Back returns to the
    // answer given: before the page load the link is, or the app's move in place.
    if (link?.dataset.remember && link.origin === location.origin) {
      history.replaceState(history.state, "", link.dataset.remember);
    }
    if (running()) return;
    const button = event.target.closest("#app button");
    if (button) {
      event.stopImmediatePropagation();
      event.preventDefault();
      loader.hold(button);
      return;
    }
    if (!link || link.origin !== location.origin) return;
    const samePage = link.pathname === location.pathname && link.search === location.search;
    if (!samePage) arrival.leaving();
  },
  true,
);

window.addEventListener(
  "change",
  (event) => {
    if (running() || !(event.target instanceof Element) || !event.target.closest("#app input, #app select")) return;
    loader.changed(event.target);
  },
  true,
);

new MutationObserver(() => {
  if (running()) {
    sharing.sayAgain();
    loader.replay();
  }
  offline.appStateChanged();
}).observe(root, { attributes: true, attributeFilter: ["data-app"] });

// A page restored from the back/forward cache may come back under a remembered answer: its entry
// now names the page with the answer marked, which is another pre-rendered page.
window.addEventListener("pageshow", (event) => {
  if (event.persisted && !running() && mount?.dataset.page !== undefined && !loader.renderedForThisPath()) location.reload();
});

// A link published before the answers moved into the path carries them in its query; the app
// reads it and shows the path it means (src/app.rs, show_link_as_its_current_path).
const olderLink = /(^\?|&)(a|chosen)=[a-z0-9.-]+(&|$)/.test(location.search);
// Always asked first: it also tells the app whether to hydrate.
const rendered = loader.renderedForThisPath();
if (olderLink || !rendered) loader.startAtLoad();
else root.dataset.app = "waiting";

setTimeout(loader.startIfMarksStored, 0);
setTimeout(arrival.focusHeading, 0);

// Load may have fired before this script runs (it comes after the first paint), or fire soon
// after; either way what it starts runs in a task of its own.
const afterLoad = () =>
  setTimeout(() => {
    languages.offer();
    offline.afterLoad();
  }, 0);
if (document.readyState === "complete") afterLoad();
else window.addEventListener("load", afterLoad, { once: true });
