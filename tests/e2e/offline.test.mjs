// Offline, updates and installing, in Chromium: after one visit every page opens with no network;
// a new build replaces the old one whole; the app can be added to the home screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { serve } from "./server.mjs";
import { launch, launchProfile, PHONE, ready, settled, holdWasm } from "./browser.mjs";
import { memoButton } from "./screens.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHOTS = resolve(ROOT, "target/screenshots");
const WORK = resolve(ROOT, "target/e2e-offline");
let browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Waits until this page is served by the site's worker, its cache complete (the page says so). */
async function keptOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
  // The whole site (about 300 files) is fetched first; on a busy 2-core machine that can take
  // longer than the default 30 s.
  await page.locator(".offline-ready").waitFor({ state: "visible", timeout: 90_000 });
}

const heading = async (page) => (await page.locator("h1").first().textContent()).trim();
const cacheNames = (page) => page.evaluate(() => caches.keys());

test("after one visit, every page opens with no network: ticks work, share copies, unknown links are friendly", async () => {
  const site = await serve(resolve(ROOT, "dist"));
  const context = await browser.newContext({ ...PHONE, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(site.url + "r/pin-locked/");
  await keptOffline(page);
  const worker = await readFile(resolve(ROOT, "dist/sw.js"), "utf8");
  const files = JSON.parse(worker.match(/^const FILES = (.*);$/m)[1]);
  const drawn = JSON.parse(worker.match(/^const DRAWN = (.*);$/m)[1]);
  const pages = execFileSync("find", [".", "-name", "*.html"], { cwd: resolve(ROOT, "dist"), encoding: "utf8" }).trim().split("\n");
  assert.ok(pages.length >= 150, `${pages.length} pages, every screen of every walk`);
  const listed = files.filter((f) => f.endsWith("/") || f.endsWith(".html")).length + Object.keys(drawn).length;
  assert.equal(listed, pages.length, "the build's lists name every page: kept, or drawn from a kept one");
  assert.ok(Object.values(drawn).every((f) => files.includes(f)), "each walk's page is drawn from a page that is kept");
  assert.ok(Object.keys(drawn).length > pages.length / 2, "the walks' own pages are most of the site, and not kept");
  // Every kept file of the build but the other languages' pages: a device keeps the language it uses.
  const kept = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length);
  const otherLanguages = (f) => /^(en|easy)\//.test(f);
  assert.equal(kept, files.filter((f) => !otherLanguages(f)).length, "every kept file of the build in Japanese is kept");
  assert.ok(files.some(otherLanguages), "the build has the other languages' pages");

  // The page says so, once it is true.
  await page.locator(".offline-ready").getByText("電波がなくても開けます").waitFor();
  // Near the top, where a person about to lose signal looks: on the first screen of a phone.
  const line = await page.locator(".offline-ready").boundingBox();
  assert.ok(line.y + line.height <= 844, `the offline line ends at ${line.y + line.height} px`);

  // No signal at all: the connection is refused, and the browser is told it is offline.
  await site.close();
  await context.setOffline(true);

  // A result never opened before, a question, the start page, a link with answers, a link
  // without its final slash.
  await page.goto(site.url + "r/family-record/");
  assert.equal(await heading(page), "家族の分だけ紐づけできない");
  await page.goto(site.url + "q/portal-whose/");
  assert.equal(await heading(page), "困っているのは、誰の保険ですか?");
  await page.goto(site.url);
  assert.equal(await heading(page), "どこで困っていますか?");
  // The index of every situation, and a result from it.
  await page.goto(site.url + "all/");
  assert.equal(await heading(page), "状況の一覧から探す");
  // The end of a walk, its desk view and a question revisited with Back: each opens as the page
  // everyone gets, at once, and the kept app marks the answers.
  await page.goto(site.url + "r/pin-or-card-error/via/portal.pin-card/");
  assert.equal(await heading(page), "暗証番号やカードの読み取りでつまずいている");
  await ready(page);
  assert.equal(await heading(page), "暗証番号やカードの読み取りでつまずいている");
  assert.equal(await page.locator(".answered").count(), 2, "with the answers that led there");
  await page.goto(site.url + "r/pin-or-card-error/via/portal.pin-card/desk/");
  await ready(page);
  assert.match(await page.locator(".desk-nav a").first().getAttribute("href"), /\/r\/pin-or-card-error\/via\/portal\.pin-card\/$/, "its way back keeps the answers");
  await page.goto(site.url + "q/portal-whose/family/");
  await ready(page);
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /家族/);
  await page.goto(site.url + "start/clinic/");
  await ready(page);
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /受付/);
  await page.goto(site.url + "r/pin-or-card-error/?a=portal.pin-card");
  await page.waitForURL(site.url + "r/pin-or-card-error/via/portal.pin-card/");
  await ready(page);
  assert.equal(await page.locator(".answered").count(), 2, "an older link, too");
  await page.goto(site.url + "r/check-registration");
  assert.equal(new URL(page.url()).pathname, "/r/check-registration/");
  assert.equal(await heading(page), "利用登録が済んでいるか分からない");

  // Ticks: the app itself comes from the kept copy, and a tick survives a reload.
  await settled(page);
  await page.locator(".step-card label").first().click();
  await ready(page);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator(".step-card input").first().isChecked(), true);

  // Share, with no Web Share here, copies the link and says so.
  await page.getByRole("button", { name: "この結果を送る・保存する" }).click();
  await page.locator(".share [role=status]").getByText("リンクをコピーしました").waitFor();
  await page.screenshot({ path: resolve(SHOTS, "offline-chromium.png") });

  // A link to nothing: the friendly page, not the browser's error page.
  await page.goto(site.url + "nothing/here");
  assert.equal(await heading(page), "リンクを開けませんでした");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a device that reads English keeps the English pages offline, and switching language online works at once, walks included", async () => {
  const site = await serve(resolve(ROOT, "dist"));
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(site.url + "en/r/pin-locked/");
  await keptOffline(page);
  const urls = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((r) => new URL(r.url).pathname));
  assert.ok(urls.includes("/en/r/family-record/"), "English results never opened are kept");
  assert.ok(!urls.some((u) => u.startsWith("/easy/")), "no page in やさしい日本語");
  assert.ok(!urls.includes("/r/family-record/"), "no Japanese page: the English desk view carries the Japanese the staff read");
  assert.ok(urls.some((u) => u.endsWith(".wasm")), "the app");

  // Online, another language opens at once from the network, and becomes the device's choice:
  // the worker for it replaces this copy with that language's pages.
  await page.locator(".lang-switch").getByRole("link", { name: "やさしい日本語" }).click();
  await page.waitForURL(site.url + "easy/r/pin-locked/");
  // The new worker has taken over once its copy is the only one (it deletes the older one on
  // activation); then it keeps the rest, and says so.
  for (let waited = 0; ; waited += 250) {
    const names = await cacheNames(page);
    if (names.length === 1 && names[0].startsWith("myna-easy-")) break;
    assert.ok(waited < 90_000, `the copy is still ${names.join(", ")}`);
    await page.waitForTimeout(250);
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith("sw.js?lang=easy"));
  await page.reload();
  await page.locator(".offline-ready").waitFor({ state: "visible", timeout: 90_000 });

  await site.close();
  await context.setOffline(true);
  await page.goto(site.url + "easy/r/family-record/");
  const easy = JSON.parse(await readFile(resolve(ROOT, "assets/i18n/easy.json"), "utf8"));
  assert.equal(await heading(page), easy["results.family-record.title"].easy);
  // A walk's end in that language, drawn by the kept app from its kept result, with its answers.
  await page.goto(site.url + "easy/r/family-record/via/clinic.family/");
  await ready(page);
  assert.equal(await heading(page), easy["results.family-record.title"].easy);
  assert.equal(await page.locator(".answered").count(), 2, "with the answers that led there");
  assert.deepEqual(errors, []);
  await context.close();
});

