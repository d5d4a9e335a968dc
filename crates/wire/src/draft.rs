//! The invoice draft JSON (product guide, "The invoice draft").

use faktur_core::codes::{Opt, TrxCode};
use faktur_core::decimal::parse_strict;
use faktur_core::finding::{codes, Finding};
use faktur_core::ids::{IdType, Nitku, Npwp16};
use faktur_core::invoice::{Draft, Kind, Line, Party};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use time::Date;

/// The draft as it arrives. Decimals are strings; every field not given takes
/// its default; unknown fields are refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftDto {
    /// `output` or `input`.
    #[serde(default = "default_kind")]
    pub kind: String,
    /// `YYYY-MM-DD`; required.
    #[serde(default)]
    pub date: Option<String>,
    /// `01`..`10`; defaults to `04`, the usual code since PMK 131/2024.
    #[serde(default = "default_trx_code")]
    pub trx_code: String,
    /// The seller's own reference.
    #[serde(default)]
    pub reference: Option<String>,
    /// The faktur number when already known.
    #[serde(default)]
    pub number: Option<String>,
    /// The invoice replaced by this one.
    #[serde(default)]
    pub replaces: Option<String>,
    /// Seller (defaults to the company for output invoices).
    #[serde(default)]
    pub seller: Option<PartyDto>,
    /// Buyer (defaults to the company for input invoices).
    #[serde(default)]
    pub buyer: Option<PartyDto>,
    /// `TD.005NN` for kode 07/08.
    #[serde(default)]
    pub add_info: Option<String>,
    /// `TD.011NN` for kode 07/08.
    #[serde(default)]
    pub facility_stamp: Option<String>,
    /// Supporting document number.
    #[serde(default)]
    pub custom_doc: Option<String>,
    /// Supporting document period `MMYYYY`.
    #[serde(default)]
    pub custom_doc_period: Option<String>,
    /// Prices include VAT.
    #[serde(default)]
    pub prices_include_vat: bool,
    /// The lines.
    #[serde(default)]
    pub lines: Vec<LineDto>,
}

/// A seller or buyer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyDto {
    /// NPWP15, NPWP16, NIK, or zeros.
    #[serde(default)]
    pub tin: Option<String>,
    /// `TIN`, `NIK`, `PASSPORT` or `OTHER`.
    #[serde(default = "default_id_type")]
    pub id_type: String,
    /// Document number for non-TIN parties.
    #[serde(default)]
    pub id_number: Option<String>,
    /// ISO 3166-1 alpha-3.
    #[serde(default = "default_country")]
    pub country: String,
    /// Name.
    #[serde(default)]
    pub name: String,
    /// Address.
    #[serde(default)]
    pub address: String,
    /// E-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// NITKU/IDTKU; derived from the TIN when not given.
    #[serde(default)]
    pub idtku: Option<String>,
}

/// One line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineDto {
    /// `A` goods or `B` services.
    #[serde(default = "default_opt")]
    pub opt: String,
    /// Goods/services code.
    #[serde(default = "default_code")]
    pub code: String,
    /// Item name.
    #[serde(default)]
    pub name: String,
    /// Unit code.
    #[serde(default = "default_unit")]
    pub unit: String,
    /// Unit price; required.
    #[serde(default)]
    pub price: Option<String>,
    /// Quantity.
    #[serde(default = "default_qty")]
    pub qty: String,
    /// Discount amount of the line.
    #[serde(default = "default_zero")]
    pub discount: String,
    /// Luxury goods.
    #[serde(default)]
    pub luxury: bool,
    /// Stated VAT rate; `null` = the rate in force.
    #[serde(default)]
    pub vat_rate: Option<String>,
    /// PPnBM (STLG) rate.
    #[serde(default = "default_zero")]
    pub stlg_rate: String,
    /// The seller's own item code (e-Faktur `KODE_OBJEK`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_code: Option<String>,
}

fn default_kind() -> String {
    "output".into()
}
fn default_trx_code() -> String {
    "04".into()
}
fn default_id_type() -> String {
    "TIN".into()
}
fn default_country() -> String {
    "IDN".into()
}
fn default_opt() -> String {
    "A".into()
}
fn default_code() -> String {
    "000000".into()
}
fn default_unit() -> String {
    "UM.0018".into()
}
fn default_qty() -> String {
    "1".into()
}
fn default_zero() -> String {
    "0".into()
}

/// Collects parse findings while converting fields.
struct Fields {
    findings: Vec<Finding>,
}

impl Fields {
    fn decimal(&mut self, text: &str, path: String) -> Decimal {
        parse_strict(text.trim()).unwrap_or_else(|_| {
            self.findings
                .push(Finding::error(codes::NUMBER_FORMAT, path).with_note(format!("{text:?}")));
            Decimal::ZERO
        })
    }

    fn parsed<T: std::str::FromStr<Err = String>>(
        &mut self,
        text: &str,
        path: &str,
        fallback: T,
    ) -> T {
        text.parse().unwrap_or_else(|_| {
            self.findings.push(
                Finding::error(codes::VALUE_NOT_ALLOWED, path).with_note(format!("{text:?}")),
            );
            fallback
        })
    }
}

/// Parses `YYYY-MM-DD` strictly.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let text = text.trim();
    (text.len() == 10)
        .then(|| Date::parse(text, &format).ok())
        .flatten()
}

