//! OpenFaktur's domain core: tax identifiers, invoice numbers, the VAT engine
//! of both eras, validation and the error catalogue.
//!
//! Architecture invariant: this crate does no I/O. It depends on `rust_decimal`,
//! `time` and `thiserror` only, never on async runtimes, databases, HTTP or
//! serialization frameworks; wire formats live in other crates and convert into
//! the types defined here. Money is exact decimal: binary floating point is
//! banned by lint.

#![deny(clippy::float_arithmetic, clippy::cast_precision_loss)]

pub mod catalogue;
pub mod codes;
pub mod decimal;
pub mod finding;
pub mod ids;
pub mod invoice;
pub mod lang;
pub mod number;
pub mod regime;
pub mod rounding;
pub mod spt;

pub use finding::{Finding, Severity};
pub use lang::Lang;
