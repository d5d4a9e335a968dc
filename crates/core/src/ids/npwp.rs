//! NPWP: the 15-digit number used until 30 Jun 2024 and the 16-digit number.

use super::{as_str, digits, luhn_valid, DigitsError, Nik, NikError};
use std::fmt;
use std::str::FromStr;

/// Why an NPWP was refused (ETAX-20001 for length, ETAX-20005 for format).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NpwpError {
    /// Wrong characters or length.
    #[error(transparent)]
    Digits(#[from] DigitsError),
    /// The check digit (9th of NPWP15, 10th of NPWP16) does not match.
    #[error("check digit does not match")]
    CheckDigit,
    /// A 16-digit number not starting with 0 must be a valid NIK.
    #[error("not a valid NIK: {0}")]
    Nik(#[from] NikError),
}

/// A 15-digit NPWP, `ST.sss.sss.C-OOO.BBB`, with its Luhn check digit.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Npwp15([u8; 15]);

impl Npwp15 {
    /// The "NPWP 000" used for buyers without an NPWP in the e-Faktur era.
    pub const ZERO: Npwp15 = Npwp15([b'0'; 15]);

    /// Parses any printed form (`01.312.166.0-091.000`, `013121660091000`, …).
    pub fn parse(text: &str) -> Result<Self, NpwpError> {
        let value: [u8; 15] = digits(text)?;
        if !luhn_valid(&value[..9]) {
            return Err(NpwpError::CheckDigit);
        }
        Ok(Npwp15(value))
    }

    /// The 15 bare digits, as stored and as written in CSV and XML files.
    pub fn digits(&self) -> &str {
        as_str(&self.0)
    }

    /// The printed form `01.312.166.0-091.000`.
    pub fn printed(&self) -> String {
        let d = self.digits();
        format!(
            "{}.{}.{}.{}-{}.{}",
            &d[0..2],
            &d[2..5],
            &d[5..8],
            &d[8..9],
            &d[9..12],
            &d[12..15]
        )
    }

    /// True for `000000000000000`.
    pub fn is_zero(&self) -> bool {
        *self == Self::ZERO
    }

    /// The KPP (tax office) code, digits 10–12.
    pub fn kpp(&self) -> &str {
        &self.digits()[9..12]
    }

    /// The branch code, digits 13–15; `000` is the head office.
    pub fn branch(&self) -> &str {
        &self.digits()[12..15]
    }

    /// The 16-digit form: the 15 digits prefixed with `0` (PMK 112/2022).
    pub fn to_npwp16(&self) -> Npwp16 {
        let mut out = [b'0'; 16];
        out[1..].copy_from_slice(&self.0);
        Npwp16(out)
    }
}

impl fmt::Display for Npwp15 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

impl fmt::Debug for Npwp15 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Npwp15({})", self.digits())
    }
}

impl FromStr for Npwp15 {
    type Err = NpwpError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// What a 16-digit NPWP stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Npwp16Kind {
    /// `0` + an NPWP15: entities, government, non-resident individuals.
    Entity,
    /// A NIK used as NPWP by a resident individual.
    Individual,
    /// `0000000000000000`: no NPWP (Coretax era, with another document).
    Zero,
}

/// A 16-digit NPWP: `0` + NPWP15 (with its check digit) or a NIK.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Npwp16([u8; 16]);

impl Npwp16 {
    /// The 16 zeros written for buyers identified by another document.
    pub const ZERO: Npwp16 = Npwp16([b'0'; 16]);

    /// Parses any printed form. A number starting with `0` must pass the Luhn
    /// check over its first 10 digits (it is `0` + an NPWP15). Any other number
    /// is a NIK used as NPWP; its structure is checked separately by
    /// [`Npwp16::nik`], because the NIK layout is an observed convention rather
    /// than a published check, and refusing a real number would block a sale.
    pub fn parse(text: &str) -> Result<Self, NpwpError> {
        let value: [u8; 16] = digits(text)?;
        if value[0] == b'0' && !luhn_valid(&value[..10]) {
            return Err(NpwpError::CheckDigit);
        }
        Ok(Npwp16(value))
    }

    /// For an individual's number, the NIK it stands for, if its structure is
    /// valid.
    pub fn nik(&self) -> Option<Result<Nik, NikError>> {
        (self.kind() == Npwp16Kind::Individual).then(|| Nik::parse(self.digits()))
    }

    /// Accepts an NPWP15 or an NPWP16 and gives the 16-digit form.
    pub fn parse_any(text: &str) -> Result<Self, NpwpError> {
        let bare = super::strip_separators(text);
        if bare.len() == 15 {
            Npwp15::parse(&bare).map(|n| n.to_npwp16())
        } else {
            Self::parse(&bare)
        }
    }

    /// The 16 bare digits.
    pub fn digits(&self) -> &str {
        as_str(&self.0)
    }

    /// What the number stands for.
    pub fn kind(&self) -> Npwp16Kind {
        if *self == Self::ZERO {
            Npwp16Kind::Zero
        } else if self.0[0] == b'0' {
            Npwp16Kind::Entity
        } else {
            Npwp16Kind::Individual
        }
    }

    /// True for 16 zeros.
    pub fn is_zero(&self) -> bool {
        *self == Self::ZERO
    }

    /// The NPWP15 inside an entity number (`0` + 15 digits).
    pub fn to_npwp15(&self) -> Option<Npwp15> {
        if self.0[0] != b'0' {
            return None;
        }
        let mut out = [0u8; 15];
        out.copy_from_slice(&self.0[1..]);
        Some(Npwp15(out))
    }
}

impl fmt::Display for Npwp16 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.digits())
    }
}

impl fmt::Debug for Npwp16 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Npwp16({})", self.digits())
    }
}

impl FromStr for Npwp16 {
    type Err = NpwpError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}
