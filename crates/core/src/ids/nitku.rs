//! NITKU / IDTKU: the 22-digit place-of-business id (NPWP16 + 6-digit suffix).

use super::{as_str, digits, DigitsError, Npwp16, NpwpError};
use std::fmt;

/// Why a NITKU was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NitkuError {
    /// Wrong characters or length (22 digits required).
    #[error(transparent)]
    Digits(#[from] DigitsError),
    /// The first 16 digits are not a valid NPWP16 or NIK.
    #[error("its first 16 digits are not a valid NPWP: {0}")]
    Npwp(#[from] NpwpError),
}

/// A 22-digit NITKU. All zeros is accepted (buyers with no place of business
/// on record, Coretax era).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nitku([u8; 22]);

impl Nitku {
    /// The head-office suffix.
    pub const HEAD_OFFICE: &'static str = "000000";

    /// Parses 22 digits whose first 16 form a valid NPWP16 (or are all zero).
    pub fn parse(text: &str) -> Result<Self, NitkuError> {
        let value: [u8; 22] = digits(text)?;
        let npwp = as_str(&value[..16]);
        if npwp != Npwp16::ZERO.digits() {
            Npwp16::parse(npwp)?;
        }
        Ok(Nitku(value))
    }

    /// The NITKU of a place of business: NPWP16 + suffix (`000000` = head office).
    pub fn of(npwp: &Npwp16, suffix: &str) -> Result<Self, NitkuError> {
        Self::parse(&format!("{}{}", npwp.digits(), suffix))
    }

    /// The 22 digits.
    pub fn digits(&self) -> &str {
        as_str(&self.0)
    }

    /// The NPWP16 part.
    pub fn npwp_digits(&self) -> &str {
        &self.digits()[..16]
    }

    /// The 6-digit place-of-business suffix.
    pub fn suffix(&self) -> &str {
        &self.digits()[16..]
    }
}

impl fmt::Display for Nitku {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.digits())
    }
}

impl fmt::Debug for Nitku {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nitku({})", self.digits())
    }
}
