//! Cell-by-cell checks shared by the header-only rows (FM, RK, RM, DK, DM):
//! each check reports its problem at its column and reading goes on, so a
//! row gets every problem at once.

use super::map::{bare_nsfp, kode};
use super::Record;
use crate::RowError;

/// Collects the problems of one row.
pub(crate) struct Cells<'a> {
    pub record: &'a Record,
    pub errors: Vec<RowError>,
}

/// Months since year 0, so that masa can be compared and counted.
pub(crate) fn month_index(year: i32, month: i32) -> i32 {
    year * 12 + month - 1
}

/// The month index of an ISO date (`YYYY-MM-DD`).
pub(crate) fn month_of(iso: &str) -> i32 {
    month_index(
        iso.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0),
        iso.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0),
    )
}

impl<'a> Cells<'a> {
    pub fn new(record: &'a Record) -> Self {
        Cells {
            record,
            errors: Vec::new(),
        }
    }

    pub fn error(&mut self, column: usize, code: &'static str, detail: impl Into<String>) {
        self.errors
            .push(RowError::new(self.record.line, column, code, detail));
    }

    /// The cell, trimmed.
    pub fn text(&self, column: usize) -> String {
        self.record.cell(column).trim().to_string()
    }

    /// A `0`/`1` flag (`ETAX-20004` otherwise).
    pub fn flag(&mut self, column: usize, name: &str) -> bool {
        match self.record.cell(column).trim() {
            "1" => true,
            "0" => false,
            other => {
                self.error(column, "ETAX-20004", format!("{name} {other:?}: 0 or 1"));
                false
            }
        }
    }

    /// `KD_JENIS_TRANSAKSI` as two digits, checked against the code table.
    pub fn kode(&mut self, column: usize) -> String {
        let kode = kode(self.record.cell(column));
        if faktur_core::codes::TrxCode::parse(&kode).is_err() {
            self.error(column, "ETAX-20004", format!("KD_JENIS_TRANSAKSI {kode:?}"));
        }
        kode
    }

    /// A 13-digit NSFP, printed separators removed.
    pub fn nsfp(&mut self, column: usize) -> String {
        let nsfp = bare_nsfp(self.record.cell(column));
        if nsfp.len() != 13 || !nsfp.bytes().all(|b| b.is_ascii_digit()) {
            self.error(
                column,
                "ETAX-20004",
                format!("NOMOR_FAKTUR {nsfp:?}: 13 digits"),
            );
        }
        nsfp
    }

    /// A real calendar day written `D/M/YYYY`, as `YYYY-MM-DD`
    /// (`ETAX-20006` otherwise).
    pub fn date(&mut self, column: usize) -> Option<String> {
        let cell = self.record.cell(column);
        let date = super::map::iso_date(cell).filter(|iso| {
            let (y, m, d) = (
                iso[..4].parse().ok(),
                iso[5..7].parse::<u8>().ok(),
                iso[8..].parse().ok(),
            );
            match (y, m.and_then(|m| time::Month::try_from(m).ok()), d) {
                (Some(y), Some(m), Some(d)) => time::Date::from_calendar_date(y, m, d).is_ok(),
                _ => false,
            }
        });
        if date.is_none() {
            self.error(column, "ETAX-20006", format!("{cell:?}: D/M/YYYY"));
        }
        date
    }

    /// A masa from its month and year cells, as (year, month).
    pub fn masa(&mut self, month_column: usize, year_column: usize) -> Option<(i32, i32)> {
        let month = self
            .record
            .cell(month_column)
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|m| (1..=12).contains(m));
        let year = self
            .record
            .cell(year_column)
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..=2100).contains(y));
        if month.is_none() {
            let cell = self.record.cell(month_column);
            self.error(month_column, "ETAX-20004", format!("MASA_PAJAK {cell:?}"));
        }
        if year.is_none() {
            let cell = self.record.cell(year_column);
            self.error(year_column, "ETAX-20004", format!("TAHUN_PAJAK {cell:?}"));
        }
        Some((year?, month?))
    }

    /// A 15-digit NPWP with a valid check digit; zeros only when
    /// `zero_allowed` (a counterparty without NPWP). Returned bare.
    pub fn npwp(&mut self, column: usize, zero_allowed: bool) -> String {
        let cell = self.record.cell(column).trim();
        match faktur_core::ids::Npwp15::parse(cell) {
            Ok(npwp) if zero_allowed || !npwp.is_zero() => {
                cell.chars().filter(char::is_ascii_digit).collect()
            }
            _ => {
                self.error(column, "ETAX-20005", format!("{cell:?}"));
                String::new()
            }
        }
    }

    /// A cell that must not be empty (`code` otherwise).
    pub fn required(&mut self, column: usize, name: &str, code: &'static str) -> String {
        let text = self.text(column);
        if text.is_empty() {
            self.error(column, code, format!("{name} is empty"));
        }
        text
    }

    /// The value when no problem was found, else every problem.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Vec<RowError>> {
        if self.errors.is_empty() {
            Ok(value())
        } else {
            Err(self.errors)
        }
    }
}

/// `D/M/YYYY` of an ISO date (the inverse of the date check).
pub(crate) fn efaktur_date(iso: &str) -> String {
    format!(
        "{}/{}/{}",
        iso.get(8..10).unwrap_or("").trim_start_matches('0'),
        iso.get(5..7).unwrap_or("").trim_start_matches('0'),
        iso.get(..4).unwrap_or("")
    )
}

/// Month and year cells of a `YYYY-MM` masa.
pub(crate) fn masa_cells(masa: &str) -> (String, String) {
    let (year, month) = masa.split_once('-').unwrap_or(("", ""));
    (month.trim_start_matches('0').to_string(), year.to_string())
}
