//! One module per page.

mod accessibility;
mod home;
mod not_found;

pub use accessibility::Accessibility;
pub use home::Home;
pub use not_found::NotFound;
