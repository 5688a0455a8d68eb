// ./x bench: bytes per asset (raw and gzip -9) of the release bundle, Lighthouse mobile figures
// for the start page and three result pages as a shared link opens them, the same three results
// at the end of a walk (answers in the path) and two questions revisited with Back, each against
// the same page as plain static HTML without any script (the floor); and the main-thread tasks
// of the app's start-up where it still runs at load (links published with the answers in the
// query), from a Chromium trace. Prints Markdown tables, and writes them to docs/bench.md, the
// report the README links to (dated, with the commit measured).
import { readdir, readFile, stat, mkdir, writeFile, cp, rm } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serve } from "../../tests/e2e/server.mjs";
import { launch, ready } from "../../tests/e2e/browser.mjs";
import { wasmSections } from "./wasm-sections.mjs";
import { wasmCrates } from "./wasm-crates.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = join(ROOT, "dist");
const FLOOR = join(ROOT, "target/bench-floor");
// As a shared link (or a bookmark, or a search result) opens them.
const PAGES = ["", "all/", "r/after-insurance-change/", "r/waiting-for-reflection/", "r/unsupported-phone/"];
// The screens of a walk: the same results at its end, with the answers in the path, and
// questions revisited with Back, their answer marked. Static pages too.
const WALKED = [
  "r/after-insurance-change/via/portal.not-found.self.job/",
  "r/waiting-for-reflection/via/clinic.not-recognized.recent/",
  "r/unsupported-phone/via/portal.app.unknown/",
  "q/clinic-symptom/not-recognized/",
  "start/clinic/",
  // The same walk's end in each other language: English text is the longest.
  "en/r/after-insurance-change/via/portal.not-found.self.job/",
  "easy/r/after-insurance-change/via/portal.not-found.self.job/",
];
// Links published with the answers in the query: the app still starts at load to show them.
const STARTUP = ["?chosen=clinic", "r/after-insurance-change/?a=portal.not-found.self.job", "r/waiting-for-reflection/?a=clinic.not-recognized.recent"];
// The transfer budget is the first round trip of a new connection on a phone (TCP's first
// window, about 14.6 KB): what the largest paint needs must fit in it. What comes after the
// paint (the pages' script, the icons) is reported, not budgeted.
const BUDGET = { lcpRatio: 1.05, cls: 0, tbt: 10, transferKb: 15 };

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const kb = (n) => (n / 1024).toFixed(1);

