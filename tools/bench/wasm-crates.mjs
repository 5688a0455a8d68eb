// Where the app's code goes, by crate: the release build's wasm before Trunk strips its names
// (target/wasm-bindgen/release), optimised as Trunk does (wasm-opt -Oz) but keeping names (-g),
// then read by twiggy. Each function counts for the first crate its name mentions, so a crate's
// generic code instantiated for another counts for the crate that defines it (serde_json's
// parser for our types is serde_json's; the derived Deserialize impls are ours). Shares are of
// the code section only. Used by bench.mjs; `node tools/bench/wasm-crates.mjs` prints it alone.
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Crates named as they appear in symbols; the first match in a name wins.
const CRATES = ["yew_router", "yew", "serde_json", "serde_core", "myna_diagnosis", "wasm_bindgen", "js_sys", "web_sys",
  "gloo_history", "gloo_utils", "gloo_timers", "hashbrown", "dlmalloc", "route_recognizer", "urlencoding",
  "indexmap", "alloc", "core", "std"];
const WHAT = {
  yew: "Yew: virtual DOM, hydration, and every component's view (its generic code, made for each)",
  core: "Rust core: formatting (f64 alone 9.5 KB), slices, strings",
  myna_diagnosis: "this app: the core, hooks, callbacks, derived Deserialize",
  serde_json: "serde_json: parsing the embedded guide",
  alloc: "Rust alloc: String, Vec, BTreeMap",
};

export function wasmCrates(root) {
  const input = join(root, "target/wasm-bindgen/release/myna-diagnosis_bg.wasm");
  const named = join(root, "target/bench-named.wasm");
  execFileSync("wasm-opt", ["-Oz", "-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", input, "-o", named]);
  const csv = execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", named], { encoding: "utf8", maxBuffer: 1 << 28 });
  const sizes = new Map();
  let code = 0;
  for (const line of csv.trim().split("\n").slice(1)) {
    const match = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (!match) continue;
    const name = match[1].replace(/^"|"$/g, "").replaceAll('""', '"');
    if (name.startsWith('"') || name.startsWith("data segment") || name.includes("subsection")) continue;
    const size = Number(match[2]);
    let crate = "other (serde-wasm-bindgen, unnamed glue)";
    let first = Infinity;
    for (const c of CRATES) {
      const at = name.search(new RegExp(`(?<![A-Za-z0-9_])${c}(\\[[0-9a-f]+\\])?::`));
      if (at >= 0 && at < first) [first, crate] = [at, c];
    }
    sizes.set(crate, (sizes.get(crate) ?? 0) + size);
    code += size;
  }
  const lines = ["| crate | code bytes | share of code |", "|---|---:|---:|"];
  let small = 0;
  for (const [crate, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
    if (size / code < 0.015) small += size;
    else lines.push(`| ${WHAT[crate] ?? crate} | ${size} | ${((100 * size) / code).toFixed(1)} % |`);
  }
  lines.push(`| the rest (wasm-bindgen, the router, js-sys, web-sys, …, each under 1.5 %) | ${small} | ${((100 * small) / code).toFixed(1)} % |`);
  lines.push(`| **code section, with names kept** | ${code} | 100 % |`);
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(wasmCrates(resolve(fileURLToPath(import.meta.url), "../../..")));
}
