// End-to-end, the app only when it is needed: every page is static, and the app is fetched when a
// tick, a button or an older link needs it; what happens while it loads, or when it cannot; and
// sharing, which works with or without it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PHONE, NO_WORKER, ready, settled, holdWasm, holdBoot } from "./browser.mjs";
import { heading, tap, memoButton } from "./screens.mjs";
import { site, browser, open, appState, isAppFile, fakeShareSheet, watchLayoutShift, layoutShift } from "./site.mjs";

test("a shared result link opens as a static page: no app is fetched until something needs it", async () => {
  for (const path of ["", "r/pin-locked/", "r/pin-locked/desk/"]) {
    const { context, page, requests, errors } = await open(site.url + path);
    assert.equal(await appState(page), "waiting", path);
    assert.deepEqual(requests.filter(isAppFile), [], `/${path} fetched the app`);
    assert.deepEqual(errors, [], path);
    await context.close();
  }
  // The buttons that need the app are shown all the same: a tap starts it.
  const { context, page } = await open(site.url + "r/pin-locked/");
  assert.ok(await page.getByRole("button", { name: "この結果を送る・保存する" }).isVisible());
    assert.ok(await (await memoButton(page)).isVisible());
  await context.close();
});

test("a step ticked before the app has arrived is kept, and survives a reload", async () => {
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(site.url + "r/pin-locked/");
  await settled(page);
  const box = page.locator(".step-card input").first();
  await page.locator(".step-card label").first().click();
  assert.equal(await box.isChecked(), true, "the box ticks at once");
  assert.equal(await appState(page), "starting", "the tick started the app");
  release();
  await ready(page);
  assert.equal(await box.isChecked(), true, "still ticked once the app took over");
  assert.equal(await page.locator(".step-card.done").count(), 1);
  // Stored on this device: a reload starts the app at once to show it.
  await page.reload();
  await ready(page);
  assert.equal(await box.isChecked(), true);
  await page.locator(".step-card label").first().click();
  assert.equal(await page.locator(".step-card.done").count(), 0, "unticking works too");
  await context.close();
});

test("on a shared link, the share button works without the app, and after it has taken over", async () => {
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await fakeShareSheet(page);
  await page.goto(site.url + "r/family-record/");
  await settled(page);
  const button = page.getByRole("button", { name: "この結果を送る・保存する" });
  await button.click();
  await page.locator(".share [role=status]").getByText("共有しました").waitFor();
  const shared = await page.evaluate(() => window.__shared);
  const sent = { title: "家族の分だけ紐づけできない", text: "家族の分だけ紐づけできない", url: site.url + "r/family-record/?sent" };
  assert.deepEqual(shared, [sent], "shared exactly once");
  assert.deepEqual(requests.filter(isAppFile), [], "sharing needs no app");
  // Once the app runs (a tick starts it), the same button still shares.
  await page.locator(".step-card label").first().click();
  await ready(page);
  await button.click();
  await page.waitForFunction(() => window.__shared.length === 2);
  assert.deepEqual(await page.evaluate(() => window.__shared), [sent, sent]);
  await context.close();
});

test("on a slow phone connection, the first tap on share opens the share sheet", async () => {
  // Web Share opens only within a moment of the tap (transient activation); this stand-in
  // refuses as a phone does once that has passed.
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      if (!navigator.userActivation.isActive) return Promise.reject(new DOMException("no activation", "NotAllowedError"));
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  // Chromium's own throttling, as its DevTools "Slow 3G": 400 ms round trips, 50 KB/s down.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 });
  await page.goto(site.url + "r/waiting-for-reflection/via/clinic.not-recognized.recent/");
  await settled(page);
  await page.getByRole("button", { name: "この結果を送る・保存する" }).click();
  await page.locator(".share [role=status]").getByText("共有しました").waitFor({ timeout: 5000 });
  assert.deepEqual(await page.evaluate(() => window.__shared.map((d) => d.url)), [site.url + "r/waiting-for-reflection/?sent"]);
  assert.equal(await appState(page), "waiting", "the app was not needed");
  // An older link starts the app at load: share is tapped while the app is still on its way
  // (seconds at this speed), and the sheet opens all the same; its words outlast the take-over.
  await page.goto(site.url + "r/waiting-for-reflection/?a=clinic.not-recognized.recent");
  await page.locator('html[data-app="starting"]').waitFor({ state: "attached" });
  await page.getByRole("button", { name: "この結果を送る・保存する" }).click();
  await page.locator(".share [role=status]").getByText("共有しました").waitFor({ timeout: 5000 });
  assert.equal(await appState(page), "starting", "shared before the app arrived");
  await ready(page);
  assert.equal(await page.locator(".share [role=status]").textContent(), "共有しました。");
  assert.equal(await page.evaluate(() => window.__shared.length), 1);
  await context.close();
});

