// End-to-end, walking and links: the built dist/ served as plain static files, opened in headless
// Chromium at a phone's size and tapped through as a person would: every scene's walk, Back,
// reloads, keyboard, a sub-path, JavaScript off, broken and older links, the security policy.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PHONE, ready, settled } from "./browser.mjs";
import { heading, nextScreen, tap } from "./screens.mjs";
import { site, subSite, browser, open, META, appState, isAppFile, watchLayoutShift, layoutShift, shot, walk } from "./site.mjs";

const WALKS = [
  {
    name: "portal",
    taps: ["マイナポータルやスマホで", "「資格情報が見つかりません」", "自分(本人)の保険", "就職・転職した"],
    title: "就職・転職・扶養の変更のあとで、新しい保険に紐づかない",
    path: "r/after-insurance-change/via/portal.not-found.self.job/",
  },
  {
    name: "clinic",
    taps: ["病院・薬局の受付で", "「資格情報なし」", "最近(2週間以内)"],
    title: "登録したばかりなのに使えない",
    path: "r/waiting-for-reflection/via/clinic.not-recognized.recent/",
  },
  {
    name: "app",
    taps: ["マイナポータルやスマホで", "スマホのアプリで", "古い機種・対応しているか分からない"],
    title: "スマホが対応していない・スマホがない",
    path: "r/unsupported-phone/via/portal.app.unknown/",
  },
  {
    name: "urgent",
    taps: ["近いうちに受診する", "ある"],
    title: "受診が近いときの備え",
    path: "r/visit-soon/via/urgent.has/",
  },
  {
    name: "lost card",
    taps: ["カードのこと(なくした", "カードをなくした・盗まれた"],
    title: "カードをなくした・盗まれた",
    path: "r/card-lost/via/card.lost/",
  },
  {
    name: "left job",
    taps: ["退職・就職・引っ越し", "会社をやめた"],
    title: "会社の保険から外れたあと(国民健康保険・任意継続)",
    path: "r/after-leaving-job/via/change.left-job/",
  },
];

for (const w of WALKS) {
  test(`walking the ${w.name} scene by tapping reaches its result`, async () => {
    const { context, page, errors, requests } = await walk(site.url, w.taps);
    assert.equal(await heading(page), w.title);
    assert.equal(page.url(), site.url + w.path);
    // The new heading gets focus (boot.js gives it just after the page's first task), so a screen
    // reader announces the result.
    await page.locator("h1:focus").waitFor({ timeout: 5000 });
    assert.equal(await page.title(), `${w.title} | ${META.title}`);
    assert.ok((await page.locator(".step-card").count()) >= 3, "numbered step cards");
    await shot(page, `result-${w.name}`);
    assert.deepEqual(errors, []);
    const foreign = requests.filter((u) => !u.startsWith(site.url));
    assert.deepEqual(foreign, [], "no third-party requests");
    // Every screen of the walk was a static page: the app was never needed.
    assert.equal(await appState(page), "waiting");
    assert.deepEqual(requests.filter(isAppFile), [], "the walk fetched the app");
    await context.close();
  });
}

test("the start screen at phone size", async () => {
  const { context, page } = await open(site.url);
  assert.equal(await heading(page), "どこで困っていますか?");
  const box = await page.getByRole("link", { name: "病院・薬局の受付で" }).boundingBox();
  assert.ok(box.height >= 48, `answer tap target is ${box.height}px high`);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= 390, `no horizontal scroll (${scroll}px)`);
  await shot(page, "start");
  await page.getByRole("link", { name: "マイナポータルやスマホで" }).click();
  await page.waitForURL(/q\/portal-symptom/);
  await shot(page, "question-portal-symptom");
  await context.close();
});

test("a result link opens the same result in a fresh browser, and again after reload", async () => {
  const link = site.url + "r/name-changed/via/portal.not-found.self.name/";
  const { context, page, errors } = await open(link);
  assert.equal(await heading(page), "名字が変わったあとで紐づかない");
  assert.equal(await page.locator(".answered").count(), 4, "the answers that led here");
  await page.reload();
  await settled(page);
  assert.equal(await heading(page), "名字が変わったあとで紐づかない");
  assert.deepEqual(errors, []);
  await context.close();

  const bare = await open(site.url + "r/pin-locked/");
  assert.equal(await heading(bare.page), "暗証番号がロックされた");
  await bare.context.close();
});

test("the browser's back button returns to the previous question with its answer kept", async () => {
  const { context, page } = await walk(site.url, ["病院・薬局の受付で", "カードを置いても読み取らない"]);
  assert.equal(await heading(page), "受付のカードリーダーが読み取らない");
  await page.goBack();
  await page.waitForURL(/q\/clinic-symptom\/no-read\/$/);
  assert.equal(await heading(page), "受付のカードリーダーでは、どうなりましたか?");
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /カードを置いても読み取らない/);
  await page.goBack();
  await page.waitForURL((u) => u.toString() === site.url + "start/clinic/");
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /病院・薬局の受付/);
  await page.goForward();
  await page.waitForURL(/q\/clinic-symptom/);
  assert.equal(await heading(page), "受付のカードリーダーでは、どうなりましたか?");
  await context.close();
});

