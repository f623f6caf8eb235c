//! What anyone may know about this OurPlan service before signing in: which council runs
//! it and how to reach them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ServiceInfo {
    /// None until an administrator sets it with `ourplan council`.
    pub council: Option<Council>,
    /// True when the server runs with made-up demo data (`ourplan demo`).
    pub demo: bool,
}

/// The council that runs this service, as set by its administrators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Council {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub website: String,
}
