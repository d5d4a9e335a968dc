//! RK/RM (nota retur) and DK/DM (dokumen lain) rows: golden files, the
//! cell checks at their columns, and write-back identity.

use super::{document, retur, Record, RecordReader, RecordType, RecordWriter};
use proptest::prelude::*;

fn read(text: &str) -> Vec<Record> {
    RecordReader::new(text.as_bytes(), b',')
        .map(|r| r.expect("row reads"))
        .collect()
}

/// What an e-Faktur desktop user imports: an RM and an RK file each open
/// with their header row.
const RETUR_FILE: &str = concat!(
    "\"RK\",\"NPWP\",\"NAMA\",\"KD_JENIS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_FAKTUR\",\"TANGGAL_FAKTUR\",\"NOMOR_DOKUMEN_RETUR\",\"TANGGAL_RETUR\",\"MASA_PAJAK_RETUR\",\"TAHUN_PAJAK_RETUR\",\"NILAI_RETUR_DPP\",\"NILAI_RETUR_PPN\",\"NILAI_RETUR_PPNBM\"\n",
    "\"RK\",\"013121660091000\",\"PT CONTOH\",\"01\",\"0\",\"0002400000001\",\"15/3/2024\",\"RET/2024/001\",\"2/4/2024\",\"4\",\"2024\",\"1350000\",\"148500\",\"0\"\n",
    "\"RM\",\"NPWP\",\"NAMA\",\"KD_JENIS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_FAKTUR\",\"TANGGAL_FAKTUR\",\"IS_CREDITABLE\",\"NOMOR_DOKUMEN_RETUR\",\"TANGGAL_RETUR\",\"MASA_PAJAK_RETUR\",\"TAHUN_PAJAK_RETUR\",\"NILAI_RETUR_DPP\",\"NILAI_RETUR_PPN\",\"NILAI_RETUR_PPNBM\"\n",
    "\"RM\",\"013121660091000\",\"PT CONTOH\",\"07\",\"1\",\"0002400000002\",\"1/3/2024\",\"0\",\"R-7\",\"31/3/2024\",\"3\",\"2024\",\"100000\",\"0\",\"0\"\n",
);

const DOCUMENT_FILE: &str = concat!(
    "\"DK\",\"JENIS_TRANSAKSI\",\"JENIS_DOKUMEN\",\"KD_JNS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_DOK_LAIN_GANTI\",\"NOMOR_DOK_LAIN\",\"TANGGAL_DOK_LAIN\",\"MASA_PAJAK\",\"TAHUN_PAJAK\",\"NPWP\",\"NAMA\",\"ALAMAT_LENGKAP\",\"JUMLAH_DPP\",\"JUMLAH_PPN\",\"JUMLAH_PPNBM\",\"KETERANGAN\"\n",
    "\"DK\",\"1\",\"1\",\"1\",\"0\",\"\",\"PEB-000123\",\"5/6/2024\",\"6\",\"2024\",\"000000000000000\",\"ACME LTD\",\"SINGAPORE\",\"50000000\",\"0\",\"0\",\"ekspor\"\n",
    "\"DM\",\"JENIS_TRANSAKSI\",\"JENIS_DOKUMEN\",\"KD_JNS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_DOK_LAIN_GANTI\",\"NOMOR_DOK_LAIN\",\"TANGGAL_DOK_LAIN\",\"MASA_PAJAK\",\"TAHUN_PAJAK\",\"NPWP\",\"NAMA\",\"ALAMAT_LENGKAP\",\"JUMLAH_DPP\",\"JUMLAH_PPN\",\"JUMLAH_PPNBM\",\"KETERANGAN\",\"FG_CREDITABLE\"\n",
    "\"DM\",\"1\",\"2\",\"1\",\"1\",\"PIB-9\",\"PIB-10\",\"20/6/2024\",\"8\",\"2024\",\"000000000000000\",\"GLOBEX\",\"\",\"20000000\",\"2200000\",\"0\",\"\",\"1\"\n",
);

/// Reads every row of the file with its row reader and writes it back.
fn write_back(text: &str) -> String {
    let mut writer = RecordWriter::new(Vec::new());
    for record in read(text) {
        writer.write_header(record.kind).unwrap();
        let back = match record.kind {
            RecordType::Rk | RecordType::Rm => {
                retur::retur_record(&retur::retur_row(&record).unwrap())
            }
            _ => document::document_record(&document::document_row(&record).unwrap()),
        };
        writer.write(&back).unwrap();
    }
    String::from_utf8(writer.finish().unwrap()).unwrap()
}

#[test]
fn retur_and_document_files_read_and_write_back_byte_for_byte() {
    assert_eq!(write_back(RETUR_FILE), RETUR_FILE);
    assert_eq!(write_back(DOCUMENT_FILE), DOCUMENT_FILE);
}

