//! Goods/services codes (`Code` in Coretax XML): six digits in two namespaces
//! chosen by `Opt` (formats.md §3.5).
//!
//! OpenFaktur does not ship DJP's full reference list yet, so the check is
//! structural: six digits; goods codes follow HS chapters 01–97 (plus the
//! construction block 89xx); service codes start with a group 01–31. `000000`
//! is the generic code in both namespaces.

use std::fmt;

/// Goods (`A`) or services (`B`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Opt {
    /// Barang.
    #[default]
    Goods,
    /// Jasa.
    Services,
}

impl Opt {
    /// `A` or `B`.
    pub fn as_str(self) -> &'static str {
        match self {
            Opt::Goods => "A",
            Opt::Services => "B",
        }
    }

    /// Parses `A` or `B`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "A" => Some(Opt::Goods),
            "B" => Some(Opt::Services),
            _ => None,
        }
    }
}

impl fmt::Display for Opt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a goods/services code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GoodsCodeError {
    /// Not six digits.
    #[error("must be six digits, got {0:?}")]
    Format(String),
    /// The leading group is outside the namespace of `Opt`.
    #[error("{0} is not a {1} code: its first two digits must be {2}")]
    Group(String, &'static str, &'static str),
}

/// Checks the structure of a goods/services code for its `Opt`.
pub fn check_goods_code(opt: Opt, code: &str) -> Result<(), GoodsCodeError> {
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(GoodsCodeError::Format(code.to_string()));
    }
    if code == "000000" {
        return Ok(());
    }
    let group: u32 = code[..2].parse().unwrap_or(0);
    match opt {
        Opt::Goods if (1..=97).contains(&group) => Ok(()),
        Opt::Goods => Err(GoodsCodeError::Group(code.to_string(), "goods", "01–97")),
        Opt::Services if (1..=31).contains(&group) => Ok(()),
        Opt::Services => Err(GoodsCodeError::Group(code.to_string(), "services", "01–31")),
    }
}
