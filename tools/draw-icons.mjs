// Not a test: redraws the tab and home-screen icons in assets/icons/ from assets/icon.svg with the
// browser the tests use (`./x icons`). The PNGs are committed; run this after changing the SVG.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { launch } from "../tests/e2e/browser.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const svg = await readFile(resolve(ROOT, "assets/icon.svg"), "utf8");
const inner = svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "").replace(/<rect width="64" height="64"[^>]*\/>/, "");
const background = svg.match(/<rect width="64" height="64"[^>]*fill="([^"]+)"/)[1];
// Full-bleed squares: iOS rounds the corners itself, and a maskable icon keeps its glyph inside
// the middle 80 % circle that any launcher's mask leaves visible.
const square = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/>` +
  `<g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${inner}</g></svg>`;

const ICONS = [
  // The tab icon: a PNG, because a browser draws an SVG icon as a whole document on the page's
  // main thread just after the first paint (20–30 ms on this machine, 4× that on a phone).
  { file: "favicon-32.png", size: 32, svg },
  { file: "icon-192.png", size: 192, svg },
  { file: "icon-512.png", size: 512, svg },
  { file: "maskable-512.png", size: 512, svg: square(0.8) },
  { file: "apple-touch-icon.png", size: 180, svg: square(1) },
];

const browser = await launch();
for (const icon of ICONS) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
  const sized = icon.svg.replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `);
  await page.setContent(`<!doctype html><body style="margin:0">${sized}</body>`);
  await page.screenshot({ path: resolve(ROOT, "assets/icons", icon.file), omitBackground: true });
  await page.close();
  console.log(`assets/icons/${icon.file} ${icon.size}×${icon.size}`);
}
await browser.close();
