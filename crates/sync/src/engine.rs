//! One company's sync: queue new work, push the outbox, pull the feed.
//! Every step writes what it learned before the next one starts, so a
//! process killed at any point resumes where it was: an operation sent but
//! not recorded is sent again under its key and the authority answers with
//! its first outcome.

use crate::client::Client;
use crate::plan::{self, Backoff, Failure, Tally};
use faktur_db::{invoice_json, received_record, CompanyRef, DbError};
use faktur_protocol::{Action, MAX_OPERATIONS};
use faktur_store::sync::operation;
use faktur_store::{Contact, NewOutboxItem, Store, SyncWrite};

/// Invoices queued per transaction.
const QUEUE_CHUNK: i64 = 2_000;

/// How sync behaves.
#[derive(Debug, Clone)]
pub struct Options {
    /// Operations per request (at most the protocol's 1,000).
    pub batch: usize,
    /// Waits between retries.
    pub backoff: Backoff,
    /// Who the books say made the changes.
    pub actor: String,
    /// Send every pending operation now, whatever its backoff says (a
    /// user's explicit `faktur sync --once`).
    pub ignore_backoff: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch: 500,
            backoff: Backoff::default(),
            actor: "sync".into(),
            ignore_backoff: false,
        }
    }
}

/// What one round did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Operations newly queued.
    pub queued: usize,
    /// Operations sent (attempts).
    pub sent: usize,
    /// How they ended.
    pub tally: Tally,
    /// Feed events applied.
    pub events: usize,
    /// Events that could not be applied (unreadable invoices).
    pub problems: Vec<String>,
    /// The exchange that failed, if one did (the round stopped there).
    pub failure: Option<Failure>,
}

/// Sync for one open company.
#[derive(Debug)]
pub struct Syncer<'a> {
    cref: &'a CompanyRef,
    client: Client,
    options: Options,
}

/// Random bits for keys and jitter.
pub fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    // The OS generator failing is not worth stopping sync for: the time is
    // a fine fallback for jitter, and keys add a counter (`new_key`).
    if getrandom::getrandom(&mut bytes).is_err() {
        return faktur_store::now_ms() as u64;
    }
    u64::from_le_bytes(bytes)
}

/// A new idempotency key: 128 random bits, hex.
pub fn new_key() -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let extra = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{:016x}{:016x}", random_u64(), random_u64() ^ extra)
}