impl DraftDto {
    /// Converts to the domain draft, applying the company default for the
    /// party the company plays (seller of output, buyer of input invoices).
    /// Every field that cannot be read is reported; nothing stops at the
    /// first problem.
    pub fn to_domain(&self, company: Option<&Party>) -> Result<Draft, Vec<Finding>> {
        let mut fields = Fields {
            findings: Vec::new(),
        };
        let kind = fields.parsed(&self.kind, "kind", Kind::Output);
        let date = match self.date.as_deref() {
            None => {
                fields
                    .findings
                    .push(Finding::error(codes::VALUE_EMPTY, "date"));
                None
            }
            Some(text) => {
                let date = parse_date(text);
                if date.is_none() {
                    fields.findings.push(
                        Finding::error(codes::DATE_FORMAT, "date")
                            .with_note(format!("{text:?}: YYYY-MM-DD")),
                    );
                }
                date
            }
        };
        let trx_code = TrxCode::parse(self.trx_code.trim()).map_err(|_| {
            fields.findings.push(
                Finding::error(codes::TRX_CODE_INVALID, "trx_code")
                    .with_note(format!("{:?}", self.trx_code)),
            );
        });
        let company_default = |own_role: bool| if own_role { company.cloned() } else { None };
        let seller = match &self.seller {
            Some(p) => Some(p.to_domain("seller", &mut fields)),
            None => company_default(kind == Kind::Output),
        };
        let buyer = match &self.buyer {
            Some(p) => Some(p.to_domain("buyer", &mut fields)),
            None => company_default(kind == Kind::Input),
        };
        let lines = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| l.to_domain(i, &mut fields))
            .collect();
        match (date, trx_code) {
            (Some(date), Ok(trx_code)) if fields.findings.is_empty() => Ok(Draft {
                kind,
                date,
                trx_code,
                reference: self.reference.clone(),
                number: self.number.clone(),
                replaces: self.replaces.clone(),
                seller,
                buyer,
                add_info: self.add_info.clone(),
                facility_stamp: self.facility_stamp.clone(),
                custom_doc: self.custom_doc.clone(),
                custom_doc_period: self.custom_doc_period.clone(),
                prices_include_vat: self.prices_include_vat,
                lines,
            }),
            _ => Err(fields.findings),
        }
    }
}

impl PartyDto {
    fn to_domain(&self, role: &str, fields: &mut Fields) -> Party {
        let id_type = fields.parsed(&self.id_type, &format!("{role}.id_type"), IdType::Tin);
        Party {
            tin: self.tin.clone(),
            id_type,
            id_number: self.id_number.clone(),
            country: self.country.clone(),
            name: self.name.clone(),
            address: self.address.clone(),
            email: self.email.clone(),
            idtku: self
                .idtku
                .clone()
                .or_else(|| derived_idtku(self.tin.as_deref(), id_type, self.id_number.as_deref())),
        }
    }
}

/// The NITKU of a party that gave none: its NPWP16 + `000000` (head office).
/// A NIK buyer gets its NIK + `000000`; other documents get 22 zeros
/// (invoices.md §6.3 lists conflicting options; docs/rules.md explains).
pub(crate) fn derived_idtku(
    tin: Option<&str>,
    id_type: IdType,
    id_number: Option<&str>,
) -> Option<String> {
    let head = Nitku::HEAD_OFFICE;
    match id_type {
        IdType::Tin => Npwp16::parse_any(tin?)
            .ok()
            .filter(|n| !n.is_zero())
            .map(|n| format!("{}{head}", n.digits())),
        IdType::Nik => {
            let nik = faktur_core::ids::strip_separators(id_number?);
            (nik.len() == 16 && nik.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("{nik}{head}"))
        }
        IdType::Passport | IdType::Other => Some("0".repeat(22)),
    }
}

impl LineDto {
    fn to_domain(&self, index: usize, fields: &mut Fields) -> Line {
        let path = |field: &str| format!("lines[{index}].{field}");
        let opt = Opt::parse(self.opt.trim()).unwrap_or_else(|| {
            fields.findings.push(
                Finding::error(codes::VALUE_NOT_ALLOWED, path("opt"))
                    .with_note(format!("{:?}: A or B", self.opt)),
            );
            Opt::Goods
        });
        let price = match self.price.as_deref() {
            Some(text) => fields.decimal(text, path("price")),
            None => {
                fields
                    .findings
                    .push(Finding::error(codes::VALUE_EMPTY, path("price")));
                Decimal::ZERO
            }
        };
        Line {
            opt,
            code: self.code.trim().to_string(),
            name: self.name.clone(),
            unit: self.unit.trim().to_string(),
            price,
            qty: fields.decimal(&self.qty, path("qty")),
            discount: fields.decimal(&self.discount, path("discount")),
            luxury: self.luxury,
            vat_rate: self
                .vat_rate
                .as_deref()
                .map(|text| fields.decimal(text, path("vat_rate"))),
            stlg_rate: fields.decimal(&self.stlg_rate, path("stlg_rate")),
            item_code: self.item_code.clone(),
        }
    }
}

/// The draft as JSON text (the shape `calculate_json` reads).
pub fn draft_to_json(draft: &DraftDto) -> String {
    serde_json::to_string(draft).unwrap_or_default()
}
