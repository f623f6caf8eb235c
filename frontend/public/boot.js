// Starts the app over the page the server drew. A file of its own, because the
// Content-Security-Policy allows no inline script. Dioxus's hydration reads these two
// before it starts (its own server would write them): no data of its own kind (an empty
// CBOR list), and no page parts still to stream.
window.initial_dioxus_hydration_data = "gA==";
window.hydrate_queue = [];
import init from "./frontend.js";
init({ module_or_path: "/frontend_bg.wasm" });