test("a share sheet that refuses (the tap too long ago) falls back to copying the link", async () => {
  const context = await browser.newContext({ ...PHONE, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await fakeShareSheet(page, "NotAllowedError");
  await page.goto(site.url + "r/family-record/");
  await settled(page);
  await page.getByRole("button", { name: "この結果を送る・保存する" }).click();
  await page.locator(".share [role=status]").getByText("リンクをコピーしました").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `家族の分だけ紐づけできない\n${site.url}r/family-record/?sent`);
  await context.close();
});

test("if the app cannot be loaded, a tapped button says so instead of doing nothing", async () => {
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(site.url + "r/pin-locked/");
  await settled(page);
  assert.equal(await page.locator(".load-error").isVisible(), false);
  await (await memoButton(page)).click();
  await page.locator(".load-error").waitFor({ state: "visible" });
  assert.match(await page.locator(".load-error").textContent(), /通信がうまくいかず、ボタンを使えませんでした/);
  assert.equal(await page.locator(".load-error").getAttribute("role"), "alert");
  assert.equal(await appState(page), "failed");
  assert.equal(await (await memoButton(page)).getAttribute("aria-busy"), null, "not left waiting");
  assert.deepEqual(errors, []);
  // Once the connection is back, the next tap loads the app and does what was asked.
  await page.unroute("**/*.wasm");
  await (await memoButton(page)).click();
  await page.locator(".memo [role=status]").getByText(/メモをコピーしました|コピーできませんでした/).waitFor();
  assert.equal(await appState(page), "ready");
  await context.close();
});

test("without Web Share, the share button copies the title and link, and says so", async () => {
  const { context, page } = await open(site.url + "r/pin-locked/via/clinic.pin-locked/", { permissions: ["clipboard-read", "clipboard-write"] });
  assert.equal(await page.evaluate(() => "share" in navigator), false, "this browser has no Web Share");
  await page.getByRole("button", { name: "この結果を送る・保存する" }).click();
  await page.getByText("リンクをコピーしました").waitFor();
  // Announced to screen readers through the share button's live region.
  assert.match(await page.locator(".share [role=status]").textContent(), /リンクをコピーしました/);
  assert.equal(await page.locator(".share [role=status]").getAttribute("aria-live"), "polite");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `暗証番号がロックされた\n${site.url}r/pin-locked/?sent`);
  await (await memoButton(page)).click();
  await page.getByText("メモをコピーしました").waitFor();
  assert.match(await page.locator(".memo [role=status]").textContent(), /メモをコピーしました/);
  const memo = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(memo, /保険者名:\n[\s\S]*マイナ保険証を申し込んだ日\(分かれば\):\n/, "blanks to fill in");
  assert.ok(memo.endsWith("手元に用意しておきましょう。"), `the copy ends in a sentence, not a colon: ${memo}`);
  await context.close();
});

test("the pre-rendered page is taken over without errors, warnings or layout shift, and responds to taps", async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && !/status of 404/.test(m.text()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await watchLayoutShift(page);
  await page.goto(site.url + "r/waiting-for-reflection/via/clinic.not-recognized.recent/");
  await settled(page);
  const before = await page.locator(".cause-title").first().textContent();
  assert.equal(await page.locator(".answered").count(), 3, "the answers are on the page as it loads");
  // A tick starts the app, which takes the page over.
  await page.locator(".step-card label").first().click();
  await ready(page);
  assert.equal(await page.locator(".cause-title").first().textContent(), before);
  assert.equal(await page.locator(".answered").count(), 3);
  assert.equal(await layoutShift(page), 0, "cumulative layout shift");
  assert.equal(await page.locator(".step-card.done").count(), 1);
  await tap(page, "受付で見せる画面を開く");
  assert.equal(await heading(page), "マイナ保険証で資格を確認できませんでした");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a link that needs the app at load fetches it only once the page's content has painted", async () => {
  // Otherwise the paint can wait on the app's requests on a slow connection.
  const { context, page } = await open(site.url + "r/unsupported-phone/?a=app.unknown");
  await page.waitForFunction(() => performance.getEntriesByType("resource").filter((r) => /myna-diagnosis-.*\.(js|wasm)$/.test(r.name)).length === 2);
  const t = await page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0].startTime;
    const app = performance.getEntriesByType("resource").filter((r) => /myna-diagnosis-.*\.(js|wasm)$/.test(r.name));
    return { fcp, first: Math.min(...app.map((r) => r.startTime)), files: app.length };
  });
  assert.equal(t.files, 2, "the JS glue and the wasm");
  assert.ok(t.first >= t.fcp, `the app's first request at ${t.first} ms, the first paint at ${t.fcp} ms`);
  await context.close();
});

