//! The authority's books on SQLite: taxpayers, the master file, NSFP
//! ranges, approved invoices, the change feed and every applied operation.
//! Each request is one transaction; the rules (`rules.rs`) decide, this
//! module reads the facts and writes the decision.

use crate::rules::{self, Books, Filed, Numbering, Refusal, Standing};
use faktur_core::number::{CoretaxNumber, InvoiceNumber, Nsfp};
use faktur_protocol::{
    ApiError, Approval, Event, Events, FiledInvoice, FiledInvoices, KeyPair, NsfpRange, Operation,
    Outcome, Taxpayer,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Mutex;

/// A failure of the authority's own database.
pub type DbResult<T> = Result<T, rusqlite::Error>;

/// The books.
#[derive(Debug)]
pub struct AuthorityDb {
    conn: Mutex<Connection>,
    key: KeyPair,
}

/// The DigestInfo prefix of a SHA-256 digest, as seen in QR tokens.
const DIGEST_INFO: &str = "3031300d060960864801650304020105000420";

/// The DJP prefix of sandbox NSFPs.
const NSFP_PREFIX: u64 = 10;

impl AuthorityDb {
    /// Opens (creating) the books at `path`; `None` keeps them in memory.
    pub fn open(path: Option<&Path>) -> DbResult<Self> {
        let conn = match path {
            Some(path) => Connection::open(path)?,
            None => Connection::open_in_memory()?,
        };
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(include_str!("schema.sql"))?;
        let secret: Option<String> = conn
            .query_row(
                "SELECT value FROM settings WHERE name = 'signing_key'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let key = match secret.and_then(|s| KeyPair::from_secret_hex(&s).ok()) {
            Some(key) => key,
            None => {
                let key = KeyPair::generate()
                    .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
                conn.execute(
                    "INSERT OR REPLACE INTO settings (name, value) VALUES ('signing_key', ?1)",
                    [key.secret_hex()],
                )?;
                key
            }
        };
        Ok(AuthorityDb {
            conn: Mutex::new(conn),
            key,
        })
    }

    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (the
        // transaction rolls back): the connection stays usable.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The authority's public key (hex), which verifies approvals.
    pub fn public_key(&self) -> String {
        self.key.public_hex()
    }

    /// Registers a taxpayer, or replaces its key.
    pub fn register(
        &self,
        npwp: &str,
        name: &str,
        address: &str,
        key: &str,
        now: i64,
    ) -> DbResult<Taxpayer> {
        self.lock().execute(
            "INSERT INTO taxpayers (npwp, name, address, status, public_key, registered_at)
             VALUES (?1, ?2, ?3, 'active', ?4, ?5)
             ON CONFLICT (npwp) DO UPDATE SET name = ?2, address = ?3, public_key = ?4",
            params![npwp, name, address, key, now],
        )?;
        Ok(self.taxpayer(npwp)?.expect("just registered"))
    }

    /// A registered taxpayer.
    pub fn taxpayer(&self, npwp: &str) -> DbResult<Option<Taxpayer>> {
        self.lock()
            .query_row(
                "SELECT npwp, name, address, status, public_key FROM taxpayers WHERE npwp = ?1",
                [npwp],
                |r| {
                    Ok(Taxpayer {
                        npwp: r.get(0)?,
                        name: r.get(1)?,
                        address: r.get(2)?,
                        status: r.get(3)?,
                        public_key: r.get(4)?,
                    })
                },
            )
            .optional()
    }

    /// Sets an NPWP's standing in the master file (sandbox administration).
    pub fn set_standing(&self, npwp: &str, status: &str) -> DbResult<()> {
        self.lock().execute(
            "INSERT INTO master_file (npwp, status) VALUES (?1, ?2)
             ON CONFLICT (npwp) DO UPDATE SET status = ?2",
            params![npwp, status],
        )?;
        Ok(())
    }

    /// Allocates `count` NSFPs of `year` to the taxpayer, on `today`.
    pub fn allocate_nsfp(
        &self,
        npwp: &str,
        year: i32,
        count: u32,
        today: &str,
    ) -> DbResult<NsfpRange> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let next = take_counter(&tx, &format!("nsfp_next_{year}"), u64::from(count))?;
        let base = NSFP_PREFIX * 10_000_000_000
            + u64::try_from(year.rem_euclid(100)).unwrap_or(0) * 100_000_000;
        let (first, last) = (base + next, base + next + u64::from(count) - 1);
        tx.execute(
            "INSERT INTO nsfp_ranges (npwp, year, first, last, allocated_on) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![npwp, year, first as i64, last as i64, today],
        )?;
        tx.commit()?;
        let digits = |v: u64| Nsfp::from_value(v).map(Nsfp::digits).unwrap_or_default();
        Ok(NsfpRange {
            first: digits(first),
            last: digits(last),
            allocated_on: today.to_string(),
        })
    }

    /// Applies a batch of operations of `signer` in one transaction; an
    /// operation whose key was seen gets its first outcome back.
    pub fn apply(
        &self,
        signer: &str,
        operations: &[Operation],
        clock: &Clock,
    ) -> DbResult<Vec<Outcome>> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut outcomes = Vec::with_capacity(operations.len());
        for operation in operations {
            let body = serde_json::to_string(&operation.action).unwrap_or_default();
            let digest = faktur_protocol::hex(&Sha256::digest(body.as_bytes()));
            let seen: Option<(String, String)> = tx
                .prepare_cached(
                    "SELECT digest, outcome FROM operations WHERE npwp = ?1 AND key = ?2",
                )?
                .query_row(params![signer, operation.key], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            if let Some((stored_digest, outcome)) = seen {
                let outcome = if stored_digest == digest {
                    serde_json::from_str(&outcome).unwrap_or_else(|_| {
                        refused(
                            &operation.key,
                            &Refusal {
                                code: "ETAXSERVICE-10001",
                                detail: "stored outcome unreadable".into(),
                            },
                            clock.lang,
                        )
                    })
                } else {
                    refused(
                        &operation.key,
                        &Refusal {
                            code: faktur_core::finding::codes::KEY_REUSED,
                            detail: operation.key.clone(),
                        },
                        clock.lang,
                    )
                };
                outcomes.push(outcome);
                continue;
            }
            let outcome = self.decide(&tx, signer, operation, clock)?;
            tx.prepare_cached(
                "INSERT INTO operations (npwp, key, digest, outcome) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                signer,
                operation.key,
                digest,
                serde_json::to_string(&outcome).unwrap_or_default()
            ])?;
            outcomes.push(outcome);
        }
        tx.commit()?;
        Ok(outcomes)
    }

    fn decide(
        &self,
        tx: &Transaction<'_>,
        signer: &str,
        operation: &Operation,
        clock: &Clock,
    ) -> DbResult<Outcome> {
        let books = TxBooks(tx);
        let key = &operation.key;
        Ok(match &operation.action {
            faktur_protocol::Action::Upload { invoice } => {
                match rules::upload(&books, signer, invoice, &clock.today, clock.deadlines) {
                    Err(refusal) => refused(key, &refusal, clock.lang),
                    Ok(accepted) => {
                        let approval =
                            self.approve(tx, signer, invoice, &accepted, clock.now_ms)?;
                        Outcome {
                            key: key.clone(),
                            accepted: true,
                            status: Some("approved".into()),
                            approval: Some(approval),
                            error: None,
                        }
                    }
                }
            }
            faktur_protocol::Action::Retur {
                seller,
                invoice,
                number,
                date,
                tax_base,
                vat,
                stlg,
            } => {
                let amounts = [*tax_base, *vat, *stlg];
                let target = returnable(tx, seller, invoice, number)?;
                match rules::retur(
                    target.as_ref(),
                    signer,
                    invoice,
                    date,
                    amounts,
                    &clock.today,
                ) {
                    Err(refusal) => refused(key, &refusal, clock.lang),
                    Ok(()) => {
                        tx.execute(
                            "INSERT INTO returs (seller, invoice, number, buyer, date, tax_base, vat, stlg, at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                            params![seller, invoice, number, signer, date, tax_base, vat, stlg, clock.now_ms],
                        )?;
                        Outcome {
                            key: key.clone(),
                            accepted: true,
                            status: Some("returned".into()),
                            approval: None,
                            error: None,
                        }
                    }
                }
            }
            faktur_protocol::Action::Cancel { number } => {
                match rules::cancel(&books, signer, number) {
                    Err(refusal) => refused(key, &refusal, clock.lang),
                    Ok(()) => {
                        set_status(tx, number, "cancelled")?;
                        Outcome {
                            key: key.clone(),
                            accepted: true,
                            status: Some("cancelled".into()),
                            approval: None,
                            error: None,
                        }
                    }
                }
            }
        })
    }

    fn approve(
        &self,
        tx: &Transaction<'_>,
        seller: &str,
        invoice: &faktur_wire::ComputedInvoice,
        accepted: &rules::Accepted,
        now: i64,
    ) -> DbResult<Approval> {
        let number = match &accepted.numbering {
            Numbering::Given(number) => number.clone(),
            Numbering::Next(original) => InvoiceNumber::parse(original)
                .and_then(|n| n.replacement())
                .map(|n| n.digits())
                .unwrap_or_default(),
            Numbering::Assign { kode, year2 } => {
                let sequence = take_counter(tx, &format!("coretax_{year2:02}"), 1)?;
                let kode = faktur_core::codes::TrxCode::parse(kode).ok();
                kode.and_then(|k| CoretaxNumber::new(k, *year2, sequence))
                    .map(|n| n.digits())
                    .unwrap_or_default()
            }
        };
        let nsfp = match InvoiceNumber::parse(&number) {
            Ok(InvoiceNumber::Efaktur(n)) => Some(n.nsfp().value() as i64),
            _ => None,
        };
        let mut body = invoice.clone();
        body.number = Some(number.clone());
        body.status = "approved".into();
        body.id = None;
        let totals = body
            .totals
            .clone()
            .unwrap_or_else(|| faktur_wire::TotalsDto {
                tax_base: "0".into(),
                other_tax_base: "0".into(),
                vat: "0".into(),
                stlg: "0".into(),
            });
        let signed = format!(
            "approval\n{number}\n{seller}\n{}\n{}\n{}\n{}\n{}",
            accepted.buyer.as_deref().unwrap_or(""),
            accepted.date,
            totals.tax_base,
            totals.vat,
            totals.stlg
        );
        let signature = self.key.sign_text(&signed);
        let token = format!(
            "{DIGEST_INFO}{}",
            faktur_protocol::hex(&Sha256::digest(signed.as_bytes()))
        );
        tx.prepare_cached(
            "INSERT INTO invoices (number, nsfp, seller, buyer, date, status, replaces, body, approved_at, signature, token)
             VALUES (?1, ?2, ?3, ?4, ?5, 'approved', ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            number,
            nsfp,
            seller,
            accepted.buyer,
            accepted.date,
            accepted.replaces,
            serde_json::to_string(&body).unwrap_or_default(),
            now,
            signature,
            token
        ])?;
        if let Some(original) = &accepted.replaces {
            set_status(tx, original, "replaced")?;
        }
        emit(tx, &number, seller, accepted.buyer.as_deref(), "approved")?;
        Ok(Approval {
            number,
            approved_at: now,
            signature,
            token,
        })
    }

    /// What changed for `npwp` after `after`, at most `limit` events.
    pub fn events(&self, npwp: &str, after: i64, limit: u32) -> DbResult<Events> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(
            "SELECT e.seq, e.role, e.number, e.seller, e.status, i.body FROM events e
             LEFT JOIN invoices i ON i.number = e.number AND e.role = 'buyer'
             WHERE e.npwp = ?1 AND e.seq > ?2 ORDER BY e.seq LIMIT ?3",
        )?;
        let events = statement
            .query_map(params![npwp, after, limit], |r| {
                let body: Option<String> = r.get(5)?;
                Ok(Event {
                    seq: r.get(0)?,
                    role: r.get(1)?,
                    number: r.get(2)?,
                    seller: r.get(3)?,
                    status: r.get(4)?,
                    invoice: body
                        .and_then(|b| serde_json::from_str(&b).ok())
                        .map(Box::new),
                })
            })?
            .collect::<DbResult<Vec<_>>>()?;
        let next = events.last().map_or(after, |e| e.seq);
        Ok(Events { events, next })
    }

    /// The invoices `seller` issued, after the authority id `after`, at
    /// most `limit`.
    pub fn filed(&self, seller: &str, after: i64, limit: u32) -> DbResult<FiledInvoices> {
        let conn = self.lock();
        let mut statement = conn.prepare_cached(
            "SELECT id, status, number, approved_at, signature, token, body FROM invoices
             WHERE seller = ?1 AND id > ?2 ORDER BY id LIMIT ?3",
        )?;
        let mut invoices = Vec::new();
        let rows = statement.query_map(params![seller, after, limit], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                Approval {
                    number: r.get(2)?,
                    approved_at: r.get(3)?,
                    signature: r.get(4)?,
                    token: r.get(5)?,
                },
                r.get::<_, String>(6)?,
            ))
        })?;
        for row in rows {
            let (id, status, approval, body) = row?;
            // A body that no longer parses is the sandbox's own damage:
            // report it rather than skip an invoice the taxpayer relies on.
            let invoice: faktur_wire::ComputedInvoice =
                serde_json::from_str(&body).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        6,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
            invoices.push(FiledInvoice {
                id,
                status,
                approval,
                invoice: Box::new(invoice),
            });
        }
        let next = invoices.last().map_or(after, |i| i.id);
        Ok(FiledInvoices { invoices, next })
    }

    /// The invoice a QR code points at: seller NPWP (15 or 16 digits) and
    /// the 13-digit NSFP (e-Faktur) or the whole number; with its token.
    pub fn for_qr(&self, seller: &str, number: &str) -> DbResult<Option<(String, String, String)>> {
        let seller = rules::party_npwp(Some(seller)).unwrap_or_default();
        let conn = self.lock();
        let by_nsfp = number.len() == 13;
        let sql = if by_nsfp {
            "SELECT body, status, token FROM invoices WHERE seller = ?1 AND nsfp = ?2 ORDER BY id DESC LIMIT 1"
        } else {
            "SELECT body, status, token FROM invoices WHERE seller = ?1 AND number = ?2"
        };
        let key: Box<dyn rusqlite::ToSql> = if by_nsfp {
            Box::new(number.parse::<i64>().unwrap_or(-1))
        } else {
            Box::new(number.to_string())
        };
        conn.query_row(sql, params![seller, key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()
    }
}

/// The authority's clock and settings for one request.
#[derive(Debug, Clone)]
pub struct Clock {
    /// Unix ms.
    pub now_ms: i64,
    /// `YYYY-MM-DD` (WIB).
    pub today: String,
    /// Whether upload deadlines are enforced.
    pub deadlines: bool,
    /// Language of messages.
    pub lang: faktur_core::Lang,
}

fn refused(key: &str, refusal: &Refusal, lang: faktur_core::Lang) -> Outcome {
    Outcome {
        key: key.to_string(),
        accepted: false,
        status: None,
        approval: None,
        error: Some(api_error(refusal.code, &refusal.detail, lang)),
    }
}

/// An error answer with the catalogue's message.
pub fn api_error(code: &str, detail: &str, lang: faktur_core::Lang) -> ApiError {
    let message = faktur_core::catalogue::lookup(code)
        .map(|e| match lang {
            faktur_core::Lang::En => e.message.en,
            _ => e.message.id,
        })
        .unwrap_or(code)
        .to_string();
    ApiError {
        code: code.to_string(),
        message,
        details: if detail.is_empty() {
            Vec::new()
        } else {
            vec![detail.to_string()]
        },
    }
}

fn set_status(tx: &Transaction<'_>, number: &str, status: &str) -> DbResult<()> {
    let (seller, buyer): (String, Option<String>) = tx.query_row(
        "SELECT seller, buyer FROM invoices WHERE number = ?1",
        [number],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    tx.prepare_cached("UPDATE invoices SET status = ?2 WHERE number = ?1")?
        .execute(params![number, status])?;
    emit(tx, number, &seller, buyer.as_deref(), status)
}

/// Records the change for the seller and, when it has an NPWP, the buyer.
fn emit(
    tx: &Transaction<'_>,
    number: &str,
    seller: &str,
    buyer: Option<&str>,
    status: &str,
) -> DbResult<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO events (npwp, role, number, seller, status) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    insert.execute(params![seller, "seller", number, seller, status])?;
    if let Some(buyer) = buyer {
        insert.execute(params![buyer, "buyer", number, seller, status])?;
    }
    Ok(())
}

/// Takes `count` values of a named counter (starting at 1); the first.
pub(crate) fn take_counter(tx: &Transaction<'_>, name: &str, count: u64) -> DbResult<u64> {
    let next: u64 = tx
        .query_row("SELECT value FROM settings WHERE name = ?1", [name], |r| {
            r.get::<_, String>(0)
        })
        .optional()?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    tx.execute(
        "INSERT OR REPLACE INTO settings (name, value) VALUES (?1, ?2)",
        params![name, (next + count).to_string()],
    )?;
    Ok(next)
}

/// The invoice a retur is against, with what was returned so far.
fn returnable(
    tx: &Transaction<'_>,
    seller: &str,
    invoice: &str,
    retur_number: &str,
) -> DbResult<Option<rules::Returnable>> {
    let found: Option<(String, Option<String>, String, String, String)> = tx
        .query_row(
            "SELECT seller, buyer, date, status, body FROM invoices WHERE number = ?1 AND seller = ?2",
            params![invoice, seller],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((seller, buyer, date, status, body)) = found else {
        return Ok(None);
    };
    let sen = |text: Option<&str>| {
        text.and_then(|t| rust_decimal::Decimal::from_str_exact(t).ok())
            .and_then(|d| {
                (d * rust_decimal::Decimal::ONE_HUNDRED)
                    .trunc()
                    .try_into()
                    .ok()
            })
            .unwrap_or(0_i64)
    };
    let totals = serde_json::from_str::<faktur_wire::ComputedInvoice>(&body)
        .ok()
        .and_then(|i| i.totals);
    let amounts = totals.map_or([0; 3], |t| {
        [
            sen(Some(&t.tax_base)),
            sen(Some(&t.vat)),
            sen(Some(&t.stlg)),
        ]
    });
    let (returned, number_taken) = tx.query_row(
        "SELECT COALESCE(SUM(tax_base), 0), COALESCE(SUM(vat), 0), COALESCE(SUM(stlg), 0),
                COALESCE(SUM(number = ?3), 0)
         FROM returs WHERE seller = ?1 AND invoice = ?2",
        params![seller, invoice, retur_number],
        |r| Ok(([r.get(0)?, r.get(1)?, r.get(2)?], r.get::<_, i64>(3)? > 0)),
    )?;
    Ok(Some(rules::Returnable {
        seller,
        buyer,
        date,
        status,
        amounts,
        returned,
        number_taken,
    }))
}

/// The books as the rules see them, inside the request's transaction.
struct TxBooks<'a, 'b>(&'a Transaction<'b>);

impl Books for TxBooks<'_, '_> {
    fn standing(&self, npwp: &str) -> Standing {
        let marked: Option<String> = self
            .0
            .query_row(
                "SELECT status FROM master_file WHERE npwp = ?1",
                [npwp],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten();
        match marked.as_deref() {
            Some("inactive") => Standing::Inactive,
            Some("unknown") => Standing::Unknown,
            Some(_) => Standing::Active,
            None if faktur_core::ids::Npwp16::parse_any(npwp).is_ok() => Standing::Active,
            None => Standing::Unknown,
        }
    }

    fn allocated_on(&self, seller: &str, nsfp: u64) -> Option<String> {
        self.0
            .query_row(
                "SELECT allocated_on FROM nsfp_ranges WHERE npwp = ?1 AND first <= ?2 AND last >= ?2",
                params![seller, nsfp as i64],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()
    }

    fn nsfp_used(&self, seller: &str, nsfp: u64) -> bool {
        self.0
            .query_row(
                "SELECT 1 FROM invoices WHERE seller = ?1 AND nsfp = ?2 LIMIT 1",
                params![seller, nsfp as i64],
                |_| Ok(()),
            )
            .optional()
            .ok()
            .flatten()
            .is_some()
    }

    fn filed(&self, number: &str) -> Option<Filed> {
        self.0
            .query_row(
                "SELECT seller, date, status FROM invoices WHERE number = ?1",
                [number],
                |r| {
                    Ok(Filed {
                        seller: r.get(0)?,
                        date: r.get(1)?,
                        status: r.get(2)?,
                    })
                },
            )
            .optional()
            .ok()
            .flatten()
    }
}
