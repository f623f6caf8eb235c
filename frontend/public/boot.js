// Starts the app over the page the server drew. A file of its own, because the
// Content-Security-Policy allows no inline script. Dioxus's hydration reads these two
// before it starts (its own server would write them): no data of its own kind (an empty
// CBOR list), and no page parts still to stream.
window.initial_dioxus_hydration_data = "gA==";
window.hydrate_queue = [];

// Only once the page has been painted: on a slow phone, neither fetching the app nor
// starting it then holds up the first sight of the page. (A browser that does not report
// paints starts it after a moment.)
let started = false;
function start() {
  if (started) return;
  started = true;
  import("./frontend.js").then(({ default: init }) => init({ module_or_path: "/frontend_bg.wasm" }));
}
if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
  new PerformanceObserver(start).observe({ type: "paint", buffered: true });
} else {
  setTimeout(start, 100);
}