/** A copy of the build changed as a second deploy changes it: pages marked, and the CSS and the
 * app under new hash names, then the worker and _headers written again by the build's own step. */
async function secondBuild(from, to) {
  await cp(from, to, { recursive: true });
  const names = await readdir(to);
  // Trunk's hash names drop leading zeros, so a hash may be shorter than 16 digits.
  const css = names.find((n) => /^style-[0-9a-f]{8,16}\.css$/.test(n));
  const app = names.find((n) => /^myna-diagnosis-[0-9a-f]{8,16}\.js$/.test(n)).match(/[0-9a-f]{8,16}/)[0];
  const renames = [
    [css, css.replace(/[0-9a-f]{8,16}/, "b".repeat(16))],
    [`myna-diagnosis-${app}.js`, `myna-diagnosis-${"c".repeat(16)}.js`],
    [`myna-diagnosis-${app}_bg.wasm`, `myna-diagnosis-${"c".repeat(16)}_bg.wasm`],
  ];
  for (const [a, b] of renames) await rename(resolve(to, a), resolve(to, b));
  const cssFile = resolve(to, renames[0][1]);
  await writeFile(cssFile, Buffer.concat([await readFile(cssFile), Buffer.from('\n:root { --build: "B"; }\n')]));
  const pages = execFileSync("find", [to, "-name", "*.html"], { encoding: "utf8" }).trim().split("\n");
  for (const file of pages) {
    let html = await readFile(file, "utf8");
    for (const [a, b] of renames) html = html.replaceAll(a, b);
    await writeFile(file, html.replace("<head>", '<head>\n  <meta name="build" content="B">'));
  }
  await cp(resolve(ROOT, "assets/sw.js"), resolve(to, "sw.js"));
  execFileSync("cargo", ["run", "--quiet", "--locked", "--features", "ssr", "--bin", "static-pages", "--", "--worker-only", to], { cwd: ROOT });
}