async function sizeTable() {
  const rows = [];
  let html = { n: 0, raw: 0, gz: 0 };
  for await (const file of files(DIST)) {
    const body = await readFile(file);
    const gz = gzipSync(body, { level: 9 }).length;
    const name = relative(DIST, file);
    if (name.endsWith(".html") && name !== "index.html" && name !== "r/after-insurance-change/index.html") {
      html = { n: html.n + 1, raw: html.raw + body.length, gz: html.gz + gz };
      continue;
    }
    rows.push([name.replace(/-[0-9a-f]{8,16}(?=[._])/, "-<hash>"), body.length, gz]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  const lines = ["| asset | raw bytes | gzip -9 bytes |", "|---|---:|---:|"];
  for (const [name, raw, gz] of rows) lines.push(`| ${name} | ${raw} | ${gz} |`);
  lines.push(`| ${html.n} other pre-rendered pages (each) | ~${Math.round(html.raw / html.n)} | ~${Math.round(html.gz / html.n)} |`);
  return lines.join("\n");
}

/**
 * What the offline worker (sw.js) fetches on a first visit, after the page has loaded: every
 * file on its list but the other languages' pages (a device keeps the language it uses), counted
 * as the host sends them (raw, and gzip -9 as a CDN compresses), for a device of each language.
 */
async function offlineTable() {
  const worker = await readFile(join(DIST, "sw.js"), "utf8");
  const list = JSON.parse(worker.match(/^const FILES = (.*);$/m)[1]);
  const folders = JSON.parse(worker.match(/^const LANGS = (.*);$/m)[1]);
  const languageOf = (address) => Object.keys(folders).find((code) => address.startsWith(folders[code])) ?? "ja";
  const langs = ["ja", ...Object.keys(folders)];
  const kinds = new Map();
  for (const address of list) {
    const file = join(DIST, address === "./" ? "index.html" : address.endsWith("/") ? address + "index.html" : address);
    const body = await readFile(file);
    const page = file.endsWith(".html") && address !== "404.html";
    const kind = page ? "pages (HTML)" : file.endsWith(".wasm") ? "app (wasm)" : "scripts, CSS, icons, manifest, 404";
    const row = kinds.get(kind) ?? Object.fromEntries(langs.map((l) => [l, { n: 0, raw: 0, gz: 0 }]));
    const gz = gzipSync(body, { level: 9 }).length;
    for (const lang of page ? [languageOf(address)] : langs) {
      row[lang] = { n: row[lang].n + 1, raw: row[lang].raw + body.length, gz: row[lang].gz + gz };
    }
    kinds.set(kind, row);
  }
  const cell = (g) => `${g.n} | ${kb(g.raw)} | ${kb(g.gz)}`;
  const lines = [
    `| kept for offline | ${langs.map((l) => `${l}: files | raw KB | gzip -9 KB`).join(" | ")} |`,
    `|---|${langs.map(() => "---:|---:|---:").join("|")}|`,
  ];
  for (const [kind, row] of kinds) lines.push(`| ${kind} | ${langs.map((l) => cell(row[l])).join(" | ")} |`);
  const total = (l) => [...kinds.values()].reduce((t, row) => ({ n: t.n + row[l].n, raw: t.raw + row[l].raw, gz: t.gz + row[l].gz }), { n: 0, raw: 0, gz: 0 });
  lines.push(`| **total** | ${langs.map((l) => cell(total(l))).join(" | ")} |`);
  return lines.join("\n");
}

/** The floor: every page as it is pre-rendered, but without the app's script and preloads. */
async function makeFloor() {
  await rm(FLOOR, { recursive: true, force: true });
  await cp(DIST, FLOOR, { recursive: true });
  for await (const file of files(FLOOR)) {
    if (!file.endsWith(".html")) continue;
    const html = await readFile(file, "utf8");
    const stripped = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
      .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, "");
    if (stripped.includes("<script")) throw new Error(`${file}: the floor still loads a script`);
    await writeFile(file, stripped);
  }
}

async function audit(port, url) {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  const { audits, categories } = result.lhr;
  return {
    perf: Math.round(categories.performance.score * 100),
    a11y: Math.round(categories.accessibility.score * 100),
    fcp: audits["first-contentful-paint"].numericValue,
    lcp: audits["largest-contentful-paint"].numericValue,
    tbt: audits["total-blocking-time"].numericValue,
    cls: audits["cumulative-layout-shift"].numericValue,
    bytes: audits["total-byte-weight"].numericValue,
    // What the first round trip carries: the bytes of the requests that ended before the largest
    // paint as Chromium saw it (unthrottled), the very requests Lighthouse's simulation then
    // counts as needed for that paint. The pages' script after the paint is not among them.
    beforePaint: audits["network-requests"].details.items
      .filter((r) => r.networkEndTime <= audits.metrics.details.items[0].observedLargestContentfulPaint)
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    // The longest main-thread task after the first paint (the span TBT counts).
    longest: Math.max(0, ...(audits["long-tasks"].details?.items ?? [])
      .filter((t) => t.startTime >= audits["first-contentful-paint"].numericValue).map((t) => t.duration)),
  };
}

// Lighthouse's simulated figures swing by tens of percent between runs on a 2-core machine, so
// each page is audited RUNS times and every figure is the median of its runs.
const RUNS = Number(process.env.BENCH_RUNS || 3);
// BENCH_PAGES=r/a/,r/b/ audits only those pages with Lighthouse, to look into one figure; the
// report in docs/bench.md is written only by a whole run.
const ONLY = process.env.BENCH_PAGES?.split(",");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Runs of the same measurement (objects of numbers) → one object of per-field medians. */
const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));

