// Where the app's wasm bytes go, by section of the binary (raw and gzip -9 each), with the
// embedded guide (assets/diagnosis.json, include_str!) counted apart inside the data section.
// Used by bench.mjs; `node tools/bench/wasm-sections.mjs dist` prints the table alone.
import { readFile, readdir } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];
const WHAT = {
  code: "code: compiled Rust (Yew, the router, serde_json, the core, the components)",
  import: "imports: the browser functions wasm-bindgen calls, by name",
  element: "element: the table of functions called indirectly (closures, trait objects)",
};
const GUIDE = "data: the embedded guide (assets/diagnosis.json, as it is)";
const REST = "data: everything else (strings, messages, tables)";
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

export async function wasmSections(dist, guidePath) {
  const name = (await readdir(dist)).find((f) => f.endsWith("_bg.wasm"));
  const wasm = await readFile(join(dist, name));
  const guide = await readFile(guidePath);
  let at = 8; // after the magic number and version
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      value |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return value;
    }
  };
  const sections = new Map();
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const body = wasm.subarray(at, at + size);
    at += size;
    const kind = NAMES[id] ?? `section ${id}`;
    const s = sections.get(kind) ?? { raw: 0, parts: [] };
    sections.set(kind, { raw: s.raw + size, parts: [...s.parts, body] });
  }
  const rows = [];
  for (const [kind, s] of sections) {
    const body = Buffer.concat(s.parts);
    if (kind === "data" && body.includes(guide)) {
      const rest = Buffer.concat([body.subarray(0, body.indexOf(guide)), body.subarray(body.indexOf(guide) + guide.length)]);
      rows.push([GUIDE, guide.length, gz(guide)]);
      rows.push([REST, rest.length, gz(rest)]);
    } else {
      rows.push([WHAT[kind] ?? kind, s.raw, gz(body)]);
    }
  }
  rows.sort((a, b) => b[2] - a[2]);
  const big = rows.filter((r) => r[2] >= 1024);
  const small = rows.filter((r) => r[2] < 1024).reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2]], ["other sections (types, exports, tables…)", 0, 0]);
  const lines = ["| part of the wasm | raw bytes | gzip -9 bytes (alone) |", "|---|---:|---:|"];
  for (const [what, raw, z] of [...big, small]) lines.push(`| ${what} | ${raw} | ${z} |`);
  lines.push(`| **whole file** (compresses across parts) | ${wasm.length} | ${gz(wasm)} |`);
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), "../../..");
  console.log(await wasmSections(resolve(process.argv[2] ?? join(root, "dist")), join(root, "assets/diagnosis.json")));
}
