use super::*;
use proptest::prelude::*;

fn sample() -> CtxInvoice {
    let mut invoice = CtxInvoice::empty(0);
    for (name, value) in [
        ("TaxInvoiceDate", "2025-01-15"),
        ("TaxInvoiceOpt", "Normal"),
        ("TrxCode", "04"),
        ("RefDesc", "INV/2025/0001"),
        ("SellerIDTKU", "0013121660091000000000"),
        ("BuyerTin", "0016090524017000"),
        ("BuyerDocument", "TIN"),
        ("BuyerCountry", "IDN"),
        ("BuyerName", "PT Pembeli & Co"),
        ("BuyerAdress", "Jl. <Merdeka> 1"),
        ("BuyerIDTKU", "0016090524017000000000"),
    ] {
        assert!(invoice.set(name, value.to_string()));
    }
    let mut good = CtxGood::empty(0);
    for (name, value) in [
        ("Opt", "A"),
        ("Code", "000000"),
        ("Name", "Barang A"),
        ("Unit", "UM.0018"),
        ("Price", "100000.00"),
        ("Qty", "1"),
        ("TotalDiscount", "0.00"),
        ("TaxBase", "100000.00"),
        ("OtherTaxBase", "91666.67"),
        ("VATRate", "12"),
        ("VAT", "11000.00"),
        ("STLGRate", "0"),
        ("STLG", "0.00"),
    ] {
        assert!(good.set(name, value.to_string()));
    }
    invoice.goods.push(good);
    invoice
}

const GOLDEN: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<TaxInvoiceBulk xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="TaxInvoice.xsd">
  <TIN>0013121660091000</TIN>
  <ListOfTaxInvoice>
    <TaxInvoice>
      <TaxInvoiceDate>2025-01-15</TaxInvoiceDate>
      <TaxInvoiceOpt>Normal</TaxInvoiceOpt>
      <TrxCode>04</TrxCode>
      <AddInfo/>
      <CustomDoc/>
      <CustomDocMonthYear/>
      <RefDesc>INV/2025/0001</RefDesc>
      <FacilityStamp/>
      <SellerIDTKU>0013121660091000000000</SellerIDTKU>
      <BuyerTin>0016090524017000</BuyerTin>
      <BuyerDocument>TIN</BuyerDocument>
      <BuyerCountry>IDN</BuyerCountry>
      <BuyerDocumentNumber/>
      <BuyerName>PT Pembeli &amp; Co</BuyerName>
      <BuyerAdress>Jl. &lt;Merdeka&gt; 1</BuyerAdress>
      <BuyerEmail/>
      <BuyerIDTKU>0016090524017000000000</BuyerIDTKU>
      <ListOfGoodService>
        <GoodService>
          <Opt>A</Opt>
          <Code>000000</Code>
          <Name>Barang A</Name>
          <Unit>UM.0018</Unit>
          <Price>100000.00</Price>
          <Qty>1</Qty>
          <TotalDiscount>0.00</TotalDiscount>
          <TaxBase>100000.00</TaxBase>
          <OtherTaxBase>91666.67</OtherTaxBase>
          <VATRate>12</VATRate>
          <VAT>11000.00</VAT>
          <STLGRate>0</STLGRate>
          <STLG>0.00</STLG>
        </GoodService>
      </ListOfGoodService>
    </TaxInvoice>
  </ListOfTaxInvoice>
</TaxInvoiceBulk>
"#;

fn write(invoices: &[CtxInvoice]) -> Vec<u8> {
    let mut writer = CoretaxWriter::new(Vec::new(), "0013121660091000").unwrap();
    for invoice in invoices {
        writer.write(invoice).unwrap();
    }
    writer.finish().unwrap()
}

fn read(bytes: &[u8]) -> Vec<Result<CtxInvoice, crate::RowError>> {
    CoretaxReader::new(bytes).collect()
}

#[test]
fn writes_the_golden_file_byte_for_byte_and_reads_it_back() {
    let bytes = write(&[sample()]);
    assert_eq!(String::from_utf8(bytes.clone()).unwrap(), GOLDEN);
    let mut reader = CoretaxReader::new(&bytes[..]);
    let back = reader.next().unwrap().unwrap();
    assert_eq!(reader.tin(), Some("0013121660091000"));
    assert_eq!(back.line, 5);
    assert_eq!(back.goods[0].line, 24);
    let mut expected = sample();
    expected.line = back.line;
    expected.goods[0].line = back.goods[0].line;
    assert_eq!(back, expected);
    assert!(reader.next().is_none());
}

