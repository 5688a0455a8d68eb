// temporary probe (not committed)
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serve } from "../../tests/e2e/server.mjs";
import { readFile } from "node:fs/promises";
const [dist, page, runs = "1"] = process.argv.slice(2);
const tls = { key: await readFile("/work/main/target/bench-tls/key.pem"), cert: await readFile("/work/main/target/bench-tls/cert.pem") };
const site = await serve(dist, { gzip: true, tls });
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--ignore-certificate-errors"] });
for (let i = 0; i < Number(runs); i++) {
  site.closeIdle();
  const r = await lighthouse(site.url + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const a = r.lhr.audits;
  const det = a["lcp-breakdown-insight"]?.details; const el = JSON.stringify(det)?.slice(0, 1500);
  const phases = a["largest-contentful-paint-element"]?.details?.items?.[1]?.items;
  console.log(JSON.stringify({ fcp: a["first-contentful-paint"].numericValue, lcp: a["largest-contentful-paint"].numericValue, bytes: a["total-byte-weight"].numericValue, el, phases }));
  const reqs = a["network-requests"].details.items.map((x) => `${x.url.replace(site.url, "/")} ${x.transferSize} ${Math.round(x.networkRequestTime)}-${Math.round(x.networkEndTime)}`);
  console.log(reqs.join("\n"));
  await site.quiet(2500);
}
await chrome.kill(); await site.close();
