//! Choosing and opening a company: from the data dir (one SQLite file per
//! company) or from `--database URL` (a SQLite file or a PostgreSQL database
//! with one or more companies).

use crate::backup::{self, BackupPolicy};
use crate::error::{DbError, Exit, Result};
use crate::{AnyStore, DataDir};
use faktur_core::ids::{Nitku, Npwp16};
use faktur_store::{Company, DatabaseUrl, NewCompany};
use faktur_store_sqlite::SqliteStore;
use std::path::PathBuf;

/// What the user pointed at: a data dir, maybe a database URL, maybe a
/// company NPWP.
#[derive(Debug, Clone)]
pub struct Target {
    /// The data dir (company files and backups).
    pub data_dir: DataDir,
    /// `--database`, overriding the data dir's company files.
    pub database: Option<DatabaseUrl>,
    /// `--company`: an NPWP in any printed form.
    pub company: Option<String>,
}

/// An open company.
#[derive(Debug)]
pub struct CompanyRef {
    /// Its store.
    pub store: AnyStore,
    /// The company.
    pub company: Company,
    /// The SQLite file, when the store is one.
    pub file: Option<PathBuf>,
    /// Where its backups go (SQLite; PostgreSQL backups too, as SQLite files).
    pub backup_dir: PathBuf,
}

/// Normalizes an NPWP given on the command line to 16 digits.
pub fn normalize_npwp(text: &str) -> Result<String> {
    Npwp16::parse_any(text)
        .map(|n| n.digits().to_string())
        .map_err(|e| DbError::new("ETAX-20005", Exit::Usage, format!("{text}: {e}")))
}

fn backup_dir_for_file(target: &Target, file: &std::path::Path, npwp: &str) -> PathBuf {
    if file.parent() == Some(target.data_dir.companies_dir().as_path()) {
        target.data_dir.backup_dir(npwp)
    } else {
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("company");
        file.parent()
            .unwrap_or(std::path::Path::new("."))
            .join("backups")
            .join(stem)
    }
}

/// Opens a SQLite company file: quick check, a backup before any pending
/// migration, then the migration.
fn open_sqlite(file: &std::path::Path, backup_dir: &std::path::Path) -> Result<SqliteStore> {
    let store = SqliteStore::open_unmigrated(file)?;
    if !store.is_damaged() {
        let pending = store.pending_migrations()?;
        let existing = faktur_store::Store::schema_version(&store)? > 0;
        if !pending.is_empty() && existing {
            backup::sqlite_backup(
                &store,
                backup_dir,
                "pre-migration",
                BackupPolicy::from_env().keep,
            )?;
        }
        store.migrate()?;
    }
    Ok(store)
}

fn select<'a>(
    companies: &'a [Company],
    wanted: Option<&str>,
    location: &str,
) -> Result<&'a Company> {
    match wanted {
        Some(npwp) => companies.iter().find(|c| c.npwp == npwp).ok_or_else(|| {
            DbError::new("FKT-1005", Exit::Refused, format!("{npwp} in {location}"))
        }),
        None => match companies {
            [one] => Ok(one),
            [] => Err(DbError::new(
                "FKT-1005",
                Exit::Refused,
                format!("no company in {location}: faktur company init"),
            )),
            many => Err(DbError::new(
                "FKT-1006",
                Exit::Usage,
                many.iter()
                    .map(|c| format!("{} {}", c.npwp, c.name))
                    .collect::<Vec<_>>()
                    .join("; "),
            )),
        },
    }
}

