//! DB administration: info, full check, restore, repair, and moving a company
//! between backends.

use crate::backup::{self, list_backups, BackupInfo, BackupPolicy};
use crate::error::{DbError, Exit, Result};
use crate::open::{normalize_npwp, Target};
use crate::{AnyStore, CompanyRef};
use faktur_store::copy;
use faktur_store::hash::AuditFields;
use faktur_store::schema::{latest_version, TABLES};
use faktur_store::verify::{verify_invoice, InvoiceMeta};
use faktur_store::ErrorKind;
use faktur_store::{
    now_ms, CheckLevel, CheckReport, Company, DatabaseUrl, InvoiceFilter, Store, Value,
};
use faktur_store_sqlite::{damage_marker, SqliteStore};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What `faktur db info` shows.
#[derive(Debug, Clone)]
pub struct DbInfo {
    /// `sqlite` or `postgres`.
    pub backend: &'static str,
    /// Where (passwords redacted).
    pub location: String,
    /// Schema version in the database.
    pub schema_version: i64,
    /// Newest version this program knows.
    pub latest_version: i64,
    /// The company.
    pub company: Company,
    /// Rows per table for this company.
    pub counts: Vec<(&'static str, i64)>,
    /// File size (SQLite).
    pub file_size: Option<u64>,
    /// Refused for writing until repaired.
    pub damaged: bool,
    /// Backups, newest first.
    pub backups: Vec<BackupInfo>,
}

/// Facts about an open company database.
pub fn info(cref: &CompanyRef) -> Result<DbInfo> {
    let store = cref.store.store();
    let mut counts = Vec::new();
    for table in TABLES {
        counts.push((table.name, store.count(table, cref.company.id)?));
    }
    Ok(DbInfo {
        backend: store.backend().as_str(),
        location: store.location(),
        schema_version: store.schema_version()?,
        latest_version: latest_version(),
        company: cref.company.clone(),
        counts,
        file_size: cref
            .file
            .as_ref()
            .and_then(|f| std::fs::metadata(f).ok())
            .map(|m| m.len()),
        damaged: cref.store.sqlite().is_some_and(SqliteStore::is_damaged),
        backups: list_backups(&cref.backup_dir),
    })
}

/// The SQLite file the target names, without opening a company (a damaged
/// file may not even list its companies).
pub fn target_file(target: &Target) -> Result<PathBuf> {
    match &target.database {
        Some(DatabaseUrl::Sqlite(path)) => Ok(path.clone()),
        Some(DatabaseUrl::Postgres(_)) => Err(DbError::new(
            "FKT-1011",
            Exit::Usage,
            "PostgreSQL guards its own storage; use `faktur db backup` and `faktur db restore` into a new database",
        )),
        None => match &target.company {
            Some(npwp) => Ok(target.data_dir.company_file(&normalize_npwp(npwp)?)),
            None => match target.data_dir.company_files().as_slice() {
                [(_, file)] => Ok(file.clone()),
                [] => Err(DbError::new("FKT-1005", Exit::Refused, target.data_dir.root().display().to_string())),
                many => Err(DbError::new("FKT-1006", Exit::Usage, many.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", "))),
            },
        },
    }
}

/// A full integrity check. On SQLite a failed check marks the database
/// damaged: it stays readable and refuses writes until `faktur db repair`.
pub fn check(target: &Target) -> Result<CheckReport> {
    match &target.database {
        Some(url @ DatabaseUrl::Postgres(_)) => {
            let store = AnyStore::open(url)?;
            Ok(store.store().check(CheckLevel::Full)?)
        }
        _ => {
            let file = target_file(target)?;
            if !file.exists() {
                return Err(DbError::new(
                    "ETAX-10005",
                    Exit::Environment,
                    file.display().to_string(),
                ));
            }
            let store = match SqliteStore::open_unmigrated(&file) {
                Ok(store) => store,
                Err(error) if error.kind == ErrorKind::Damaged => {
                    let problem = format!("unreadable: {}", error.detail);
                    mark_file_damaged(&file, &problem);
                    return Ok(CheckReport {
                        problems: vec![problem],
                        verified: vec![],
                    });
                }
                Err(error) => return Err(error.into()),
            };
            let report = match store.check(CheckLevel::Full) {
                Ok(report) => report,
                Err(error) if error.kind == ErrorKind::Damaged => CheckReport {
                    problems: vec![format!("unreadable: {}", error.detail)],
                    verified: vec![],
                },
                Err(error) => return Err(error.into()),
            };
            if !report.is_healthy() {
                store.mark_damaged(&report.problems.join("\n"))?;
            } else if damage_marker(&file).exists() {
                let _ = std::fs::remove_file(damage_marker(&file));
            }
            Ok(report)
        }
    }
}

