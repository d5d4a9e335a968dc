//! Strict decimal parsing for amounts, prices, quantities and rates.
//!
//! Users paste numbers from spreadsheets, so the parser is deliberately strict:
//! only `-?digits(.digits)?` is accepted. Thousands separators, decimal commas,
//! exponents, `+` signs and spaces inside the number are refused with a reason,
//! because guessing what `1.500` means is how files get rejected downstream.

use rust_decimal::Decimal;

/// Why a decimal string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecimalError {
    /// The text was empty.
    #[error("empty number")]
    Empty,
    /// A comma appeared: either a thousands separator or a decimal comma.
    #[error("commas are not allowed: write 1500000.50, not 1,500,000.50 or 1500000,50")]
    Comma,
    /// Something other than digits, one point and a leading minus.
    #[error("unexpected character {0:?}: write digits with an optional point, e.g. 1500.25")]
    BadChar(char),
    /// More than one decimal point, or a point without digits around it.
    #[error("malformed decimal point")]
    BadPoint,
    /// More digits than the exact decimal type holds (28 significant digits).
    #[error("too many digits (at most 28)")]
    TooLong,
}

/// Parses `text` as an exact decimal, refusing anything but `-?\d+(\.\d+)?`.
pub fn parse_strict(text: &str) -> Result<Decimal, DecimalError> {
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Err(DecimalError::Empty);
    }
    let (negative, digits) = match bytes[0] {
        b'-' => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() {
        return Err(DecimalError::BadPoint);
    }
    let mut mantissa: i128 = 0;
    let mut scale: u32 = 0;
    let mut seen_point = false;
    let mut significant = 0usize;
    let mut digits_after_point = 0usize;
    for (index, &byte) in digits.iter().enumerate() {
        match byte {
            b'0'..=b'9' => {
                if mantissa != 0 || byte != b'0' {
                    significant += 1;
                }
                if significant > 28 {
                    return Err(DecimalError::TooLong);
                }
                mantissa = mantissa * 10 + i128::from(byte - b'0');
                if seen_point {
                    scale += 1;
                    digits_after_point += 1;
                }
            }
            b'.' => {
                if seen_point || index == 0 {
                    return Err(DecimalError::BadPoint);
                }
                seen_point = true;
            }
            b',' => return Err(DecimalError::Comma),
            _ => {
                let ch = text[text.len() - digits.len() + index..]
                    .chars()
                    .next()
                    .unwrap_or('?');
                return Err(DecimalError::BadChar(ch));
            }
        }
    }
    if seen_point && digits_after_point == 0 {
        return Err(DecimalError::BadPoint);
    }
    if scale > 28 {
        return Err(DecimalError::TooLong);
    }
    let signed = if negative { -mantissa } else { mantissa };
    Decimal::try_from_i128_with_scale(signed, scale).map_err(|_| DecimalError::TooLong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_decimals() {
        for (text, expected) in [
            ("0", "0"),
            ("100000", "100000"),
            ("1.5", "1.5"),
            ("-3.25", "-3.25"),
            ("0.000001", "0.000001"),
            ("007", "7"),
        ] {
            assert_eq!(parse_strict(text).unwrap().to_string(), expected, "{text}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for (text, error) in [
            ("", DecimalError::Empty),
            ("-", DecimalError::BadPoint),
            ("1,500", DecimalError::Comma),
            ("1500,5", DecimalError::Comma),
            ("1.500.000", DecimalError::BadPoint),
            (".5", DecimalError::BadPoint),
            ("5.", DecimalError::BadPoint),
            ("1e5", DecimalError::BadChar('e')),
            ("+5", DecimalError::BadChar('+')),
            (" 5", DecimalError::BadChar(' ')),
            ("Rp5", DecimalError::BadChar('R')),
            ("12345678901234567890123456789", DecimalError::TooLong),
        ] {
            assert_eq!(parse_strict(text), Err(error), "{text:?}");
        }
    }
}
