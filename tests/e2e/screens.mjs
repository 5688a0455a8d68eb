// Moving through the built site as a person does: open a page in a fresh phone-sized context,
// tap a labelled link and wait for the next screen, read the heading. Shared by the end-to-end
// tests that run in Chromium.
import { PHONE, settled } from "./browser.mjs";

/** A function opening `url` in a fresh phone-sized context of `browser` (no history, no
 * storage), with its page errors and requests logged. */
export function opener(browser) {
  return async function open(url, options = {}) {
    const context = await browser.newContext({ ...PHONE, ...options });
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && errors.push(m.text()));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url);
    await settled(page);
    return { context, page, errors, requests };
  };
}

export async function heading(page) {
  return (await page.locator("h1").first().textContent()).trim();
}

/** Waits for the next screen: its path differs from `before`'s, and from `remember`, the path an
 * answer link first rewrites the current entry to (this question with the answer marked). */
export async function nextScreen(page, before, remember = null) {
  const from = new URL(before).pathname;
  await page.waitForURL((u) => u.pathname !== from && u.pathname !== remember);
  await page.waitForLoadState();
}

/** Taps the first link named `label` and waits for the screen it leads to. */
export async function tap(page, label) {
  const before = page.url();
  const link = page.getByRole("link", { name: label }).first();
  const remember = await link.getAttribute("data-remember");
  await link.click();
  await nextScreen(page, before, remember);
}

/** The memo's copy button, in the folded contacts of a result: unfolded first, as a person
 * would, unless it is open already. */
export async function memoButton(page) {
  const fold = page.locator(".contacts details");
  if (!(await fold.evaluate((d) => d.open))) await fold.locator("summary").click();
  return page.getByRole("button", { name: "メモをコピー" });
}
