//! The app's pages, grouped by who reads them. A page imports from `components/`, never from
//! another page.

mod account;
mod carer;
mod person;
mod public;
mod shared;
mod staff;

pub use account::{Account, Devices, DisplaySettings, Invitation, Passkeys, SignIn};
pub use carer::{AskForReviewFor, CaredForGoals, CaredForReviews, CaringFor};
pub use person::{AskForReview, Goals, MyPlans, MyReviews, NotificationList, PeopleWhoHelp, TellCaseworker};
pub use public::{Accessibility, Home as FrontDoor, NotFound};
pub use shared::{CaredForReview, LookedAt, Plan, ReviewPage, Versions};
pub use staff::{
    Caseload, Contributions, DeclineReview, Editor, FailedEmails, Invitations, PersonCarers, PublishCheck,
    RegisterPerson, ReviewQueue, StaffChanges, TeamPage, Todo,
};