/** Which build the page's HTML and its CSS come from; they must always agree. */
async function builds(page) {
  return page.evaluate(() => ({
    html: document.querySelector('meta[name="build"]')?.content ?? "A",
    css: getComputedStyle(document.documentElement).getPropertyValue("--build").replaceAll('"', "").trim() || "A",
  }));
}

test("a connection lost soon after a first visit still leaves the counter path, and the page claims no more", async () => {
  // A host whose questions away from the counter cannot be fetched, as when the signal goes
  // during the download.
  const short = resolve(WORK, "short");
  await cp(resolve(ROOT, "dist"), short, { recursive: true });
  for (const question of ["q/portal-whose", "q/app-phone", "q/card-trouble"]) await rm(resolve(short, question), { recursive: true });
  const site = await serve(short);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(site.url + "r/pin-locked/");
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
  await site.close();
  await context.setOffline(true);
  // What the reception desk needs opens: the clinic question, a result's stable link and the
  // screen to show the staff.
  for (const [path, title] of [
    ["q/clinic-symptom/", "受付のカードリーダーでは、どうなりましたか?"],
    ["r/not-registered/", "保険証としての利用登録がまだ"],
    ["r/not-registered/desk/", "マイナ保険証で資格を確認できませんでした"],
  ]) {
    await page.goto(site.url + path);
    assert.match(await heading(page), new RegExp(title.replace(/[?()]/g, "\\$&")), path);
  }
  // A walk's page opens from its result's kept page, the app marking its answers.
  await page.goto(site.url + "r/not-registered/via/clinic.not-recognized.not-yet/");
  await page.locator("h1", { hasText: "保険証としての利用登録がまだ" }).waitFor();
  await ready(page);
  assert.equal(await page.locator(".answered").count(), 3, "with the answers that led there");
  // Not every page is kept, so the page does not say it opens without signal.
  assert.equal(await page.locator(".offline-ready").isVisible(), false);
  await context.close();
});

test("a new deploy replaces the old build whole: never one build's page with another's files", async () => {
  const live = resolve(WORK, "live");
  await cp(resolve(ROOT, "dist"), live, { recursive: true });
  await secondBuild(resolve(ROOT, "dist"), resolve(WORK, "b"));
  const site = await serve(live);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // Visit 1, build A: kept in one cache.
  await page.goto(site.url + "r/pin-locked/");
  await keptOffline(page);
  assert.deepEqual(await builds(page), { html: "A", css: "A" });
  const [cacheA] = await cacheNames(page);

  // B half uploaded: its worker and app files are there, its pages not yet. B's worker refuses
  // to keep A's pages under B's name; A stays, and its page starts its own app.
  await cp(resolve(WORK, "b/sw.js"), resolve(live, "sw.js"));
  for (const name of await readdir(resolve(WORK, "b"))) {
    if (/-[0-9a-f]{8,16}[._]/.test(name)) await cp(resolve(WORK, "b", name), resolve(live, name));
  }
  const outcome = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const settled = new Promise((ok) =>
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker.addEventListener("statechange", () => ["redundant", "activated"].includes(worker.state) && ok(worker.state));
      }),
    );
    await registration.update();
    return settled;
  });
  assert.equal(outcome, "redundant", "the half-uploaded build's worker is refused");
  assert.deepEqual(await cacheNames(page), [cacheA]);
  await page.reload();
  assert.deepEqual(await builds(page), { html: "A", css: "A" });
  assert.equal(await page.locator(".update-note").isVisible(), false);

  // Build B is deployed over A, as a host replaces the files.
  await rm(live, { recursive: true });
  await cp(resolve(WORK, "b"), live, { recursive: true });

  // Visit 2 opens at once from A's copy; meanwhile B is fetched whole and takes over, and the
  // page says that newer content has arrived.
  await page.reload();
  assert.deepEqual(await builds(page), { html: "A", css: "A" });
  const note = page.locator(".update-note");
  await note.waitFor({ state: "visible" });
  assert.equal(await note.getAttribute("role"), "status");
  assert.equal(await note.getByRole("link").evaluate((a) => a.href), page.url(), "the link reopens this very page");
  // B's worker removes A's cache right after taking over.
  while ((await cacheNames(page)).includes(cacheA)) await page.waitForTimeout(50);
  assert.equal((await cacheNames(page)).length, 1, "one cache: B's");
  await page.screenshot({ path: resolve(SHOTS, "update-note.png") });

  // A's app is gone from the new copy and from the host: a button on A's page reopens the page
  // as B instead of failing or starting A's app.
  await (await memoButton(page)).click();
  await page.waitForFunction(() => document.querySelector('meta[name="build"]')?.content === "B");
  await settled(page);
  assert.deepEqual(await builds(page), { html: "B", css: "B" });
  assert.equal(await note.isVisible(), false);
  await (await memoButton(page)).click();
  await ready(page);

  // Visit 3, anywhere: B, and only B's cache is left.
  await page.goto(site.url + "r/family-record/");
  await settled(page);
  assert.deepEqual(await builds(page), { html: "B", css: "B" });
  assert.equal((await cacheNames(page)).length, 1);
  assert.notEqual(await page.evaluate(() => document.documentElement.dataset.app), "failed");
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});

