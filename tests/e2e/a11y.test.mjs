// Accessibility: axe-core (WCAG 2.x A/AA rules) on every page of the built site in every
// language in light mode, and on every page everyone gets (no answers in its path) in dark mode;
// text at 200 % on a 320 px wide phone; bad stored values. A walk's page is its result's or
// question's page with the answers marked, so dark mode is checked on the page it repeats; the
// three languages share every component, so this keeps the run near twice its single-language
// length instead of three times.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join, relative, resolve } from "node:path";
import { serve } from "./server.mjs";
import { launch, PHONE, NO_WORKER, ready, settled, holdWasm } from "./browser.mjs";
import { memoButton } from "./screens.mjs";
import { axeViolations } from "./axe.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, "dist");
let site, browser;

before(async () => {
  site = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Whether a page is the one everyone gets: no answers in its path (`via/`, a marked answer). */
const isEveryones = (path) => !/\/via\/|^((en|easy)\/)?start\/|^((en|easy)\/)?q\/[^/]+\/[^/]+\//.test(path);

/** Every pre-rendered page's path: start, questions, results and desk views, in every language. */
async function pages(dir = DIST) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await pages(path)));
    else if (entry.name === "index.html") out.push(relative(DIST, dir) + (dir === DIST ? "" : "/"));
  }
  return out.sort();
}

for (const [colorScheme, which, chosen] of [
  ["light", "every page", () => true],
  ["dark", "every page everyone gets", isEveryones],
]) {
  test(`axe finds no WCAG A/AA violations on ${which}, in every language (${colorScheme})`, async () => {
    const paths = (await pages()).filter(chosen);
    assert.ok(paths.length >= 300, `found ${paths.length} pages`);
    for (const lang of ["en/", "easy/"]) assert.ok(paths.some((p) => p.startsWith(lang)), `pages in ${lang}`);
    // bypassCSP only lets the test inject axe; the app itself runs under its normal policy otherwise.
    const context = await browser.newContext({ ...PHONE, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const failures = [];
    for (const path of paths) {
      await page.goto(site.url + path);
      await settled(page);
      for (const v of await axeViolations(page)) failures.push(`/${path} ${v}`);
    }
    assert.deepEqual(failures, []);
    await context.close();
  });
}

test("a button waiting for the app, and the line saying it could not be loaded, pass axe in both modes", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ ...PHONE, ...NO_WORKER, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    const release = await holdWasm(page, { fail: true });
    await page.goto(site.url + "r/pin-locked/");
    await settled(page);
    await (await memoButton(page)).click();
    assert.equal(await (await memoButton(page)).getAttribute("aria-busy"), "true");
    // It says so after its label, in the data's words.
    const said = await (await memoButton(page)).evaluate((b) => getComputedStyle(b, "::after").content);
    assert.equal(said, '"(準備中…)"');
    assert.deepEqual(await axeViolations(page), [], `waiting (${colorScheme})`);
    release();
    await page.locator(".load-error").waitFor({ state: "visible" });
    assert.deepEqual(await axeViolations(page), [], `failed (${colorScheme})`);
    await context.close();
  }
});

test("text at 200 % on a 320 px wide screen loses nothing and needs no sideways scrolling", async () => {
  const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  const samples = ["", "r/after-insurance-change/via/portal.not-found.self.job/", "r/reader-trouble/desk/", "r/face-auth-trouble/"];
  for (const path of ["", "en/", "easy/"].flatMap((lang) => samples.map((p) => lang + p))) {
    await page.goto(site.url + path);
    await settled(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      // Elements whose content is wider than they are, and so is cut off or scrolls
      // (screen-reader-only text is clipped on purpose).
      clipped: [...document.querySelectorAll("body *:not(.visually-hidden)")]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible")
        .map((e) => e.className || e.tagName),
    }));
    assert.equal(overflow.page, 0, `/${path} scrolls sideways by ${overflow.page}px`);
    assert.deepEqual(overflow.clipped, [], `/${path}`);
    assert.ok(await page.locator("h1").isVisible());
    await page.screenshot({ path: resolve(ROOT, `target/screenshots/zoom-200-${path.replace(/\/$/, "").replace(/\//g, "_") || "start"}.png`), fullPage: true });
  }
  await context.close();
});

