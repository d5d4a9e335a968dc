//! `faktur gen`: reproducible synthetic files.

use crate::cli::{GenArgs, Global};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_USAGE};
use faktur_formats::coretax_xml::{CoretaxWriter, MAX_INVOICES_PER_FILE};
use faktur_formats::efaktur_csv::{document, retur, RecordType, RecordWriter};
use faktur_formats::synth;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

fn io(error: std::io::Error) -> CliError {
    CliError::new("ETAX-30007", EXIT_ENVIRONMENT, error.to_string())
}

/// An NPWP option (15 or 16 digits, any printed form).
fn npwp_arg(option: &str, value: &str) -> Result<faktur_core::ids::Npwp16, CliError> {
    faktur_core::ids::Npwp16::parse_any(value)
        .map_err(|e| CliError::new("ETAX-20005", EXIT_USAGE, format!("{option} {value}: {e}")))
}

/// The FM header and one FM row per generated invoice (the counterparty is
/// the seller); returns the output.
fn fm_rows<W: Write>(
    mut writer: RecordWriter<W>,
    args: &GenArgs,
    lines: usize,
) -> std::io::Result<W> {
    writer.write_fm_header()?;
    for n in 0..args.invoices {
        let invoice = synth::invoice(args.seed, n, 2024, lines);
        let row = faktur_formats::efaktur_csv::fm::fm_record(&synth::fm_invoice(&invoice, n));
        writer.write(&row)?;
    }
    writer.finish()
}