test("the app installs to the home screen: Chromium reports no installability errors", async () => {
  for (const [dist, base] of [["dist", "/"], ["target/dist-sub", "/myna/"]]) {
    const site = await serve(resolve(ROOT, dist), { base });
    const context = await launchProfile(resolve(WORK, `profile${base.replaceAll("/", "-")}`), PHONE);
    const page = await context.newPage();
    await page.goto(site.url + "r/pin-locked/");
    await keptOffline(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, [], base);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.equal(manifest.url, site.url + "manifest.webmanifest");
    assert.deepEqual(manifest.errors, [], base);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, site.url, "the worker's scope is the site, under its sub-path");
    await context.close();
    await site.close();
  }
});

test("the worker is registered only a while after the page has loaded, and after an app starting then", async () => {
  const site = await serve(resolve(ROOT, "dist"));
  // With a slow app, it is still downloading when the two seconds are over: the worker waits for
  // it, and for the tap that started it to be replayed.
  for (const [path, order, slowApp, tap] of [
    ["r/pin-locked/", ["load", "register"]],
    ["r/pin-or-card-error/via/portal.pin-card/", ["load", "register"]],
    ["r/pin-or-card-error/?a=portal.pin-card", ["load", "app ready", "register"]],
    ["r/pin-or-card-error/?a=portal.pin-card", ["load", "app ready", "register"], true],
    ["r/pin-locked/", ["load", "app ready", "tap replayed", "register"], true, "the memo's copy button"],
  ]) {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => {
      window.__order = [];
      window.__at = {};
      const mark = (what) => (window.__order.push(what), (window.__at[what] = performance.now()));
      addEventListener("load", () => mark("load"));
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args) => (mark("register"), register(...args));
      // boot.js holds a tap until the app is ready (stopping it on window), then clicks again.
      document.addEventListener("click", () => document.documentElement.dataset.app === "ready" && mark("tap replayed"), true);
      // Before any markup: watch the whole document for <html data-app="ready">.
      new MutationObserver(() => document.documentElement?.dataset.app === "ready" && !window.__order.includes("app ready") && window.__order.push("app ready"))
        .observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
    });
    const page = await context.newPage();
    const release = slowApp ? await holdWasm(page) : null;
    await page.goto(site.url + path);
    if (tap) {
      await page.waitForFunction(() => window.__at.load !== undefined);
      await (await memoButton(page)).click();
    }
    if (release) {
      await page.waitForFunction(() => window.__at.load !== undefined && performance.now() - window.__at.load > 3000);
      assert.deepEqual(await page.evaluate(() => window.__order), ["load"], `${path}: registered before its app was ready`);
      release();
    }
    await keptOffline(page);
    assert.deepEqual(await page.evaluate(() => window.__order), order, path);
    // boot.js waits two seconds after load, so that the download does not meet the first taps.
    const { load, register } = await page.evaluate(() => window.__at);
    assert.ok(register - load >= 1900, `${path}: registered ${Math.round(register - load)} ms after load`);
    await context.close();
  }
  await site.close();
});

test("where no worker can run, the page does not claim to open offline", async () => {
  const site = await serve(resolve(ROOT, "dist"));
  const context = await browser.newContext({ ...PHONE, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(site.url + "r/pin-locked/");
  await settled(page);
  await page.waitForLoadState("load");
  await (await memoButton(page)).click();
  await ready(page);
  assert.equal(await page.locator(".offline-ready").isVisible(), false);
  await context.close();
  await site.close();
});
