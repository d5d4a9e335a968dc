//! Engine throughput: invoice lines computed per second on one core.
//!
//! Run with `cargo bench -p faktur-core --bench engine`. It builds a fixed,
//! reproducible set of drafts (3 lines each, both eras, discounts, inclusive
//! prices, luxury lines) and times `compute` and `calculate` (compute plus
//! full validation) over several rounds, printing the median and the spread.
//! The figures go into docs/benchmarks.md.

use faktur_core::codes::{Opt, TrxCode};
use faktur_core::ids::IdType;
use faktur_core::invoice::{calculate, compute, Context, Draft, Kind, Line, Party};
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::{Duration, Instant};
use time::macros::date;

const INVOICES: usize = 100_000;
const LINES_PER_INVOICE: usize = 3;
const ROUNDS: usize = 7;

/// A small deterministic generator (xorshift), so every run measures the
/// same drafts.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn party(tin: &str) -> Party {
    Party {
        tin: Some(tin.to_string()),
        id_type: IdType::Tin,
        country: "IDN".into(),
        name: "PT Contoh Sejahtera".into(),
        address: "Jl. Sudirman No. 1, Jakarta".into(),
        ..Party::default()
    }
}

fn drafts() -> Vec<Draft> {
    let mut rng = Rng(0x005E_ED0F_FAC7_0001);
    let dates = [
        date!(2023 - 06 - 15),
        date!(2024 - 11 - 30),
        date!(2025 - 02 - 14),
        date!(2025 - 09 - 01),
    ];
    (0..INVOICES)
        .map(|i| {
            let date = dates[i % dates.len()];
            let lines = (0..LINES_PER_INVOICE)
                .map(|_| {
                    let price = Decimal::new(
                        i64::try_from(1_000 + rng.below(50_000_000)).unwrap_or(1_000),
                        0,
                    );
                    let qty = Decimal::from(1 + rng.below(20));
                    let discount = if rng.below(4) == 0 {
                        price * qty / Decimal::from(10)
                    } else {
                        Decimal::ZERO
                    };
                    let luxury = rng.below(10) == 0;
                    Line {
                        opt: Opt::Goods,
                        code: "000000".into(),
                        name: "Barang dagangan".into(),
                        unit: "UM.0018".into(),
                        price,
                        qty,
                        discount: discount.round_dp(0),
                        luxury,
                        vat_rate: None,
                        stlg_rate: if luxury {
                            Decimal::from(20)
                        } else {
                            Decimal::ZERO
                        },
                        item_code: None,
                    }
                })
                .collect();
            Draft {
                kind: Kind::Output,
                date,
                trx_code: TrxCode::parse("04").unwrap_or_else(|_| unreachable!()),
                reference: Some(format!("INV/{i}")),
                number: None,
                replaces: None,
                seller: Some(party("0013121660091000")),
                buyer: Some(party("0016090524017000")),
                add_info: None,
                facility_stamp: None,
                custom_doc: None,
                custom_doc_period: None,
                prices_include_vat: i % 5 == 0,
                lines,
            }
        })
        .collect()
}

fn measure(name: &str, drafts: &[Draft], mut work: impl FnMut(&Draft) -> usize) {
    let lines = drafts.len() * LINES_PER_INVOICE;
    let mut rates: Vec<f64> = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let mut checksum = 0usize;
        for draft in drafts {
            checksum = checksum.wrapping_add(work(draft));
        }
        black_box(checksum);
        let elapsed: Duration = start.elapsed();
        rates.push(lines as f64 / elapsed.as_secs_f64());
    }
    rates.sort_by(|a, b| a.total_cmp(b));
    let median = rates[rates.len() / 2];
    println!(
        "{name:<32} median {:>12.0} lines/s   min {:>12.0}   max {:>12.0}   ({ROUNDS} rounds of {lines} lines)",
        median,
        rates[0],
        rates[rates.len() - 1]
    );
}

fn main() {
    let drafts = drafts();
    let context = Context {
        today: Some(date!(2026 - 01 - 01)),
    };
    measure("compute (engine only)", &drafts, |d| {
        compute(d).map(|c| c.lines.len()).unwrap_or(0)
    });
    measure("calculate (engine + validation)", &drafts, |d| {
        calculate(d, &context).findings.len() + 1
    });
}
