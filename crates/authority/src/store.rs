//! The authority's books: taxpayers, the master file, NSFP ranges,
//! approved invoices, the change feed and every applied operation, on
//! SQLite or PostgreSQL (`sql`). Each request is one transaction; the rules
//! (`rules.rs`) decide, this module reads the facts and writes the decision.

mod facts;
mod feeds;

use crate::rules::{self, Numbering, Refusal};
use facts::{emit, returnable, set_status, TxBooks};
use faktur_core::number::{CoretaxNumber, InvoiceNumber, Nsfp};
use faktur_protocol::{ApiError, Approval, KeyPair, NsfpRange, Operation, Outcome, Taxpayer};
use faktur_sql::{args, Database, DbError, Schema, Tx};
use sha2::{Digest, Sha256};

pub(crate) use facts::take_counter;
pub use faktur_sql::DbResult;

/// The books.
#[derive(Debug)]
pub struct AuthorityDb {
    db: Database,
    key: KeyPair,
}

/// The sandbox's books in both dialects; writers take one advisory lock.
const SCHEMA: Schema = Schema {
    sqlite: include_str!("store/schema.sqlite.sql"),
    postgres: include_str!("store/schema.postgres.sql"),
    writers: 0x4641_4B54_5552_0001,
};

/// The DigestInfo prefix of a SHA-256 digest, as seen in QR tokens.
const DIGEST_INFO: &str = "3031300d060960864801650304020105000420";

/// The DJP prefix of sandbox NSFPs.
const NSFP_PREFIX: u64 = 10;

impl AuthorityDb {
    /// Opens (creating) the books in a SQLite file at `path`; `None` keeps
    /// them in memory.
    pub fn open(path: Option<&std::path::Path>) -> DbResult<Self> {
        Self::on(Database::sqlite(path, &SCHEMA)?)
    }

