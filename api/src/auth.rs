//! Signing in with passkeys: invitations, WebAuthn ceremonies, sessions.
//!
//! WebAuthn options and credentials cross as JSON, exactly as the browser's
//! `navigator.credentials` API and webauthn-rs write them.

use serde::{Deserialize, Serialize};

use crate::staff::StaffRole;

/// The first step of any passkey ceremony: what to hand to the browser, and the id that
/// finishes it (the state itself stays on the server).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CeremonyStart {
    pub ceremony: String,
    pub options: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RedeemInvitation {
    /// As the person typed or pasted it: case, spaces and dashes do not matter.
    pub code: String,
    /// What the person calls the new passkey ("my phone"); checked before the phone is
    /// asked to make it.
    pub passkey_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NewPasskey {
    pub passkey_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FinishRegistration {
    pub ceremony: String,
    pub credential: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FinishSignIn {
    pub ceremony: String,
    pub credential: serde_json::Value,
}

pub const PASSKEY_NAME_MAX: usize = 60;

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Me {
    pub name: String,
    pub role: Role,
    /// Passkeys on the account other than the one just registered: after a recovery,
    /// the app offers to remove them.
    pub other_passkeys: u32,
    /// The language they chose, used for their email too.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub display: Display,
}

/// How the app looks for someone: kept on their account, so it follows them to any phone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Display {
    /// Percent of the usual text size: 100 to 200, in steps of 25.
    pub text_size: TextSize,
    pub high_contrast: bool,
    pub theme: Theme,
    /// No animation or smooth scrolling, whatever the phone's own setting.
    pub reduce_motion: bool,
}

impl Display {
    /// The cookie that tells the server how to draw the first page: `125.dark.1.0`.
    pub const COOKIE: &str = "ourplan-display";

    /// The attributes on `<html>` the style sheet follows, the same on the server's page
    /// and in the app.
    pub fn attributes(&self) -> [(&'static str, String); 4] {
        [
            ("data-text-size", self.text_size.percent().to_string()),
            ("data-theme", self.theme.as_str().to_owned()),
            (
                "data-contrast",
                (if self.high_contrast { "high" } else { "normal" }).to_owned(),
            ),
            (
                "data-motion",
                (if self.reduce_motion { "reduce" } else { "system" }).to_owned(),
            ),
        ]
    }

    pub fn to_cookie_value(&self) -> String {
        format!(
            "{}.{}.{}.{}",
            self.text_size.percent(),
            self.theme.as_str(),
            u8::from(self.high_contrast),
            u8::from(self.reduce_motion)
        )
    }

    /// `None` for anything but what `to_cookie_value` writes.
    pub fn from_cookie_value(value: &str) -> Option<Self> {
        let mut parts = value.split('.');
        let text_size = TextSize::try_from(parts.next()?.parse::<u16>().ok()?).ok()?;
        let theme = match parts.next()? {
            "system" => Theme::System,
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => return None,
        };
        let flag = |part: Option<&str>| match part {
            Some("1") => Some(true),
            Some("0") => Some(false),
            _ => None,
        };
        let high_contrast = flag(parts.next())?;
        let reduce_motion = flag(parts.next())?;
        parts.next().is_none().then_some(Self {
            text_size,
            high_contrast,
            theme,
            reduce_motion,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(try_from = "u16", into = "u16")]
pub struct TextSize(u16);

impl TextSize {
    pub const SIZES: [u16; 5] = [100, 125, 150, 175, 200];

    pub fn percent(self) -> u16 {
        self.0
    }
}

impl Default for TextSize {
    fn default() -> Self {
        Self(100)
    }
}

impl TryFrom<u16> for TextSize {
    type Error = String;
    fn try_from(percent: u16) -> Result<Self, Self::Error> {
        if Self::SIZES.contains(&percent) {
            Ok(Self(percent))
        } else {
            Err(format!("text size {percent}% is not one of {:?}", Self::SIZES))
        }
    }
}

impl From<TextSize> for u16 {
    fn from(size: TextSize) -> Self {
        size.0
    }
}

/// Light or dark: as the phone is set (the default), or always one of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

/// `PUT /api/v1/me/language`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChooseLanguage {
    pub language: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Someone with a plan of their own: a person who draws on care, or a carer.
    Person,
    Staff(StaffRole),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PasskeyInfo {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionInfo {
    pub id: String,
    /// "Chrome", or empty when the browser did not say.
    pub browser: String,
    /// "Android", or empty.
    pub system: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The session this request came from.
    pub current: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// A first passkey for someone new.
    Register,
    /// A new passkey for someone who lost theirs, after staff checked who they are.
    Recovery,
}

/// Whom a member of staff invites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Invitee {
    /// A person, or a carer (carers are people too), by their record's id.
    Person(String),
    Staff(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NewInvitation {
    pub invitee: Invitee,
    pub purpose: Purpose,
    /// How the member of staff made sure who they were: needed for a recovery.
    #[serde(default)]
    pub identity_check: Option<IdentityCheck>,
}

/// How a member of staff made sure someone was who they said before giving them a
/// recovery code: kept with the invitation and in the audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum IdentityCheck {
    /// Met them, and knew them or saw proof of who they are.
    InPerson,
    /// Saw and knew them on a video call.
    VideoCall,
    /// Called them back on the phone number the council already held.
    CalledBack,
}

impl IdentityCheck {
    pub const ALL: [Self; 3] = [Self::InPerson, Self::VideoCall, Self::CalledBack];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InPerson => "in_person",
            Self::VideoCall => "video_call",
            Self::CalledBack => "called_back",
        }
    }
}

/// A change to how someone signs in, as they see it on their passkeys page: so that a
/// passkey added or a device signed out by someone else does not go unnoticed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SignInChange {
    pub at: i64,
    pub kind: SignInChangeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SignInChangeKind {
    /// The first passkey, from an invitation.
    Registered,
    /// A new passkey from a recovery code; every other device was signed out.
    Recovered,
    PasskeyAdded,
    PasskeyRemoved,
    /// A device was signed out from another one.
    SessionEnded,
}

impl SignInChangeKind {
    pub const ALL: [Self; 5] = [
        Self::Registered,
        Self::Recovered,
        Self::PasskeyAdded,
        Self::PasskeyRemoved,
        Self::SessionEnded,
    ];

    /// The audit action that records it.
    pub fn action(self) -> &'static str {
        match self {
            Self::Registered => "passkey_registered",
            Self::Recovered => "recovery_redeemed",
            Self::PasskeyAdded => "passkey_added",
            Self::PasskeyRemoved => "passkey_removed",
            Self::SessionEnded => "session_ended",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InvitationCreated {
    pub id: String,
    /// Shown once, to read to the person or send them; only its hash is kept.
    pub code: String,
    pub expires_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvitationStatus {
    Pending,
    Used,
    Expired,
    Revoked,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InvitationInfo {
    pub id: String,
    pub invitee_name: String,
    pub purpose: Purpose,
    pub status: InvitationStatus,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Someone a member of staff may invite: a person on their caseload, a carer of one, or
/// (for managers and admins) a colleague.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Invitable {
    pub invitee: Invitee,
    pub name: String,
    pub relationship: Relationship,
    pub has_account: bool,
}

/// How an invitable someone relates to the member of staff's work, to tell people apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Relationship {
    OnCaseload,
    CarerOf { name: String },
    Colleague { role: StaffRole },
}

/// Demo mode only: an account to look around as, without a passkey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DemoAccount {
    pub account_id: String,
    pub name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DemoSignIn {
    pub account_id: String,
}
