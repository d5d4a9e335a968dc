//! Records as the store keeps them. These are row types: the services layer
//! converts domain and wire types into them.

/// A company to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCompany {
    /// 16-digit NPWP.
    pub npwp: String,
    /// Registered name.
    pub name: String,
    /// Address.
    pub address: String,
    /// 22-digit NITKU of the head office.
    pub nitku: String,
}

/// A stored company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    /// Store id.
    pub id: i64,
    /// 16-digit NPWP.
    pub npwp: String,
    /// Registered name.
    pub name: String,
    /// Address.
    pub address: String,
    /// NITKU.
    pub nitku: String,
    /// Creation time (Unix ms).
    pub created_at: i64,
}

/// One invoice line with its computed amounts (amounts in sen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRecord {
    /// 1-based position.
    pub line_no: i64,
    /// `A` or `B`.
    pub opt: String,
    /// Goods/services code.
    pub code: String,
    /// Item name.
    pub name: String,
    /// Unit code.
    pub unit: String,
    /// Unit price as given.
    pub price: String,
    /// Quantity as given.
    pub qty: String,
    /// Discount as given.
    pub discount: String,
    /// Luxury goods.
    pub luxury: bool,
    /// VAT rate applied.
    pub vat_rate: String,
    /// PPnBM rate applied.
    pub stlg_rate: String,
    /// VAT-exclusive unit price.
    pub price_ex_vat: String,
    /// VAT-exclusive discount.
    pub discount_ex_vat: String,
    /// DPP in sen.
    pub tax_base: i64,
    /// DPP Nilai Lain in sen.
    pub other_tax_base: i64,
    /// PPN in sen.
    pub vat: i64,
    /// PPnBM in sen.
    pub stlg: i64,
    /// The seller's own item code (e-Faktur `KODE_OBJEK`), when known.
    pub item_code: Option<String>,
}

/// An invoice to store: header, parties, amounts (sen) and lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvoice {
    /// `output` or `input`.
    pub kind: String,
    /// Lifecycle status (`draft`, …).
    pub status: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `YYYY-MM`, the masa pajak.
    pub masa: String,
    /// Kode transaksi.
    pub trx_code: String,
    /// Faktur number (bare digits), when known.
    pub number: Option<String>,
    /// Seller's reference.
    pub reference: Option<String>,
    /// Replaced invoice.
    pub replaces: Option<String>,
    /// Seller NPWP (bare digits).
    pub seller_tin: String,
    /// Seller as JSON.
    pub seller_json: String,
    /// Buyer NPWP or document (bare digits), or empty.
    pub buyer_tin: String,
    /// Buyer as JSON.
    pub buyer_json: String,
    /// AddInfo.
    pub add_info: Option<String>,
    /// FacilityStamp.
    pub facility_stamp: Option<String>,
    /// Supporting document.
    pub custom_doc: Option<String>,
    /// Its period.
    pub custom_doc_period: Option<String>,
    /// Prices include VAT.
    pub prices_include_vat: bool,
    /// Regime row applied.
    pub regime: String,
    /// `efaktur` or `coretax`.
    pub era: String,
    /// Σ DPP in sen.
    pub tax_base: i64,
    /// Σ DPP Nilai Lain in sen.
    pub other_tax_base: i64,
    /// Σ PPN in sen.
    pub vat: i64,
    /// Σ PPnBM in sen.
    pub stlg: i64,
    /// The lines.
    pub lines: Vec<LineRecord>,
    /// Fields of the source file that the draft does not carry, as JSON,
    /// kept so that an export reproduces them.
    pub source_json: Option<String>,
}

/// When and in which write batch invoices are stored. Fixed before a write
/// begins, so that checksums can be computed ahead: the bulk import seals
/// invoices on its staging thread and the storing thread only writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Unique across processes: time, process id and a counter.
    pub batch_id: String,
    /// Unix ms, the `created_at` and `updated_at` of what is stored.
    pub at: i64,
}

impl Stamp {
    /// A new batch, now.
    pub fn now() -> Self {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let at = crate::now_ms();
        Stamp {
            batch_id: format!(
                "{:x}-{:x}-{:x}",
                at,
                std::process::id(),
                COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            ),
            at,
        }
    }

    /// The invoice with its checksum, for this stamp and actor.
    pub fn seal(&self, invoice: NewInvoice, actor: &str) -> Sealed {
        let row_hash = crate::hash::invoice_hash(&invoice, &self.batch_id, actor, self.at, self.at);
        Sealed { invoice, row_hash }
    }

