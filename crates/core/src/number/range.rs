//! e-Nofa NSFP ranges and sequential allocation (e-Faktur era).
//!
//! Rules (invoices.md §2.3): a range's first and last numbers share prefix and
//! year; first ≤ last; last − first ≤ 10,000; ranges never overlap; numbers are
//! handed out in order; a number given back is pushed back into the pool.

use super::Nsfp;
use std::collections::BTreeMap;

/// Why a range operation was refused, with the catalogue code it maps to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    /// First and last differ in prefix or year.
    #[error("first and last NSFP must share prefix and year ({0} vs {1})")]
    DifferentBlock(Nsfp, Nsfp),
    /// Last is before first.
    #[error("range ends ({1}) before it starts ({0})")]
    Reversed(Nsfp, Nsfp),
    /// More than 10,000 numbers apart.
    #[error("range {0}–{1} is larger than allowed (last − first ≤ 10000)")]
    TooLarge(Nsfp, Nsfp),
    /// Overlaps a registered range (ETAX-20016).
    #[error("range {0}–{1} overlaps a registered range")]
    Overlap(Nsfp, Nsfp),
    /// The number is in no registered range (ETAX-20017).
    #[error("{0} is not in any registered range")]
    OutsideRanges(Nsfp),
    /// No free number is left for that year (ETAX-20018).
    #[error("no NSFP left for year 20{0:02}: record a new range from e-Nofa")]
    Exhausted(u8),
    /// The number was already used (ETAX-20002).
    #[error("{0} is already used")]
    AlreadyUsed(Nsfp),
    /// Giving back a number that was never taken.
    #[error("{0} was not taken, so it cannot be given back")]
    NotTaken(Nsfp),
}

impl RangeError {
    /// The catalogue code of this refusal.
    pub fn code(&self) -> &'static str {
        match self {
            RangeError::DifferentBlock(..)
            | RangeError::Reversed(..)
            | RangeError::TooLarge(..) => crate::finding::codes::NSFP_RANGE_INVALID,
            RangeError::Overlap(..) => "ETAX-20016",
            RangeError::OutsideRanges(..) => "ETAX-20017",
            RangeError::Exhausted(..) => "ETAX-20018",
            RangeError::AlreadyUsed(..) => "ETAX-20002",
            RangeError::NotTaken(..) => crate::finding::codes::NSFP_NOT_TAKEN,
        }
    }
}

/// A validated NSFP range, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NsfpRange {
    first: Nsfp,
    last: Nsfp,
}

impl NsfpRange {
    /// The largest allowed `last − first`.
    pub const MAX_SPAN: u64 = 10_000;

    /// Checks the range rules.
    pub fn new(first: Nsfp, last: Nsfp) -> Result<Self, RangeError> {
        if first.block() != last.block() {
            return Err(RangeError::DifferentBlock(first, last));
        }
        if last < first {
            return Err(RangeError::Reversed(first, last));
        }
        if last.value() - first.value() > Self::MAX_SPAN {
            return Err(RangeError::TooLarge(first, last));
        }
        Ok(NsfpRange { first, last })
    }

    /// First number.
    pub fn first(&self) -> Nsfp {
        self.first
    }

    /// Last number.
    pub fn last(&self) -> Nsfp {
        self.last
    }

    /// How many numbers it holds.
    pub fn len(&self) -> u64 {
        self.last.value() - self.first.value() + 1
    }

    /// Never true: a range holds at least one number.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// True when `nsfp` is inside.
    pub fn contains(&self, nsfp: Nsfp) -> bool {
        self.first <= nsfp && nsfp <= self.last
    }

    fn overlaps(&self, other: &NsfpRange) -> bool {
        self.first <= other.last && other.first <= self.last
    }
}

/// The NSFP ranges of one company and which numbers are still free.
#[derive(Debug, Clone, Default)]
pub struct NsfpPool {
    ranges: Vec<NsfpRange>,
    /// Free numbers as disjoint intervals: start → end (inclusive).
    free: BTreeMap<u64, u64>,
}

impl NsfpPool {
    /// An empty pool.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a range from e-Nofa; all its numbers become free.
    pub fn register(&mut self, range: NsfpRange) -> Result<(), RangeError> {
        if self.ranges.iter().any(|r| r.overlaps(&range)) {
            return Err(RangeError::Overlap(range.first, range.last));
        }
        self.ranges.push(range);
        self.insert_free(range.first.value(), range.last.value());
        Ok(())
    }

    /// The registered ranges.
    pub fn ranges(&self) -> &[NsfpRange] {
        &self.ranges
    }

    /// Takes the lowest free number of a range for the two-digit `year2`.
    pub fn allocate(&mut self, year2: u8) -> Result<Nsfp, RangeError> {
        let found = self
            .free
            .iter()
            .map(|(&start, _)| start)
            .find(|&start| Nsfp::from_value(start).is_some_and(|n| n.year2() == year2));
        let start = found.ok_or(RangeError::Exhausted(year2))?;
        self.remove_free(start);
        Nsfp::from_value(start).ok_or(RangeError::Exhausted(year2))
    }

    /// Takes a specific number, e.g. one typed in by the user.
    pub fn take(&mut self, nsfp: Nsfp) -> Result<(), RangeError> {
        if !self.ranges.iter().any(|r| r.contains(nsfp)) {
            return Err(RangeError::OutsideRanges(nsfp));
        }
        if !self.is_free(nsfp) {
            return Err(RangeError::AlreadyUsed(nsfp));
        }
        self.remove_free(nsfp.value());
        Ok(())
    }

    /// Gives an unused number back to the pool.
    pub fn release(&mut self, nsfp: Nsfp) -> Result<(), RangeError> {
        if !self.ranges.iter().any(|r| r.contains(nsfp)) {
            return Err(RangeError::OutsideRanges(nsfp));
        }
        if self.is_free(nsfp) {
            return Err(RangeError::NotTaken(nsfp));
        }
        self.insert_free(nsfp.value(), nsfp.value());
        Ok(())
    }

    /// True when `nsfp` is registered and not yet taken.
    pub fn is_free(&self, nsfp: Nsfp) -> bool {
        let value = nsfp.value();
        self.free
            .range(..=value)
            .next_back()
            .is_some_and(|(_, &end)| value <= end)
    }

    /// How many numbers are still free.
    pub fn remaining(&self) -> u64 {
        self.free.iter().map(|(start, end)| end - start + 1).sum()
    }

    /// The free numbers as inclusive intervals, lowest first: what must be
    /// reported back with the December return.
    pub fn free_intervals(&self) -> impl Iterator<Item = (Nsfp, Nsfp)> + '_ {
        self.free
            .iter()
            .filter_map(|(&start, &end)| Some((Nsfp::from_value(start)?, Nsfp::from_value(end)?)))
    }

    fn remove_free(&mut self, value: u64) {
        let Some((&start, &end)) = self.free.range(..=value).next_back() else {
            return;
        };
        if value > end {
            return;
        }
        self.free.remove(&start);
        if start < value {
            self.free.insert(start, value - 1);
        }
        if value < end {
            self.free.insert(value + 1, end);
        }
    }

    fn insert_free(&mut self, mut start: u64, mut end: u64) {
        // Merge with a neighbour ending right before, and one starting right after.
        if let Some((&prev_start, &prev_end)) = self.free.range(..start).next_back() {
            if prev_end + 1 == start {
                self.free.remove(&prev_start);
                start = prev_start;
            }
        }
        if let Some(&next_end) = self.free.get(&(end + 1)) {
            self.free.remove(&(end + 1));
            end = next_end;
        }
        self.free.insert(start, end);
    }
}