test("in the running app too, Back returns to the question with its answer kept, and a modified click opens a tab", async () => {
  // An older link's query starts the app at load; from then on each tap moves in place.
  const { context, page, errors, requests } = await open(site.url + "?chosen=portal");
  await ready(page);
  await page.waitForURL(site.url + "start/portal/");
  await tap(page, "マイナポータルやスマホで");
  assert.equal(await heading(page), "マイナポータルやスマホでは、どうなりましたか?");
  await tap(page, "「資格情報が見つかりません」");
  const fetched = requests.length;
  await page.goBack();
  await page.waitForURL(/q\/portal-symptom\/not-found\/$/);
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /資格情報が見つかりません/);
  await page.goBack();
  await page.waitForURL(site.url + "start/portal/");
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /マイナポータルやスマホで/);
  const pages = requests.slice(fetched).filter((u) => u.endsWith("/"));
  assert.deepEqual(pages, [], "moves in place: no page was fetched");
  // A click with Ctrl (or ⌘) is the browser's: a new tab, this screen stays as it is.
  const tabs = context.waitForEvent("page");
  await page.getByRole("link", { name: "病院・薬局の受付で" }).click({ modifiers: ["ControlOrMeta"] });
  const tab = await tabs;
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).pathname, "/q/clinic-symptom/");
  assert.equal(new URL(page.url()).pathname, "/start/portal/", "the screen the person was on stays");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the index of every situation leads from the start page to three different results in one tap each", async () => {
  const { context, page, errors, requests } = await open(site.url);
  const results = [
    ["登録したばかりなのに使えない", "r/waiting-for-reflection/", "「資格情報なし」"],
    ["カードをなくした・盗まれた", "r/card-lost/", "カードを盗まれた"],
    ["75歳になって保険が変わる", "r/turning-75/", "75歳になって保険が変わった"],
  ];
  for (const [title, path, heard] of results) {
    await page.goto(site.url);
    await tap(page, "質問に答えずに、一覧から探す");
    assert.equal(await heading(page), "状況の一覧から探す");
    assert.equal(await page.title(), `状況の一覧から探す | ${META.title}`);
    // The browser's find and a screen reader's headings both work: groups are headings, each
    // result a link with the words people hear under it.
    const groups = await page.locator("main h2").allTextContents();
    assert.ok(groups.includes("病院・薬局の受付で") && groups.includes("カードそのもののこと"), groups.join(" / "));
    const item = page.locator(".index-list li", { has: page.getByRole("link", { name: title, exact: true }) });
    assert.match(await item.locator(".heard").textContent(), new RegExp(heard));
    await tap(page, title);
    assert.equal(page.url(), site.url + path);
    assert.equal(await heading(page), title);
    // On the result, what people hear is in the causes' fold, under 「なぜ?」.
    await page.locator(".why summary").click();
    assert.match(await page.locator(".why .heard").textContent(), /^こんなとき: /);
    // And from every result back to the index.
    assert.equal(await page.getByRole("link", { name: "ほかの状況を一覧から探す" }).count(), 1);
  }
  await shot(page, "index-result");
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter(isAppFile), [], "the index and its results are static pages");
  await context.close();
});

test("broken and outdated links show a friendly page", async () => {
  for (const path of ["r/no-such-result/", "r/no-such-result/via/clinic.no-read/", "r/pin-locked/via/clinic.no-read/", "r/pin-locked/?a=clinic.no-read", "r/pin-locked/via/clinic..x/", "nothing/here", "q/%3Cscript%3E/"]) {
    const { context, page, errors } = await open(site.url + path);
    assert.equal(await heading(page), "リンクを開けませんでした", path);
    assert.ok(await page.getByRole("link", { name: "最初から診断する" }).isVisible());
    // Where the result the link names still exists, it is offered without the answers.
    const result = page.getByRole("link", { name: "診断結果だけを見る" });
    if (path.startsWith("r/pin-locked")) assert.equal(new URL(await result.getAttribute("href"), page.url()).href, site.url + "r/pin-locked/", path);
    else assert.equal(await result.count(), 0, path);
    assert.deepEqual(errors, [], path);
    if (path.startsWith("r/no-such")) await shot(page, "broken-link");
    await context.close();
  }
});

