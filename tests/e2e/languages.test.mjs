// End-to-end, languages: the same walks in やさしい日本語 and English, the switch to the same
// screen with the same answers, the language a device chose offered (never forced) on a page in
// another, the desk view Japanese with the person's words beneath, and a device keeping the
// pages of the language it uses for offline. The words come from the translation files, so a
// retranslation does not break the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { settled } from "./browser.mjs";
import { heading, tap } from "./screens.mjs";
import { ROOT, site, open, appState, isAppFile, shot } from "./site.mjs";

/** The texts of a language by key, from its translation file. */
async function words(lang) {
  const file = JSON.parse(await readFile(resolve(ROOT, `assets/i18n/${lang}.json`), "utf8"));
  return (key) => {
    assert.ok(file[key], `${lang}: no text ${key}`);
    return file[key][lang];
  };
}

const PORTAL_WALK = {
  taps: [
    "questions.where.answers.portal.label",
    "questions.portal-symptom.answers.not-found.label",
    "questions.portal-whose.answers.self.label",
    "questions.portal-change.answers.job.label",
  ],
  result: "after-insurance-change",
  answers: "portal.not-found.self.job",
};

for (const [lang, tag] of [["en", "en"], ["easy", "ja"]]) {
  test(`a walk in ${lang} reaches its result in its own words, every screen static`, async () => {
    const say = await words(lang);
    const { context, page, errors, requests } = await open(`${site.url}${lang}/`);
    assert.equal(await page.getAttribute("html", "lang"), tag);
    assert.equal(await heading(page), say("questions.where.text"));
    // The first word of the label: the accessible name holds the hint too.
    for (const key of PORTAL_WALK.taps) await tap(page, say(key).slice(0, 12));
    assert.equal(new URL(page.url()).pathname, `/${lang}/r/${PORTAL_WALK.result}/via/${PORTAL_WALK.answers}/`);
    assert.equal(await heading(page), say(`results.${PORTAL_WALK.result}.title`));
    assert.equal(await page.title(), `${say(`results.${PORTAL_WALK.result}.title`)} | ${say("meta.title")}`);
    assert.ok((await page.locator(".step-card").count()) >= 3, "numbered step cards");
    await page.locator("h1:focus").waitFor({ timeout: 5000 });
    await shot(page, `result-${lang}`);
    assert.equal(await appState(page), "waiting");
    assert.deepEqual(requests.filter(isAppFile), [], "the walk fetched the app");
    assert.deepEqual(requests.filter((u) => !u.startsWith(site.url)), [], "no third-party requests");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the switch opens the same screen with the same answers; the device remembers, and never switches a link by itself", async () => {
  const en = await words("en");
  const path = `r/${PORTAL_WALK.result}/via/${PORTAL_WALK.answers}/`;
  const { context, page, errors } = await open(site.url + path);
  await page.locator(".lang-switch").getByRole("link", { name: "English" }).click();
  await page.waitForURL(`${site.url}en/${path}`);
  await settled(page);
  assert.equal(await heading(page), en(`results.${PORTAL_WALK.result}.title`));
  assert.equal(await page.locator(".answered").count(), 4, "with the answers given");

  // A link someone sent in Japanese opens in Japanese, with the chosen language offered in it.
  await page.goto(site.url + "r/card-lost/");
  await settled(page);
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  // Offered once the page has loaded, and only the language chosen.
  const offer = page.locator(".lang-hint a");
  await offer.waitFor({ state: "visible" });
  assert.equal(await offer.count(), 1);
  assert.equal(await offer.textContent(), en("ui.read_in"));
  await shot(page, "language-offered");
  await offer.click();
  await page.waitForURL(`${site.url}en/r/card-lost/`);
  // On a page in the chosen language, nothing is offered.
  await settled(page);
  assert.equal(await page.locator(".lang-hint").isVisible(), false);
  // Back to Japanese by the switch: that is the choice now.
  await page.locator(".lang-switch").getByRole("link", { name: "日本語", exact: true }).click();
  await page.waitForURL(`${site.url}r/card-lost/`);
  await settled(page);
  assert.equal(await page.locator(".lang-hint").isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a stored language that names none of the site's is ignored", async () => {
  const { context, page, errors } = await open(site.url);
  await page.evaluate(() => localStorage.setItem("myna-lang", '"><img src=x onerror=alert(1)>'));
  await page.reload();
  await settled(page);
  await page.waitForLoadState("load");
  await page.waitForTimeout(100);
  assert.equal(await page.locator(".lang-hint").isVisible(), false);
  assert.equal(await heading(page), "どこで困っていますか?");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the desk view in English is Japanese for the staff, with English beneath for the person", async () => {
  const en = await words("en");
  const { context, page } = await open(`${site.url}en/r/pin-locked/desk/`);
  const title = page.locator("h1");
  assert.ok((await title.textContent()).startsWith("マイナ保険証で資格を確認できませんでした"), "the staff read Japanese first");
  assert.equal(await title.locator(".own-words").textContent(), en("desk.title"));
  assert.equal(await title.locator(".own-words").getAttribute("lang"), "en");
  assert.equal(await page.locator("main").getAttribute("lang"), "ja");
  await shot(page, "desk-en");
  await context.close();
});

test("what is sent stays Japanese, with the person's language beside it", async () => {
  const en = await words("en");
  const { context, page } = await open(`${site.url}en/r/${PORTAL_WALK.result}/via/${PORTAL_WALK.answers}/`);
  await page.locator(".send-words details.message summary").click();
  const [sent, shown] = await page.locator(".message-text").allTextContents();
  assert.match(sent, /^人事・総務ご担当者様/);
  assert.ok(shown.startsWith(en(`results.${PORTAL_WALK.result}.ask.dear`)), `the person's copy is English: ${shown}`);
  assert.equal(await page.locator(".message-text").nth(1).getAttribute("lang"), "en");
  await page.locator(".phone-script summary").click();
  assert.ok((await page.locator(".phone-script li .own-words").count()) >= 3, "each line of the phone script in English too");
  await context.close();
});