#[test]
fn dtds_and_entities_are_refused_never_expanded() {
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<TaxInvoiceBulk><TIN>&lol2;</TIN></TaxInvoiceBulk>"#;
    let results = read(bomb.as_bytes());
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().unwrap_err().code, "FKT-3004");
    let custom = GOLDEN.replace("PT Pembeli &amp; Co", "&secret;");
    let error = read(custom.as_bytes())
        .into_iter()
        .find_map(Result::err)
        .unwrap();
    assert_eq!((error.code, error.line), ("FKT-3004", 19));
    let numeric = GOLDEN.replace("PT Pembeli &amp; Co", "PT &#66;eli &#x26; Co");
    assert_eq!(
        read(numeric.as_bytes())[0]
            .as_ref()
            .unwrap()
            .get("BuyerName"),
        "PT Beli & Co"
    );
}

#[test]
fn malformed_truncated_unknown_and_non_utf8_input() {
    let truncated = &GOLDEN[..GOLDEN.len() / 2];
    assert_eq!(
        read(truncated.as_bytes())
            .last()
            .unwrap()
            .as_ref()
            .unwrap_err()
            .code,
        "FKT-3005"
    );
    assert_eq!(
        read(b"").last().unwrap().as_ref().unwrap_err().code,
        "FKT-3005"
    );
    assert_eq!(
        read(b"<Other/>").last().unwrap().as_ref().unwrap_err().code,
        "FKT-3005"
    );
    assert_eq!(
        read(b"<TaxInvoiceBulk><TIN>1</TaxInvoiceBulk>")[0]
            .as_ref()
            .unwrap_err()
            .code,
        "FKT-3005"
    );
    let unknown = GOLDEN.replace("<BuyerEmail/>", "<BuyerFax>1</BuyerFax>");
    let results = read(unknown.as_bytes());
    assert!(results
        .iter()
        .any(|r| matches!(r, Err(e) if e.code == "FKT-3006" && e.detail == "TaxInvoice/BuyerFax")));
    assert!(
        results.iter().any(Result::is_ok),
        "the invoice itself still reads"
    );
    let mut bytes = GOLDEN.as_bytes().to_vec();
    let at = GOLDEN.find("Barang A").unwrap();
    bytes[at] = 0xFF;
    assert!(read(&bytes)
        .iter()
        .any(|r| matches!(r, Err(e) if e.code == "ETAX-API-10001")));
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.]{0,12}",
        "[A-Za-z &<>\"'/.-]{0,24}",
        "[\\p{L}\\p{N} ]{0,16}"
    ]
}

proptest! {
    /// parse ∘ write is the identity, for any text in any element.
    #[test]
    fn write_then_read_is_identity(
        header in prop::collection::vec(arb_text(), 17),
        goods in prop::collection::vec(prop::collection::vec(arb_text(), 13), 0..4),
        count in 1usize..4,
    ) {
        let invoice = CtxInvoice {
            line: 0,
            fields: header,
            goods: goods.into_iter().map(|fields| CtxGood { line: 0, fields }).collect(),
        };
        let invoices = vec![invoice; count];
        let bytes = write(&invoices);
        let back: Vec<CtxInvoice> = read(&bytes).into_iter().map(|r| r.unwrap()).map(|mut i| {
            i.line = 0;
            for g in &mut i.goods { g.line = 0; }
            i
        }).collect();
        prop_assert_eq!(back, invoices);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        for item in CoretaxReader::new(&bytes[..]) {
            let _ = item;
        }
    }
}

/// Found in review: invoices after the root element were imported.
#[test]
fn nothing_may_follow_the_root_element() {
    let text = format!("{GOLDEN}<TaxInvoice><TrxCode>04</TrxCode></TaxInvoice>\n");
    let results = read(text.as_bytes());
    let last = results.last().unwrap().as_ref().unwrap_err();
    assert_eq!(last.code, "FKT-3005");
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
}