impl<'a> Syncer<'a> {
    /// Sync for `cref` through `client`.
    pub fn new(cref: &'a CompanyRef, client: Client, options: Options) -> Self {
        let batch = options.batch.clamp(1, MAX_OPERATIONS);
        Syncer {
            cref,
            client,
            options: Options { batch, ..options },
        }
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The company.
    pub fn company(&self) -> &CompanyRef {
        self.cref
    }

    fn store(&self) -> &dyn Store {
        self.cref.store.store()
    }

    fn company_id(&self) -> i64 {
        self.cref.company.id
    }

    /// Registers the company's key with the authority.
    pub fn register(&self) -> Result<(), Failure> {
        let company = &self.cref.company;
        self.client
            .register(&company.name, &company.address)
            .map(|_| ())
    }

    /// Queues every output draft and every input nota retur (once its
    /// invoice is approved) not queued yet: its key and the exact payload
    /// are stored before anything is sent.
    pub fn queue(&self) -> Result<usize, DbError> {
        Ok(self.queue_uploads()? + self.queue_returs()?)
    }

    /// Input nota retur (our returns to a seller) for the authority to
    /// register against the seller's invoice; few, so one read of the
    /// company's input returns picks them.
    fn queue_returs(&self) -> Result<usize, DbError> {
        let (store, company) = (self.store(), self.company_id());
        let ids = store.unqueued(company, operation::RETUR, 0, i64::MAX)?;
        if ids.is_empty() {
            return Ok(0);
        }
        let wanted: std::collections::HashSet<i64> = ids.into_iter().collect();
        let filter = faktur_store::NoteFilter {
            kind: Some("input".into()),
            ..Default::default()
        };
        let mut items = Vec::new();
        store.read_notes(
            faktur_store::notes::returns_table(),
            company,
            &filter,
            &mut |row| {
                let stored = faktur_store::NewReturn::from_row(&row);
                if wanted.contains(&stored.id) {
                    let r = stored.note;
                    let action = Action::Retur {
                        seller: faktur_db::normalize_npwp(&r.counterparty_tin)
                            .unwrap_or(r.counterparty_tin),
                        invoice: r.invoice_number,
                        number: r.number,
                        date: r.date,
                        tax_base: r.tax_base,
                        vat: r.vat,
                        stlg: r.stlg,
                    };
                    items.push(NewOutboxItem {
                        operation: operation::RETUR.into(),
                        entity_id: stored.id,
                        key: new_key(),
                        payload: serde_json::to_string(&action).unwrap_or_default(),
                    });
                }
                Ok(())
            },
        )?;
        Ok(store.enqueue(company, &items, faktur_store::now_ms())?)
    }

    fn queue_uploads(&self) -> Result<usize, DbError> {
        let (store, company) = (self.store(), self.company_id());
        let mut after = 0;
        let mut queued = 0;
        loop {
            // Larger than a send batch: each chunk is one commit (one fsync).
            let ids = store.unqueued(company, operation::UPLOAD, after, QUEUE_CHUNK)?;
            let (Some(&first), Some(&last)) = (ids.first(), ids.last()) else {
                return Ok(queued);
            };
            // Headers of the id range in one query, lines in another.
            let wanted: std::collections::HashSet<i64> = ids.iter().copied().collect();
            let filter = faktur_store::InvoiceFilter {
                kind: Some("output".into()),
                status: Some("draft".into()),
                after_id: Some(first - 1),
                limit: Some(last - first + 1),
                ..Default::default()
            };
            let mut headers = store.list_invoices(company, &filter)?;
            headers.retain(|h| wanted.contains(&h.id));
            let mut lines = store.invoice_lines(company, &ids)?;
            let mut items = Vec::with_capacity(headers.len());
            for mut record in headers {
                record.invoice.lines = lines.remove(&record.id).unwrap_or_default();
                let action = Action::Upload {
                    invoice: Box::new(invoice_json(&record)),
                };
                items.push(NewOutboxItem {
                    operation: operation::UPLOAD.into(),
                    entity_id: record.id,
                    key: new_key(),
                    payload: serde_json::to_string(&action).unwrap_or_default(),
                });
            }
            queued += store.enqueue(company, &items, faktur_store::now_ms())?;
            after = last;
        }
    }

    /// Sends due operations batch by batch and records each answer. Stops
    /// at the first exchange that fails (the authority is likely away); the
    /// rest stays due for the next round. The next batch is on the wire
    /// while the answer to the last one is written (a sender thread one
    /// batch ahead), so the authority's work and ours overlap.
    pub fn push(&self, report: &mut Report) -> Result<(), DbError> {
        let (store, company) = (self.store(), self.company_id());
        let horizon = |now: i64| {
            if self.options.ignore_backoff {
                i64::MAX
            } else {
                now
            }
        };
        let batch = self.options.batch as i64;
        type Sent = (
            Vec<faktur_store::OutboxItem>,
            Result<faktur_protocol::Outcomes, Failure>,
            i64,
        );
        std::thread::scope(|scope| -> Result<(), DbError> {
            let (answers, received) = std::sync::mpsc::sync_channel::<Result<Sent, DbError>>(1);
            scope.spawn(move || {
                let mut after = 0;
                loop {
                    let items =
                        match store.due(company, horizon(faktur_store::now_ms()), after, batch) {
                            Ok(items) => items,
                            Err(e) => {
                                let _ = answers.send(Err(e.into()));
                                return;
                            }
                        };
                    let Some(last) = items.last() else {
                        return;
                    };
                    after = last.id;
                    let pairs: Vec<(&str, &str)> = items
                        .iter()
                        .map(|i| (i.key.as_str(), i.payload.as_str()))
                        .collect();
                    let answer = self.client.operations(&pairs);
                    let failed = answer.is_err();
                    if answers
                        .send(Ok((items, answer, faktur_store::now_ms())))
                        .is_err()
                        || failed
                    {
                        return;
                    }
                }
            });
            for sent in received {
                let (items, answer, at) = sent?;
                self.record(&items, answer, at, report)?;
                if report.failure.is_some() {
                    break;
                }
            }
            Ok(())
        })
    }

    /// Writes the answer to one batch.
    fn record(
        &self,
        items: &[faktur_store::OutboxItem],
        answer: Result<faktur_protocol::Outcomes, Failure>,
        at: i64,
        report: &mut Report,
    ) -> Result<(), DbError> {
        let mut random = random_u64;
        report.sent += items.len();
        let mut write = SyncWrite::default();
        let tally = match &answer {
            Ok(outcomes) => plan::settle_answered(
                items,
                outcomes,
                at,
                &self.options.backoff,
                &mut random,
                &mut write,
            ),
            Err(failure) => plan::settle_unanswered(
                items,
                failure,
                at,
                &self.options.backoff,
                &mut random,
                &mut write,
            ),
        };
        write.contact = Some(Contact {
            at,
            error: answer.as_ref().err().map(Failure::text),
        });
        self.store()
            .record_sync(self.company_id(), &write, &self.options.actor)?;
        report.tally.accepted += tally.accepted;
        report.tally.refused += tally.refused;
        report.tally.retrying += tally.retrying;
        if let Err(failure) = answer {
            report.failure = Some(failure);
        }
        Ok(())
    }

    /// Applies the feed from the stored position on, page by page, each
    /// page with its new position in one write.
    pub fn pull(&self, report: &mut Report) -> Result<(), DbError> {
        const PAGE: u32 = 1_000;
        let (store, company) = (self.store(), self.company_id());
        let npwp = self.cref.company.npwp.clone();
        let convert = |invoice: &faktur_wire::ComputedInvoice, status: &str| {
            received_record(invoice, "input", status).map_err(|e| e.to_string())
        };
        loop {
            let after = store.sync_state(company)?.events_after;
            let page = match self.client.events(after, PAGE) {
                Ok(page) => page,
                Err(failure) => {
                    let write = SyncWrite {
                        contact: Some(Contact {
                            at: faktur_store::now_ms(),
                            error: Some(failure.text()),
                        }),
                        ..SyncWrite::default()
                    };
                    store.record_sync(company, &write, &self.options.actor)?;
                    report.failure = Some(failure);
                    return Ok(());
                }
            };
            let mut write = SyncWrite::default();
            report
                .problems
                .extend(plan::plan_events(&npwp, &page.events, &convert, &mut write));
            report.events += page.events.len();
            write.events_after = Some(page.next);
            write.contact = Some(Contact {
                at: faktur_store::now_ms(),
                error: None,
            });
            store.record_sync(company, &write, &self.options.actor)?;
            if page.events.len() < PAGE as usize || page.next <= after {
                return Ok(());
            }
        }
    }

    /// One round: queue, push, pull. A taxpayer the authority does not
    /// know (ETAXSERVICE-40002) is registered and the round tried once more.
    pub fn round(&self) -> Result<Report, DbError> {
        let mut report = Report {
            queued: self.queue()?,
            ..Report::default()
        };
        self.exchange(&mut report)?;
        let unknown = |r: &Report| {
            r.failure
                .as_ref()
                .is_some_and(|f| f.code == "ETAXSERVICE-40002")
        };
        if unknown(&report) && self.register().is_ok() {
            report.failure = None;
            self.exchange(&mut report)?;
        }
        Ok(report)
    }

    fn exchange(&self, report: &mut Report) -> Result<(), DbError> {
        self.push(report)?;
        if report.failure.is_none() {
            self.pull(report)?;
        }
        Ok(())
    }

    /// Rounds until `stop` says so, sleeping between them until the next
    /// retry is due (at most `poll`). With `until_idle`, returns once
    /// nothing is pending; `on_round` sees every round's report.
    pub fn run(
        &self,
        poll: std::time::Duration,
        until_idle: bool,
        stop: &dyn Fn() -> bool,
        on_round: &mut dyn FnMut(&Report),
    ) -> Result<(), DbError> {
        loop {
            let report = self.round()?;
            on_round(&report);
            let summary = self.store().outbox_summary(self.company_id())?;
            if until_idle && summary.pending == 0 && report.failure.is_none() {
                return Ok(());
            }
            let now = faktur_store::now_ms();
            let wait = summary
                .next_attempt_at
                .map_or(poll.as_millis() as i64, |next| next - now)
                .clamp(0, poll.as_millis() as i64);
            let deadline =
                std::time::Instant::now() + std::time::Duration::from_millis(wait as u64);
            while std::time::Instant::now() < deadline {
                if stop() {
                    return Ok(());
                }
                std::thread::sleep(
                    std::time::Duration::from_millis(20)
                        .min(deadline.saturating_duration_since(std::time::Instant::now())),
                );
            }
            if stop() {
                return Ok(());
            }
        }
    }
}