    /// Invoices to write with this stamp, each with its checksum computed
    /// now.
    pub fn hash_each<'a>(
        &'a self,
        batch: &'a [NewInvoice],
        actor: &'a str,
    ) -> impl ExactSizeIterator<Item = ToWrite<'a>> + 'a {
        batch.iter().map(move |invoice| {
            let hash = crate::hash::invoice_hash(invoice, &self.batch_id, actor, self.at, self.at);
            (invoice, std::borrow::Cow::Owned(hash))
        })
    }

    /// Sealed invoices to write with this stamp, each with the checksum it
    /// carries (checked against its content in debug builds).
    pub fn sealed_each<'a>(
        &'a self,
        batch: &'a [Sealed],
        actor: &'a str,
    ) -> impl ExactSizeIterator<Item = ToWrite<'a>> + 'a {
        batch.iter().map(move |sealed| {
            debug_assert_eq!(
                sealed.row_hash,
                crate::hash::invoice_hash(&sealed.invoice, &self.batch_id, actor, self.at, self.at),
                "sealed for another stamp or actor"
            );
            (
                &sealed.invoice,
                std::borrow::Cow::Borrowed(sealed.row_hash.as_str()),
            )
        })
    }
}

/// An invoice about to be written and its checksum.
pub type ToWrite<'a> = (&'a NewInvoice, std::borrow::Cow<'a, str>);

/// An invoice ready to store in one write: its content and its checksum,
/// computed by [`Stamp::seal`] for the stamp and actor of that write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// The content.
    pub invoice: NewInvoice,
    /// Its checksum.
    pub row_hash: String,
}

/// A stored invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceRecord {
    /// Store id.
    pub id: i64,
    /// Owning company.
    pub company_id: i64,
    /// Content (lines empty in listings).
    pub invoice: NewInvoice,
    /// The write batch it was stored in.
    pub batch_id: String,
    /// Who stored it.
    pub created_by: String,
    /// When (Unix ms).
    pub created_at: i64,
    /// Last change (Unix ms).
    pub updated_at: i64,
    /// Checksum of the content, verified by the full check.
    pub row_hash: String,
}

impl InvoiceRecord {
    /// The checksum of `content` stored in this row at `updated_at`: the
    /// row keeps its batch, creator and creation time (status changes from
    /// sync, draft edits).
    pub fn checksum_of(&self, content: &NewInvoice, updated_at: i64) -> String {
        crate::hash::invoice_hash(
            content,
            &self.batch_id,
            &self.created_by,
            self.created_at,
            updated_at,
        )
    }

    /// Whether `new` may replace this row's content as a draft edit (both
    /// backends' `update_draft`; the outbox is checked there): it is a draft
    /// and stays of its kind.
    pub fn editable_into(&self, new: &NewInvoice) -> bool {
        self.invoice.status == "draft" && self.invoice.kind == new.kind
    }
}

/// What a retur needs to know of the invoice it returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceRef {
    /// Store id.
    pub id: i64,
    /// Lifecycle status.
    pub status: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Kode transaksi.
    pub trx_code: String,
    /// Seller NPWP (bare digits).
    pub seller_tin: String,
    /// Buyer NPWP or document (bare digits), or empty.
    pub buyer_tin: String,
    /// DPP, PPN and PPnBM in sen.
    pub amounts: [i64; 3],
}

/// Which invoices to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InvoiceFilter {
    /// `YYYY-MM`.
    pub masa: Option<String>,
    /// `output` or `input`.
    pub kind: Option<String>,
    /// Status.
    pub status: Option<String>,
    /// Only ids greater than this (keyset pagination).
    pub after_id: Option<i64>,
    /// At most this many.
    pub limit: Option<i64>,
}

/// One entry of the append-only audit log, chained by hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Store id.
    pub id: i64,
    /// Company.
    pub company_id: i64,
    /// Time (Unix ms).
    pub at: i64,
    /// Who.
    pub actor: String,
    /// What (`create`, `import`, …).
    pub action: String,
    /// Which kind of record.
    pub entity: String,
    /// Which record.
    pub entity_id: i64,
    /// Specifics.
    pub detail: String,
    /// Hash of the previous entry of the company.
    pub prev_hash: String,
    /// Hash of this entry.
    pub hash: String,
}

/// How thorough an integrity check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckLevel {
    /// On every open: the engine's quick structural check.
    Quick,
    /// `faktur db check`: structure, foreign keys, every row checksum and the
    /// audit hash chain.
    Full,
}

/// The result of an integrity check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Problems found; empty means healthy.
    pub problems: Vec<String>,
    /// What was verified, with counts (e.g. `invoices`, 1200).
    pub verified: Vec<(String, i64)>,
}

impl CheckReport {
    /// True when no problem was found.
    pub fn is_healthy(&self) -> bool {
        self.problems.is_empty()
    }
}

/// A column value in a table copy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// A text.
    Text(String),
}