fn mark_file_damaged(file: &Path, reason: &str) {
    let _ = std::fs::write(damage_marker(file), reason);
}

fn backup_dir_of(target: &Target, file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("company")
        .to_string();
    if file.parent() == Some(target.data_dir.companies_dir().as_path()) {
        target.data_dir.backup_dir(&stem)
    } else {
        file.parent()
            .unwrap_or(Path::new("."))
            .join("backups")
            .join(stem)
    }
}

/// Copies a backup file (through SQLite, so whatever its WAL holds comes
/// along) and runs the full check on the copy.
fn verified_copy(backup: &Path, into: &Path) -> Result<SqliteStore> {
    remove_sqlite_files(into);
    SqliteStore::copy_file(backup, into)?;
    let store = SqliteStore::open(into)?;
    let report = store.check(CheckLevel::Full)?;
    if !report.is_healthy() || store.is_damaged() {
        drop(store);
        remove_sqlite_files(into);
        return Err(DbError::new(
            "FKT-1011",
            Exit::Refused,
            format!("{}: {}", backup.display(), report.problems.join("; ")),
        ));
    }
    Ok(store)
}

fn remove_sqlite_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal", ".damaged"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

fn sibling(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Keeps a byte-for-byte copy of `file` and its WAL files as
/// `<file>.replaced-<ms>`: nothing the user had is ever deleted.
fn preserve(file: &Path) -> Result<Option<PathBuf>> {
    if !file.exists() {
        return Ok(None);
    }
    let keep = sibling(file, &format!(".replaced-{}", now_ms()));
    let env = |e: std::io::Error| DbError::new("FKT-1008", Exit::Environment, e.to_string());
    for suffix in ["", "-wal", "-shm"] {
        let from = sibling(file, suffix);
        if from.exists() {
            std::fs::copy(&from, sibling(&keep, suffix)).map_err(env)?;
        }
    }
    Ok(Some(keep))
}

/// Makes `staging` (closed, checked) the content of `file`. When `file` is a
/// database SQLite can open, the content is replaced through SQLite's own
/// locking, so a process that has it open waits and then sees the new
/// content. Otherwise (missing or unreadable) the file is swapped, after
/// removing any stale WAL that SQLite would otherwise replay onto it.
fn install(file: &Path, staging: &Path) -> Result<()> {
    let env = |e: std::io::Error| DbError::new("FKT-1008", Exit::Environment, e.to_string());
    if file.exists() {
        if let Ok(live) = SqliteStore::open_unmigrated(file) {
            let restored = live.restore_from(staging);
            drop(live);
            if restored.is_ok() {
                remove_sqlite_files(staging);
                return Ok(());
            }
        }
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(sibling(file, suffix));
    }
    let _ = std::fs::remove_file(damage_marker(file));
    std::fs::rename(staging, file).map_err(env)?;
    if let Some(dir) = file.parent() {
        if let Ok(handle) = std::fs::File::open(dir) {
            let _ = handle.sync_all();
        }
    }
    remove_sqlite_files(staging);
    Ok(())
}

/// Restores a backup file (checked first) in place of the company database.
/// The current database, if readable, is backed up first (`pre-restore`).
/// Into PostgreSQL, the backup is copied into the database, which must not
/// hold that company yet.
pub fn restore(target: &Target, backup: &Path) -> Result<Company> {
    if !backup.exists() {
        return Err(DbError::new(
            "ETAX-30006",
            Exit::Usage,
            backup.display().to_string(),
        ));
    }
    if let Some(url @ DatabaseUrl::Postgres(_)) = &target.database {
        let scratch = private_dir()?;
        let source = verified_copy(backup, &scratch.path().join("company.sqlite"))?;
        let company = single_company(&source)?;
        let pg = AnyStore::open(url)?;
        copy::copy_company(&source, company.id, pg.store())?;
        return Ok(company);
    }
    let file = target_file(target)?;
    let staging = sibling(&file, ".restoring");
    let restored = verified_copy(backup, &staging)?;
    let company = single_company(&restored)?;
    drop(restored);
    let refuse = |current: &str| {
        remove_sqlite_files(&staging);
        DbError::new(
            "FKT-1011",
            Exit::Refused,
            format!(
                "the backup holds company {}, this database {current}",
                company.npwp
            ),
        )
    };
    // Never open a missing file: that would create one beside a stale WAL.
    let current = if file.exists() {
        SqliteStore::open_unmigrated(&file).ok()
    } else {
        None
    };
    match current.as_ref().map(|store| store.companies()) {
        Some(Ok(companies)) if companies.len() == 1 && companies[0].npwp != company.npwp => {
            return Err(refuse(&companies[0].npwp));
        }
        _ => {
            let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if stem.len() == 16 && stem.bytes().all(|b| b.is_ascii_digit()) && stem != company.npwp
            {
                return Err(refuse(stem));
            }
        }
    }
    if let Some(current) = current.filter(|c| !c.is_damaged()) {
        backup::sqlite_backup(
            &current,
            &backup_dir_of(target, &file),
            "pre-restore",
            BackupPolicy::from_env().keep,
        )?;
    }
    preserve(&file)?;
    install(&file, &staging)?;
    Ok(company)
}

/// A private (0700) scratch directory, removed when dropped.
fn private_dir() -> Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix("faktur-")
        .tempdir()
        .map_err(|e| DbError::new("FKT-1008", Exit::Environment, e.to_string()))
}

