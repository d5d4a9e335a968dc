//! Reference tables: kode transaksi, the 07/08 facility codes, units of
//! measure and goods/services codes. Data, not logic: each row cites its source
//! in `docs/rules.md`.

mod facility;
mod goods;
mod trx;
mod units;

pub use facility::{facility_entries, facility_for, FacilityEntry, FacilityError};
pub use goods::{check_goods_code, GoodsCodeError, Opt};
pub use trx::{TrxCode, TrxCodeError, TrxInfo, TRX_CODES};
pub use units::{unit_name, UNITS};

#[cfg(test)]
mod tests;
