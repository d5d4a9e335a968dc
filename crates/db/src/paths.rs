//! Where things live in a data dir.

use std::path::{Path, PathBuf};

/// The data dir: company databases and their backups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// A data dir at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    /// The default: `$FAKTUR_HOME`, else `$XDG_DATA_HOME/openfaktur`, else
    /// `$HOME/.local/share/openfaktur`, else `./openfaktur-data`.
    pub fn default_location() -> Self {
        if let Some(home) = std::env::var_os("FAKTUR_HOME").filter(|v| !v.is_empty()) {
            return DataDir::new(home);
        }
        if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
            return DataDir::new(PathBuf::from(xdg).join("openfaktur"));
        }
        if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
            return DataDir::new(PathBuf::from(home).join(".local/share/openfaktur"));
        }
        DataDir::new("openfaktur-data")
    }

    /// The root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of company databases.
    pub fn companies_dir(&self) -> PathBuf {
        self.root.join("companies")
    }

    /// The database file of a company.
    pub fn company_file(&self, npwp16: &str) -> PathBuf {
        self.companies_dir().join(format!("{npwp16}.sqlite"))
    }

    /// The backup folder of a company.
    pub fn backup_dir(&self, npwp16: &str) -> PathBuf {
        self.root.join("backups").join(npwp16)
    }

    /// The NPWPs of the company files present, sorted.
    pub fn company_files(&self) -> Vec<(String, PathBuf)> {
        let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(self.companies_dir())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let path = entry.path();
                let name = path.file_name()?.to_str()?;
                let npwp = name.strip_suffix(".sqlite")?;
                (npwp.len() == 16 && npwp.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| (npwp.to_string(), path.clone()))
            })
            .collect();
        out.sort();
        out
    }
}
