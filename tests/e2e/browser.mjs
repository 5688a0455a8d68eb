// Debian's Chromium through playwright-core (no downloaded browser), with the flags this
// machine needs as root and without a network.
import { chromium } from "playwright-core";

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "ja-JP" };

export function launch() {
  return chromium.launch({
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
  });
}

/** Waits until the app has taken over the pre-rendered page (`<html data-app="ready">`). */
export async function ready(page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: "attached" });
}

/** Waits until the page is as it will stay: static (the app not needed yet) or taken over. */
export async function settled(page) {
  await page.locator('html[data-app="waiting"], html[data-app="ready"], html[data-app="failed"]').waitFor({ state: "attached" });
}

/**
 * Holds the app's wasm back until the returned function is called, as on a slow connection;
 * then lets it load, or fails it (`{ fail: true }`) as a dropped connection would.
 */
export async function holdWasm(page, { fail = false } = {}) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await (fail ? route.abort() : route.continue());
  });
  return release;
}
