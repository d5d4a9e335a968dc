//! A first run that shows something: a demo company with a few invoices of
//! the current masa, and an admin whose random password is printed once.

use crate::accounts::{new_secret, Accounts, Role};
use faktur_db::{DbError, Target};
use serde_json::json;

/// The demo company's NPWP (a valid NPWP of the product's examples).
pub const DEMO_NPWP: &str = "0013121660091000";
/// The demo buyer (a valid NPWP of the product's examples).
const BUYER: (&str, &str, &str) = ("0016090524017000", "PT Pembeli Makmur", "Bandung");

/// What the first run made.
#[derive(Debug, Default)]
pub struct Seeded {
    /// The demo company's NPWP, when one was made.
    pub company: Option<String>,
    /// The admin's sign-in name and password, when one was made.
    pub admin: Option<(String, String)>,
}

fn draft(date: &str, n: usize, price: &str) -> serde_json::Value {
    let (tin, name, address) = BUYER;
    json!({
        "kind": "output", "date": date, "trx_code": "04",
        "reference": format!("DEMO/{}/{:04}", &date[..7], n + 1),
        "buyer": {"tin": tin, "name": name, "address": address},
        "lines": [{"name": format!("Jasa konsultasi {}", n + 1), "price": price, "qty": "1",
                   "discount": "0"}]
    })
}

/// Seeds an empty server: a demo company (when there is no company) with
/// three invoices dated today, and an admin user (when there is no user)
/// holding the admin role in every company.
pub fn seed(target: &Target, accounts: &Accounts, demo: bool) -> Result<Seeded, DbError> {
    let mut seeded = Seeded::default();
    let env = |e: faktur_sql::DbError| {
        DbError::new("FKT-1001", faktur_db::Exit::Environment, e.to_string())
    };
    let companies = faktur_db::company_list(target)?;
    if companies.is_empty() && demo {
        let company = faktur_db::company_init(
            target,
            DEMO_NPWP,
            "PT Demo OpenFaktur",
            "Jl. Contoh No. 1, Jakarta",
            None,
        )?;
        let cref = faktur_db::open_company(&Target {
            company: Some(company.npwp.clone()),
            ..target.clone()
        })?;
        let today = faktur_db::today()?;
        let context = faktur_core::invoice::Context { today: Some(today) };
        for (n, price) in ["1500000", "2750000.50", "980000"].iter().enumerate() {
            let body = draft(&today.to_string(), n, price).to_string();
            faktur_db::create_invoices(
                &cref,
                body.as_bytes(),
                &context,
                faktur_core::Lang::Id,
                "demo",
            )?;
        }
        seeded.company = Some(company.npwp);
    }
    if accounts.user_count().map_err(env)? == 0 {
        let password = new_secret().map_err(env)?[..20].to_string();
        let user = accounts
            .create_user("admin", "Administrator", &password, true, crate::now_ms())
            .map_err(|e| {
                DbError::new("FKT-7009", faktur_db::Exit::Environment, format!("{e:?}"))
            })?;
        for (company, _) in faktur_db::company_list(target)? {
            accounts
                .grant(user.id, &company.npwp, Role::Admin)
                .map_err(env)?;
        }
        seeded.admin = Some((user.login, password));
    }
    Ok(seeded)
}
