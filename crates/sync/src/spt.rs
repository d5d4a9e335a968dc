//! Paying and filing a posted return at the authority, shared by
//! `faktur spt pay|file` and the web app: kode billing then payment (NTPN)
//! for a kurang bayar, then the filing (BPE), each answer recorded in the
//! books at once. The authority's billing, payment and filing are
//! idempotent, so a call interrupted anywhere can simply be made again.

use crate::{Client, Failure};
use faktur_core::spt::Masa;
use faktur_db::{CompanyRef, DbError, Exit};
use faktur_store::spt::SptVersion;

/// Why paying or filing stopped.
#[derive(Debug, Clone)]
pub enum SptFailure {
    /// The books refused or failed.
    Db(DbError),
    /// The authority refused (status 422) or could not be reached.
    Authority(Failure),
}

impl From<DbError> for SptFailure {
    fn from(e: DbError) -> Self {
        SptFailure::Db(e)
    }
}

/// What paying did.
#[derive(Debug, Clone)]
pub enum Paid {
    /// The version owes nothing (nihil or lebih bayar).
    Nothing(SptVersion),
    /// Paid at the authority: the kode billing, its expiry (Unix ms), the
    /// NTPN, and the version as it now stands.
    Paid {
        /// Kode billing (15 digits).
        billing: String,
        /// Until when the code could be paid.
        expires_at: i64,
        /// The payment's NTPN (16 characters).
        ntpn: String,
        /// The version, paid.
        version: SptVersion,
    },
}

/// Registers the company with the authority if it does not know it yet,
/// then runs `call`.
fn with_registration<T>(
    cref: &CompanyRef,
    client: &Client,
    call: impl Fn() -> Result<T, Failure>,
) -> Result<T, SptFailure> {
    match call() {
        Err(f) if f.code == "ETAXSERVICE-40002" => {
            client
                .register(&cref.company.name, &cref.company.address)
                .map_err(SptFailure::Authority)?;
            call().map_err(SptFailure::Authority)
        }
        other => other.map_err(SptFailure::Authority),
    }
}

fn posted(cref: &CompanyRef, masa: Masa) -> Result<SptVersion, SptFailure> {
    faktur_db::latest_version(cref, masa)?.ok_or_else(|| {
        SptFailure::Db(DbError::new(
            "ETAX-50003",
            Exit::Refused,
            format!("{masa}: post the return first"),
        ))
    })
}

/// Pays the latest version's kurang bayar: a kode billing, then its
/// payment, both recorded.
pub fn pay_spt(cref: &CompanyRef, client: &Client, masa: Masa) -> Result<Paid, SptFailure> {
    let version = posted(cref, masa)?;
    if version.result <= 0 {
        return Ok(Paid::Nothing(version));
    }
    let request = faktur_protocol::BillingRequest {
        kap: "411211".into(),
        kjs: "100".into(),
        masa: masa.to_string(),
        amount: version.result / 100,
    };
    let billing = with_registration(cref, client, || client.billing(&request))?;
    faktur_db::record_billing(cref, &version, &billing.code, version.result)?;
    let paid = with_registration(cref, client, || client.pay(&billing.code))?;
    let ntpn = paid.ntpn.unwrap_or_default();
    faktur_db::record_payment(
        cref,
        &version,
        &billing.code,
        &ntpn,
        paid.paid_at.unwrap_or(0),
    )?;
    let version = faktur_db::latest_version(cref, masa)?.unwrap_or(version);
    Ok(Paid::Paid {
        billing: billing.code,
        expires_at: billing.expires_at,
        ntpn,
        version,
    })
}

/// Files the latest version (paid first when it owes): the BPE recorded.
/// A version already filed is returned as it is.
pub fn file_spt(cref: &CompanyRef, client: &Client, masa: Masa) -> Result<SptVersion, SptFailure> {
    let plan = faktur_db::filing_plan(cref, masa)?;
    if plan.version.status == faktur_store::spt::status::FILED {
        return Ok(plan.version);
    }
    let posted = faktur_db::Posted::of(&plan.version)?;
    let filing = faktur_protocol::SptFiling {
        masa: masa.to_string(),
        revision: plan.version.revision,
        form: plan.version.form.clone(),
        result: plan.result.into(),
        amount: plan.amount,
        ntpn: plan.ntpn.clone(),
        data: serde_json::to_value(&posted).unwrap_or_default(),
    };
    let receipt = with_registration(cref, client, || client.file_spt(&filing))?;
    faktur_db::record_filed(cref, &plan.version, &receipt.bpe, receipt.received_at)?;
    Ok(faktur_db::latest_version(cref, masa)?.unwrap_or(plan.version))
}
