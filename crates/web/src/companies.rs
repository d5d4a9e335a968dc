//! The companies the server serves, opened once and kept open (a SQLite
//! company's quick check runs on open, not on every request).
//!
//! Each company has a gate: every use holds it shared for its while
//! ([`Held`]); a restore holds it alone, after the uses in flight have
//! finished, closes the open store, replaces the database, and lets the
//! next use open it again. A use that arrives during the restore is told
//! the database is busy (FKT-1012) rather than wait or write to a file
//! about to be replaced.

use faktur_core::finding::codes;
use faktur_db::{CompanyRef, DbError, Exit, Target};
use faktur_store::Company;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedRwLockReadGuard, RwLock};

/// An open company and its gate.
#[derive(Debug)]
struct Slot {
    gate: Arc<RwLock<()>>,
    open: Option<Arc<CompanyRef>>,
}

/// Open companies by NPWP16.
#[derive(Debug)]
pub struct Companies {
    target: Target,
    slots: Mutex<HashMap<String, Slot>>,
}

/// A company in use: its store stays in place while this lives.
#[derive(Debug)]
pub struct Held {
    cref: Arc<CompanyRef>,
    _use: OwnedRwLockReadGuard<()>,
}

impl std::ops::Deref for Held {
    type Target = CompanyRef;

    fn deref(&self) -> &CompanyRef {
        &self.cref
    }
}

fn busy(npwp: &str) -> DbError {
    DbError::new(
        codes::DB_BUSY,
        Exit::Environment,
        format!("{npwp}: a restore is in progress"),
    )
}

impl Companies {
    pub fn new(target: Target) -> Self {
        Companies {
            target,
            slots: Mutex::new(HashMap::new()),
        }
    }

    /// Where company data lives.
    pub fn target(&self) -> &Target {
        &self.target
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Slot>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn gate(&self, npwp: &str) -> Arc<RwLock<()>> {
        self.lock()
            .entry(npwp.to_string())
            .or_insert_with(|| Slot {
                gate: Arc::new(RwLock::new(())),
                open: None,
            })
            .gate
            .clone()
    }

    /// The company with this NPWP16, opened on first use. The gate is
    /// taken and the open store read under one lock of the table (this is
    /// on every request's path).
    pub fn get(&self, npwp: &str) -> Result<Held, DbError> {
        let (held, open) = {
            let mut slots = self.lock();
            let slot = slots.entry(npwp.to_string()).or_insert_with(|| Slot {
                gate: Arc::new(RwLock::new(())),
                open: None,
            });
            let held = slot.gate.clone().try_read_owned().map_err(|_| busy(npwp))?;
            (held, slot.open.clone())
        };
        if let Some(cref) = open {
            return Ok(Held { cref, _use: held });
        }
        let target = Target {
            company: Some(npwp.to_string()),
            ..self.target.clone()
        };
        let cref = Arc::new(faktur_db::open_company(&target)?);
        let cref = {
            let mut slots = self.lock();
            let slot = slots.get_mut(npwp).ok_or_else(|| busy(npwp))?;
            slot.open.get_or_insert(cref).clone()
        };
        Ok(Held { cref, _use: held })
    }

    /// Every company of the data dir or database.
    pub fn list(&self) -> Result<Vec<Company>, DbError> {
        Ok(faktur_db::company_list(&self.target)?
            .into_iter()
            .map(|(c, _)| c)
            .collect())
    }

    /// The NPWPs of every company, cheaply: the data dir's file names
    /// (opening each file would run its integrity check), or the
    /// database's companies.
    pub fn npwps(&self) -> Result<Vec<String>, DbError> {
        if self.target.database.is_none() {
            return Ok(self
                .target
                .data_dir
                .company_files()
                .into_iter()
                .map(|(npwp, _)| npwp)
                .collect());
        }
        Ok(self.list()?.into_iter().map(|c| c.npwp).collect())
    }

    /// Runs `work` with the company out of service: no use in flight (it
    /// waits up to `wait` for them to finish), its store closed. The next
    /// use opens the database as `work` left it.
    pub fn exclusively<T>(
        &self,
        npwp: &str,
        wait: Duration,
        work: impl FnOnce() -> Result<T, DbError>,
    ) -> Result<T, DbError> {
        let gate = self.gate(npwp);
        let deadline = Instant::now() + wait;
        let _alone = loop {
            match gate.clone().try_write_owned() {
                Ok(guard) => break guard,
                Err(_) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Err(_) => return Err(busy(npwp)),
            }
        };
        // The last reference: dropping it closes the connections.
        if let Some(slot) = self.lock().get_mut(npwp) {
            slot.open = None;
        }
        work()
    }
}
