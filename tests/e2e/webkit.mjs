// WebKit, the engine of Safari, through Debian's WebKitWebDriver and its MiniBrowser (installed
// by ./x from apt). Playwright drives only its own patched WebKit, which cannot be downloaded
// here, so this is a small W3C WebDriver client over fetch: the commands the tests use, no more.
// MiniBrowser needs a display: one is started with Xvfb unless DISPLAY is set.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { writeFile } from "node:fs/promises";

const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
// The W3C key under which an element reference is returned.
export const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on("error", fail);
  });
}

/** An X display for the browser: the one given, or a fresh Xvfb (it reports its number). */
async function display() {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, stop: () => {} };
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const number = await new Promise((ok, fail) => {
    xvfb.stdio[3].once("data", (d) => ok(String(d).trim()));
    xvfb.once("exit", (code) => fail(new Error(`Xvfb exited (${code}); install it: apt-get install xvfb`)));
  });
  return { name: `:${number}`, stop: () => xvfb.kill() };
}

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${value?.error}: ${value?.message}`);
  return value;
}

const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Starts WebKitWebDriver and a MiniBrowser session, at phone width. */
export async function webkit() {
  const screen = await display();
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: "ignore", env: { ...process.env, DISPLAY: screen.name } });
  const root = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await call("GET", `${root}/status`)).ready) break;
    } catch (error) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start: ${error.message}`);
    }
    await pause(100);
  }
  const { sessionId } = await call("POST", `${root}/session`, {
    capabilities: {
      alwaysMatch: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
    },
  });
  return new Session(`${root}/session/${sessionId}`, () => {
    driver.kill();
    screen.stop();
  });
}

class Session {
  constructor(url, stop) {
    this.url = url;
    this.stop = stop;
  }

  /** Loads a page and waits for its load event. */
  go(url) {
    return call("POST", `${this.url}/url`, { url });
  }

  back() {
    return call("POST", `${this.url}/back`, {});
  }

  reload() {
    return call("POST", `${this.url}/refresh`, {});
  }

  location() {
    return call("GET", `${this.url}/url`);
  }

  /** Runs `body` (a function's body; its arguments are `arguments[0]`…) in the page. */
  run(body, ...args) {
    return call("POST", `${this.url}/execute/sync`, { script: body, args });
  }

  /** Runs an async function body; its result is awaited. */
  runAsync(body, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      (async () => { ${body} })(...arguments).then(done, (e) => done({ error: String(e) }));`;
    return call("POST", `${this.url}/execute/async`, { script, args });
  }

  /** Polls `body` in the page until it returns something truthy, or fails after `ms`. */
  async until(body, what, ms = 15000, ...args) {
    const end = Date.now() + ms;
    for (;;) {
      let value;
      try {
        value = await this.run(body, ...args);
      } catch {
        // a page being replaced answers with an error; ask again
      }
      if (value) return value;
      if (Date.now() > end) throw new Error(`WebKit: timed out waiting for ${what}`);
      await pause(100);
    }
  }

  async find(css) {
    const found = await call("POST", `${this.url}/element`, { using: "css selector", value: css });
    return found[ELEMENT];
  }

  /** The first link or button whose text contains `text`. */
  async named(text, selector = "a, button") {
    const found = await this.run(
      `return [...document.querySelectorAll(arguments[0])].find((e) => e.textContent.includes(arguments[1])) ?? null;`,
      selector,
      text,
    );
    if (!found) throw new Error(`WebKit: no ${selector} saying ${text} on ${await this.location()}`);
    return found[ELEMENT];
  }

  click(element) {
    return call("POST", `${this.url}/element/${element}/click`, {});
  }

  text(css) {
    return this.run(`return document.querySelector(arguments[0])?.textContent.trim() ?? null;`, css);
  }

  resize(width, height) {
    return call("POST", `${this.url}/window/rect`, { width, height });
  }

  async screenshot(path) {
    await writeFile(path, Buffer.from(await call("GET", `${this.url}/screenshot`), "base64"));
  }

  async quit() {
    try {
      await call("DELETE", this.url);
    } finally {
      this.stop();
    }
  }
}
