//! `faktur import FILE [--format auto|efaktur-csv|coretax-xml|qr-xml] [--dry-run]
//! [--partial]`.

use super::target;
use crate::cli::{Global, ImportArgs};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_REFUSED, EXIT_USAGE};
use faktur_core::Lang;
use faktur_db::{ImportMode, ImportReport};
use faktur_formats::{Format, DETECT_BYTES};
use std::io::{BufRead, BufReader, IsTerminal, Read};
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
    let mut file = unpacked(counted).map_err(|e| {
        CliError::new(
            "ETAX-30007",
            EXIT_ENVIRONMENT,
            format!("{}: {e}", args.file.display()),
        )
    })?;
    let format = match args.format.as_str() {
        "coretax-xml" => Format::CoretaxXml,
        "efaktur-csv" | "prepopulated-csv" => Format::EfakturCsv,
        "qr-xml" => Format::QrXml,
        "coretax-xlsx" => Format::CoretaxXlsx,
        _ => {
            let head = file.fill_buf().unwrap_or(&[]);
            faktur_formats::detect(&head[..head.len().min(DETECT_BYTES)])
        }
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
    let report = match format {
        Format::CoretaxXml => {
            faktur_db::import_coretax_xml(&cref, file, mode, &context, lang, "cli", &mut progress)?
        }
        Format::EfakturCsv => {
            faktur_db::import_efaktur_csv(&cref, file, mode, &context, lang, "cli", &mut progress)?
        }
        Format::QrXml => faktur_db::import_qr_xml(&cref, file, mode, &context, lang, "cli")?,
        Format::CoretaxXlsx => {
            // A workbook's zip directory is at its end: it is read whole,
            // within a limit.
            let mut bytes = Vec::new();
            file.take(MAX_WORKBOOK + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| CliError::new("ETAX-30007", EXIT_ENVIRONMENT, e.to_string()))?;
            if bytes.len() as u64 > MAX_WORKBOOK {
                return Err(CliError::new(
                    "FKT-3011",
                    EXIT_USAGE,
                    format!("{}: over {} MiB", args.file.display(), MAX_WORKBOOK >> 20),
                ));
            }
            let input = std::io::Cursor::new(bytes);
            faktur_db::import_coretax_xlsx(
                &cref,
                input,
                mode,
                &context,
                lang,
                "cli",
                &mut progress,
            )?
        }
    };
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

/// The largest Excel workbook imported (it is held in memory).
const MAX_WORKBOOK: u64 = 256 << 20;

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

/// The file's content: gzip (how DJP serves the prepopulated input-invoice
/// list, named `.zip`) is decompressed on the fly, anything else read as is.
fn unpacked(file: impl Read + Send + 'static) -> std::io::Result<Box<dyn BufRead + Send>> {
    let mut raw = BufReader::with_capacity(1 << 16, file);
    if raw.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(raw);
        return Ok(Box::new(BufReader::with_capacity(1 << 16, gz)));
    }
    Ok(Box::new(raw))
}

fn print_report(report: &ImportReport, mode: ImportMode, global: &Global, lang: Lang) {
    if global.json {
        let problems: Vec<_> = report
            .problems
            .iter()
            .map(|p| {
                serde_json::json!({
                    "line": p.line, "column": p.column, "reference": p.reference, "code": p.code,
                    "severity": p.severity, "message": p.message,
                })
            })
            .collect();
        let body = serde_json::json!({
            "invoices": report.invoices, "accepted": report.accepted, "rejected": report.rejected,
            "stored": report.stored, "committed": report.committed, "dry_run": mode == ImportMode::DryRun,
            "problems": problems,
        });
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
