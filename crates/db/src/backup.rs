//! Backups: online copies to a SQLite file (from either backend), named by
//! time and reason, rotated, taken on a schedule and before migrations.

use crate::error::{DbError, Exit, Result};
use crate::{AnyStore, CompanyRef};
use faktur_store::{copy, now_ms, ErrorKind, StoreError};
use faktur_store_sqlite::SqliteStore;
use std::path::{Path, PathBuf};

/// When backups are taken automatically and how many are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupPolicy {
    /// Take a backup when the newest is older than this (milliseconds);
    /// `None` disables scheduled backups.
    pub interval_ms: Option<i64>,
    /// Backups kept per company (older ones are deleted).
    pub keep: usize,
}

impl BackupPolicy {
    /// From `FAKTUR_BACKUP_INTERVAL_HOURS` (default 24; 0 disables) and
    /// `FAKTUR_BACKUP_KEEP` (default 10, at least 1).
    pub fn from_env() -> Self {
        let hours: i64 = std::env::var("FAKTUR_BACKUP_INTERVAL_HOURS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(24);
        let keep: usize = std::env::var("FAKTUR_BACKUP_KEEP")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(10);
        BackupPolicy {
            interval_ms: (hours > 0).then_some(hours * 3_600_000),
            keep: keep.max(1),
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The file.
    pub path: PathBuf,
    /// When it was taken (Unix ms).
    pub at: i64,
    /// Why: `manual`, `scheduled`, `pre-migration`, `pre-restore`, `pre-repair`.
    pub reason: String,
    /// Size in bytes.
    pub size: u64,
}

fn stamp(ms: i64) -> String {
    let time = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}{:03}Z",
        time.year(),
        u8::from(time.month()),
        time.day(),
        time.hour(),
        time.minute(),
        time.second(),
        time.millisecond()
    )
}

fn parse_stamp(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 19 || b[8] != b'T' || b[18] != b'Z' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
    let month = time::Month::try_from(u8::try_from(n(4..6)?).ok()?).ok()?;
    let date = time::Date::from_calendar_date(
        i32::try_from(n(0..4)?).ok()?,
        month,
        u8::try_from(n(6..8)?).ok()?,
    )
    .ok()?;
    let t = time::Time::from_hms_milli(
        u8::try_from(n(9..11)?).ok()?,
        u8::try_from(n(11..13)?).ok()?,
        u8::try_from(n(13..15)?).ok()?,
        u16::try_from(n(15..18)?).ok()?,
    )
    .ok()?;
    let dt = time::PrimitiveDateTime::new(date, t).assume_utc();
    i64::try_from(dt.unix_timestamp_nanos() / 1_000_000).ok()
}

/// The backups in `dir`, newest first.
pub fn list_backups(dir: &Path) -> Vec<BackupInfo> {
    let mut out: Vec<BackupInfo> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let path = entry.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".sqlite")?
                .to_string();
            let (stamp, reason) = name.split_once('-')?;
            let at = parse_stamp(stamp)?;
            let size = entry.metadata().ok()?.len();
            Some(BackupInfo {
                path,
                at,
                reason: reason.to_string(),
                size,
            })
        })
        .collect();
    out.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.path.cmp(&a.path)));
    out
}

fn new_backup_path(dir: &Path, reason: &str) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| {
        DbError::new(
            "FKT-1008",
            Exit::Environment,
            format!("{}: {e}", dir.display()),
        )
    })?;
    let mut at = now_ms();
    loop {
        let path = dir.join(format!("{}-{reason}.sqlite", stamp(at)));
        if !path.exists() {
            return Ok(path);
        }
        at += 1;
    }
}

fn rotate(dir: &Path, keep: usize) {
    for old in list_backups(dir).into_iter().skip(keep) {
        let _ = std::fs::remove_file(&old.path);
    }
}

/// An online backup of a SQLite store into `dir`, rotated.
pub(crate) fn sqlite_backup(
    store: &SqliteStore,
    dir: &Path,
    reason: &str,
    keep: usize,
) -> Result<BackupInfo> {
    let path = new_backup_path(dir, reason)?;
    store.backup_to(&path)?;
    verify_backup(store, &path)?;
    rotate(dir, keep);
    info_of(&path, reason)
}

