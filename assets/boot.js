// Starts the app once the pre-rendered page has painted, so downloading the wasm never delays
// the first paint on a slow phone, and the page needs no inline script (see the
// Content-Security-Policy in index.html). Trunk fills in the two addresses (Trunk.toml).
const boot = document.querySelector("script[data-wasm]");

async function start() {
  const { default: init } = await import(boot.dataset.js);
  await init({ module_or_path: boot.dataset.wasm });
}

requestAnimationFrame(() => setTimeout(start, 0));