    /// Opens (creating) the books at a URL: `postgres://…` (or
    /// `postgresql://…`) or `sqlite:PATH`.
    pub fn open_url(url: &str) -> DbResult<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Self::on(Database::postgres(url, &SCHEMA)?)
        } else if let Some(path) = url.strip_prefix("sqlite:") {
            Self::open(Some(std::path::Path::new(path)))
        } else {
            Err(DbError::new(format!(
                "the sandbox keeps its books in sqlite:PATH or postgres://…, not {}",
                url.split(':').next().unwrap_or("")
            )))
        }
    }

    /// The books on `db`, with the authority's signing key (made once,
    /// kept in the books; the first of several starting processes wins).
    fn on(db: Database) -> DbResult<Self> {
        let generated = KeyPair::generate().map_err(|e| DbError::new(e.to_string()))?;
        let secret = db.write(|tx| {
            tx.execute(
                "INSERT INTO settings (name, value) VALUES ('signing_key', ?1)
                 ON CONFLICT (name) DO NOTHING",
                args![&generated.secret_hex()],
            )?;
            tx.first("SELECT value FROM settings WHERE name = 'signing_key'", &[])?
                .map(|r| r.text(0))
                .transpose()
        })?;
        let key = secret
            .and_then(|s| KeyPair::from_secret_hex(&s).ok())
            .ok_or_else(|| DbError::new("the signing key in the books is unreadable"))?;
        Ok(AuthorityDb { db, key })
    }

    /// Where the books are (never a password).
    pub fn location(&self) -> String {
        self.db.location()
    }

    pub(crate) fn database(&self) -> &Database {
        &self.db
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
        self.db.write(|tx| {
            tx.execute(
                "INSERT INTO taxpayers (npwp, name, address, status, public_key, registered_at)
                 VALUES (?1, ?2, ?3, 'active', ?4, ?5)
                 ON CONFLICT (npwp) DO UPDATE SET name = ?2, address = ?3, public_key = ?4",
                args![npwp, name, address, key, now],
            )
        })?;
        self.taxpayer(npwp)?
            .ok_or_else(|| DbError::new(format!("{npwp} vanished after registration")))
    }

    /// A registered taxpayer.
    pub fn taxpayer(&self, npwp: &str) -> DbResult<Option<Taxpayer>> {
        let row = self.db.read(|tx| {
            tx.first(
                "SELECT npwp, name, address, status, public_key FROM taxpayers WHERE npwp = ?1",
                args![npwp],
            )
        })?;
        row.map(|r| {
            Ok(Taxpayer {
                npwp: r.text(0)?,
                name: r.text(1)?,
                address: r.text(2)?,
                status: r.text(3)?,
                public_key: r.text(4)?,
            })
        })
        .transpose()
    }

    /// Sets an NPWP's standing in the master file (sandbox administration).
    pub fn set_standing(&self, npwp: &str, status: &str) -> DbResult<()> {
        self.db.write(|tx| {
            tx.execute(
                "INSERT INTO master_file (npwp, status) VALUES (?1, ?2)
                 ON CONFLICT (npwp) DO UPDATE SET status = ?2",
                args![npwp, status],
            )
        })?;
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
        let (first, last) = self.db.write(|tx| {
            let next = take_counter(tx, &format!("nsfp_next_{year}"), u64::from(count))?;
            let base = NSFP_PREFIX * 10_000_000_000
                + u64::try_from(year.rem_euclid(100)).unwrap_or(0) * 100_000_000;
            let (first, last) = (base + next, base + next + u64::from(count) - 1);
            tx.execute(
                "INSERT INTO nsfp_ranges (npwp, year, first, last, allocated_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                args![npwp, year, first as i64, last as i64, today],
            )?;
            Ok((first, last))
        })?;
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
        self.db.write(|tx| {
            let mut outcomes = Vec::with_capacity(operations.len());
            for operation in operations {
                outcomes.push(self.apply_one(tx, signer, operation, clock)?);
            }
            Ok(outcomes)
        })
    }

    fn apply_one(
        &self,
        tx: &mut dyn Tx,
        signer: &str,
        operation: &Operation,
        clock: &Clock,
    ) -> DbResult<Outcome> {
        let body = serde_json::to_string(&operation.action).unwrap_or_default();
        let digest = faktur_protocol::hex(&Sha256::digest(body.as_bytes()));
        let seen = tx.first(
            "SELECT digest, outcome FROM operations WHERE npwp = ?1 AND key = ?2",
            args![signer, &operation.key],
        )?;
        if let Some(seen) = seen {
            return Ok(if seen.text(0)? == digest {
                serde_json::from_str(&seen.text(1)?).unwrap_or_else(|_| {
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
            });
        }
        let outcome = self.decide(tx, signer, operation, clock)?;
        tx.execute(
            "INSERT INTO operations (npwp, key, digest, outcome) VALUES (?1, ?2, ?3, ?4)",
            args![
                signer,
                &operation.key,
                &digest,
                &serde_json::to_string(&outcome).unwrap_or_default()
            ],
        )?;
        Ok(outcome)
    }

    fn decide(
        &self,
        tx: &mut dyn Tx,
        signer: &str,
        operation: &Operation,
        clock: &Clock,
    ) -> DbResult<Outcome> {
        let key = &operation.key;
        let accepted = |status: &str, approval: Option<Approval>| Outcome {
            key: key.clone(),
            accepted: true,
            status: Some(status.into()),
            approval,
            error: None,
        };
        Ok(match &operation.action {
            faktur_protocol::Action::Upload { invoice } => {
                let books = TxBooks::new(tx);
                let decision =
                    rules::upload(&books, signer, invoice, &clock.today, clock.deadlines);
                match books.finish(decision)? {
                    Err(refusal) => refused(key, &refusal, clock.lang),
                    Ok(upload) => {
                        let approval = self.approve(tx, signer, invoice, &upload, clock.now_ms)?;
                        accepted("approved", Some(approval))
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
                            args![seller, invoice, number, signer, date, *tax_base, *vat, *stlg, clock.now_ms],
                        )?;
                        accepted("returned", None)
                    }
                }
            }
            faktur_protocol::Action::Cancel { number } => {
                let books = TxBooks::new(tx);
                let decision = rules::cancel(&books, signer, number);
                match books.finish(decision)? {
                    Err(refusal) => refused(key, &refusal, clock.lang),
                    Ok(()) => {
                        set_status(tx, number, "cancelled")?;
                        accepted("cancelled", None)
                    }
                }
            }
        })
    }

    fn approve(
        &self,
        tx: &mut dyn Tx,
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
        tx.execute(
            "INSERT INTO invoices (number, nsfp, seller, buyer, date, status, replaces, body, approved_at, signature, token)
             VALUES (?1, ?2, ?3, ?4, ?5, 'approved', ?6, ?7, ?8, ?9, ?10)",
            args![
                &number,
                nsfp,
                seller,
                accepted.buyer.as_deref(),
                &accepted.date,
                accepted.replaces.as_deref(),
                &serde_json::to_string(&body).unwrap_or_default(),
                now,
                &signature,
                &token
            ],
        )?;
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
