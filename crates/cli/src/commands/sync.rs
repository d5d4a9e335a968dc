//! `faktur sync [--once | --until-idle]` and `faktur sync status`.
//!
//! An unreachable authority is a state, not an error: the command says
//! that the outbox waits, and exits 0. Interrupting sync at any moment is
//! safe: every answer is recorded in one transaction, and what was sent but
//! not recorded is sent again under the same key.

use super::{say, target};
use crate::cli::{Global, SyncArgs, SyncCommand};
use crate::error::{CliError, EXIT_ENVIRONMENT};
use faktur_core::{catalogue, Lang};
use faktur_db::{CompanyRef, Target};
use faktur_sync::status::{format_time, SyncStatus};
use faktur_sync::{Client, Failure, Options, Report, Syncer};
use std::process::ExitCode;

pub fn run(args: &SyncArgs, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    let cref = faktur_db::open_company(&target)?;
    match args.command {
        Some(SyncCommand::Status) => {
            let status = faktur_sync::status::status(cref.store.store(), cref.company.id)?;
            print_status(&status, global);
            Ok(ExitCode::SUCCESS)
        }
        None => push(&cref, &target, args, global),
    }
}

/// A catalogue code for a sync failure (its own when the catalogue knows
/// it).
pub fn failure_error(failure: &Failure) -> CliError {
    let code = catalogue::lookup(&failure.code).map_or("FKT-4005", |e| e.code);
    CliError::new(code, EXIT_ENVIRONMENT, failure.text())
}

/// The company's sync: its key (created on first use and registered with
/// the authority when it answers).
pub fn syncer<'a>(
    cref: &'a CompanyRef,
    target: &Target,
    url: &str,
    options: Options,
) -> Result<Syncer<'a>, CliError> {
    let path = faktur_sync::keys::key_path(target.data_dir.root(), &cref.company.npwp);
    let (keys, created) =
        faktur_sync::keys::load_or_create(&path).map_err(|f| failure_error(&f))?;
    let syncer = Syncer::new(cref, Client::new(url, &cref.company.npwp, keys), options);
    if created {
        // Offline now? The first round that reaches the authority registers
        // (it answers ETAXSERVICE-40002 for an unknown taxpayer).
        let _ = syncer.register();
    }
    Ok(syncer)
}

fn push(
    cref: &CompanyRef,
    target: &Target,
    args: &SyncArgs,
    global: &Global,
) -> Result<ExitCode, CliError> {
    let options = Options {
        batch: usize::from(args.batch),
        ignore_backoff: args.once,
        ..Options::default()
    };
    let syncer = syncer(cref, target, &args.authority.url, options)?;
    let lang = global.lang();
    if args.once {
        let report = syncer.round()?;
        print_round(&report, global);
    } else {
        let poll = std::time::Duration::from_secs(args.poll.max(1));
        let mut on_round = |report: &Report| {
            let busy = report.queued + report.sent + report.events > 0;
            if busy || report.failure.is_some() {
                print_round(report, global);
            }
        };
        syncer.run(poll, args.until_idle, &|| false, &mut on_round)?;
    }
    let status = faktur_sync::status::status(cref.store.store(), cref.company.id)?;
    if !global.quiet && !global.json {
        crate::outln!(
            "{}: {}",
            say(lang, "Status sync", "Sync status"),
            status.state.describe(lang)
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn print_round(report: &Report, global: &Global) {
    if global.quiet {
        return;
    }
    let lang = global.lang();
    if global.json {
        let body = serde_json::json!({
            "queued": report.queued, "sent": report.sent, "accepted": report.tally.accepted,
            "refused": report.tally.refused, "retrying": report.tally.retrying,
            "events": report.events, "problems": report.problems,
            "error": report.failure.as_ref().map(|f| serde_json::json!({"code": f.code, "detail": f.detail})),
        });
        crate::outln!("{body}");
        return;
    }
    crate::outln!(
        "{}",
        match lang {
            Lang::Id => format!(
                "Antre {}, dikirim {}, disetujui {}, ditolak {}, diulang {}, peristiwa {}",
                report.queued,
                report.sent,
                report.tally.accepted,
                report.tally.refused,
                report.tally.retrying,
                report.events
            ),
            Lang::En => format!(
                "Queued {}, sent {}, approved {}, refused {}, to retry {}, events {}",
                report.queued,
                report.sent,
                report.tally.accepted,
                report.tally.refused,
                report.tally.retrying,
                report.events
            ),
        }
    );
    for problem in &report.problems {
        crate::outln!("  {problem}");
    }
    if let Some(failure) = &report.failure {
        let message = catalogue::lookup(&failure.code).map_or("", |e| e.message.get(lang));
        crate::outln!(
            "{} {}: {message} ({})",
            say(
                lang,
                "Outbox menunggu, tidak ada yang hilang:",
                "The outbox waits, nothing is lost:"
            ),
            failure.code,
            failure.detail
        );
    }
}

fn print_status(status: &SyncStatus, global: &Global) {
    let lang = global.lang();
    let (outbox, sync) = (&status.outbox, &status.sync);
    let since = match status.state {
        faktur_sync::status::State::WaitingForConnection { since }
        | faktur_sync::status::State::Retrying { since } => Some(since),
        _ => None,
    };
    let last_error = sync
        .last_error
        .clone()
        .or_else(|| outbox.last_error.clone());
    if global.json {
        let code = last_error
            .as_deref()
            .and_then(|e| e.split(':').next())
            .map(str::to_string);
        let body = serde_json::json!({
            "state": status.state.name(), "since_ms": since,
            "pending": outbox.pending, "retrying": outbox.retrying, "done": outbox.done,
            "refused": outbox.failed, "oldest_pending_ms": outbox.oldest_pending_at,
            "next_attempt_ms": outbox.next_attempt_at, "last_ok_ms": sync.last_ok_at,
            "failing_since_ms": sync.failing_since, "events_after": sync.events_after,
            "last_error": last_error, "last_error_code": code,
        });
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&body).unwrap_or_default()
        );
        return;
    }
    crate::outln!(
        "{}: {}",
        say(lang, "Status sync", "Sync status"),
        status.state.describe(lang)
    );
    crate::outln!(
        "{}",
        match lang {
            Lang::Id => format!(
                "Outbox: {} menunggu ({} diulang), {} selesai, {} ditolak",
                outbox.pending, outbox.retrying, outbox.done, outbox.failed
            ),
            Lang::En => format!(
                "Outbox: {} pending ({} retrying), {} done, {} refused",
                outbox.pending, outbox.retrying, outbox.done, outbox.failed
            ),
        }
    );
    if let Some(next) = outbox.next_attempt_at.filter(|_| outbox.pending > 0) {
        crate::outln!(
            "{}: {}",
            say(lang, "Percobaan berikutnya", "Next attempt"),
            format_time(next)
        );
    }
    if let Some(ok) = sync.last_ok_at {
        crate::outln!(
            "{}: {}",
            say(lang, "Kontak terakhir", "Last contact"),
            format_time(ok)
        );
    }
    if let Some(error) = last_error {
        let code = error.split(':').next().unwrap_or("");
        crate::outln!("{}: {error}", say(lang, "Kesalahan terakhir", "Last error"));
        crate::outln!("  faktur explain {code}");
    }
}
