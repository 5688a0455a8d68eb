// Starts the app once the pre-rendered page has painted its content, so fetching and compiling
// the wasm never delays the first paint on a slow phone, and the page needs no inline script
// (see the Content-Security-Policy in index.html). Trunk fills in the two addresses (Trunk.toml).
const boot = document.querySelector("script[data-wasm]");

async function start() {
  const { default: init } = await import(boot.dataset.js);
  await init({ module_or_path: boot.dataset.wasm });
}

// "After the first paint" is the first-contentful-paint entry: a frame merely being scheduled
// (requestAnimationFrame) can still be presented after the app's requests have begun, and then
// the paint waits on them. Browsers without paint timing fall back to the next frame.
function afterFirstPaint(run) {
  let started = false;
  const once = () => {
    if (!started) {
      started = true;
      setTimeout(run, 0);
    }
  };
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) {
        observer.disconnect();
        once();
      }
    }).observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}

afterFirstPaint(start);