test("keyboard alone walks from the start to a result", async () => {
  const { context, page } = await open(site.url);
  for (const expected of ["病院・薬局の受付で", "暗証番号を何度か間違えた"]) {
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (text.includes(expected)) break;
    }
    const before = page.url();
    const remember = await page.evaluate(() => document.activeElement?.dataset.remember ?? null);
    await page.keyboard.press("Enter");
    await nextScreen(page, before, remember);
    await page.locator("h1:focus").waitFor({ timeout: 5000 });
  }
  assert.equal(await heading(page), "暗証番号がロックされた");
  await context.close();
});

test("served from a sub-path, links stay under it and reopen", async () => {
  const { context, page, errors } = await walk(subSite.url, ["マイナポータルやスマホで", "スマホのアプリで", "対応している", "カードを読み取れない"]);
  assert.equal(page.url(), subSite.url + "r/app-reading-error/via/portal.app.supported.read-error/");
  assert.equal(await heading(page), "スマホでカードを読み取れない");
  assert.deepEqual(errors, []);
  await context.close();
  const again = await open(subSite.url + "r/app-reading-error/via/portal.app.supported.read-error/");
  assert.equal(await heading(again.page), "スマホでカードを読み取れない");
  assert.equal(await again.page.locator(".answered").count(), 4);
  // An older link, with the answers in its query, shows the path it means, under the sub-path.
  await again.page.goto(subSite.url + "r/app-reading-error/?a=app.supported.read-error");
  await again.page.waitForURL(subSite.url + "r/app-reading-error/via/portal.app.supported.read-error/");
  assert.equal(await again.page.locator(".answered").count(), 4);
  await again.context.close();
});

test("with JavaScript off, a result page still shows its steps and its links still work", async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url + "r/pin-locked/");
  assert.equal(await heading(page), "暗証番号がロックされた");
  assert.ok((await page.locator(".step-card").count()) >= 3);
  assert.match(await page.locator(".step-card").first().textContent(), /顔認証/);
  assert.match(await page.locator(".cause-list").textContent(), /3回続けて間違えるとロック/);
  await page.getByRole("link", { name: "保険の種類ごとの窓口と、全国共通の電話番号" }).click();
  await page.waitForURL(/contacts\/$/);
  assert.match(await page.locator(".hotline").textContent(), /0120-95-0178/);
  await page.goBack();
  await page.waitForURL(/pin-locked\/$/);
  await page.getByRole("link", { name: "最初からやり直す" }).first().click();
  await page.waitForURL(site.url);
  assert.equal(await heading(page), "どこで困っていますか?");
  await page.getByRole("link", { name: "マイナポータルやスマホで" }).click();
  await page.waitForURL(/q\/portal-symptom\//);
  await page.getByRole("link", { name: "スマホのアプリで" }).click();
  await page.waitForURL(/q\/app-phone\//);
  assert.equal(await heading(page), "お使いのスマホは、マイナンバーカードの読み取りに対応していますか?");
  await shot(page, "no-javascript-question");
  await context.close();
});

test("an older link, with the answers in its query, opens the same screen and shows the path it means", async () => {
  for (const [older, now, rows] of [
    ["r/name-changed/?a=portal.not-found.self.name", "r/name-changed/via/portal.not-found.self.name/", 4],
    ["r/pin-locked/desk/?a=clinic.pin-locked", "r/pin-locked/via/clinic.pin-locked/desk/", 0],
    ["q/portal-whose/?chosen=family", "q/portal-whose/family/", 0],
    ["?chosen=clinic", "start/clinic/", 0],
  ]) {
    const { context, page, errors } = await open(site.url + older);
    await page.waitForURL(site.url + now);
    await ready(page);
    const { context: fresh, page: same } = await open(site.url + now);
    assert.equal(await heading(page), await heading(same), older);
    assert.equal(await page.locator(".answered").count(), rows, older);
    assert.equal(await page.locator('a[aria-current="true"]').count(), await same.locator('a[aria-current="true"]').count(), older);
    assert.equal(await page.title(), await same.title(), older);
    assert.deepEqual(errors, [], older);
    await fresh.close();
    await context.close();
  }
});

test("reopening a question with a chosen answer marks it without shifting the layout or fetching the app", async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await watchLayoutShift(page);
  await page.goto(site.url + "q/portal-whose/family/");
  await settled(page);
  assert.match(await page.locator('a[aria-current="true"]').textContent(), /家族/);
  assert.equal(await layoutShift(page), 0);
  assert.equal(await appState(page), "waiting");
  assert.deepEqual(requests.filter(isAppFile), []);
  await shot(page, "question-chosen");
  await context.close();
});

test("the Content-Security-Policy allows only this site, and no page has an inline script", async () => {
  const { context, page, errors } = await walk(site.url, ["病院・薬局の受付で", "カードを置いても読み取らない"]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  assert.deepEqual(errors, [], "no CSP violations or other errors");
  await context.close();
});
