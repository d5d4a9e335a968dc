//! Payments and returns at the authority: kode billing, payment with its
//! NTPN, and SPT filing answered with a BPE. The rules are pure functions;
//! the books are the sandbox's database (`store`).

use crate::store::{take_counter, AuthorityDb, Clock, DbResult};
use faktur_core::finding::codes;
use faktur_protocol::{Billing, BillingRequest, SptFiling, SptReceipt};
use faktur_sql::{args, Row, Tx};
use sha2::{Digest, Sha256};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Days a kode billing stays valid when created on `today` (`YYYY-MM-DD`):
/// 7 × 24 h (PER-10/PJ/2024), 14 × 24 h for codes created from 17 December
/// 2025 (PENG-4/PJ/2025).
pub fn validity_days(today: &str) -> i64 {
    if today >= "2025-12-17" {
        14
    } else {
        7
    }
}

/// The 15-digit code of the `n`-th billing: issuer digit 0 (DJP), then the
/// sequence.
pub fn billing_code(n: u64) -> String {
    format!("0{:014}", n % 100_000_000_000_000)
}

/// A 16-character NTPN from 8 random bytes and the sequence: digits and
/// capitals, as MPN issues them.
pub fn ntpn(random: [u8; 8], n: u64) -> String {
    const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut value = u128::from(u64::from_le_bytes(random)) << 32 | u128::from(n as u32);
    let mut out = [b'0'; 16];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(value % 36) as usize];
        value /= 36;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Why a billing, payment or filing is refused: a catalogue code and detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Catalogue code.
    pub code: &'static str,
    /// Specifics.
    pub detail: String,
}

fn refused(code: &'static str, detail: impl Into<String>) -> Refused {
    Refused {
        code,
        detail: detail.into(),
    }
}

/// Checks a billing request.
pub fn check_billing(request: &BillingRequest) -> Result<(), Refused> {
    let masa_ok = request.masa.len() == 7
        && request.masa.as_bytes()[4] == b'-'
        && matches!(request.masa[5..].parse::<u8>(), Ok(1..=12));
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    if !(digits(&request.kap, 6) && digits(&request.kjs, 3) && masa_ok) {
        return Err(refused(
            codes::BILLING_UNKNOWN,
            format!(
                "KAP {} KJS {} masa {}",
                request.kap, request.kjs, request.masa
            ),
        ));
    }
    if request.amount <= 0 {
        return Err(refused(
            codes::BILLING_UNKNOWN,
            format!("amount {}", request.amount),
        ));
    }
    Ok(())
}

/// The result of an SPT, for the pay-before-file rule.
pub fn check_filing(filing: &SptFiling, payment: Option<&Billing>) -> Result<(), Refused> {
    if !matches!(filing.form.as_str(), "1111" | "coretax")
        || !matches!(
            filing.result.as_str(),
            "kurang_bayar" | "lebih_bayar" | "nihil"
        )
        || filing.revision < 0
        || filing.amount < 0
    {
        return Err(refused(
            codes::SPT_ORDER,
            format!("form {} result {}", filing.form, filing.result),
        ));
    }
    if filing.result != "kurang_bayar" {
        return Ok(());
    }
    // Pay before filing (UU PPN 15A): a paid billing for PPN (411211-100)
    // of this masa covering the amount.
    match payment {
        Some(b)
            if b.paid_at.is_some()
                && b.kap == "411211"
                && b.kjs == "100"
                && b.masa == filing.masa
                && b.amount >= filing.amount =>
        {
            Ok(())
        }
        Some(b) => Err(refused(
            "ETAX-20044",
            format!(
                "NTPN {} pays {} {}-{} masa {}",
                b.ntpn.as_deref().unwrap_or("-"),
                b.amount,
                b.kap,
                b.kjs,
                b.masa
            ),
        )),
        None => Err(refused(
            "ETAX-20044",
            filing.ntpn.clone().unwrap_or_else(|| "no NTPN".into()),
        )),
    }
}

fn billing_row(r: &Row) -> DbResult<Billing> {
    Ok(Billing {
        code: r.text(0)?,
        kap: r.text(1)?,
        kjs: r.text(2)?,
        masa: r.text(3)?,
        amount: r.int(4)?,
        created_at: r.int(5)?,
        expires_at: r.int(6)?,
        ntpn: r.opt_text(7)?,
        paid_at: r.opt_int(8)?,
    })
}

const SELECT_BILLING: &str =
    "SELECT code, kap, kjs, masa, amount, created_at, expires_at, ntpn, paid_at FROM billing";

/// The billing of `npwp` where `column` (`code` or `ntpn`) is `value`.
fn billing_by(tx: &mut dyn Tx, column: &str, value: &str, npwp: &str) -> DbResult<Option<Billing>> {
    let sql = format!("{SELECT_BILLING} WHERE {column} = ?1 AND npwp = ?2");
    tx.first(&sql, args![value, npwp])?
        .as_ref()
        .map(billing_row)
        .transpose()
}

