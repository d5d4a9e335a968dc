//! The four roles, in order: each may do what the ones below it may.

use faktur_sql::{DbError, DbResult};

/// A role in one company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads everything of the company.
    Viewer,
    /// Also creates and imports invoices and drafts.
    Maker,
    /// Also acts with effect at the authority: crediting, the SPT's post,
    /// pay, file and amend, a sync round on demand.
    Approver,
    /// Also manages members, API tokens and the database (backup, restore).
    Admin,
}

impl Role {
    /// Every role, lowest first.
    pub const ALL: [Role; 4] = [Role::Viewer, Role::Maker, Role::Approver, Role::Admin];

    /// Its name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Maker => "maker",
            Role::Approver => "approver",
            Role::Admin => "admin",
        }
    }

    /// A role by name.
    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(text.trim()))
    }

    /// A role read from the books.
    pub(super) fn stored(text: &str) -> DbResult<Role> {
        Role::parse(text).ok_or_else(|| DbError::new(format!("unknown role {text:?} in the books")))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
