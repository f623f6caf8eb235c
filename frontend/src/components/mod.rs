//! Pieces more than one page is built from: form fields and the error summary, what every
//! page checks first, and the cards and forms several pages share. No page imports another.

mod access;
mod changes;
mod council;
mod form;
mod goal_cards;
mod goal_forms;
mod invitation_code;
mod page;
mod passkey_name;
mod review_card;
mod review_request;
mod urgent_help;

pub use access::{AccessFacts, EndDate, ScopeChecks, ScopeList, basis_options};
pub use changes::Changes;
pub use council::CouncilContacts;
pub use form::{Check, ErrorSummary, Field, Radios, Select, TextArea, TextField, described_by};
pub use goal_cards::{GoalAbout, GoalCard, Outcome, WishCard};
pub use goal_forms::{GoalForm, WishForm};
pub use invitation_code::CreatedCode;
pub use page::{unless_allowed, use_page_title};
pub use passkey_name::{PasskeyName, PasskeyReadiness};
pub use review_card::ReviewCard;
pub use review_request::RequestForm;
pub use urgent_help::{WithPhoneLinks, tel};