fn single_company(store: &SqliteStore) -> Result<Company> {
    let companies = store.companies()?;
    match companies.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(DbError::new(
            "FKT-1011",
            Exit::Refused,
            format!(
                "a company backup holds exactly one company, this one {}",
                companies.len()
            ),
        )),
    }
}

/// What `faktur db repair` did.
#[derive(Debug, Clone, Default)]
pub struct RepairReport {
    /// The backup the repair started from.
    pub backup: Option<BackupInfo>,
    /// Invoices the backup held.
    pub from_backup: i64,
    /// Invoices newer than the backup read back intact from the damaged file.
    pub salvaged: Vec<i64>,
    /// Invoices known (from the damaged file's audit log or listing) but not
    /// brought back: unreadable or failing their checksum.
    pub lost: Vec<i64>,
    /// Tables whose rows in the damaged file outnumber those brought back,
    /// with how many rows are missing (everything since the backup that is not
    /// an invoice: ranges, outbox, payments, …).
    pub gaps: Vec<(String, i64)>,
    /// Whether the damaged file could be read at all.
    pub damaged_readable: bool,
    /// Where the damaged file was kept.
    pub kept_as: Option<PathBuf>,
}

/// True when the file is damaged: marked, unopenable as a database, failing
/// its quick check, or failing the full check.
fn is_damaged(file: &Path) -> Result<bool> {
    if damage_marker(file).exists() {
        return Ok(true);
    }
    match SqliteStore::open_unmigrated(file) {
        Err(error) if error.kind == ErrorKind::Damaged => Ok(true),
        Err(error) => Err(error.into()),
        Ok(store) if store.is_damaged() => Ok(true),
        Ok(store) => match store.check(CheckLevel::Full) {
            Ok(report) => Ok(!report.is_healthy()),
            Err(error) if error.kind == ErrorKind::Damaged => Ok(true),
            Err(error) => Err(error.into()),
        },
    }
}

