//! Tax identifiers: NPWP (15 and 16 digits), NIK, NITKU/IDTKU, and the rules
//! for buyers without an NPWP in each era.
//!
//! Every identifier parses from any common printed form (dots, dashes, spaces),
//! is stored as bare digits, and prints back in its official printed form.

mod buyer;
mod nik;
mod nitku;
mod npwp;

pub use buyer::{no_npwp_rule, IdType, NoNpwpRule, CORETAX_START, EFAKTUR_4_0, LAST_NPWP15_DAY};
pub use nik::{Nik, NikError};
pub use nitku::{Nitku, NitkuError};
pub use npwp::{Npwp15, Npwp16, Npwp16Kind, NpwpError};

/// Removes the separators people type into identifiers: `.`, `-`, spaces
/// (including non-breaking ones), `/` and `_`. Anything else is kept so that
/// the digit check can report it.
pub fn strip_separators(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '.' | '-' | ' ' | '\u{a0}' | '\t' | '/' | '_'))
        .collect()
}

/// Copies `text` into a fixed array of ASCII digits, or says what is wrong.
pub(crate) fn digits<const N: usize>(text: &str) -> Result<[u8; N], DigitsError> {
    let bare = strip_separators(text);
    if let Some(bad) = bare.chars().find(|c| !c.is_ascii_digit()) {
        return Err(DigitsError::NotADigit(bad));
    }
    let bytes = bare.as_bytes();
    if bytes.len() != N {
        return Err(DigitsError::Length {
            expected: N,
            found: bytes.len(),
        });
    }
    let mut out = [0u8; N];
    out.copy_from_slice(bytes);
    Ok(out)
}

/// Why a digit string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DigitsError {
    /// A character that is neither a digit nor a separator.
    #[error("unexpected character {0:?}")]
    NotADigit(char),
    /// The wrong number of digits.
    #[error("expected {expected} digits, found {found}")]
    Length {
        /// Digits required.
        expected: usize,
        /// Digits given.
        found: usize,
    },
}

/// The Luhn (mod 10) check over ASCII digits: true when the last digit is the
/// check digit of the ones before it.
pub(crate) fn luhn_valid(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (position, byte) in digits.iter().rev().enumerate() {
        let mut value = u32::from(byte - b'0');
        if position % 2 == 1 {
            value *= 2;
            if value > 9 {
                value -= 9;
            }
        }
        sum += value;
    }
    sum % 10 == 0
}

pub(crate) fn as_str(digits: &[u8]) -> &str {
    // The arrays are only ever filled with ASCII digits by `digits`.
    std::str::from_utf8(digits).unwrap_or_default()
}

#[cfg(test)]
mod tests;
