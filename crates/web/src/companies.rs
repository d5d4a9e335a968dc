//! The companies the server serves, opened once and kept open (a SQLite
//! company's quick check runs on open, not on every request).

use faktur_db::{CompanyRef, DbError, Target};
use faktur_store::Company;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Open companies by NPWP16.
#[derive(Debug)]
pub struct Companies {
    target: Target,
    open: Mutex<HashMap<String, Arc<CompanyRef>>>,
}

impl Companies {
    pub fn new(target: Target) -> Self {
        Companies {
            target,
            open: Mutex::new(HashMap::new()),
        }
    }

    /// Where company data lives.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// The company with this NPWP16, opened on first use.
    pub fn get(&self, npwp: &str) -> Result<Arc<CompanyRef>, DbError> {
        if let Some(open) = self.lock().get(npwp) {
            return Ok(open.clone());
        }
        let target = Target {
            company: Some(npwp.to_string()),
            ..self.target.clone()
        };
        let cref = Arc::new(faktur_db::open_company(&target)?);
        Ok(self.lock().entry(npwp.to_string()).or_insert(cref).clone())
    }

    /// Every company of the data dir or database.
    pub fn list(&self) -> Result<Vec<Company>, DbError> {
        Ok(faktur_db::company_list(&self.target)?
            .into_iter()
            .map(|(c, _)| c)
            .collect())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<CompanyRef>>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }
}
