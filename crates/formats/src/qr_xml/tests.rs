use super::*;
use proptest::prelude::*;

/// A sample shaped like the real 2022 answer (placeholder values).
const GOLDEN: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<resValidateFakturPm>
  <kdJenisTransaksi>01</kdJenisTransaksi>
  <fgPengganti>0</fgPengganti>
  <nomorFaktur>0102212345678</nomorFaktur>
  <tanggalFaktur>15/03/2022</tanggalFaktur>
  <npwpPenjual>013121660091000</npwpPenjual>
  <namaPenjual>PT Penjual &amp; Rekan</namaPenjual>
  <alamatPenjual>Jl. &lt;Merdeka&gt; 1, Jakarta</alamatPenjual>
  <npwpLawanTransaksi>016090524017000</npwpLawanTransaksi>
  <namaLawanTransaksi>PT Pembeli</namaLawanTransaksi>
  <alamatLawanTransaksi>Jl. Sudirman 2, Jakarta</alamatLawanTransaksi>
  <jumlahDpp>1500000</jumlahDpp>
  <jumlahPpn>150000</jumlahPpn>
  <jumlahPpnBm>0</jumlahPpnBm>
  <statusApproval>Faktur Valid, Sudah Diapprove oleh DJP</statusApproval>
  <statusFaktur>Faktur Pajak Normal</statusFaktur>
  <detailTransaksi>
    <nama>Semen 50 kg</nama>
    <hargaSatuan>50000</hargaSatuan>
    <jumlahBarang>20</jumlahBarang>
    <hargaTotal>1000000</hargaTotal>
    <diskon>0</diskon>
    <dpp>1000000</dpp>
    <ppn>100000</ppn>
    <tarifPpnbm>0</tarifPpnbm>
    <ppnbm>0</ppnbm>
  </detailTransaksi>
  <detailTransaksi>
    <nama>Jasa angkut</nama>
    <hargaSatuan>500000</hargaSatuan>
    <jumlahBarang>1</jumlahBarang>
    <hargaTotal>500000</hargaTotal>
    <diskon>0</diskon>
    <dpp>500000</dpp>
    <ppn>50000</ppn>
    <tarifPpnbm>0</tarifPpnbm>
    <ppnbm>0</ppnbm>
  </detailTransaksi>
</resValidateFakturPm>
"#;

fn read_str(text: &str) -> Result<(QrResponse, Vec<crate::RowError>), crate::RowError> {
    read(text.as_bytes())
}

fn written(response: &QrResponse) -> String {
    let mut out = Vec::new();
    write(response, &mut out).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(out).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn reads_every_element_and_writes_back_byte_for_byte() {
    let (response, warnings) = read_str(GOLDEN).unwrap_or_else(|e| panic!("{e}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(response.line, 2);
    assert_eq!(response.get("namaPenjual"), "PT Penjual & Rekan");
    assert_eq!(response.get("alamatPenjual"), "Jl. <Merdeka> 1, Jakarta");
    assert_eq!(response.get("jumlahDpp"), "1500000");
    assert_eq!(response.reference, None);
    assert_eq!(response.details.len(), 2);
    assert_eq!(response.details[1].line, 29);
    assert_eq!(response.details[1].get("nama"), "Jasa angkut");
    assert_eq!(written(&response), GOLDEN);
}

#[test]
fn referensi_present_or_absent_survives() {
    let with = GOLDEN.replace(
        "  <detailTransaksi>\n    <nama>Semen",
        "  <referensi>INV/7</referensi>\n  <detailTransaksi>\n    <nama>Semen",
    );
    let (response, _) = read_str(&with).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.reference.as_deref(), Some("INV/7"));
    assert_eq!(written(&response), with);
    let empty = with.replace("<referensi>INV/7</referensi>", "<referensi/>");
    let (response, _) = read_str(&empty).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.reference.as_deref(), Some(""));
    assert_eq!(written(&response), empty);
}

#[test]
fn bad_documents_give_coded_errors_at_their_line() {
    let cases: [(String, &str, u64); 7] = [
        (String::new(), "FKT-3005", 1),
        (
            "<!DOCTYPE x [<!ENTITY a \"b\">]>\n<resValidateFakturPm/>".into(),
            "FKT-3004",
            1,
        ),
        (
            "<resValidateFakturPm>\n<namaPenjual>&boom;</namaPenjual>".into(),
            "FKT-3004",
            2,
        ),
        (GOLDEN[..GOLDEN.len() / 2].to_string(), "FKT-3005", 16),
        ("<TaxInvoiceBulk/>".into(), "FKT-3005", 1),
        (
            "<resValidateFakturPm>\n</resValidateFakturPm>\n<resValidateFakturPm/>".into(),
            "FKT-3005",
            3,
        ),
        (
            "<resValidateFakturPm><a></b></resValidateFakturPm>".into(),
            "FKT-3005",
            1,
        ),
    ];
    for (text, code, line) in cases {
        let error = read_str(&text).err().unwrap_or_else(|| panic!("{text}"));
        assert_eq!((error.code, error.line), (code, line), "{text}: {error}");
    }
    let bytes = b"<resValidateFakturPm>\n<namaPenjual>PT \xff</namaPenjual></resValidateFakturPm>";
    let error = read(&bytes[..])
        .err()
        .unwrap_or_else(|| panic!("not UTF-8"));
    assert_eq!((error.code, error.line), ("ETAX-API-10001", 2));
}

#[test]
fn unknown_elements_are_warnings_at_their_line() {
    let text = GOLDEN.replace(
        "  <statusFaktur>",
        "  <kodeCabang>000</kodeCabang>\n  <statusFaktur>",
    );
    let (response, warnings) = read_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.get("statusFaktur"), "Faktur Pajak Normal");
    assert_eq!(warnings.len(), 1);
    assert_eq!(
        (
            warnings[0].code,
            warnings[0].line,
            warnings[0].detail.as_str()
        ),
        ("FKT-3006", 17, "resValidateFakturPm/kodeCabang")
    );
}