// Lighthouse simulates from the observed load: a page fetched over a connection kept open from
// the previous run would skip the connection set-up, so every run starts cold, as a first visit.
// Ours and the floor take turns, the first of each round alternating, so that whatever else slows
// the machine for a while (the figures are CPU times of a 2-core machine, multiplied by 4) weighs
// on both sides alike. A run ends once its server has been quiet for a while: the offline copy is
// fetched two seconds after load, usually after Lighthouse has stopped watching, and on this machine its
// downloads would otherwise slow the next run.
const QUIET_MS = 2500;
async function audited(port, sites, page) {
  const runs = sites.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = [...sites.entries()];
    if (i % 2 === 1) order.reverse();
    for (const [at, site] of order) {
      site.closeIdle();
      runs[at].push(await audit(port, site.url + page));
      await site.quiet(QUIET_MS);
    }
  }
  return runs.map(medians);
}

/**
 * A throwaway self-signed certificate for 127.0.0.1: the pages are served over HTTP/2 with TLS,
 * as a CDN serves them. Over HTTP/1.1 each parallel request may open another connection, and
 * Lighthouse's simulation then charges it a handshake or not depending on the order in which
 * the browser happened to ask for small files (the favicon): LCP of the same page swung between
 * 0.75 and 0.9 s from run to run.
 */
async function localCertificate() {
  const dir = join(ROOT, "target/bench-tls");
  await mkdir(dir, { recursive: true });
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
    "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")],
  { stdio: "ignore" });
  return { key: await readFile(join(dir, "key.pem")), cert: await readFile(join(dir, "cert.pem")) };
}

async function lighthouseTable() {
  await makeFloor();
  const tls = await localCertificate();
  const ours = await serve(DIST, { gzip: true, tls });
  const floor = await serve(FLOOR, { gzip: true, tls });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      // Only the bench's own certificate for 127.0.0.1 is ever presented here.
      "--ignore-certificate-errors"],
  });
  const lines = [
    "| page | perf | a11y | FCP ms | LCP ms (floor) | LCP ours/floor | TBT ms (floor) | longest task after FCP ms | CLS | KB before the paint (floor) | transfer KB gzip (floor) | budgets |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  try {
    for (const page of [...PAGES, ...WALKED].filter((p) => !ONLY || ONLY.includes(p))) {
      const [a, f] = await audited(chrome.port, [ours, floor], page);
      const ratio = a.lcp / f.lcp;
      const misses = [];
      if (ratio > BUDGET.lcpRatio) misses.push(`LCP ratio > ${BUDGET.lcpRatio}`);
      if (a.cls > BUDGET.cls) misses.push("CLS > 0");
      if (a.tbt > BUDGET.tbt) misses.push(`TBT > ${BUDGET.tbt}`);
      if (a.beforePaint / 1024 > BUDGET.transferKb) misses.push(`before the paint > ${BUDGET.transferKb} KB`);
      lines.push(`| /${page} | ${a.perf} | ${a.a11y} | ${a.fcp.toFixed(0)} | ${a.lcp.toFixed(0)} (${f.lcp.toFixed(0)}) | ${ratio.toFixed(2)} | ${a.tbt.toFixed(0)} (${f.tbt.toFixed(0)}) | ${a.longest.toFixed(0)} | ${a.cls.toFixed(3)} | ${kb(a.beforePaint)} (${kb(f.beforePaint)}) | ${kb(a.bytes)} (${kb(f.bytes)}) | ${misses.length ? "over: " + misses.join(", ") : "within"} |`);
    }
  } finally {
    await chrome.kill();
    await ours.close();
    await floor.close();
  }
  return lines.join("\n");
}

/**
 * The app's start-up as main-thread tasks, traced in unthrottled Chromium at phone size: how
 * many tasks run wasm or its glue, the longest, their sum, and how much of that sum is V8
 * compiling wasm functions on first call (lazy compilation). Lighthouse multiplies such tasks
 * by 4 for its mobile CPU and counts every part above 50 ms as blocking time.
 */
// RunTask events come from the disabled-by-default category; Lighthouse traces with it too, so
// the tasks here carry the same tracing overhead as the ones it multiplies.
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.wasm"];