/// Opens the company the target names (or the only one), and takes a
/// scheduled backup when one is due.
pub fn open_company(target: &Target) -> Result<CompanyRef> {
    let wanted = target.company.as_deref().map(normalize_npwp).transpose()?;
    let cref = match &target.database {
        Some(url @ DatabaseUrl::Postgres(_)) => {
            let store = AnyStore::open(url)?;
            let companies = store.store().companies()?;
            let company = select(&companies, wanted.as_deref(), &store.store().location())?.clone();
            let backup_dir = target.data_dir.backup_dir(&company.npwp);
            CompanyRef {
                store,
                company,
                file: None,
                backup_dir,
            }
        }
        Some(DatabaseUrl::Sqlite(path)) => open_file(target, path.clone(), wanted.as_deref())?,
        None => {
            let files = target.data_dir.company_files();
            let file = match wanted.as_deref() {
                Some(npwp) => target.data_dir.company_file(npwp),
                None => match files.as_slice() {
                    [(_, one)] => one.clone(),
                    [] => {
                        return Err(DbError::new(
                            "FKT-1005",
                            Exit::Refused,
                            format!(
                                "no company in {}: faktur company init",
                                target.data_dir.root().display()
                            ),
                        ))
                    }
                    many => {
                        return Err(DbError::new(
                            "FKT-1006",
                            Exit::Usage,
                            many.iter()
                                .map(|(n, _)| n.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ))
                    }
                },
            };
            if !file.exists() {
                return Err(DbError::new(
                    "FKT-1005",
                    Exit::Refused,
                    file.display().to_string(),
                ));
            }
            open_file(target, file, wanted.as_deref())?
        }
    };
    let policy = BackupPolicy::from_env();
    backup::scheduled_backup_if_due(&cref, &policy)?;
    Ok(cref)
}

fn open_file(target: &Target, file: PathBuf, wanted: Option<&str>) -> Result<CompanyRef> {
    let hint = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("company")
        .to_string();
    let backup_dir = backup_dir_for_file(target, &file, wanted.unwrap_or(&hint));
    let store = AnyStore::Sqlite(open_sqlite(&file, &backup_dir)?);
    let companies = store.store().companies()?;
    let company = select(&companies, wanted, &file.display().to_string())?.clone();
    let backup_dir = backup_dir_for_file(target, &file, &company.npwp);
    Ok(CompanyRef {
        store,
        company,
        file: Some(file),
        backup_dir,
    })
}

/// Creates a company: its own database file in the data dir, or a company
/// in the database given by URL.
pub fn company_init(
    target: &Target,
    npwp: &str,
    name: &str,
    address: &str,
    nitku: Option<&str>,
) -> Result<Company> {
    let npwp16 = Npwp16::parse_any(npwp)
        .map_err(|e| DbError::new("ETAX-20005", Exit::Refused, format!("{npwp}: {e}")))?;
    if npwp16.is_zero() {
        return Err(DbError::new("FKT-2107", Exit::Refused, npwp.to_string()));
    }
    let nitku = match nitku {
        Some(text) => Nitku::parse(text)
            .map_err(|e| DbError::new("FKT-2108", Exit::Refused, format!("{text}: {e}")))?,
        None => Nitku::of(&npwp16, Nitku::HEAD_OFFICE)
            .map_err(|e| DbError::new("FKT-2108", Exit::Refused, e.to_string()))?,
    };
    if name.trim().is_empty() {
        return Err(DbError::new("FKT-2113", Exit::Refused, "--name"));
    }
    let new = NewCompany {
        npwp: npwp16.digits().to_string(),
        name: name.trim().to_string(),
        address: address.trim().to_string(),
        nitku: nitku.digits().to_string(),
    };
    let store = match &target.database {
        Some(url) => AnyStore::open(url)?,
        None => {
            let file = target.data_dir.company_file(&new.npwp);
            if file.exists() {
                return Err(DbError::new(
                    "FKT-1007",
                    Exit::Refused,
                    format!("{} exists", file.display()),
                ));
            }
            AnyStore::Sqlite(SqliteStore::open(&file)?)
        }
    };
    Ok(store.store().create_company(&new, "cli")?)
}

/// The companies of the target: every company file of the data dir, or the
/// companies of the database URL.
pub fn company_list(target: &Target) -> Result<Vec<(Company, String)>> {
    if let Some(url) = &target.database {
        let store = AnyStore::open(url)?;
        let location = store.store().location();
        return Ok(store
            .store()
            .companies()?
            .into_iter()
            .map(|c| (c, location.clone()))
            .collect());
    }
    let mut out = Vec::new();
    for (_, file) in target.data_dir.company_files() {
        let store = SqliteStore::open_unmigrated(&file)?;
        let location = format!("sqlite:{}", file.display());
        let companies = faktur_store::Store::companies(&store).map_err(DbError::from)?;
        out.extend(companies.into_iter().map(|c| (c, location.clone())));
    }
    Ok(out)
}
