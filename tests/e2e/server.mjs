// A plain static file server for dist/, behaving like a static host or CDN: files only, no
// rewrites, 404.html for anything missing, the security headers of the build's _headers.
// Optionally serves under a sub-path, gzips, and speaks HTTP/2 over TLS as CDNs do (given a key
// and certificate).
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

async function resolveFile(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

/**
 * The headers `_headers` (written by the build) gives every path, as Netlify and Cloudflare Pages
 * send them: the security headers, Referrer-Policy included. (Caching stays `no-cache` here.)
 */
async function siteHeaders(root, base) {
  let text;
  try {
    text = await readFile(join(root, "_headers"), "utf8");
  } catch {
    return {};
  }
  const headers = {};
  let applies = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!/^\s/.test(line)) applies = line.trim() === `${base}*`;
    else if (applies) {
      const [name, ...value] = line.trim().split(":");
      headers[name.toLowerCase()] = value.join(":").trim();
    }
  }
  return headers;
}

/** Starts a server on 127.0.0.1 (random port); resolves to { url, close, closeIdle, quiet }. */
export async function serve(root, { base = "/", gzip = false, tls = null } = {}) {
  const site = await siteHeaders(root, base);
  let lastRequest = performance.now();
  let inFlight = 0;
  const handle = async (req, res) => {
    inFlight += 1;
    res.on("close", () => {
      inFlight -= 1;
      lastRequest = performance.now();
    });
    const path = new URL(req.url, "http://x").pathname;
    if (!path.startsWith(base)) {
      res.writeHead(404).end("not under base");
      return;
    }
    const file = await resolveFile(root, "/" + path.slice(base.length));
    const status = file ? 200 : 404;
    const chosen = file ?? join(root, "404.html");
    let body;
    try {
      body = await readFile(chosen);
    } catch {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = { ...site, "content-type": TYPES[extname(chosen)] ?? "application/octet-stream", "cache-control": "no-cache" };
    if (gzip && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 9 });
      headers["content-encoding"] = "gzip";
    }
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  const sessions = new Set();
  server.on("session", (session) => {
    sessions.add(session);
    session.on("close", () => sessions.delete(session));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}${base}`,
    /** Stops serving at once, as a lost signal does: open connections are dropped, not
     * awaited (a download the browser is in the middle of would otherwise hold the close). */
    close: () => {
      for (const session of sessions) session.destroy();
      const closed = new Promise((ok) => server.close(ok));
      server.closeAllConnections?.();
      return closed;
    },
    /** Drops open connections, so the next page load starts as cold as a first visit. */
    closeIdle: () => {
      for (const session of sessions) session.close();
      server.closeIdleConnections?.();
    },
    /** Resolves once no request has come for `ms` milliseconds (a page's late downloads are over). */
    quiet: async (ms) => {
      for (let idle; inFlight > 0 || (idle = performance.now() - lastRequest) < ms; ) {
        await new Promise((ok) => setTimeout(ok, inFlight > 0 ? 100 : ms - idle));
      }
    },
  };
}
