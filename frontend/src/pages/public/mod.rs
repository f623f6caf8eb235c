//! Pages for anyone, signed in or not.

mod accessibility;
mod home;
mod not_found;

pub use accessibility::Accessibility;
pub use home::Home;
pub use not_found::NotFound;
