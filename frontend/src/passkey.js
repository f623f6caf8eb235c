// The browser's passkey prompts, for the Rust app. WebAuthn options and credentials cross
// as JSON with base64url strings (what webauthn-rs writes and reads); the browser wants
// ArrayBuffers. Errors come back as the DOMException's name ("NotAllowedError").

const decode = (text) => {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)).buffer;
};

const encode = (buffer) => {
  if (!buffer) return null;
  const bytes = new Uint8Array(buffer);
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const withIds = (list) => (list || []).map((c) => ({ ...c, id: decode(c.id) }));

const failure = (error) => new Error(error && error.name ? error.name : "UnknownError");

export function passkeysSupported() {
  return typeof window.PublicKeyCredential === "function" && !!navigator.credentials;
}

export async function createPasskey(optionsJson) {
  const options = JSON.parse(optionsJson).publicKey;
  options.challenge = decode(options.challenge);
  options.user.id = decode(options.user.id);
  options.excludeCredentials = withIds(options.excludeCredentials);
  let credential;
  try {
    credential = await navigator.credentials.create({ publicKey: options });
  } catch (error) {
    throw failure(error);
  }
  return JSON.stringify({
    id: credential.id,
    rawId: encode(credential.rawId),
    type: credential.type,
    response: {
      attestationObject: encode(credential.response.attestationObject),
      clientDataJSON: encode(credential.response.clientDataJSON),
      transports: credential.response.getTransports ? credential.response.getTransports() : [],
    },
    extensions: credential.getClientExtensionResults(),
  });
}

export async function getPasskey(optionsJson) {
  const options = JSON.parse(optionsJson).publicKey;
  options.challenge = decode(options.challenge);
  options.allowCredentials = withIds(options.allowCredentials);
  let credential;
  try {
    credential = await navigator.credentials.get({ publicKey: options });
  } catch (error) {
    throw failure(error);
  }
  return JSON.stringify({
    id: credential.id,
    rawId: encode(credential.rawId),
    type: credential.type,
    response: {
      authenticatorData: encode(credential.response.authenticatorData),
      clientDataJSON: encode(credential.response.clientDataJSON),
      signature: encode(credential.response.signature),
      userHandle: encode(credential.response.userHandle),
    },
    extensions: credential.getClientExtensionResults(),
  });
}
