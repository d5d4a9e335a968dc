//! Books, invoices and a sandbox for the sync tests.

#![allow(dead_code)]

use faktur_authority::{store::AuthorityDb, Authority, Knobs, Running};
use faktur_db::{CompanyRef, DataDir, ImportMode, Target};
use faktur_formats::coretax_xml::CoretaxWriter;
use faktur_formats::synth;

pub const SELLER: &str = "0013121660091000";
pub const OTHER_SELLER: &str = "0016090524017000";

/// A sandbox that enforces everything but upload deadlines (generated
/// invoices are dated 2025).
pub fn sandbox() -> Running {
    sandbox_on(AuthorityDb::open(None).unwrap())
}

/// The same sandbox over the given books.
pub fn sandbox_on(db: AuthorityDb) -> Running {
    let knobs = Knobs {
        deadlines: false,
        ..Knobs::default()
    };
    Running::start(Authority::new(db, knobs, None), "127.0.0.1:0", 2).unwrap()
}

/// A company's books in a temporary data dir.
pub struct Books {
    pub dir: tempfile::TempDir,
    pub target: Target,
}

impl Books {
    pub fn new(npwp: &str) -> Self {
        Self::on(npwp, None)
    }

    /// The books in the database at `url` (the data dir keeps the key).
    pub fn on(npwp: &str, url: Option<String>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let target = Target {
            data_dir: DataDir::new(dir.path()),
            database: url.map(|u| faktur_store::DatabaseUrl::parse(&u).unwrap()),
            company: Some(npwp.into()),
        };
        faktur_db::company_init(&target, npwp, &format!("PT {npwp}"), "Jakarta", None).unwrap();
        Books { dir, target }
    }

    pub fn open(&self) -> CompanyRef {
        faktur_db::open_company(&self.target).unwrap()
    }

    /// Imports `count` generated 2025 invoices (to `buyer` when given).
    pub fn import(&self, seed: u64, count: u64, buyer: Option<&str>) {
        let cref = self.open();
        let idtku = format!("{}000000", cref.company.npwp);
        let mut writer = CoretaxWriter::new(Vec::new(), &cref.company.npwp).unwrap();
        for n in 0..count {
            let mut invoice = synth::invoice(seed, n, 2025, 2);
            if let (Some(buyer), Some(party)) = (buyer, invoice.draft.buyer.as_mut()) {
                party.tin = Some(buyer.into());
            }
            writer
                .write(&synth::coretax_invoice(&invoice, &idtku))
                .unwrap();
        }
        let bytes = writer.finish().unwrap();
        let report = faktur_db::import_coretax_xml(
            &cref,
            bytes.as_slice(),
            ImportMode::AllOrNothing,
            &faktur_core::invoice::Context::default(),
            faktur_core::Lang::En,
            "test",
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(report.rejected, 0, "{:?}", report.problems.first());
    }

    /// A syncer of these books against `url`.
    pub fn syncer<'a>(
        &self,
        cref: &'a CompanyRef,
        url: &str,
        options: faktur_sync::Options,
    ) -> faktur_sync::Syncer<'a> {
        let path = faktur_sync::keys::key_path(self.target.data_dir.root(), &cref.company.npwp);
        let (keys, _) = faktur_sync::keys::load_or_create(&path).unwrap();
        faktur_sync::Syncer::new(
            cref,
            faktur_sync::Client::new(url, &cref.company.npwp, keys),
            options,
        )
    }
}

/// Output invoices by status.
pub fn outputs(cref: &CompanyRef) -> Vec<faktur_store::InvoiceRecord> {
    faktur_db::list_invoices(
        cref,
        &faktur_store::InvoiceFilter {
            kind: Some("output".into()),
            ..Default::default()
        },
    )
    .unwrap()
}