test("at 200 % text on a 390×844 phone, the header is two short lines and the first thing to tap is on the first screen", async () => {
  const context = await browser.newContext({ ...PHONE, bypassCSP: true });
  const page = await context.newPage();
  const pages = {
    "": ".answers a",
    "r/card-lost/": ".first-step",
    "r/after-insurance-change/via/portal.not-found.self.job/": ".first-step",
    "r/after-insurance-change/via/clinic.not-recognized.earlier.yes/": ".counter .desk-button",
  };
  for (const [path, first] of Object.entries(pages)) {
    await page.goto(site.url + path);
    await settled(page);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const header = await page.locator(".site-header").boundingBox();
    // 最初からやり直す, then the language switch.
    assert.ok(header.height <= 150, `/${path}: the header is ${header.height}px tall`);
    assert.ok(await page.getByRole("link", { name: "最初からやり直す" }).first().isVisible());
    const box = await page.locator(first).first().boundingBox();
    // The counter's button is whole on the first screen; an answer (with its hint) or a first
    // step's box at least begins there, a tap target's height in.
    const end = first === ".counter .desk-button" ? box.y + box.height : box.y + 48;
    assert.ok(end <= 844, `/${path}: ${first} spans ${box.y}-${box.y + box.height}px`);
  }
  await context.close();
});

/** The fewest characters a line of text may hold at 200 % on 320 px (the page itself holds about 8). */
const MIN_CHARS_PER_LINE = 6;

test("text at 200 % on a 320 px wide screen is never squeezed to a few characters per line, on any page of any language", async () => {
  await mkdir(resolve(ROOT, "target/screenshots/zoom-200"), { recursive: true });
  const context = await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const squeezed = [];
  // Every Japanese page, and every page everyone gets in the other languages (a walk's page
  // repeats its result's text with the answers above).
  for (const path of (await pages()).filter((p) => isEveryones(p) || !/^(en|easy)\//.test(p))) {
    await page.goto(site.url + path);
    await settled(page);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    const narrow = await page.evaluate((min) => {
      const out = [];
      // The language switch is a row of short names, not text to read.
      for (const e of document.querySelectorAll("main p, main li:not(.lang-switch li), main label, main dd")) {
        const text = e.textContent.trim();
        if (text.length < min || e.getClientRects().length === 0) continue;
        const s = getComputedStyle(e);
        const width = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        const chars = width / parseFloat(s.fontSize);
        if (chars < min) out.push(`${e.tagName.toLowerCase()}.${e.className || "-"} ${chars.toFixed(1)} chars: ${text.slice(0, 12)}`);
      }
      return out;
    }, MIN_CHARS_PER_LINE);
    squeezed.push(...narrow.slice(0, 3).map((n) => `/${path} ${n}`));
    // A screenshot of every Japanese result at 200 %, to look at (the other languages' are
    // the same layout; the e2e languages test keeps one of each).
    if (path.startsWith("r/")) {
      const name = path.replace(/\/$/, "").replace(/\//g, "_");
      await page.screenshot({ path: resolve(ROOT, `target/screenshots/zoom-200/${name}.png`), fullPage: true });
    }
  }
  assert.deepEqual(squeezed, []);
  await context.close();
});

test("missing, corrupt and outdated stored check marks are ignored", async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(site.url + "r/pin-locked/");
  for (const bad of ["{", "null", "[]", '{"v":999,"done":["pin-help/face-auth"]}', '{"v":1,"done":"all"}', "\u0000\uffff"]) {
    await page.evaluate((v) => localStorage.setItem("myna-diagnosis/ticks/pin-locked", v), bad);
    await page.reload();
    // Something is stored for this page, so the app starts at once to read it.
    await ready(page);
    assert.equal((await page.locator("h1").textContent()).trim(), "暗証番号がロックされた", bad);
    assert.equal(await page.locator(".step-card.done").count(), 0, bad);
    // Ticking still works and replaces the bad value.
    await page.locator(".step-card label").first().click();
    assert.equal(await page.locator(".step-card.done").count(), 1, bad);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
