// What the end-to-end files that tap through the built site share: the two builds served as plain
// static files (dist/ at / and target/dist-sub/ under /myna/), one headless Chromium at a phone's
// size, and small helpers. Importing it registers the set-up and tear-down of the file's tests.
// Screenshots go to target/screenshots/.
import { before, after } from "node:test";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { opener, tap } from "./screens.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHOTS = resolve(ROOT, "target/screenshots");
export const META = JSON.parse(await readFile(resolve(ROOT, "assets/diagnosis.json"), "utf8")).meta;
/** `2026-11-27` → `2026年11月27日`, as the pages write dates. */
export const japaneseDate = (iso) => iso.split("-").map(Number).reduce((y, m, i) => (i === 1 ? `${y}年${m}月` : `${y}${m}日`));
/** The two builds served (at / and under /myna/), the browser, and an opener for it; set before the tests. */
export let site, subSite, browser, open;

before(async () => {
  await mkdir(resolve(SHOTS, "all-results"), { recursive: true });
  site = await serve(resolve(ROOT, "dist"));
  subSite = await serve(resolve(ROOT, "target/dist-sub"), { base: "/myna/" });
  browser = await launch();
  open = opener(browser);
});

after(async () => {
  await browser?.close();
  await site?.close();
  await subSite?.close();
});

export const appState = (page) => page.evaluate(() => document.documentElement.dataset.app);
export const isAppFile = (url) => /myna-diagnosis-[0-9a-f]+(_bg)?\.(js|wasm)$/.test(url);

/** Stands in for a phone's share sheet (headless desktop Chromium has none) and records calls. */
export async function fakeShareSheet(page, outcome = "shared") {
  await page.addInitScript((outcome) => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return outcome === "shared" ? Promise.resolve() : Promise.reject(new DOMException("no activation", outcome));
    };
  }, outcome);
}

/** Sums layout shifts (CLS) from the page's first paint; read with `layoutShift`. */
export async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export function layoutShift(page) {
  return page.evaluate(() => window.__shift);
}

export async function shot(page, name) {
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

export async function walk(start, taps, options = {}) {
  const s = await open(start, options);
  for (const label of taps) await tap(s.page, label);
  return s;
}
