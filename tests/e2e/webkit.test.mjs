// The core journeys in WebKit, the engine of Safari on every iPhone: the same built dist/, driven
// through WebKitWebDriver and MiniBrowser (see webkit.mjs). Each test serves the site on its own
// port, so each starts as a first visit (a new origin: no storage, no worker).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { serve } from "./server.mjs";
import { webkit, ELEMENT } from "./webkit.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHOTS = resolve(ROOT, "target/screenshots/webkit");
let browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await webkit();
  await browser.resize(390, 844);
});

after(async () => {
  await browser?.quit();
});

const heading = () => browser.text("h1");
const path = async () => {
  const url = new URL(await browser.location());
  return url.pathname + url.search;
};

/** Waits until the page is as it will stay: static, or taken over by the app. */
// Static (the app not needed yet), taken over or failed, and boot.js running (first.js no longer
// holding taps for it).
const settled = () =>
  browser.until(`const root = document.documentElement; return ["waiting", "ready", "failed"].includes(root.dataset.app) && root.dataset.holding === undefined;`, "the page to settle");
const ready = () => browser.until(`return document.documentElement.dataset.app === "ready";`, "the app");

/** Taps the link or button saying `text` and waits for the next screen. */
async function tap(text) {
  const from = await path();
  const link = await browser.named(text);
  // An answer link first rewrites this entry to the question with the answer marked.
  const remember = await browser.run(`return arguments[0].dataset.remember ?? null;`, { [ELEMENT]: link });
  await browser.click(link);
  await browser.until(
    `return ![arguments[0], arguments[1]].includes(location.pathname + location.search) && document.readyState !== "loading";`,
    `a new screen after ${text}`,
    15000,
    from,
    remember,
  );
  await settled();
}

async function site(body) {
  const server = await serve(resolve(ROOT, "dist"));
  try {
    await body(server.url, server);
  } finally {
    await server.close();
  }
}

test("WebKit: the start page shows the first question and its answers", () =>
  site(async (url) => {
    await browser.go(url);
    await settled();
    assert.equal(await heading(), "どこで困っていますか?");
    const answers = await browser.run(`return [...document.querySelectorAll("main li a")].map((a) => a.textContent);`);
    assert.equal(answers.length, 7, answers.join(" / "));
    assert.match(answers[0], /資格情報なし/);
    const [wide, view] = await browser.run(`return [document.documentElement.scrollWidth, innerWidth];`);
    assert.ok(view <= 480 && wide <= view, `no sideways scroll (${wide}px in ${view}px)`);
    await browser.screenshot(resolve(SHOTS, "start.png"));
  }));

test("WebKit: a result opened from a shared link says it was sent; the same result without the mark does not", () =>
  site(async (url) => {
    const shown = () => browser.run(`return getComputedStyle(document.querySelector(".sent-note")).display !== "none";`);
    await browser.go(url + "r/clinic-record-check/?sent");
    await settled();
    assert.equal(await shown(), true);
    await browser.go(url + "r/clinic-record-check/");
    await settled();
    assert.equal(await shown(), false);
  }));

test("WebKit: at 200 % text the header is two short lines and the first thing to tap is on the first screen", () =>
  site(async (url) => {
    const firsts = { "": ".answers a", "r/card-lost/": ".first-step", "r/after-insurance-change/via/clinic.not-recognized.earlier.yes/": ".counter .desk-button" };
    for (const [page, first] of Object.entries(firsts)) {
      await browser.go(url + page);
      await settled();
      const at = await browser.run(
        `document.documentElement.style.fontSize = "200%";
         return { header: document.querySelector(".site-header").getBoundingClientRect().height,
                  first: document.querySelector(arguments[0]).getBoundingClientRect().top,
                  end: document.querySelector(arguments[0]).getBoundingClientRect().bottom,
                  screen: window.innerHeight };`,
        first,
      );
      // 最初からやり直す, then the language switch.
      assert.ok(at.header <= 150, `/${page}: the header is ${at.header}px tall`);
      // The counter's button is whole on the first screen; an answer (with its hint) or a first
      // step's box at least begins there, a tap target's height in.
      const end = first === ".counter .desk-button" ? at.end : at.first + 48;
      assert.ok(end <= at.screen, `/${page}: ${first} spans ${at.first}-${at.end}px of ${at.screen}px`);
    }
  }));

