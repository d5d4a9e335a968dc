//! One `TaxInvoice` and its `GoodService` lines, every value as written.

/// The elements of a `TaxInvoice`, in DJP's order (before
/// `ListOfGoodService`).
pub const INVOICE_ELEMENTS: [&str; 17] = [
    "TaxInvoiceDate",
    "TaxInvoiceOpt",
    "TrxCode",
    "AddInfo",
    "CustomDoc",
    "CustomDocMonthYear",
    "RefDesc",
    "FacilityStamp",
    "SellerIDTKU",
    "BuyerTin",
    "BuyerDocument",
    "BuyerCountry",
    "BuyerDocumentNumber",
    "BuyerName",
    "BuyerAdress",
    "BuyerEmail",
    "BuyerIDTKU",
];

/// The elements of a `GoodService`, in DJP's order.
pub const GOOD_ELEMENTS: [&str; 13] = [
    "Opt",
    "Code",
    "Name",
    "Unit",
    "Price",
    "Qty",
    "TotalDiscount",
    "TaxBase",
    "OtherTaxBase",
    "VATRate",
    "VAT",
    "STLGRate",
    "STLG",
];

/// One `TaxInvoice`: the values of [`INVOICE_ELEMENTS`] in order, and its
/// lines. Empty elements are empty strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CtxInvoice {
    /// 1-based line of `<TaxInvoice>` in the file (0 when built in memory).
    pub line: u64,
    /// Values in the order of [`INVOICE_ELEMENTS`].
    pub fields: Vec<String>,
    /// The lines.
    pub goods: Vec<CtxGood>,
}

/// One `GoodService`: the values of [`GOOD_ELEMENTS`] in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CtxGood {
    /// 1-based line of `<GoodService>`.
    pub line: u64,
    /// Values in the order of [`GOOD_ELEMENTS`].
    pub fields: Vec<String>,
}

impl CtxInvoice {
    /// An invoice with every element empty.
    pub fn empty(line: u64) -> Self {
        CtxInvoice {
            line,
            fields: vec![String::new(); INVOICE_ELEMENTS.len()],
            goods: Vec::new(),
        }
    }

    /// A value by element name (empty when unknown).
    pub fn get(&self, name: &str) -> &str {
        crate::fields::get(&INVOICE_ELEMENTS, &self.fields, name)
    }

    /// Sets a value by element name; false when the name is not an element.
    pub fn set(&mut self, name: &str, value: String) -> bool {
        crate::fields::set(&INVOICE_ELEMENTS, &mut self.fields, name, value)
    }
}

impl CtxGood {
    /// A line with every element empty.
    pub fn empty(line: u64) -> Self {
        CtxGood {
            line,
            fields: vec![String::new(); GOOD_ELEMENTS.len()],
        }
    }

    /// A value by element name (empty when unknown).
    pub fn get(&self, name: &str) -> &str {
        crate::fields::get(&GOOD_ELEMENTS, &self.fields, name)
    }

    /// Sets a value by element name; false when the name is not an element.
    pub fn set(&mut self, name: &str, value: String) -> bool {
        crate::fields::set(&GOOD_ELEMENTS, &mut self.fields, name, value)
    }
}
