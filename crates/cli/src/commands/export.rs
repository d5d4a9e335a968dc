//! `faktur export --period YYYY-MM --format efaktur-csv|coretax-xml|coretax-xlsx
//! [--kind output|input] [--records faktur|retur|dokumen-lain] -o PATH`:
//! input invoices as FM rows, returns as RK/RM rows and other documents as
//! DK/DM rows (CSV only).

use super::target;
use crate::cli::{ExportArgs, Global};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_USAGE};
use faktur_db::ExportFilter;
use std::process::ExitCode;

pub fn run(args: &ExportArgs, global: &Global) -> Result<ExitCode, CliError> {
    let masa_ok = args.period.len() == 7
        && args.period.as_bytes()[4] == b'-'
        && args.period[..4].bytes().all(|b| b.is_ascii_digit())
        && matches!(args.period[5..].parse::<u8>(), Ok(1..=12));
    if !masa_ok {
        return Err(CliError::new(
            "FKT-6002",
            EXIT_USAGE,
            format!("--period {}: use YYYY-MM", args.period),
        ));
    }
    if args.format != "efaktur-csv" && args.kind == "input" {
        // TaxInvoiceBulk is the seller's upload of output invoices; input
        // invoices leave as FM rows.
        return Err(CliError::new(
            "FKT-6002",
            EXIT_USAGE,
            "--kind input: use --format efaktur-csv (FM rows); the Coretax XML and Excel templates carry output invoices only",
        ));
    }
    if args.format != "efaktur-csv" && args.records != "faktur" {
        return Err(CliError::new(
            "FKT-6002",
            EXIT_USAGE,
            format!(
                "--records {}: use --format efaktur-csv (RK/RM and DK/DM rows)",
                args.records
            ),
        ));
    }
    let cref = faktur_db::open_company(&target(global)?)?;
    let filter = ExportFilter {
        masa: args.period.clone(),
        kind: args.kind.clone(),
        status: args.status.clone(),
    };
    let (files, count) = if args.format == "efaktur-csv" {
        let file = std::fs::File::create(&args.output).map_err(|e| {
            CliError::new(
                "ETAX-30007",
                EXIT_ENVIRONMENT,
                format!("{}: {e}", args.output.display()),
            )
        })?;
        let out = std::io::BufWriter::new(file);
        let count = match args.records.as_str() {
            "retur" => faktur_db::export_notes(&cref, &filter, faktur_db::Notes::Retur, out)?,
            "dokumen-lain" => {
                faktur_db::export_notes(&cref, &filter, faktur_db::Notes::Documents, out)?
            }
            _ => faktur_db::export_efaktur_csv(&cref, &filter, out)?,
        };
        (vec![args.output.clone()], count)
    } else if args.format == "coretax-xlsx" {
        faktur_db::export_coretax_xlsx(&cref, &filter, &args.output)?
    } else {
        faktur_db::export_coretax_xml(&cref, &filter, &args.output)?
    };
    if global.json {
        crate::outln!("{}", serde_json::json!({"invoices": count, "files": files}));
    } else if !global.quiet {
        for file in &files {
            crate::outln!("{}", file.display());
        }
        crate::outln!("faktur: {count}");
    }
    Ok(ExitCode::SUCCESS)
}