test("WebKit: a full walk by tapping reaches its result, with the answers in the link", () =>
  site(async (url) => {
    await browser.go(url);
    await settled();
    for (const answer of ["マイナポータルやスマホで", "「資格情報が見つかりません」", "自分(本人)の保険", "就職・転職した"]) await tap(answer);
    assert.equal(await heading(), "就職・転職・扶養の変更のあとで、新しい保険に紐づかない");
    assert.equal(await path(), "/r/after-insurance-change/via/portal.not-found.self.job/");
    // A page reached by one of the site's links has its heading focused, for a screen reader.
    await browser.until(`return document.activeElement?.matches("#app h1");`, "the heading to be focused");
    assert.ok((await browser.run(`return document.querySelectorAll(".step-card").length;`)) >= 3, "numbered step cards");
    await browser.screenshot(resolve(SHOTS, "result.png"));
  }));

test("WebKit: the index leads from the start page to three different results in one tap each", () =>
  site(async (url) => {
    const results = [
      ["登録したばかりなのに使えない", "/r/waiting-for-reflection/"],
      ["カードをなくした・盗まれた", "/r/card-lost/"],
      ["75歳になって保険が変わる", "/r/turning-75/"],
    ];
    for (const [title, to] of results) {
      await browser.go(url);
      await settled();
      await tap("質問に答えずに、一覧から探す");
      assert.equal(await heading(), "状況の一覧から探す");
      await tap(title);
      assert.equal(await path(), to);
      assert.equal(await heading(), title);
      // In the causes' fold: there for the browser's find and a screen reader, folded at first.
      assert.match(await browser.run(`return document.querySelector(".why .heard").textContent;`), /^こんなとき: /);
    }
    await browser.screenshot(resolve(SHOTS, "index-result.png"));
  }));

test("WebKit: Back returns to the previous question with its answer marked", () =>
  site(async (url) => {
    await browser.go(url);
    await settled();
    await tap("病院・薬局の受付で");
    await tap("カードを置いても読み取らない");
    assert.equal(await heading(), "受付のカードリーダーが読み取らない");
    await browser.back();
    await browser.until(`return location.pathname === "/q/clinic-symptom/no-read/" && document.querySelector('a[aria-current="true"]');`, "the marked answer");
    assert.equal(await path(), "/q/clinic-symptom/no-read/");
    assert.equal(await heading(), "受付のカードリーダーでは、どうなりましたか?");
    assert.match(await browser.text('a[aria-current="true"]'), /カードを置いても読み取らない/);
  }));

test("WebKit: a ticked step is kept over a reload", () =>
  site(async (url) => {
    await browser.go(url + "r/pin-locked/");
    await settled();
    await browser.click(await browser.find(".step-card label"));
    await ready();
    await browser.until(`return document.querySelectorAll(".step-card.done").length === 1;`, "the step marked done");
    await browser.reload();
    await ready();
    assert.equal(await browser.run(`return document.querySelector(".step-card input").checked;`), true);
    assert.equal(await browser.run(`return document.querySelectorAll(".step-card.done").length;`), 1);
  }));

test("WebKit: the desk view opens from a result, in large type", () =>
  site(async (url) => {
    await browser.go(url + "r/pin-locked/");
    await settled();
    await tap("受付で見せる画面を開く");
    assert.equal(await heading(), "マイナ保険証で資格を確認できませんでした");
    const size = await browser.run(`return parseFloat(getComputedStyle(document.querySelector(".desk-items")).fontSize);`);
    assert.ok(size >= 24, `desk text is ${size}px`);
    await browser.screenshot(resolve(SHOTS, "desk.png"));
  }));

