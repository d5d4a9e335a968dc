//! `faktur import FILE [--format auto|efaktur-csv|coretax-xml|qr-xml] [--dry-run]
//! [--partial]`.

use super::target;
use crate::cli::{Global, ImportArgs};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_REFUSED, EXIT_USAGE};
use faktur_core::Lang;
use faktur_db::{ImportMode, ImportReport};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

pub fn run(args: &ImportArgs, global: &Global) -> Result<ExitCode, CliError> {
    let lang = global.lang();
    let file = std::fs::File::open(&args.file).map_err(|e| {
        let code = if e.kind() == std::io::ErrorKind::NotFound {
            "ETAX-30006"
        } else {
            "ETAX-30007"
        };
        CliError::new(
            code,
            if code == "ETAX-30006" {
                EXIT_USAGE
            } else {
                EXIT_ENVIRONMENT
            },
            format!("{}: {e}", args.file.display()),
        )
    })?;
    let show_progress = std::io::stderr().is_terminal() && !global.json && !global.quiet;
    let bar = if show_progress {
        progress_bar(file.metadata().map(|m| m.len()).unwrap_or(0))
    } else {
        indicatif::ProgressBar::hidden()
    };
    let counted = Counted {
        inner: file,
        bar: bar.clone(),
    };
    let mode = match (args.dry_run, args.partial) {
        (true, _) => ImportMode::DryRun,
        (false, true) => ImportMode::Partial,
        (false, false) => ImportMode::AllOrNothing,
    };
    let cref = faktur_db::open_company(&target(global)?)?;
    let context = faktur_core::invoice::Context {
        today: Some(super::calc::today()?),
    };
    let mut progress = |count: usize| {
        if count % 1000 == 0 {
            bar.set_message(format!("{count} faktur"));
        }
    };
    let report = faktur_db::import_any(
        &cref,
        counted,
        &args.format,
        mode,
        &context,
        lang,
        "cli",
        &mut progress,
    )
    .map_err(|e| {
        if e.code == "ETAX-30007" {
            CliError::new(
                e.code,
                EXIT_ENVIRONMENT,
                format!("{}: {}", args.file.display(), e.detail),
            )
        } else {
            e.into()
        }
    })?;
    bar.finish_and_clear();
    print_report(&report, mode, global, lang);
    Ok(
        if report.rejected == 0 && report.problems.iter().all(|p| p.severity != "error") {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(EXIT_REFUSED)
        },
    )
}

/// A bar over the bytes of the file (compressed bytes for gzip), with the
/// invoices read so far as its message.
fn progress_bar(len: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(len);
    let style = indicatif::ProgressStyle::with_template(
        "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} {msg} ETA {eta}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// Counts the bytes read from the file onto the progress bar.
struct Counted<R> {
    inner: R,
    bar: indicatif::ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.bar.inc(read as u64);
        Ok(read)
    }
}

fn print_report(report: &ImportReport, mode: ImportMode, global: &Global, lang: Lang) {
    if global.json {
        let body = report.to_json(mode);
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&body).unwrap_or_default()
        );
        return;
    }
    for p in &report.problems {
        let reference = p.reference.as_deref().unwrap_or("");
        crate::outln!(
            "{}:{}  {:<7} {:<14} {reference}  {}",
            p.line,
            p.column,
            p.severity,
            p.code,
            p.message
        );
    }
    if global.quiet {
        return;
    }
    let (read, ok, refused, stored) = match lang {
        Lang::Id => ("dibaca", "valid", "ditolak", "disimpan"),
        Lang::En => ("read", "valid", "refused", "stored"),
    };
    crate::outln!(
        "faktur: {} {read}, {} {ok}, {} {refused}, {} {stored}",
        report.invoices,
        report.accepted,
        report.rejected,
        report.stored
    );
    if !report.committed && mode == ImportMode::AllOrNothing && report.rejected > 0 {
        crate::outln!(
            "{}",
            match lang {
                Lang::Id => "Tidak ada yang disimpan: perbaiki baris di atas, atau pakai --partial untuk menyimpan yang valid.",
                Lang::En => "Nothing was stored: fix the rows above, or use --partial to store the valid invoices.",
            }
        );
    }
}