#[test]
fn retur_rows_read_into_their_fields() {
    let records = read(RETUR_FILE);
    let rk = retur::retur_row(&records[0]).unwrap();
    assert_eq!(rk.line, 2);
    assert_eq!(rk.kind, RecordType::Rk);
    assert_eq!(rk.invoice_number, "0100002400000001");
    assert_eq!(
        (rk.invoice_date.as_str(), rk.date.as_str()),
        ("2024-03-15", "2024-04-02")
    );
    assert_eq!(
        (rk.number.as_str(), rk.masa.as_str()),
        ("RET/2024/001", "2024-04")
    );
    assert_eq!(rk.amounts, ["1350000", "148500", "0"].map(String::from));
    assert_eq!(rk.creditable, None);
    let rm = retur::retur_row(&records[1]).unwrap();
    assert_eq!(rm.invoice_number, "0710002400000002");
    assert_eq!(rm.creditable, Some(false));
    assert_eq!((rm.number.as_str(), rm.masa.as_str()), ("R-7", "2024-03"));
    assert_eq!(rm.column(12), 13);
}

#[test]
fn document_rows_read_into_their_fields() {
    let records = read(DOCUMENT_FILE);
    let dk = document::document_row(&records[0]).unwrap();
    assert_eq!(
        (dk.number.as_str(), dk.masa.as_str()),
        ("PEB-000123", "2024-06")
    );
    assert_eq!((dk.replaces, dk.creditable), (None, None));
    assert_eq!(dk.npwp, "000000000000000");
    let dm = document::document_row(&records[1]).unwrap();
    assert_eq!(dm.replaces.as_deref(), Some("PIB-9"));
    assert_eq!(dm.creditable, Some(true));
    assert_eq!(dm.masa, "2024-08");
    assert_eq!(dm.amounts, ["20000000", "2200000", "0"].map(String::from));
}

