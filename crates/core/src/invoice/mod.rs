//! Invoices: the draft, the VAT engine that computes it, and its validation.

mod engine;
mod model;
mod validate;

pub use engine::{compute, Computation, ComputeError, LineAmounts, Totals};
pub use model::{Draft, Kind, Line, Party};
pub use validate::{calculate, validate, Calculation, Context};

#[cfg(test)]
mod tests;
