//! The lampiran of a VAT return as CSV: one file per lampiran, the form's
//! columns, amounts in whole rupiah, returns as negative rows with the
//! returned invoice's number in the last column.

use std::io::Write;

/// One listed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LampiranRow {
    /// The counterparty's name (buyer for outputs, seller for inputs).
    pub name: String,
    /// Its NPWP as stored.
    pub tin: String,
    /// Faktur, retur or document number.
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// DPP, sen (negative for a retur).
    pub dpp: i64,
    /// PPN, sen.
    pub ppn: i64,
    /// PPnBM, sen.
    pub ppnbm: i64,
    /// The invoice replaced or returned, if any.
    pub refers_to: Option<String>,
}

/// The header row: the form's column names.
pub const HEADER: [&str; 9] = [
    "NO",
    "NAMA",
    "NPWP",
    "NOMOR",
    "TANGGAL",
    "DPP",
    "PPN",
    "PPNBM",
    "NOMOR_DIGANTI_DIRETUR",
];

/// Writes one lampiran, row by row (memory stays flat).
#[derive(Debug)]
pub struct LampiranWriter<W: Write> {
    csv: csv::Writer<W>,
    rows: u64,
    totals: [i64; 3],
}

impl<W: Write> LampiranWriter<W> {
    /// Starts the file with its header.
    pub fn new(out: W) -> std::io::Result<Self> {
        let mut csv = csv::WriterBuilder::new().from_writer(out);
        csv.write_record(HEADER).map_err(std::io::Error::other)?;
        Ok(LampiranWriter {
            csv,
            rows: 0,
            totals: [0; 3],
        })
    }

    /// Appends a row.
    pub fn write(&mut self, row: &LampiranRow) -> std::io::Result<()> {
        self.rows += 1;
        self.totals[0] += row.dpp;
        self.totals[1] += row.ppn;
        self.totals[2] += row.ppnbm;
        let rupiah = |sen: i64| (sen / 100).to_string();
        self.csv
            .write_record([
                self.rows.to_string().as_str(),
                &row.name,
                &row.tin,
                &row.number,
                &row.date,
                &rupiah(row.dpp),
                &rupiah(row.ppn),
                &rupiah(row.ppnbm),
                row.refers_to.as_deref().unwrap_or(""),
            ])
            .map_err(std::io::Error::other)
    }

    /// Ends the file with its JUMLAH row; the row count and the totals (sen).
    pub fn finish(mut self) -> std::io::Result<(u64, [i64; 3])> {
        let rupiah = |sen: i64| (sen / 100).to_string();
        self.csv
            .write_record([
                "",
                "JUMLAH",
                "",
                "",
                "",
                &rupiah(self.totals[0]),
                &rupiah(self.totals[1]),
                &rupiah(self.totals[2]),
                "",
            ])
            .map_err(std::io::Error::other)?;
        self.csv.flush()?;
        Ok((self.rows, self.totals))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_totals_and_quoting() {
        let mut writer = LampiranWriter::new(Vec::new()).unwrap();
        let row = LampiranRow {
            name: "PT Pembeli, Tbk".into(),
            tin: "0016090524017000".into(),
            number: "04002500000000001".into(),
            date: "2025-02-10".into(),
            dpp: 10_000_050,
            ppn: 1_100_000,
            ppnbm: 0,
            refers_to: None,
        };
        writer.write(&row).unwrap();
        let retur = LampiranRow {
            number: "RK-1".into(),
            dpp: -1_000_000,
            ppn: -110_000,
            refers_to: Some("04002500000000001".into()),
            ..row.clone()
        };
        writer.write(&retur).unwrap();
        writer.csv.flush().unwrap();
        let csv = writer.csv.get_ref().clone();
        let text = String::from_utf8(csv).unwrap();
        assert!(
            text.starts_with("NO,NAMA,NPWP,NOMOR,TANGGAL,DPP,PPN,PPNBM,NOMOR_DIGANTI_DIRETUR\n")
        );
        assert!(text.contains(
            "1,\"PT Pembeli, Tbk\",0016090524017000,04002500000000001,2025-02-10,100000,11000,0,\n"
        ));
        assert!(text.contains("2,\"PT Pembeli, Tbk\",0016090524017000,RK-1,2025-02-10,-10000,-1100,0,04002500000000001\n"));
        let (rows, totals) = writer.finish().unwrap();
        assert_eq!((rows, totals), (2, [9_000_050, 990_000, 0]));
    }
}