test("WebKit: broken and outdated links show the friendly page", () =>
  site(async (url) => {
    for (const broken of ["r/no-such-result/", "r/pin-locked/via/clinic.no-read/", "r/pin-locked/?a=clinic.no-read", "nothing/here"]) {
      await browser.go(url + broken);
      await settled();
      assert.equal(await heading(), "リンクを開けませんでした", broken);
      assert.ok(await browser.named("最初から診断する", "a"), broken);
    }
  }));

test("WebKit: after one visit, a result never opened before opens with no network", () =>
  site(async (url, server) => {
    await browser.go(url + "r/pin-locked/");
    await browser.until(`return navigator.serviceWorker?.controller?.state === "activated";`, "the offline worker", 30000);
    await browser.until(`return !document.querySelector(".offline-ready").hidden;`, "the line saying the copy is kept");
    await server.close();
    await browser.go(url + "r/family-record/");
    await settled();
    assert.equal(await heading(), "家族の分だけ紐づけできない");
    await browser.go(url + "q/portal-whose/");
    assert.equal(await heading(), "困っているのは、誰の保険ですか?");
    // The end of a walk opens as its result's kept page, and the kept app marks the answers.
    await browser.go(url + "r/pin-or-card-error/via/portal.pin-card/");
    assert.equal(await heading(), "暗証番号やカードの読み取りでつまずいている");
    await browser.until(`return document.documentElement.dataset.app === "ready" && document.querySelectorAll(".answered").length === 2;`, "the answers marked by the app");
    await browser.go(url + "r/family-record/");
    await settled();
    await browser.screenshot(resolve(SHOTS, "offline-result.png"));
    await browser.go(url + "nothing/here");
    assert.equal(await heading(), "リンクを開けませんでした");
  }));

/** The texts of a language by key, from its translation file. */
async function words(lang) {
  const file = JSON.parse(await readFile(resolve(ROOT, `assets/i18n/${lang}.json`), "utf8"));
  return (key) => file[key][lang];
}

for (const lang of ["en", "easy"]) {
  test(`WebKit: a walk in ${lang} reaches its result in its words, and the switch opens it in Japanese with the same answers`, () =>
    site(async (url) => {
      const say = await words(lang);
      await browser.go(`${url}${lang}/`);
      await settled();
      assert.equal(await heading(), say("questions.where.text"));
      for (const key of ["where.answers.portal", "portal-symptom.answers.not-found", "portal-whose.answers.self", "portal-change.answers.job"]) {
        await tap(say(`questions.${key}.label`).slice(0, 12));
      }
      assert.equal(await path(), `/${lang}/r/after-insurance-change/via/portal.not-found.self.job/`);
      assert.equal(await heading(), say("results.after-insurance-change.title"));
      await browser.screenshot(resolve(SHOTS, `result-${lang}.png`));
      await browser.click(await browser.named("日本語", ".lang-switch a[data-lang=ja]"));
      await browser.until(`return location.pathname === "/r/after-insurance-change/via/portal.not-found.self.job/";`, "the Japanese page");
      await settled();
      assert.equal(await heading(), "就職・転職・扶養の変更のあとで、新しい保険に紐づかない");
      // The language just left was not chosen: the one tapped was Japanese, so nothing is offered.
      assert.equal(await browser.run(`return document.querySelector(".lang-hint").hidden;`), true);
      await browser.go(`${url}${lang}/r/card-lost/`);
      await settled();
      // Offered once the page has loaded.
      await browser.until(`return !document.querySelector(".lang-hint").hidden;`, "Japanese, chosen last, offered");
      assert.equal(await browser.text(".lang-hint a"), "この画面を日本語で読む");
    }));
}