/// Repairs a damaged SQLite company database from its newest backup that
/// passes the full check, salvages every invoice newer than the backup that
/// can still be read intact (its checksum verifies) from the damaged file, and
/// reports what could not be brought back, table by table. A healthy
/// database is left alone. The damaged file is kept.
pub fn repair(target: &Target) -> Result<RepairReport> {
    let file = target_file(target)?;
    if !file.exists() {
        return Err(DbError::new(
            "ETAX-10005",
            Exit::Environment,
            file.display().to_string(),
        ));
    }
    if !is_damaged(&file)? {
        return Err(DbError::new(
            "FKT-1011",
            Exit::Refused,
            format!("{} is healthy: nothing to repair", file.display()),
        ));
    }
    let dir = backup_dir_of(target, &file);
    let staging = sibling(&file, ".repairing");
    let mut report = RepairReport::default();
    let mut repaired = None;
    for candidate in list_backups(&dir) {
        if let Ok(store) = verified_copy(&candidate.path, &staging) {
            report.backup = Some(candidate);
            repaired = Some(store);
            break;
        }
    }
    let repaired = repaired
        .ok_or_else(|| DbError::new("FKT-1010", Exit::Refused, dir.display().to_string()))?;
    let company = single_company(&repaired)?;
    let restored: BTreeSet<i64> = repaired
        .list_invoices(company.id, &InvoiceFilter::default())?
        .iter()
        .map(|r| r.id)
        .collect();
    report.from_backup = restored.len() as i64;
    salvage(&file, &repaired, &company, &restored, &mut report);
    report.gaps = gaps(&file, &repaired, company.id);
    let detail = format!(
        "from backup {}; salvaged {:?}; lost {:?}; gaps {:?}",
        report
            .backup
            .as_ref()
            .map(|b| b.path.display().to_string())
            .unwrap_or_default(),
        report.salvaged,
        report.lost,
        report.gaps
    );
    let fields = AuditFields {
        at: now_ms(),
        actor: "repair",
        action: "repair",
        entity: "company",
        entity_id: company.id,
        detail: &detail,
    };
    repaired.append_audit(company.id, &fields)?;
    let health = repaired.check(CheckLevel::Full)?;
    if !health.is_healthy() {
        return Err(DbError::new(
            "FKT-1003",
            Exit::Environment,
            health.problems.join("; "),
        ));
    }
    drop(repaired);
    report.kept_as = preserve(&file)?;
    install(&file, &staging)?;
    Ok(report)
}

/// Rows the damaged file still shows that the repaired database lacks.
fn gaps(file: &Path, repaired: &SqliteStore, company_id: i64) -> Vec<(String, i64)> {
    let Ok(damaged) = SqliteStore::open_unmigrated(file) else {
        return Vec::new();
    };
    TABLES
        .iter()
        .filter(|t| t.name != "audit_log")
        .filter_map(|table| {
            let before = damaged.count(table, company_id).ok()?;
            let after = repaired.count(table, company_id).ok()?;
            (before > after).then(|| (table.name.to_string(), before - after))
        })
        .collect()
}

/// Reads invoices newer than the backup from the damaged file, keeping those
/// whose checksum verifies.
fn salvage(
    file: &Path,
    repaired: &SqliteStore,
    company: &Company,
    restored: &BTreeSet<i64>,
    report: &mut RepairReport,
) {
    let Ok(damaged) = SqliteStore::open_unmigrated(file) else {
        return;
    };
    let mut candidates = BTreeSet::new();
    if let Ok(log) = damaged.audit_log(company.id) {
        report.damaged_readable = true;
        candidates.extend(
            log.iter()
                .filter(|e| e.entity == "invoice" && e.action == "create")
                .map(|e| e.entity_id),
        );
    }
    let after = restored.iter().next_back().copied().unwrap_or(0);
    if let Ok(listed) = damaged.list_invoices(
        company.id,
        &InvoiceFilter {
            after_id: Some(after),
            ..Default::default()
        },
    ) {
        report.damaged_readable = true;
        candidates.extend(listed.iter().map(|r| r.id));
    }
    for id in candidates.into_iter().filter(|id| !restored.contains(id)) {
        let record = match damaged.invoice(company.id, id) {
            Ok(Some(record)) => record,
            _ => {
                report.lost.push(id);
                continue;
            }
        };
        let meta = InvoiceMeta {
            id,
            company_id: company.id,
            line_count: record.invoice.lines.len() as i64,
            batch_id: record.batch_id.clone(),
            created_by: record.created_by.clone(),
            created_at: record.created_at,
            updated_at: record.updated_at,
            row_hash: record.row_hash.clone(),
        };
        let mut verdict = CheckReport::default();
        verify_invoice(&meta, &record.invoice, &mut verdict);
        let detail = format!(
            "salvaged by repair: {}",
            record
                .invoice
                .number
                .as_deref()
                .or(record.invoice.reference.as_deref())
                .unwrap_or("")
        );
        let fields = AuditFields {
            at: now_ms(),
            actor: "repair",
            action: "create",
            entity: "invoice",
            entity_id: id,
            detail: &detail,
        };
        if verdict.is_healthy()
            && write_invoice(repaired, &record).is_ok()
            && repaired.append_audit(company.id, &fields).is_ok()
        {
            report.salvaged.push(id);
        } else {
            report.lost.push(id);
        }
    }
}

