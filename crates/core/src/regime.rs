//! The VAT regimes: which rate and which tax base apply on which date.
//!
//! This is a data table. Each row names its legal basis; rows whose facts are
//! uncertain say so in `docs/rules.md`, and changing a rule means changing a
//! row here, not the engine.

use time::{macros::date, Date};

/// The two eras of the arithmetic, which differ in rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Era {
    /// Until 31 Dec 2024: whole rupiah, rounded down; header totals are the
    /// floor of the exact sum and lines are allocated to tie to them.
    Efaktur,
    /// From 1 Jan 2025: line amounts at two decimals, half-up, each tax from
    /// the rounded base; totals are the sums of the lines.
    Coretax,
}

impl Era {
    /// `efaktur` or `coretax`.
    pub fn as_str(self) -> &'static str {
        match self {
            Era::Efaktur => "efaktur",
            Era::Coretax => "coretax",
        }
    }

    /// Decimals of every computed amount: 0 (whole rupiah) or 2.
    pub fn amount_scale(self) -> u32 {
        match self {
            Era::Efaktur => 0,
            Era::Coretax => 2,
        }
    }
}

/// The share of the tax base that VAT is charged on (DPP Nilai Lain).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BaseRatio {
    /// Numerator, e.g. 11.
    pub num: u32,
    /// Denominator, e.g. 12.
    pub den: u32,
}

impl BaseRatio {
    /// The full base.
    pub const FULL: BaseRatio = BaseRatio { num: 1, den: 1 };
    /// DPP Nilai Lain of PMK 131/2024.
    pub const ELEVEN_TWELFTHS: BaseRatio = BaseRatio { num: 11, den: 12 };

    /// True for the full base.
    pub fn is_full(self) -> bool {
        self.num == self.den
    }
}

/// Base and rate for one kind of line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRule {
    /// The share of the tax base VAT is charged on.
    pub base: BaseRatio,
    /// The VAT rate in percent.
    pub rate: u32,
}

/// One row of the regime table.
#[derive(Debug, PartialEq, Eq)]
pub struct Regime {
    /// A short stable name, shown with each computed invoice.
    pub name: &'static str,
    /// First day (inclusive).
    pub from: Date,
    /// Last day (inclusive).
    pub until: Date,
    /// Rounding era.
    pub era: Era,
    /// Rule for goods and services that are not luxury goods.
    pub non_luxury: LineRule,
    /// Rule for luxury goods (subject to PPnBM, motor vehicles, …).
    pub luxury: LineRule,
    /// Rates a non-luxury line may state instead, on the full base, without
    /// being wrong (PER-1/PJ/2025 accepted 11 % × price in Q1 2025).
    pub full_base_alternatives: &'static [u32],
    /// Legal basis.
    pub source: &'static str,
}

impl Regime {
    /// The rule for a line.
    pub fn rule(&self, luxury: bool) -> LineRule {
        if luxury {
            self.luxury
        } else {
            self.non_luxury
        }
    }
}

const FULL_10: LineRule = LineRule {
    base: BaseRatio::FULL,
    rate: 10,
};
const FULL_11: LineRule = LineRule {
    base: BaseRatio::FULL,
    rate: 11,
};
const FULL_12: LineRule = LineRule {
    base: BaseRatio::FULL,
    rate: 12,
};
const NILAI_LAIN_12: LineRule = LineRule {
    base: BaseRatio::ELEVEN_TWELFTHS,
    rate: 12,
};

/// The regimes in date order, without gaps.
pub static REGIMES: [Regime; 5] = [
    Regime {
        name: "ppn-10",
        from: date!(2013 - 04 - 01),
        until: date!(2022 - 03 - 31),
        era: Era::Efaktur,
        non_luxury: FULL_10,
        luxury: FULL_10,
        full_base_alternatives: &[],
        source: "UU PPN art. 7 (10 %); PER-24/PJ/2012 numbering from 1 Apr 2013",
    },
    Regime {
        name: "ppn-11",
        from: date!(2022 - 04 - 01),
        until: date!(2024 - 12 - 31),
        era: Era::Efaktur,
        non_luxury: FULL_11,
        luxury: FULL_11,
        full_base_alternatives: &[],
        source: "UU 7/2021 (HPP): 11 % from 1 Apr 2022",
    },
    Regime {
        name: "pmk131-jan2025",
        from: date!(2025 - 01 - 01),
        until: date!(2025 - 01 - 31),
        era: Era::Coretax,
        non_luxury: NILAI_LAIN_12,
        // Luxury goods transition month: 12 % × 11/12.
        luxury: NILAI_LAIN_12,
        full_base_alternatives: &[11],
        source: "PMK 131/2024 art. 2–3 and its January 2025 luxury transition; PER-1/PJ/2025",
    },
    Regime {
        name: "pmk131-per1-transition",
        from: date!(2025 - 02 - 01),
        until: date!(2025 - 03 - 31),
        era: Era::Coretax,
        non_luxury: NILAI_LAIN_12,
        luxury: FULL_12,
        full_base_alternatives: &[11],
        source: "PMK 131/2024; PER-1/PJ/2025 transition (11 % × price accepted until 31 Mar 2025)",
    },
    Regime {
        name: "pmk131",
        from: date!(2025 - 04 - 01),
        until: Date::MAX,
        era: Era::Coretax,
        non_luxury: NILAI_LAIN_12,
        luxury: FULL_12,
        full_base_alternatives: &[],
        source: "PMK 131/2024: 12 % × 11/12 for non-luxury, 12 % × price for luxury goods",
    },
];

/// The regime in force on `date`, if the table covers it.
pub fn regime_on(date: Date) -> Option<&'static Regime> {
    REGIMES.iter().find(|r| r.from <= date && date <= r.until)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_ordered_without_gaps() {
        for pair in REGIMES.windows(2) {
            assert_eq!(
                pair[0].until.next_day(),
                Some(pair[1].from),
                "{} → {}",
                pair[0].name,
                pair[1].name
            );
        }
        assert_eq!(REGIMES.last().map(|r| r.until), Some(Date::MAX));
    }

    #[test]
    fn rate_timeline_of_the_spec() {
        let rate = |d: Date, luxury: bool| regime_on(d).map(|r| r.rule(luxury));
        assert_eq!(rate(date!(2022 - 03 - 31), false), Some(FULL_10));
        assert_eq!(rate(date!(2022 - 04 - 01), false), Some(FULL_11));
        assert_eq!(rate(date!(2024 - 12 - 31), true), Some(FULL_11));
        assert_eq!(rate(date!(2025 - 01 - 01), false), Some(NILAI_LAIN_12));
        assert_eq!(rate(date!(2025 - 01 - 31), true), Some(NILAI_LAIN_12));
        assert_eq!(rate(date!(2025 - 02 - 01), true), Some(FULL_12));
        assert_eq!(rate(date!(2030 - 06 - 01), false), Some(NILAI_LAIN_12));
        assert!(regime_on(date!(2013 - 03 - 31)).is_none());
        assert_eq!(
            regime_on(date!(2024 - 12 - 31)).map(|r| r.era),
            Some(Era::Efaktur)
        );
        assert_eq!(
            regime_on(date!(2025 - 01 - 01)).map(|r| r.era),
            Some(Era::Coretax)
        );
    }
}