/// The copy must pass the full check before older backups are rotated away:
/// a copy that fails it reveals damage in the source, which is then marked
/// damaged, and the good older backups stay.
fn verify_backup(store: &SqliteStore, path: &Path) -> Result<()> {
    let report = SqliteStore::verify_file(path)?;
    if report.is_healthy() {
        return Ok(());
    }
    let _ = std::fs::remove_file(path);
    let problems = report.problems.join("; ");
    let _ = store.mark_damaged(&problems);
    Err(DbError::new(
        "FKT-1003",
        Exit::Environment,
        format!("the backup copy failed the full check: {problems}"),
    ))
}

fn info_of(path: &Path, reason: &str) -> Result<BackupInfo> {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(BackupInfo {
        path: path.to_path_buf(),
        at: now_ms(),
        reason: reason.to_string(),
        size,
    })
}

/// Backs up the company now: to `dest` if given, else into its backup dir
/// (rotated). A PostgreSQL company is copied into a SQLite file, verified by
/// counts and checksums, so every backup can be checked and restored alike.
pub fn backup_now(cref: &CompanyRef, reason: &str, dest: Option<&Path>) -> Result<BackupInfo> {
    let keep = BackupPolicy::from_env().keep;
    if dest.is_none() && cref.store.sqlite().is_some_and(SqliteStore::is_damaged) {
        // A damaged copy must not push good backups out of the rotation.
        return Err(DbError::new(
            "FKT-1003",
            Exit::Environment,
            "back up a damaged database only with -o PATH",
        ));
    }
    match (&cref.store, dest) {
        (AnyStore::Sqlite(store), None) => sqlite_backup(store, &cref.backup_dir, reason, keep),
        (AnyStore::Sqlite(store), Some(dest)) => {
            refuse_existing(dest)?;
            store.backup_to(dest)?;
            if !store.is_damaged() {
                verify_backup(store, dest)?;
            }
            info_of(dest, reason)
        }
        (AnyStore::Postgres(store), dest) => {
            let path = match dest {
                Some(dest) => {
                    refuse_existing(dest)?;
                    dest.to_path_buf()
                }
                None => new_backup_path(&cref.backup_dir, reason)?,
            };
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("backup");
            let partial = path.with_file_name(format!(
                ".{name}.partial-{}-{}",
                std::process::id(),
                now_ms()
            ));
            {
                let target = SqliteStore::open(&partial)?;
                copy::copy_company(store, cref.company.id, &target)?;
            }
            std::fs::rename(&partial, &path)
                .map_err(|e| StoreError::new(ErrorKind::Backup, e.to_string()))?;
            if dest.is_none() {
                rotate(&cref.backup_dir, keep);
            }
            info_of(&path, reason)
        }
    }
}

fn refuse_existing(dest: &Path) -> Result<()> {
    if dest.exists() {
        return Err(DbError::new(
            "FKT-1008",
            Exit::Refused,
            format!("{} already exists", dest.display()),
        ));
    }
    Ok(())
}

/// Takes a `scheduled` backup when the newest one is older than the policy's
/// interval (or there is none yet and the company has data).
pub(crate) fn scheduled_backup_if_due(cref: &CompanyRef, policy: &BackupPolicy) -> Result<()> {
    let Some(interval) = policy.interval_ms else {
        return Ok(());
    };
    let AnyStore::Sqlite(store) = &cref.store else {
        return Ok(());
    };
    if store.is_damaged() {
        return Ok(());
    }
    let newest = list_backups(&cref.backup_dir).first().map(|b| b.at);
    let due = match newest {
        Some(at) => now_ms() - at >= interval,
        None => true,
    };
    if due {
        // A failed scheduled backup must not stop the user's work: say so.
        if let Err(error) = sqlite_backup(store, &cref.backup_dir, "scheduled", policy.keep) {
            eprintln!("{}: scheduled backup failed: {}", error.code, error.detail);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_round_trip_and_sort() {
        let at = 1_764_021_895_123;
        assert_eq!(parse_stamp(&stamp(at)), Some(at));
        assert_eq!(stamp(0), "19700101T000000000Z");
        assert!(parse_stamp("2026-11-24").is_none());
    }
}