impl AuthorityDb {
    /// Creates a kode billing for `npwp`.
    pub fn create_billing(
        &self,
        npwp: &str,
        request: &BillingRequest,
        clock: &Clock,
    ) -> DbResult<Result<Billing, Refused>> {
        if let Err(refusal) = check_billing(request) {
            return Ok(Err(refusal));
        }
        let expires_at = clock.now_ms + validity_days(&clock.today) * DAY_MS;
        let code = self.database().write(|tx| {
            let code = billing_code(take_counter(tx, "billing", 1)?);
            tx.execute(
                "INSERT INTO billing (code, npwp, kap, kjs, masa, amount, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                args![
                    &code,
                    npwp,
                    &request.kap,
                    &request.kjs,
                    &request.masa,
                    request.amount,
                    clock.now_ms,
                    expires_at
                ],
            )?;
            Ok(code)
        })?;
        Ok(Ok(Billing {
            code,
            kap: request.kap.clone(),
            kjs: request.kjs.clone(),
            masa: request.masa.clone(),
            amount: request.amount,
            created_at: clock.now_ms,
            expires_at,
            ntpn: None,
            paid_at: None,
        }))
    }

    /// Pays a kode billing of `npwp`: its NTPN (the same one when paid
    /// already). Unknown or another's code: FKT-4008; expired: FKT-4009.
    pub fn pay(&self, npwp: &str, code: &str, clock: &Clock) -> DbResult<Result<Billing, Refused>> {
        self.database().write(|tx| {
            let Some(mut billing) = billing_by(tx, "code", code, npwp)? else {
                return Ok(Err(refused(codes::BILLING_UNKNOWN, code)));
            };
            if billing.ntpn.is_some() {
                return Ok(Ok(billing));
            }
            if clock.now_ms > billing.expires_at {
                return Ok(Err(refused(codes::BILLING_EXPIRED, code)));
            }
            let mut random = [0u8; 8];
            let _ = getrandom::getrandom(&mut random);
            let number = ntpn(random, take_counter(tx, "ntpn", 1)?);
            tx.execute(
                "UPDATE billing SET ntpn = ?1, paid_at = ?2 WHERE code = ?3",
                args![&number, clock.now_ms, code],
            )?;
            billing.ntpn = Some(number);
            billing.paid_at = Some(clock.now_ms);
            Ok(Ok(billing))
        })
    }

    /// Files an SPT of `npwp`: the BPE. Revisions come in order (0, then
    /// each pembetulan once); filing the same content again answers the
    /// same BPE; a kurang bayar needs its payment's NTPN.
    pub fn file_spt(
        &self,
        npwp: &str,
        filing: &SptFiling,
        clock: &Clock,
    ) -> DbResult<Result<SptReceipt, Refused>> {
        let body = serde_json::to_string(filing).unwrap_or_default();
        let digest = faktur_protocol::hex(&Sha256::digest(body.as_bytes()));
        let receipt = |bpe: String, received_at: i64| SptReceipt {
            bpe,
            masa: filing.masa.clone(),
            revision: filing.revision,
            received_at,
        };
        self.database().write(|tx| {
            let filed = tx.first(
                "SELECT digest, bpe, received_at FROM spt_filings WHERE npwp = ?1 AND masa = ?2 AND revision = ?3",
                args![npwp, &filing.masa, filing.revision],
            )?;
            if let Some(filed) = filed {
                return Ok(if filed.text(0)? == digest {
                    Ok(receipt(filed.text(1)?, filed.int(2)?))
                } else {
                    Err(refused(
                        codes::SPT_ORDER,
                        format!(
                            "{} revision {} is filed already",
                            filing.masa, filing.revision
                        ),
                    ))
                });
            }
            let last = tx
                .first(
                    "SELECT MAX(revision) FROM spt_filings WHERE npwp = ?1 AND masa = ?2",
                    args![npwp, &filing.masa],
                )?
                .map(|r| r.opt_int(0))
                .transpose()?
                .flatten();
            let expected = last.map_or(0, |l| l + 1);
            if filing.revision != expected {
                return Ok(Err(refused(
                    codes::SPT_ORDER,
                    format!("{}: the next revision is {expected}", filing.masa),
                )));
            }
            let payment = match &filing.ntpn {
                Some(ntpn) => billing_by(tx, "ntpn", ntpn, npwp)?,
                None => None,
            };
            if let Err(refusal) = check_filing(filing, payment.as_ref()) {
                return Ok(Err(refusal));
            }
            let n = take_counter(tx, "bpe", 1)?;
            let bpe = format!("BPE-{}-{:010}", &clock.today[..4], n);
            tx.execute(
                "INSERT INTO spt_filings (npwp, masa, revision, digest, bpe, received_at, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                args![
                    npwp,
                    &filing.masa,
                    filing.revision,
                    &digest,
                    &bpe,
                    clock.now_ms,
                    &body
                ],
            )?;
            Ok(Ok(receipt(bpe, clock.now_ms)))
        })
    }
}

#[cfg(test)]
mod tests;