fn write_invoice(store: &SqliteStore, r: &faktur_store::InvoiceRecord) -> faktur_store::Result<()> {
    let i = &r.invoice;
    let text = |s: &str| Value::Text(s.to_string());
    let opt = |s: &Option<String>| s.as_ref().map_or(Value::Null, |v| Value::Text(v.clone()));
    let header = vec![
        Value::Int(r.id),
        Value::Int(r.company_id),
        text(&i.kind),
        text(&i.status),
        text(&i.date),
        text(&i.masa),
        text(&i.trx_code),
        opt(&i.number),
        opt(&i.reference),
        opt(&i.replaces),
        text(&i.seller_tin),
        text(&i.seller_json),
        text(&i.buyer_tin),
        text(&i.buyer_json),
        opt(&i.add_info),
        opt(&i.facility_stamp),
        opt(&i.custom_doc),
        opt(&i.custom_doc_period),
        Value::Int(i64::from(i.prices_include_vat)),
        text(&i.regime),
        text(&i.era),
        Value::Int(i.tax_base),
        Value::Int(i.other_tax_base),
        Value::Int(i.vat),
        Value::Int(i.stlg),
        Value::Int(i.lines.len() as i64),
        text(&r.batch_id),
        text(&r.created_by),
        Value::Int(r.created_at),
        Value::Int(r.updated_at),
        text(&r.row_hash),
        opt(&i.source_json),
    ];
    let invoices = faktur_store::schema::table("invoices").unwrap_or(&TABLES[0]);
    let lines = faktur_store::schema::table("invoice_lines").unwrap_or(&TABLES[0]);
    store.write_tables(&mut |w| {
        w.write_row(invoices, &header)?;
        for l in &i.lines {
            let row = vec![
                Value::Int(r.id),
                Value::Int(l.line_no),
                text(&l.opt),
                text(&l.code),
                text(&l.name),
                text(&l.unit),
                text(&l.price),
                text(&l.qty),
                text(&l.discount),
                Value::Int(i64::from(l.luxury)),
                text(&l.vat_rate),
                text(&l.stlg_rate),
                text(&l.price_ex_vat),
                text(&l.discount_ex_vat),
                Value::Int(l.tax_base),
                Value::Int(l.other_tax_base),
                Value::Int(l.vat),
                Value::Int(l.stlg),
                opt(&l.item_code),
            ];
            w.write_row(lines, &row)?;
        }
        Ok(())
    })
}

/// Copies the company into the store at `url` (SQLite file or PostgreSQL),
/// verified table by table by row counts and checksums.
pub fn migrate_to(cref: &CompanyRef, url: &DatabaseUrl) -> Result<copy::Copied> {
    let target = AnyStore::open(url)?;
    if let Some(existing) = target
        .store()
        .companies()?
        .iter()
        .find(|c| c.npwp == cref.company.npwp)
    {
        return Err(DbError::new(
            "FKT-1007",
            Exit::Refused,
            format!("{} already holds company {}", url, existing.npwp),
        ));
    }
    Ok(copy::copy_company(
        cref.store.store(),
        cref.company.id,
        target.store(),
    )?)
}