/// (text replaced, replacement, expected (column, code) findings).
type Case<'a> = (&'a str, &'a str, &'a [(usize, &'a str)]);

fn findings(text: &str, row: usize) -> Vec<(usize, &'static str)> {
    let record = read(text).remove(row);
    let errors = match record.kind {
        RecordType::Rk | RecordType::Rm => retur::retur_row(&record).err(),
        _ => document::document_row(&record).err(),
    };
    errors
        .unwrap_or_default()
        .iter()
        .map(|e| (e.column, e.code))
        .collect()
}

#[test]
fn retur_rows_report_each_bad_cell_at_its_column() {
    let cases: [Case; 8] = [
        (
            "\"2/4/2024\",\"4\"",
            "\"14/3/2024\",\"3\"",
            &[(9, "ETAX-20030")],
        ),
        (
            "\"4\",\"2024\",\"1350000\"",
            "\"5\",\"2024\",\"1350000\"",
            &[(10, "ETAX-20031")],
        ),
        ("\"RET/2024/001\"", "\"\"", &[(8, "ETAX-20008")]),
        (
            "\"013121660091000\"",
            "\"013121661091000\"",
            &[(2, "ETAX-20005")],
        ),
        ("\"15/3/2024\"", "\"31/2/2024\"", &[(7, "ETAX-20006")]),
        (
            "\"01\",\"0\",\"0002400000001\"",
            "\"99\",\"2\",\"123\"",
            &[(4, "ETAX-20004"), (5, "ETAX-20004"), (6, "ETAX-20004")],
        ),
        (
            "\"2024\",\"1350000\"",
            "\"24\",\"1350000\"",
            &[(11, "ETAX-20004")],
        ),
        // A buyer without NPWP may return goods.
        ("\"013121660091000\"", "\"000000000000000\"", &[]),
    ];
    for (from, to, expected) in cases {
        let text = RETUR_FILE.replacen(from, to, 1);
        assert_ne!(text, RETUR_FILE, "{to}");
        assert_eq!(findings(&text, 0), expected, "{to}");
    }
    // RM: the seller is a PKP, and the columns after IS_CREDITABLE shift.
    let rm_cases: [Case; 3] = [
        (",\"0\",\"R-7\"", ",\"2\",\"R-7\"", &[(8, "ETAX-20004")]),
        (
            "\"31/3/2024\"",
            "\"28/2/2024\"",
            &[(10, "ETAX-20030"), (11, "ETAX-20031")],
        ),
        (
            "\"RM\",\"013121660091000\"",
            "\"RM\",\"000000000000000\"",
            &[(2, "ETAX-20005")],
        ),
    ];
    for (from, to, expected) in rm_cases {
        let text = RETUR_FILE.replacen(from, to, 1);
        assert_ne!(text, RETUR_FILE, "{to}");
        assert_eq!(findings(&text, 1), expected, "{to}");
    }
}

#[test]
fn document_rows_report_each_bad_cell_at_its_column() {
    let dk: [Case; 5] = [
        (
            "\"1\",\"1\",\"1\",\"0\",\"\"",
            "\"x\",\"123\",\"\",\"0\",\"\"",
            &[(2, "ETAX-30031"), (3, "ETAX-30031"), (4, "ETAX-30031")],
        ),
        ("\"0\",\"\",\"PEB", "\"1\",\"\",\"PEB", &[(6, "ETAX-30031")]),
        (
            "\"6\",\"2024\",\"000",
            "\"7\",\"2024\",\"000",
            &[(9, "FKT-3015")],
        ),
        ("\"PEB-000123\"", "\" \"", &[(7, "ETAX-30031")]),
        ("\"5/6/2024\"", "\"2024-06-05\"", &[(8, "ETAX-20006")]),
    ];
    for (from, to, expected) in dk {
        let text = DOCUMENT_FILE.replacen(from, to, 1);
        assert_ne!(text, DOCUMENT_FILE, "{to}");
        assert_eq!(findings(&text, 0), expected, "{to}");
    }
    let dm: [Case; 4] = [
        (
            "\"8\",\"2024\",\"000",
            "\"10\",\"2024\",\"000",
            &[(9, "ETAX-20025")],
        ),
        (
            "\"8\",\"2024\",\"000",
            "\"5\",\"2024\",\"000",
            &[(9, "ETAX-20024")],
        ),
        ("\"\",\"1\"\n", "\"\",\"Y\"\n", &[(18, "ETAX-20004")]),
        ("\"1\",\"PIB-9\"", "\"0\",\"PIB-9\"", &[(6, "ETAX-30031")]),
    ];
    for (from, to, expected) in dm {
        let text = DOCUMENT_FILE.replacen(from, to, 1);
        assert_ne!(text, DOCUMENT_FILE, "{to}");
        assert_eq!(findings(&text, 1), expected, "{to}");
    }
}

fn digits(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(0u8..10, n).prop_map(|d| d.iter().map(|x| char::from(b'0' + x)).collect())
}

prop_compose! {
    fn arb_retur()(rm in any::<bool>(), kode in 1u8..=9, flag in 0u8..2, nsfp in digits(13),
                   day in 1u8..=28, month in 1u8..=12, year in 2022i32..2026, later in 0u8..3,
                   number in "[A-Z0-9/-]{1,20}", name in "[A-Za-z .,]{0,30}",
                   amounts in prop::array::uniform3(0u64..10_000_000_000), creditable in any::<bool>())
        -> retur::ReturRow {
        let date = format!("{year:04}-{month:02}-{day:02}");
        let retur_day = (day + later).min(28);
        retur::ReturRow {
            line: 1,
            kind: if rm { RecordType::Rm } else { RecordType::Rk },
            npwp: "013121660091000".into(),
            name: name.trim().to_string(),
            trx_code: format!("0{kode}"),
            invoice_number: format!("0{kode}{flag}{nsfp}"),
            invoice_date: date,
            creditable: rm.then_some(creditable),
            number,
            date: format!("{year:04}-{month:02}-{retur_day:02}"),
            masa: format!("{year:04}-{month:02}"),
            amounts: amounts.map(|a| a.to_string()),
        }
    }
}

prop_compose! {
    fn arb_document()(dm in any::<bool>(), codes in prop::array::uniform3(1u8..=9),
                      replaces in prop::option::of("[A-Z0-9-]{1,12}"), number in "[A-Z0-9-]{1,20}",
                      day in 1u8..=28, month in 1u8..=12, year in 2022i32..2026,
                      text in prop::array::uniform3("[A-Za-z ,.]{0,20}"),
                      amounts in prop::array::uniform3(0u64..10_000_000_000),
                      creditable in prop::option::of(any::<bool>()))
        -> document::DocumentRow {
        document::DocumentRow {
            line: 1,
            kind: if dm { RecordType::Dm } else { RecordType::Dk },
            trx_type: codes[0].to_string(),
            doc_type: codes[1].to_string(),
            trx_code: codes[2].to_string(),
            replaces,
            number,
            date: format!("{year:04}-{month:02}-{day:02}"),
            masa: format!("{year:04}-{month:02}"),
            npwp: "000000000000000".into(),
            name: text[0].clone(),
            address: text[1].clone(),
            amounts: amounts.map(|a| a.to_string()),
            note: text[2].clone(),
            creditable: if dm { creditable } else { None },
        }
    }
}

/// Writes one record and reads it back through the CSV layer.
fn through_csv(record: &Record) -> Record {
    let mut writer = RecordWriter::new(Vec::new());
    writer.write(record).unwrap();
    let bytes = writer.finish().unwrap();
    read(std::str::from_utf8(&bytes).unwrap()).remove(0)
}

proptest! {
    #[test]
    fn retur_rows_parse_what_they_write(row in arb_retur()) {
        let back = retur::retur_row(&through_csv(&retur::retur_record(&row))).unwrap();
        prop_assert_eq!(back, row);
    }

    #[test]
    fn document_rows_parse_what_they_write(row in arb_document()) {
        let back = document::document_row(&through_csv(&document::document_record(&row))).unwrap();
        prop_assert_eq!(back, row);
    }
}
