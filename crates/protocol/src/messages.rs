//! The JSON bodies of the authority API. Field names are part of the API:
//! integrators rely on them (`docs/authority.md`).

use faktur_wire::ComputedInvoice;
use serde::{Deserialize, Serialize};

/// `GET /api/v1/health` (unsigned): the API version and the authority's
/// clock, which `faktur doctor` compares with the local one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// [`crate::API_VERSION`] of the server.
    pub api_version: u32,
    /// The authority's clock, Unix ms.
    pub now_ms: i64,
    /// The authority's date (`YYYY-MM-DD`, WIB), which dates and deadlines
    /// are judged against.
    pub today: String,
    /// True during a maintenance window (operations answer 503 then).
    pub maintenance: bool,
}

/// `POST /api/v1/taxpayers` (unsigned, proven by `proof`): registers a PKP
/// with its public key, or replaces the key of a registered one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// NPWP, 15 or 16 digits.
    pub npwp: String,
    /// Registered name.
    pub name: String,
    /// Address.
    #[serde(default)]
    pub address: String,
    /// Ed25519 public key, hex.
    pub public_key: String,
    /// Signature (hex) by that key over [`registration_text`]: proof that
    /// the registrant holds the secret.
    pub proof: String,
}

/// What a registration's proof signs.
pub fn registration_text(npwp: &str, public_key: &str) -> String {
    format!("register\n{npwp}\n{public_key}")
}

/// A taxpayer as the authority knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxpayer {
    /// NPWP, 16 digits.
    pub npwp: String,
    /// Name.
    pub name: String,
    /// Address.
    pub address: String,
    /// `active` or `inactive`.
    pub status: String,
    /// Registered public key, hex.
    pub public_key: String,
}

/// `POST /api/v1/nsfp` (signed): an e-Nofa range of serial numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NsfpRequest {
    /// The tax year the numbers are for (they are valid in it only).
    pub year: i32,
    /// How many numbers (1–10,000).
    pub count: u32,
}

/// An allocated range, both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NsfpRange {
    /// First NSFP, 13 digits.
    pub first: String,
    /// Last NSFP, 13 digits.
    pub last: String,
    /// Allocation date: invoices dated before it are refused
    /// (ETAXSERVICE-20025).
    pub allocated_on: String,
}

/// `POST /api/v1/operations` (signed): a batch of operations, each applied
/// at most once whatever the number of times it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operations {
    /// At most [`MAX_OPERATIONS`].
    pub operations: Vec<Operation>,
}

/// Most operations in one request.
pub const MAX_OPERATIONS: usize = 1_000;

/// One operation and its idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    /// Chosen by the sender, unique per operation (not per attempt): a
    /// retry sends the same key and gets the first answer back.
    pub key: String,
    /// What to do.
    #[serde(flatten)]
    pub action: Action,
}

/// What an operation does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Upload an output invoice for approval. e-Faktur era: `number` is
    /// the 16-digit number with an NSFP allocated to the seller; Coretax era:
    /// no number, the authority assigns the 17-digit one. A `replaces`
    /// number makes it a replacement (pengganti).
    Upload {
        /// The invoice, as computed.
        invoice: Box<ComputedInvoice>,
    },
    /// Cancel an approved output invoice (pembatalan).
    Cancel {
        /// Its number.
        number: String,
    },
    /// A nota retur by the buyer against an approved invoice: amounts in
    /// sen, at most what remains of the invoice after earlier returs.
    Retur {
        /// The invoice's seller (16-digit NPWP).
        seller: String,
        /// The invoice's number.
        invoice: String,
        /// The nota retur's own number.
        number: String,
        /// Its date, `YYYY-MM-DD`.
        date: String,
        /// DPP returned, sen.
        tax_base: i64,
        /// PPN returned, sen.
        vat: i64,
        /// PPnBM returned, sen.
        stlg: i64,
    },
}

/// The answer to [`Operations`]: one outcome per operation, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcomes {
    /// In the order of the request.
    pub results: Vec<Outcome>,
}

/// What became of one operation. The same key always gets the same outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The operation's key.
    pub key: String,
    /// Applied (true) or refused for good (false, with `error`).
    pub accepted: bool,
    /// The invoice's status after it: `approved`, `cancelled`.
    #[serde(default)]
    pub status: Option<String>,
    /// For an accepted upload: the approval.
    #[serde(default)]
    pub approval: Option<Approval>,
    /// For a refusal: why, with a catalogue code.
    #[serde(default)]
    pub error: Option<ApiError>,
}