#[test]
fn maps_to_an_input_invoice_draft() {
    let (response, _) = read_str(GOLDEN).unwrap_or_else(|e| panic!("{e}"));
    let mapped = map::to_draft(&response).unwrap_or_else(|e| panic!("{e:?}"));
    let d = &mapped.draft;
    assert_eq!(d.kind, "input");
    assert_eq!(d.date.as_deref(), Some("2022-03-15"));
    assert_eq!(d.number.as_deref(), Some("0100102212345678"));
    assert_eq!(d.replaces, None);
    let seller = d.seller.as_ref().unwrap_or_else(|| panic!("seller"));
    assert_eq!(seller.tin.as_deref(), Some("013121660091000"));
    assert_eq!(seller.name, "PT Penjual & Rekan");
    assert_eq!(d.lines.len(), 2);
    assert_eq!(d.lines[0].price.as_deref(), Some("50000"));
    assert_eq!(d.lines[0].qty, "20");
    assert_eq!(mapped.status, "approved");
    assert_eq!(
        mapped.stated.totals,
        ["1500000", "150000", "0"].map(String::from)
    );
    assert_eq!(mapped.stated.lines[1].0, 29);
}

#[test]
fn statuses_follow_the_table() {
    let (mut response, _) = read_str(GOLDEN).unwrap_or_else(|e| panic!("{e}"));
    for (text, status) in map::STATUSES {
        response.set("statusFaktur", text.to_string());
        let mapped = map::to_draft(&response).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(mapped.status, status, "{text}");
    }
    response.set("statusFaktur", "Faktur Pajak Normal-Pengganti".into());
    response.set("fgPengganti", "1".into());
    let mapped = map::to_draft(&response).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(mapped.draft.replaces.as_deref(), Some("0100102212345678"));
}

#[test]
fn an_answer_that_is_not_valid_is_refused_with_every_reason() {
    let (mut response, _) = read_str(GOLDEN).unwrap_or_else(|e| panic!("{e}"));
    response.set(
        "statusApproval",
        "Faktur tidak Valid, Tidak ditemukan data di DJP".into(),
    );
    response.set("statusFaktur", "Entah".into());
    response.set("nomorFaktur", "12345".into());
    response.set("tanggalFaktur", "2022-03-15".into());
    let errors = map::to_draft(&response).err().unwrap_or_default();
    let codes: Vec<&str> = errors.iter().map(|e| e.code).collect();
    assert_eq!(codes, ["FKT-3010", "FKT-3010", "ETAX-20004", "ETAX-20006"]);
}

#[test]
fn generated_answers_round_trip_and_map() {
    for n in 0..20 {
        let invoice = crate::synth::invoice(7, n, 2024, 1 + (n as usize % 4));
        let response = crate::synth::qr_response(
            &invoice,
            n,
            ("016090524017000", "PT Pembeli", "Jl. Sudirman 2"),
        );
        let text = written(&response);
        let (back, warnings) = read_str(&text).unwrap_or_else(|e| panic!("{e}"));
        assert!(warnings.is_empty());
        assert_eq!(written(&back), text);
        let mapped = map::to_draft(&back).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(mapped.draft.lines.len(), 1 + (n as usize % 4));
    }
}

proptest! {
    #[test]
    fn any_text_values_round_trip(values in proptest::collection::vec("[^\u{0}-\u{8}\u{b}\u{c}\u{e}-\u{1f}\r]{0,12}", 24)) {
        let mut response = QrResponse::empty(2);
        for (name, value) in HEADER_ELEMENTS.iter().zip(&values) {
            response.set(name, value.clone());
        }
        let mut detail = QrDetail::empty(0);
        for (name, value) in DETAIL_ELEMENTS.iter().zip(&values[15..]) {
            detail.set(name, value.clone());
        }
        response.details.push(detail);
        let text = written(&response);
        let (back, _) = read_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(written(&back), text);
        prop_assert_eq!(back.fields, response.fields);
    }

    #[test]
    fn the_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes[..]);
    }
}

#[test]
fn an_absurdly_long_element_is_refused_at_its_line() {
    let long = "x".repeat(crate::limit::MAX_RUN + 10);
    let text = GOLDEN.replace("PT Penjual &amp; Rekan", &long);
    let error = read_str(&text).unwrap_err();
    assert_eq!((error.code, error.line), (crate::limit::TOO_LONG, 8));
    let cdata = format!(
        "<resValidateFakturPm><namaPenjual><![CDATA[{}]]></namaPenjual></resValidateFakturPm>",
        "<a".repeat(9 << 20)
    );
    let error = read_str(&cdata).unwrap_err();
    assert_eq!(error.code, crate::limit::TOO_LONG);
}

#[test]
fn text_pieces_add_up_and_nothing_follows_the_root() {
    let piece = format!("<![CDATA[{}]]>", "x".repeat(1 << 19));
    let text = format!(
        "<resValidateFakturPm>\n<namaPenjual>{}</namaPenjual></resValidateFakturPm>",
        piece.repeat(3)
    );
    let error = read_str(&text).unwrap_err();
    assert_eq!((error.code, error.line), (crate::limit::TOO_LONG, 2));
    let after = "<resValidateFakturPm/>\n<detailTransaksi/>";
    let error = read_str(after).unwrap_err();
    assert_eq!((error.code, error.line), ("FKT-3005", 2));
}
