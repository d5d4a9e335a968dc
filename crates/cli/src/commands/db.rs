//! `faktur db info|check|backup|restore|repair|migrate`.

use super::{say, target};
use crate::cli::{DbCommand, Global};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_USAGE};
use std::process::ExitCode;

pub fn run(command: &DbCommand, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    let lang = global.lang();
    match command {
        DbCommand::Info => {
            let cref = faktur_db::open_company(&target)?;
            let info = faktur_db::info(&cref)?;
            if global.json {
                let counts: serde_json::Map<String, serde_json::Value> = info
                    .counts
                    .iter()
                    .map(|(t, n)| ((*t).to_string(), (*n).into()))
                    .collect();
                let backups: Vec<_> = info
                    .backups
                    .iter()
                    .map(|b| serde_json::json!({"path": b.path, "at_ms": b.at, "reason": b.reason, "bytes": b.size}))
                    .collect();
                let body = serde_json::json!({
                    "backend": info.backend, "location": info.location, "schema_version": info.schema_version,
                    "latest_version": info.latest_version, "company": {"npwp": info.company.npwp, "name": info.company.name},
                    "counts": counts, "file_bytes": info.file_size, "damaged": info.damaged, "backups": backups,
                });
                crate::outln!(
                    "{}",
                    serde_json::to_string_pretty(&body).unwrap_or_default()
                );
            } else {
                crate::outln!(
                    "{}: {} ({})",
                    say(lang, "Perusahaan", "Company"),
                    info.company.name,
                    info.company.npwp
                );
                crate::outln!(
                    "{}: {} {}",
                    say(lang, "Database", "Database"),
                    info.backend,
                    info.location
                );
                crate::outln!(
                    "{}: {} / {}",
                    say(lang, "Versi skema", "Schema version"),
                    info.schema_version,
                    info.latest_version
                );
                if let Some(bytes) = info.file_size {
                    crate::outln!("{}: {bytes} bytes", say(lang, "Ukuran berkas", "File size"));
                }
                if info.damaged {
                    crate::outln!(
                        "{}",
                        say(
                            lang,
                            "RUSAK: hanya-baca sampai `faktur db repair`",
                            "DAMAGED: read-only until `faktur db repair`"
                        )
                    );
                }
                for (table, rows) in &info.counts {
                    crate::outln!("  {table:<24} {rows:>10}");
                }
                crate::outln!(
                    "{}: {}",
                    say(lang, "Cadangan", "Backups"),
                    info.backups.len()
                );
                for backup in info.backups.iter().take(5) {
                    crate::outln!(
                        "  {}  ({}, {} bytes)",
                        backup.path.display(),
                        backup.reason,
                        backup.size
                    );
                }
            }
        }
        DbCommand::Check => {
            let report = faktur_db::check(&target)?;
            if global.json {
                let verified: serde_json::Map<String, serde_json::Value> = report
                    .verified
                    .iter()
                    .map(|(t, n)| (t.clone(), (*n).into()))
                    .collect();
                crate::outln!(
                    "{}",
                    serde_json::json!({"healthy": report.is_healthy(), "problems": report.problems, "verified": verified})
                );
            } else {
                for (what, n) in &report.verified {
                    crate::outln!("  {} {what}: {n}", say(lang, "diperiksa", "verified"));
                }
            }
            if !report.is_healthy() {
                let mut error = CliError::new(
                    "FKT-1003",
                    EXIT_ENVIRONMENT,
                    format!("{} problem(s)", report.problems.len()),
                );
                error
                    .details
                    .extend(report.problems.iter().take(20).cloned());
                error.details.push("faktur db repair".into());
                return Err(error);
            }
            if !global.json && !global.quiet {
                crate::outln!("{}", say(lang, "Database sehat.", "Database healthy."));
            }
        }
        DbCommand::Backup { output } => {
            let cref = faktur_db::open_company(&target)?;
            let backup = faktur_db::backup_now(&cref, "manual", output.as_deref())?;
            if global.json {
                crate::outln!(
                    "{}",
                    serde_json::json!({"path": backup.path, "bytes": backup.size, "reason": backup.reason})
                );
            } else if !global.quiet {
                crate::outln!("{} ({} bytes)", backup.path.display(), backup.size);
            }
        }
        DbCommand::Restore { file } => {
            let company = faktur_db::restore(&target, file)?;
            if global.json {
                crate::outln!(
                    "{}",
                    serde_json::json!({"restored": file, "company": company.npwp})
                );
            } else if !global.quiet {
                crate::outln!(
                    "{} {} ← {}",
                    say(lang, "Dipulihkan:", "Restored:"),
                    company.npwp,
                    file.display()
                );
            }
        }
        DbCommand::Repair => {
            let report = faktur_db::repair(&target)?;
            let backup = report
                .backup
                .as_ref()
                .map(|b| b.path.display().to_string())
                .unwrap_or_default();
            if global.json {
                crate::outln!(
                    "{}",
                    serde_json::json!({
                        "backup": backup, "from_backup": report.from_backup, "salvaged": report.salvaged,
                        "lost": report.lost, "gaps": report.gaps, "damaged_readable": report.damaged_readable,
                        "damaged_kept_as": report.kept_as,
                    })
                );
            } else {
                crate::outln!(
                    "{}: {backup}",
                    say(lang, "Dipulihkan dari cadangan", "Restored from backup")
                );
                crate::outln!(
                    "  {}: {}",
                    say(lang, "faktur dari cadangan", "invoices from the backup"),
                    report.from_backup
                );
                crate::outln!(
                    "  {}: {:?}",
                    say(
                        lang,
                        "faktur diselamatkan dari berkas rusak",
                        "invoices salvaged from the damaged file"
                    ),
                    report.salvaged
                );
                crate::outln!(
                    "  {}: {:?}",
                    say(lang, "TIDAK terbawa", "NOT brought back"),
                    report.lost
                );
                for (table, rows) in &report.gaps {
                    crate::outln!(
                        "  {}: {table} {rows}",
                        say(lang, "baris lain yang hilang", "other rows lost")
                    );
                }
                if !report.damaged_readable {
                    crate::outln!(
                        "  {}",
                        say(
                            lang,
                            "Berkas rusak tidak terbaca: data setelah cadangan ini tidak dapat dipulihkan dari sini.",
                            "The damaged file was unreadable: data written after this backup could not be recovered from it."
                        )
                    );
                }
                if let Some(kept) = &report.kept_as {
                    crate::outln!(
                        "  {}: {}",
                        say(
                            lang,
                            "berkas rusak disimpan sebagai",
                            "damaged file kept as"
                        ),
                        kept.display()
                    );
                }
            }
        }
        DbCommand::StressWrite { batch, batches } => stress_write(&target, *batch, *batches)?,
        DbCommand::Recover { authority } => recover(&target, &authority.url, global)?,
        DbCommand::Migrate { to } => {
            let url = faktur_store::DatabaseUrl::parse(to)
                .map_err(|e| CliError::new("FKT-6002", EXIT_USAGE, e))?;
            let cref = faktur_db::open_company(&target)?;
            let copied = faktur_db::migrate_to(&cref, &url)?;
            let summary = &copied.tables;
            if global.json {
                let tables: Vec<_> =
                    summary.iter().map(|s| serde_json::json!({"table": s.table, "rows": s.rows, "checksum": s.checksum})).collect();
                crate::outln!(
                    "{}",
                    serde_json::json!({"to": url.to_string(), "verified": tables})
                );
            } else {
                crate::outln!(
                    "{} {} → {}",
                    say(lang, "Disalin dan diverifikasi:", "Copied and verified:"),
                    cref.company.npwp,
                    url
                );
                for s in summary {
                    crate::outln!("  {:<24} {:>10}  {}", s.table, s.rows, &s.checksum[..16]);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes batches of synthetic 3-line invoices forever (or `batches` times),
/// printing `ACK <batch> <first id> <last id>` only after each commit.
fn stress_write(
    target: &faktur_db::Target,
    batch: usize,
    batches: Option<usize>,
) -> Result<(), CliError> {
    // Synthetic invoices must never land in real books by accident.
    if std::env::var("FAKTUR_ALLOW_STRESS_WRITE").as_deref() != Ok("1") {
        return Err(CliError::new(
            "FKT-6002",
            crate::error::EXIT_USAGE,
            "set FAKTUR_ALLOW_STRESS_WRITE=1 (reliability tests only)",
        ));
    }
    let cref = faktur_db::open_company(target)?;
    let store = cref.store.store();
    let invoices = faktur_store::schema::table("invoices")
        .ok_or_else(|| CliError::new("FKT-1009", EXIT_ENVIRONMENT, "schema"))?;
    let mut next = store
        .count(invoices, cref.company.id)
        .map_err(faktur_db::DbError::from)?;
    let mut round = 0usize;
    while batches.is_none_or(|limit| round < limit) {
        let rows: Vec<_> = (0..batch)
            .map(|i| faktur_store::contract::sample_invoice(next + i as i64, 3))
            .collect();
        let ids = store
            .insert_invoices(cref.company.id, &rows, "stress")
            .map_err(faktur_db::DbError::from)?;
        next += batch as i64;
        round += 1;
        crate::outln!(
            "ACK {round} {} {}",
            ids.first().copied().unwrap_or(0),
            ids.last().copied().unwrap_or(0)
        );
    }
    Ok(())
}

/// Opens the company, or — when its database is gone — creates it again
/// from what the authority knows of the taxpayer (its key, kept in the data
/// dir, proves who asks).
fn open_or_recreate(
    target: &faktur_db::Target,
    url: &str,
) -> Result<faktur_db::CompanyRef, CliError> {
    match faktur_db::open_company(target) {
        Ok(cref) => Ok(cref),
        Err(e) if e.code == "FKT-1005" && target.company.is_some() => {
            let npwp = faktur_db::normalize_npwp(target.company.as_deref().unwrap_or(""))?;
            let path = faktur_sync::keys::key_path(target.data_dir.root(), &npwp);
            let keys =
                faktur_sync::keys::load(&path).map_err(|f| super::sync::failure_error(&f))?;
            let me = faktur_sync::Client::new(url, &npwp, keys)
                .me()
                .map_err(|f| super::sync::failure_error(&f))?;
            faktur_db::company_init(target, &npwp, &me.name, &me.address, None)?;
            Ok(faktur_db::open_company(target)?)
        }
        Err(e) => Err(e.into()),
    }
}

fn recover(target: &faktur_db::Target, url: &str, global: &Global) -> Result<(), CliError> {
    let lang = global.lang();
    let cref = open_or_recreate(target, url)?;
    let syncer = super::sync::syncer(&cref, target, url, faktur_sync::Options::default())?;
    let recovered = faktur_sync::recover::recover(&syncer, "recover")?;
    if global.json {
        let body = serde_json::json!({
            "issued": recovered.issued, "events": recovered.feed.events,
            "problems": recovered.problems,
            "error": recovered.failure.as_ref().map(|f| serde_json::json!({"code": f.code, "detail": f.detail})),
        });
        crate::outln!("{body}");
    } else if !global.quiet {
        crate::outln!(
            "{}: {}, {}: {}",
            say(
                lang,
                "Faktur keluaran dari otoritas",
                "Output invoices from the authority"
            ),
            recovered.issued,
            say(
                lang,
                "peristiwa (faktur masukan, status)",
                "events (input invoices, statuses)"
            ),
            recovered.feed.events
        );
        for problem in &recovered.problems {
            crate::outln!("  {problem}");
        }
    }
    match &recovered.failure {
        // Stopped half-way: what came back is stored; running again continues.
        Some(failure) => Err(super::sync::failure_error(failure)),
        None => Ok(()),
    }
}
