//! The browser's passkey prompts (`navigator.credentials`), through a small JavaScript
//! module that turns WebAuthn's JSON into the ArrayBuffers the browser wants.

use api::msg;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/passkey.js")]
extern "C" {
    #[wasm_bindgen(js_name = passkeysSupported)]
    fn passkeys_supported() -> bool;
    #[wasm_bindgen(catch, js_name = createPasskey)]
    async fn create_passkey(options: String) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = getPasskey)]
    async fn get_passkey(options: String) -> Result<JsValue, JsValue>;
}

/// Why the prompt gave no passkey, as a message id the person can act on.
pub type Failure = &'static str;

pub fn supported() -> bool {
    passkeys_supported()
}

/// Asks the phone to make a passkey for these options; returns the credential's JSON.
pub async fn create(options: &serde_json::Value) -> Result<serde_json::Value, Failure> {
    finish(create_passkey(options.to_string()).await)
}

/// Asks the phone to sign with one of its passkeys; returns the assertion's JSON.
pub async fn get(options: &serde_json::Value) -> Result<serde_json::Value, Failure> {
    finish(get_passkey(options.to_string()).await)
}

fn finish(result: Result<JsValue, JsValue>) -> Result<serde_json::Value, Failure> {
    match result {
        Ok(json) => json
            .as_string()
            .and_then(|text| serde_json::from_str(&text).ok())
            .ok_or(msg!("passkey-failed")),
        Err(error) => {
            let name = js_sys::Error::from(error).message().as_string().unwrap_or_default();
            Err(match name.as_str() {
                // Cancelled, timed out, or no passkey for this site on the device.
                "NotAllowedError" | "AbortError" => msg!("passkey-cancelled"),
                "InvalidStateError" => msg!("passkey-already-here"),
                "NotSupportedError" | "SecurityError" => msg!("passkey-unsupported"),
                _ => msg!("passkey-failed"),
            })
        }
    }
}