async function startupTable() {
  const site = await serve(DIST, { gzip: true });
  const browser = await launch();
  const trace = join(ROOT, "target/bench-trace.json");
  const lines = [
    "| page | app tasks | longest ms | sum ms | of which lazy wasm compile ms |",
    "|---|---:|---:|---:|---:|",
  ];
  try {
    for (const page of STARTUP) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        const tab = await context.newPage();
        await browser.startTracing(tab, { path: trace, categories: TRACE_CATEGORIES });
        await tab.goto(site.url + page);
        await ready(tab);
        await tab.waitForTimeout(500);
        await browser.stopTracing();
        await context.close();
        runs.push(appTasks(JSON.parse(await readFile(trace, "utf8")).traceEvents, site.url + page));
      }
      const m = medians(runs);
      lines.push(`| /${page} | ${m.tasks} | ${m.longest.toFixed(0)} | ${m.sum.toFixed(0)} | ${m.lazy.toFixed(0)} |`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return lines.join("\n");
}

/**
 * Tasks on the page's main thread that run script or compile wasm, from trace events. The page's
 * thread is the one that parsed its URL: the browser's own pages (the omnibox popup) are traced too.
 */
function appTasks(events, url) {
  const parse = events.find((e) => e.name === "ParseHTML" && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace has no parsing of ${url}: did the trace categories change?`);
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X");
  const within = (t, e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
  const ms = (us) => us / 1000;
  let tasks = 0, longest = 0, sum = 0, lazy = 0;
  for (const task of main.filter((e) => e.name === "RunTask" && e.ts > parse.ts)) {
    const inner = main.filter((e) => within(task, e));
    const runsApp = inner.some((e) => e.name === "FunctionCall" || e.name.startsWith("wasm.") || e.name.startsWith("v8.wasm"));
    if (!runsApp || task.dur < 1000) continue;
    tasks += 1;
    longest = Math.max(longest, ms(task.dur));
    sum += ms(task.dur);
    lazy += ms(inner.filter((e) => e.name === "wasm.CompileLazy").reduce((a, e) => a + e.dur, 0));
  }
  if (tasks === 0) throw new Error("no task of the app found in the trace: did the trace categories change?");
  return { tasks, longest, sum, lazy };
}

const sections = [];
/** Prints a section of the report as it is measured, and keeps it for docs/bench.md. */
function report(heading, table) {
  const section = `## ${heading}\n\n${table}\n`;
  console.log(section);
  sections.push(section);
}
report("Bytes per asset (release bundle)", await sizeTable());
report("Where the wasm's bytes go", await wasmSections(DIST, join(ROOT, "assets/diagnosis.json")));
report("The wasm's code by crate (twiggy)", wasmCrates(ROOT));
report("The offline copy: what the worker fetches after a first visit has loaded", await offlineTable());
report(`Lighthouse mobile (simulated slow 4G, 4x CPU), served over HTTP/2 with gzip, median of ${RUNS} runs`, await lighthouseTable());
report(`The app's start-up: main-thread tasks, traced in unthrottled Chromium, median of ${RUNS} runs`, await startupTable());
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
// Only changes to what the build reads make the measured bundle differ from the commit.
const BUILT_FROM = ["src", "assets", "index.html", "Cargo.toml", "Cargo.lock", "Trunk.toml"];
const dirty = execFileSync("git", ["status", "--porcelain", "--", ...BUILT_FROM], { cwd: ROOT, encoding: "utf8" }).trim() ? " with uncommitted changes to the app" : "";
const day = new Date().toISOString().slice(0, 10);
if (ONLY) process.exit(0);
await mkdir(join(ROOT, "docs"), { recursive: true });
await writeFile(
  join(ROOT, "docs/bench.md"),
  `# Benchmark report\n\nWritten by \`./x bench\` on ${day}, from commit ${commit}${dirty}, on the 2-core development machine. ` +
    `Budgets for every page: LCP within ${BUDGET.lcpRatio}x of the floor (the same page as plain HTML with every script removed), ` +
    `CLS ${BUDGET.cls}, TBT at most ${BUDGET.tbt} ms, at most ${BUDGET.transferKb} KB gzip transferred before the largest paint (the first round trip). ` +
    "What the figures mean, and what was tried: the README's \"Speed and size\" and docs/performance.md.\n\n" +
    sections.join("\n"),
);
