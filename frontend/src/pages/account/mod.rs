//! Getting in and looking after an account: signing in, an invitation, passkeys, devices,
//! and how the app looks.

mod devices;
mod display_settings;
mod invitation;
mod overview;
mod passkeys;
mod sign_in;

pub use devices::Devices;
pub use display_settings::DisplaySettings;
pub use invitation::Invitation;
pub use overview::Account;
pub use passkeys::Passkeys;
pub use sign_in::SignIn;