pub fn run(args: &GenArgs, global: &Global) -> Result<ExitCode, CliError> {
    let lines = usize::from(args.lines);
    let mut files = Vec::new();
    if args.format == "efaktur-csv" {
        let file = std::fs::File::create(&args.output).map_err(io)?;
        let mut writer = RecordWriter::new(BufWriter::with_capacity(1 << 20, file));
        writer.write_headers().map_err(io)?;
        for n in 0..args.invoices {
            let invoice = synth::invoice(args.seed, n, 2024, lines);
            for record in synth::efaktur_records(&invoice, n) {
                writer.write(&record).map_err(io)?;
            }
        }
        writer.finish().map_err(io)?;
        files.push(args.output.clone());
    } else if args.format == "prepopulated-csv" {
        // As DJP serves the list: gzip around a `;`-separated FM file.
        let file = std::fs::File::create(&args.output).map_err(io)?;
        let gz = flate2::write::GzEncoder::new(
            BufWriter::with_capacity(1 << 20, file),
            flate2::Compression::default(),
        );
        let gz = fm_rows(RecordWriter::prepopulated(gz), args, lines).map_err(io)?;
        gz.finish().map_err(io)?.flush().map_err(io)?;
        files.push(args.output.clone());
    } else if args.format == "purchases-csv" {
        // Purchases as the desktop imports them: FM rows, canonical CSV.
        let file = std::fs::File::create(&args.output).map_err(io)?;
        let writer = RecordWriter::new(BufWriter::with_capacity(1 << 20, file));
        fm_rows(writer, args, lines)
            .map_err(io)?
            .flush()
            .map_err(io)?;
        files.push(args.output.clone());
    } else if args.format == "retur-csv" {
        // RM rows returning a tenth of every fourth purchase of
        // `purchases-csv` with the same seed and count.
        let file = std::fs::File::create(&args.output).map_err(io)?;
        let mut writer = RecordWriter::new(BufWriter::with_capacity(1 << 20, file));
        writer.write_header(RecordType::Rm).map_err(io)?;
        for n in (0..args.invoices).step_by(4) {
            let fm = synth::fm_invoice(&synth::invoice(args.seed, n, 2024, lines), n);
            writer
                .write(&retur::retur_record(&synth::retur_of(&fm, n)))
                .map_err(io)?;
        }
        writer.finish().map_err(io)?.flush().map_err(io)?;
        files.push(args.output.clone());
    } else if args.format == "dokumen-lain-csv" {
        // Half export declarations (DK), half import declarations (DM).
        let file = std::fs::File::create(&args.output).map_err(io)?;
        let mut writer = RecordWriter::new(BufWriter::with_capacity(1 << 20, file));
        for (output, kind) in [(true, RecordType::Dk), (false, RecordType::Dm)] {
            writer.write_header(kind).map_err(io)?;
            for n in (0..args.invoices).filter(|n| (n % 2 == 0) == output) {
                let row = synth::document(args.seed, n, output);
                writer.write(&document::document_record(&row)).map_err(io)?;
            }
        }
        writer.finish().map_err(io)?.flush().map_err(io)?;
        files.push(args.output.clone());
    } else if args.format == "coretax-xlsx" {
        let seller = npwp_arg("--seller", &args.seller)?;
        let idtku = format!("{}000000", seller.digits());
        let chunked = args.invoices > MAX_INVOICES_PER_FILE as u64;
        let mut n = 0;
        while n < args.invoices {
            let end = (n + MAX_INVOICES_PER_FILE as u64).min(args.invoices);
            let invoices: Vec<_> = (n..end)
                .map(|k| synth::coretax_invoice(&synth::invoice(args.seed, k, 2025, lines), &idtku))
                .collect();
            let bytes = faktur_formats::coretax_xlsx::write(seller.digits(), &invoices)
                .map_err(|e| io(std::io::Error::other(e.to_string())))?;
            let path = faktur_db::chunk_path(&args.output, files.len() + 1, chunked, "xlsx");
            std::fs::write(&path, bytes).map_err(io)?;
            files.push(path);
            n = end;
        }
    } else if args.format == "qr-xml" {
        let buyer = npwp_arg("--buyer", &args.buyer)?;
        // e-Faktur era answers carry the 15-digit NPWP.
        let npwp15 = buyer.digits().get(1..).unwrap_or_default().to_string();
        let party = (
            npwp15.as_str(),
            "PT PEMBELI DEMO",
            "Jl. Demo No. 1, Jakarta",
        );
        let several = args.invoices > 1;
        for n in 0..args.invoices {
            let path = faktur_db::chunk_path(&args.output, n as usize + 1, several, "xml");
            let file = std::fs::File::create(&path).map_err(io)?;
            let invoice = synth::invoice(args.seed, n, 2024, lines);
            let response = synth::qr_response(&invoice, n, party);
            faktur_formats::qr_xml::write(&response, BufWriter::new(file)).map_err(io)?;
            files.push(path);
        }
    } else {
        let seller = npwp_arg("--seller", &args.seller)?;
        let idtku = format!("{}000000", seller.digits());
        let chunked = args.invoices > MAX_INVOICES_PER_FILE as u64;
        let mut writer: Option<CoretaxWriter<BufWriter<std::fs::File>>> = None;
        for n in 0..args.invoices {
            if writer
                .as_ref()
                .is_some_and(|w| w.count() >= MAX_INVOICES_PER_FILE)
            {
                if let Some(full) = writer.take() {
                    full.finish().map_err(io)?;
                }
            }
            if writer.is_none() {
                let path = faktur_db::chunk_path(&args.output, files.len() + 1, chunked, "xml");
                let file = std::fs::File::create(&path).map_err(io)?;
                writer =
                    Some(CoretaxWriter::new(BufWriter::new(file), seller.digits()).map_err(io)?);
                files.push(path);
            }
            let invoice = synth::invoice(args.seed, n, 2025, lines);
            if let Some(w) = writer.as_mut() {
                w.write(&synth::coretax_invoice(&invoice, &idtku))
                    .map_err(io)?;
            }
        }
        if let Some(last) = writer.take() {
            last.finish().map_err(io)?;
        }
    }
    if global.json {
        crate::outln!(
            "{}",
            serde_json::json!({"invoices": args.invoices, "files": files})
        );
    } else if !global.quiet {
        for file in &files {
            crate::outln!("{}", file.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