test("taking over an older link with answers leaves the reader's scroll position and focus alone", async () => {
  // Hold the wasm back until the person has scrolled, as on a slow connection.
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto(site.url + "r/waiting-for-reflection/?a=clinic.not-recognized.recent");
  await page.evaluate(() => window.scrollTo(0, 400));
  release();
  await ready(page);
  await page.locator(".answered").first().waitFor({ state: "attached" });
  assert.equal(page.url(), site.url + "r/waiting-for-reflection/via/clinic.not-recognized.recent/");
  assert.equal(await page.evaluate(() => window.scrollY), 400, "still where the reader scrolled to");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BODY", "focus not moved");
  // A screen the person opens in the app is announced: focus moves to its heading.
  await tap(page, "受付で見せる画面を開く");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1");
  await context.close();
});

test("on a phone with Web Share, the share sheet gets the title and the stable link only", async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await fakeShareSheet(page);
  await page.goto(site.url + "r/family-record/via/portal.not-found.family/");
  await settled(page);
  await page.getByRole("button", { name: "この結果を送る・保存する" }).click();
  await page.locator(".share [role=status]").getByText("共有しました").waitFor();
  const shared = await page.evaluate(() => window.__shared);
  assert.deepEqual(shared, [{ title: "家族の分だけ紐づけできない", text: "家族の分だけ紐づけできない", url: site.url + "r/family-record/?sent" }]);
  await context.close();
});

test("the first paint needs no script but first.js: boot.js is fetched once the content is on screen", async () => {
  for (const path of ["", "r/after-insurance-change/via/portal.not-found.self.job/", "en/r/card-lost/"]) {
    const { context, page } = await open(site.url + path);
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /\/boot-[0-9a-f]+\.js$/.test(r.name)));
    const t = await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0].startTime;
      const scripts = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script" || /\.js$/.test(r.name));
      const boot = scripts.find((r) => /\/boot-[0-9a-f]+\.js$/.test(r.name));
      return { fcp, boot: boot.startTime, before: scripts.filter((r) => r.responseEnd < fcp).map((r) => r.name.replace(/.*\//, "")) };
    });
    assert.ok(t.boot >= t.fcp, `/${path}: boot.js asked for at ${t.boot} ms, the first paint at ${t.fcp} ms`);
    assert.ok(t.before.every((name) => /^first-[0-9a-f]+\.js$/.test(name)), `/${path}: before the paint: ${t.before}`);
    await context.close();
  }
});

test("a tap made before boot.js has arrived is held, then does what it would have done", async () => {
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const release = await holdBoot(page);
  await page.goto(site.url + "q/portal-whose/");
  // first.js says it holds the taps until boot.js runs.
  await page.locator("html[data-holding]").waitFor({ state: "attached" });
  const question = page.url();
  const link = page.getByRole("link", { name: "家族" }).first();
  const remember = await link.getAttribute("data-remember");
  await link.click();
  await page.waitForTimeout(200);
  assert.equal(page.url(), question, "held while boot.js is on its way");
  release();
  await page.waitForURL((u) => u.href !== question && u.pathname !== remember);
  // boot.js rewrote the entry left behind, as for any tap: Back shows the answer given.
  await page.goBack();
  assert.equal(new URL(page.url()).pathname, remember);
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /家族/);
  await context.close();
});

test("if boot.js cannot be fetched, links are still followed and the page says its buttons cannot work", async () => {
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await holdBoot(page, { fail: true }).then((release) => release());
  await page.goto(site.url + "q/portal-whose/");
  await page.locator(".load-error").waitFor({ state: "visible" });
  assert.equal(await appState(page), "failed");
  await page.getByRole("link", { name: "家族" }).first().click();
  await page.waitForURL((u) => u.pathname !== "/q/portal-whose/");
  assert.notEqual(await heading(page), "困っているのは、誰の保険ですか?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a weak connection a link tapped before boot.js has come is followed after a second, and a button says it waits", async () => {
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const release = await holdBoot(page);
  await page.goto(site.url + "r/pin-locked/");
  await page.locator("html[data-holding]").waitFor({ state: "attached" });
  const share = page.getByRole("button", { name: "この結果を送る・保存する" });
  await share.click();
  assert.equal(await share.getAttribute("aria-busy"), "true", "the held button says it waits");
  const clicked = Date.now();
  await page.locator(".lang-switch").getByRole("link", { name: "English" }).click();
  await page.waitForURL(site.url + "en/r/pin-locked/");
  assert.ok(Date.now() - clicked >= 900, `followed after ${Date.now() - clicked} ms, not at once`);
  release();
  await context.close();
});