/// An approved invoice's number and proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// The number: the allocated 16-digit one, or the 17-digit one
    /// assigned now.
    pub number: String,
    /// When, Unix ms.
    pub approved_at: i64,
    /// The authority's Ed25519 signature (hex) over the approved invoice.
    pub signature: String,
    /// The QR validation token of the invoice (`/validasi/faktur/…`).
    pub token: String,
}

/// `GET /api/v1/events?after=SEQ&limit=N` (signed): what changed for the
/// taxpayer, oldest first. Applying an event twice changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Events {
    /// The events.
    pub events: Vec<Event>,
    /// The `after` to ask with next.
    pub next: i64,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Sequence, increasing per taxpayer.
    pub seq: i64,
    /// `seller` (an invoice the taxpayer issued) or `buyer` (an input
    /// invoice: the prepopulated list).
    pub role: String,
    /// The invoice's number.
    pub number: String,
    /// The seller's NPWP.
    pub seller: String,
    /// Its status now: `approved`, `replaced`, `cancelled`.
    pub status: String,
    /// For the buyer: the invoice itself (the first time it appears).
    #[serde(default)]
    pub invoice: Option<Box<ComputedInvoice>>,
}

/// `GET /api/v1/invoices?after=ID&limit=N` (signed): the invoices the
/// taxpayer issued and the authority approved, with their approval and
/// status now, oldest first — what a taxpayer who lost its books gets back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiledInvoices {
    /// The invoices.
    pub invoices: Vec<FiledInvoice>,
    /// The `after` to ask with next.
    pub next: i64,
}

/// One invoice as the authority holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiledInvoice {
    /// The authority's id (the paging key).
    pub id: i64,
    /// Its status now: `approved`, `replaced`, `cancelled`.
    pub status: String,
    /// Its approval.
    pub approval: Approval,
    /// The invoice as approved (numbered).
    pub invoice: Box<ComputedInvoice>,
}

/// `POST /api/v1/billing` (signed): a kode billing for a payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingRequest {
    /// Kode akun pajak (`411211` for PPN dalam negeri).
    pub kap: String,
    /// Kode jenis setoran (`100`: setoran masa).
    pub kjs: String,
    /// Masa pajak, `YYYY-MM`.
    pub masa: String,
    /// Whole rupiah, > 0.
    pub amount: i64,
}

/// A kode billing as the authority holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Billing {
    /// The 15-digit code (first digit 0: issued by DJP).
    pub code: String,
    /// KAP.
    pub kap: String,
    /// KJS.
    pub kjs: String,
    /// Masa pajak.
    pub masa: String,
    /// Whole rupiah.
    pub amount: i64,
    /// Unix ms.
    pub created_at: i64,
    /// Unix ms; unpaid after this, the code is void.
    pub expires_at: i64,
    /// The payment's NTPN, once paid.
    #[serde(default)]
    pub ntpn: Option<String>,
    /// Unix ms, once paid.
    #[serde(default)]
    pub paid_at: Option<i64>,
}

/// `POST /api/v1/payments` (signed; the sandbox plays the bank): pays a
/// kode billing; answers the [`Billing`] with its NTPN. Paying a paid code
/// again answers the same NTPN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRequest {
    /// The kode billing.
    pub code: String,
}

/// `POST /api/v1/spt` (signed): an SPT Masa PPN filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SptFiling {
    /// Masa pajak, `YYYY-MM`.
    pub masa: String,
    /// 0 for the normal return, n for pembetulan n.
    pub revision: i64,
    /// `1111` (until December 2024) or `coretax`.
    pub form: String,
    /// `kurang_bayar`, `lebih_bayar` or `nihil`.
    pub result: String,
    /// The amount of the result, whole rupiah (0 for nihil).
    pub amount: i64,
    /// For kurang bayar: the NTPN of its payment.
    #[serde(default)]
    pub ntpn: Option<String>,
    /// The return itself (parts and lampiran), kept as filed.
    #[serde(default)]
    pub data: serde_json::Value,
}

/// The receipt of a filed SPT (Bukti Penerimaan Elektronik).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SptReceipt {
    /// The BPE number.
    pub bpe: String,
    /// Masa pajak.
    pub masa: String,
    /// Revision.
    pub revision: i64,
    /// Unix ms.
    pub received_at: i64,
}

/// An error answer, as in the product's API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// Catalogue code.
    pub code: String,
    /// Message (Indonesian unless `Accept-Language: en`).
    pub message: String,
    /// Specifics.
    #[serde(default)]
    pub details: Vec<String>,
}
