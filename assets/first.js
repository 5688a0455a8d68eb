// The part of the pages' script that runs before the first paint, kept small. The rest,
// assets/boot.js, is fetched only once the first paint is on screen: on a slow phone
// connection, the first round trip then carries the page and its stylesheet, and no script the
// paint does not need (docs/performance.md, "The script after the first paint"). Until boot.js
// runs, this part:
// - marks what the CSS shows from the first paint: a copy whose data is old, a sent link, and a
//   page whose buttons work (so that nothing moves once boot.js arrives);
// - holds the taps on the page's links and buttons and the choices made meanwhile, which
//   boot.js then receives as if they had come after it; a link is held for a second at most,
//   then followed as on a page without scripts (on a weak connection, a tap must not wait on
//   a download the page does not need).
// Names shared with Rust are listed in boot.js's header (tests/contract.rs reads both files).
const root = document.documentElement;
const tag = document.querySelector("script[data-boot]");

// The data's age, read once: from the stale note's day on, <html data-stale> lets the CSS show
// the note on every screen, the app's own included. Days compare as YYYY-MM-DD, local time.
const now = new Date();
const two = (n) => String(n).padStart(2, "0");
const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
const from = document.querySelector(".stale-note")?.dataset.staleFrom;
if (from && today >= from) root.dataset.stale = "";

// A result opened from a link someone shared (the share button adds ?sent): <html data-sent>
// lets the CSS show the note saying so, on this page only (boot.js removes it on leaving).
if (new URLSearchParams(location.search).has("sent")) root.dataset.sent = "";

// The buttons that need a script are shown from the first paint (boot.js may then say the app
// is starting instead).
root.dataset.app = "waiting";

// Taps and choices before boot.js runs, in order, while <html data-holding> says so. Only plain
// clicks on the page's own links and buttons are held: a click with a modifier key opens a link
// elsewhere, as the browser does. A held button says it is waiting (aria-busy: the CSS shows
// its data-busy words), as boot.js says while the app comes.
root.dataset.holding = "";
const held = [];
let arrived = false;
let linksFollowed = false;
const LINK_WAIT_MS = 1000;
const hold = (event) => {
  if (arrived || !(event.target instanceof Element)) return;
  if (event.type === "change") {
    if (event.target.closest("#app input, #app select")) held.push(event);
    return;
  }
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const target = event.target.closest("#app a[href], #app button");
  if (!target || (target.matches("a") && (linksFollowed || target.origin !== location.origin))) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  held.push(event);
  if (target.matches("button")) target.setAttribute("aria-busy", "true");
  else setTimeout(followLinks, LINK_WAIT_MS);
};

// boot.js is late: the held links are followed as plain links (the entry they leave behind is
// then the question as it was, without the answer marked), and later taps on links are not held.
function followLinks() {
  if (arrived || linksFollowed) return;
  linksFollowed = true;
  const links = held.filter((event) => event.type === "click" && event.target.closest("a[href]"));
  for (const event of links) held.splice(held.indexOf(event), 1);
  for (const event of links) event.target.click();
}
window.addEventListener("click", hold, true);
window.addEventListener("change", hold, true);

// Each held tap and choice, again, now that boot.js listens (a tap on a link leaves the page
// there). Should boot.js fail to arrive, a held link is still followed and a held button does
// nothing, as on a page without scripts; the line under the header says the app could not come.
function release() {
  arrived = true;
  delete root.dataset.holding;
  for (const event of held.splice(0)) {
    if (event.type === "change") event.target.dispatchEvent(new Event("change", { bubbles: true }));
    else {
      event.target.closest("button")?.removeAttribute("aria-busy");
      event.target.click();
    }
  }
}

// "After the first paint" is the first-contentful-paint entry: a frame merely being scheduled
// (requestAnimationFrame) can still be presented after a request has begun, and then the paint
// waits on it. Browsers without paint timing fall back to the next frame.
function afterFirstPaint(run) {
  let started = false;
  const once = () => {
    if (!started) {
      started = true;
      setTimeout(run, 0);
    }
  };
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) {
        observer.disconnect();
        once();
      }
    }).observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}

afterFirstPaint(() =>
  import(tag.dataset.boot).then(release, () => {
    root.dataset.app = "failed";
    document.querySelector(".load-error")?.removeAttribute("hidden");
    release();
  }),
);
