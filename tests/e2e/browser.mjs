// Debian's Chromium through playwright-core (no downloaded browser), with the flags this
// machine needs as root and without a network.
import { chromium } from "playwright-core";

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "ja-JP" };

const CHROMIUM = {
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export function launch() {
  return chromium.launch(CHROMIUM);
}

/** A browser with a real profile in `dir` (not incognito, which cannot install apps). */
export function launchProfile(dir, options = {}) {
  return chromium.launchPersistentContext(dir, { ...CHROMIUM, ...options });
}

/** Waits until the app has taken over the pre-rendered page (`<html data-app="ready">`). */
export async function ready(page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: "attached" });
}

/**
 * Waits until the page is static (the app not needed yet), taken over or failed, with boot.js
 * running (first.js holds taps until it does: data-holding). A page with
 * stored ticks is "waiting" for one task before it starts the app: tests of ticks wait for ready.
 */
export async function settled(page) {
  const states = ["waiting", "ready", "failed"].map((state) => `html[data-app="${state}"]:not([data-holding])`);
  await page.locator(states.join(", ")).waitFor({ state: "attached" });
}

/**
 * Context options for the tests that hold or fail the app's files with page.route: requests the
 * offline worker answers never reach page.route, so those tests keep the worker out.
 */
export const NO_WORKER = { serviceWorkers: "block" };

/**
 * Holds back the files matching `pattern` (the app's wasm by default) until the returned
 * function is called, as on a slow connection; then lets them load, or fails them
 * (`{ fail: true }`) as a dropped connection would.
 */
export async function holdWasm(page, { fail = false, pattern = "**/*.wasm" } = {}) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(pattern, async (route) => {
    await held;
    await (fail ? route.abort() : route.continue());
  });
  return release;
}

/** holdWasm for the pages' script after the first paint (boot.js, hash-named). */
export const holdBoot = (page, options = {}) => holdWasm(page, { ...options, pattern: /\/boot-[0-9a-f]{8,16}\.js$/ });
