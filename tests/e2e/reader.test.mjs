// Where the person stands and who is reading: the first screen's seven situations, the family
// branch, a result opened from a shared link, words that speak for a parent, the way down to the
// words to send, the answers with 「変更」 on one side, and a result's length at 200 % text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { resolve } from "node:path";
import { PHONE, NO_WORKER, ready, settled } from "./browser.mjs";
import { axeViolations } from "./axe.mjs";
import { heading, tap } from "./screens.mjs";
import { ROOT, site, browser, open } from "./site.mjs";

const SCREEN = PHONE.viewport.height;

const message = (page) => page.locator(".message-text").textContent();

test("the first screen offers seven situations, each once, in the words the reader shows", async () => {
  const { context, page } = await open(site.url);
  const choices = await page.locator(".answers a").allTextContents();
  assert.equal(choices.length, 7, choices.join("\n"));
  assert.match(choices[0], /資格情報なし/);
  for (const word of ["電子証明書", "75歳", "顔認証"]) {
    assert.equal(choices.filter((c) => c.includes(word)).length, 1, `「${word}」 once: ${choices.join(" / ")}`);
  }
  assert.equal(await page.locator(".progress").textContent(), "質問 1・あと最大4問");
  await context.close();
});

test("someone looking things up for a parent is asked what happened, and the words speak for the family", async () => {
  const { context, page, errors } = await open(site.url);
  await tap(page, "家族(親・子どもなど)の代わりに調べている");
  assert.equal(await heading(page), "ご家族に、何がありましたか?");
  await tap(page, "親など(自分とは別の保険)のカードが");
  await tap(page, "どれもない・分からない");
  assert.equal(page.url(), site.url + "r/clinic-record-check/via/for-family.clinic.none/");
  // The page as served already speaks for the family; no app is needed to read it.
  assert.equal(await page.locator(".voice select").inputValue(), "家族");
  const text = await message(page);
  assert.match(text, /家族のマイナ保険証のことで、確認をお願いします。本人に代わって連絡しています。/);
  assert.match(text, /家族\(親など、わたしとは別の保険\)のマイナ保険証が、病院・薬局の受付で使えませんでした。/);
  assert.match(text, /本人の資格とマイナンバーは正しく登録されていますか。/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a daughter with her father's link sees it was sent, and switches the words to speak for him", async () => {
  const link = site.url + "r/clinic-record-check/?sent";
  const { context, page, errors } = await open(link, NO_WORKER);
  const note = page.locator(".sent-note");
  await note.waitFor({ state: "visible" });
  assert.match(await note.textContent(), /送られてきた結果です。/);
  // Chosen before the app has arrived: the choice is told to the app once it runs.
  await page.locator(".voice select").selectOption("父");
  await ready(page);
  // The message opens by itself to show the words changed.
  await page.waitForFunction(() => document.querySelector(".message-text").textContent.includes("父のマイナ保険証"));
  assert.ok(await page.locator(".message-text").isVisible(), "the message is open");
  const text = await message(page);
  assert.match(text, /【本人\(父\)の情報】/);
  assert.doesNotMatch(text, /わたしの/);
  await page.getByText("電話で話すこと・聞かれること").click();
  assert.match(await page.locator(".phone-script li").first().textContent(), /^父のマイナ保険証のことで相談があります。/);
  // Back to her own voice.
  await page.locator(".voice select").selectOption("");
  await page.waitForFunction(() => document.querySelector(".message-text").textContent.includes("【わたしの情報】"));
  // The note belongs to the page that was sent: the next page does not carry it.
  await page.getByRole("link", { name: "最初からやり直す" }).first().click();
  await page.waitForURL(site.url);
  await page.getByRole("link", { name: "病院・薬局の受付で" }).click();
  await page.waitForURL(/q\/clinic-symptom\//);
  assert.equal(await page.evaluate(() => "sent" in document.documentElement.dataset), false);
  assert.deepEqual(errors, []);
  await context.close();
  // Opened without the mark, the same result has no note.
  const plain = await open(site.url + "r/clinic-record-check/");
  assert.equal(await plain.page.locator(".sent-note").isVisible(), false);
  await plain.context.close();
});

test("a sent result whose steps are a parent's says so, not that the person it is about does them", async () => {
  const { context, page } = await open(site.url + "r/newborn/?sent", NO_WORKER);
  const note = page.locator(".sent-note");
  await note.waitFor({ state: "visible" });
  assert.match(await note.textContent(), /子どもを保険に入れる手続きをする人\(親など\)がすることです/);
  assert.doesNotMatch(await note.textContent(), /この結果の本人がすること/);
  // The note's link down to the words to send stays on the page that was sent, note and all.
  await note.getByRole("link", { name: /伝えることば/ }).click();
  await page.waitForFunction(() => location.hash === "#send-words");
  assert.equal(new URL(page.url()).search, "?sent");
  assert.ok(await note.isVisible());
  assert.ok(await page.locator("#send-words").isVisible());
  await context.close();
});

test("away from the counter, the first screen has the first step and a link down to the words to send", async () => {
  const { context, page } = await open(site.url + "r/after-leaving-job/via/change.left-job/");
  const first = await page.locator(".first-step").boundingBox();
  const jump = page.locator("main > .jump a");
  const box = await jump.boundingBox();
  assert.ok(first.y < SCREEN && box.y + box.height <= SCREEN, `the link ends at ${box.y + box.height} px`);
  assert.ok(box.height >= 24, "a target of at least 24 px");
  assert.equal(await page.locator(".counter.folded").count(), 1, "the counter help is folded");
  await jump.click();
  await page.waitForFunction(() => location.hash === "#send-words");
  const words = await page.locator("#send-words h2").boundingBox();
  assert.ok(words.y >= -1 && words.y < SCREEN, `伝えることば is on screen at ${words.y} px`);
  assert.equal(new URL(page.url()).pathname, "/r/after-leaving-job/via/change.left-job/");
  await context.close();
});

test("an answer's 「変更」 sits on its right, at any text size", async () => {
  const { context, page } = await open(site.url + "r/clinic-record-check/via/clinic.not-recognized.earlier.no/");
  await page.getByText("4つの答えを見る・変更する").click();
  for (const size of ["100%", "200%"]) {
    await page.evaluate((s) => (document.documentElement.style.fontSize = s), size);
    const rows = await page.locator(".answered dd").evaluateAll((dds) =>
      dds.map((dd) => {
        const answer = dd.querySelector("span").getBoundingClientRect();
        const change = dd.querySelector(".change").getBoundingClientRect();
        return { answerRight: answer.right, changeLeft: change.left, changeRight: change.right };
      }),
    );
    assert.equal(rows.length, 4);
    const right = rows[0].changeRight;
    for (const r of rows) {
      assert.ok(r.changeLeft >= r.answerRight, `${size}: 「変更」 at ${r.changeLeft} px overlaps the answer ending at ${r.answerRight} px`);
      assert.equal(r.changeRight, right, `${size}: every 「変更」 ends on the same line`);
    }
  }
  await context.close();
});

test("links from when the first screen had twelve choices open the same result at its current path", async () => {
  for (const [old, now] of [
    ["r/face-auth-trouble/via/face/", "r/face-auth-trouble/via/clinic.face-fail/"],
    ["r/which-to-bring/?a=letter", "r/which-to-bring/via/money.letter/"],
    ["r/for-family/via/for-family/", "r/for-family/via/for-family.help/"],
  ]) {
    const { context, page, errors } = await open(site.url + old);
    await page.waitForURL(site.url + now);
    assert.equal(await page.locator(".answered").count(), now.split("via/")[1].split(".").length, old);
    assert.deepEqual(errors, [], old);
    await context.close();
  }
});

/** The most screens a result may take at 200 % text on a 390×844 phone, its folds closed, in
 * each language: English takes about half as many lines again as Japanese for the same words,
 * and やさしい日本語 adds short sentences and readings, so each has its own ceiling, set just above
 * its longest when the languages came (19.1 and 15.6 screens), so that neither grows unseen. */
const SCREENS_AT_200 = { "": 12.5, "easy/": 16, "en/": 19.5 };

test(`at 200 % text every result fits in its language's ceiling of phone screens (${SCREENS_AT_200[""]} in Japanese), its optional parts folded`, async () => {
  const ids = await readdir(resolve(ROOT, "dist/r"));
  assert.ok(ids.length >= 40, `${ids.length} results`);
  const context = await browser.newContext({ ...PHONE, ...NO_WORKER });
  const page = await context.newPage();
  const long = [];
  for (const [lang, ceiling] of Object.entries(SCREENS_AT_200)) {
    let most = 0;
    for (const id of ids) {
      await page.goto(`${site.url}${lang}r/${id}/`);
      await settled(page);
      await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      const screens = await page.evaluate((h) => document.documentElement.scrollHeight / h, SCREEN);
      most = Math.max(most, screens);
      if (screens > ceiling) long.push(`${lang}${id}: ${screens.toFixed(1)} of ${ceiling}`);
    }
    console.log(`longest result at 200 % in ${lang || "ja/"}: ${most.toFixed(2)} screens`);
  }
  assert.deepEqual(long, []);
  await context.close();
});

test("the sent note, the switch and every fold opened pass axe in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ ...PHONE, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url + "r/clinic-record-check/via/clinic.not-recognized.earlier.no/?sent");
    await settled(page);
    await page.locator(".sent-note").waitFor({ state: "visible" });
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], colorScheme);
    await context.close();
  }
});
