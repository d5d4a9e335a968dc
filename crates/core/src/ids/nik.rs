//! NIK: the 16-digit civil identity number `PPRRSSDDMMYYXXXX` (no check digit).

use super::{as_str, digits, DigitsError};
use std::fmt;

/// Why a NIK was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NikError {
    /// Wrong characters or length.
    #[error(transparent)]
    Digits(#[from] DigitsError),
    /// Province, regency or district code is zero, or the province is not in
    /// the 11–99 range.
    #[error("region code {0} is not valid")]
    Region(String),
    /// Day (1–31, or 41–71 for women) or month (1–12) of birth out of range.
    #[error("birth date {0} is not valid")]
    BirthDate(String),
    /// The four-digit serial is 0000.
    #[error("serial 0000 is not valid")]
    Serial,
}

/// A structurally valid NIK.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nik([u8; 16]);

impl Nik {
    /// Parses and checks the structure: region codes, birth day and month
    /// (women have 40 added to the day), and a non-zero serial.
    pub fn parse(text: &str) -> Result<Self, NikError> {
        let value: [u8; 16] = digits(text)?;
        let s = as_str(&value);
        let number = |range: std::ops::Range<usize>| s[range].parse::<u32>().unwrap_or(0);
        let province = number(0..2);
        if !(11..=99).contains(&province) || number(2..4) == 0 || number(4..6) == 0 {
            return Err(NikError::Region(s[0..6].to_string()));
        }
        let day = number(6..8);
        let day = if day > 40 { day - 40 } else { day };
        let month = number(8..10);
        let max_day = match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        if day == 0 || day > max_day {
            return Err(NikError::BirthDate(s[6..12].to_string()));
        }
        if number(12..16) == 0 {
            return Err(NikError::Serial);
        }
        Ok(Nik(value))
    }

    /// The 16 digits.
    pub fn digits(&self) -> &str {
        as_str(&self.0)
    }

    /// True when the birth day carries the +40 of a woman's NIK.
    pub fn is_female(&self) -> bool {
        self.digits()[6..8].parse::<u32>().unwrap_or(0) > 40
    }
}

impl fmt::Display for Nik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.digits())
    }
}

impl fmt::Debug for Nik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A NIK is personal data: show only its region part in debug output.
        write!(f, "Nik({}**********)", &self.digits()[..6])
    }
}
