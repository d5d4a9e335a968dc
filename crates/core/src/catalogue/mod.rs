//! The error catalogue: every code a user can meet, with its message, cause and
//! remedy in Indonesian and English.
//!
//! Official DJP codes (ETAX-, ETAXSERVICE-, ETAX-API-, and a few Coretax codes)
//! keep the Indonesian wording DJP published in `official`; the explanations are
//! our own. OpenFaktur's own checks use the `FKT-` family. The tables are plain
//! Rust statics so that the catalogue costs nothing at start-up and a typo in a
//! field name fails to compile.

mod coretax;
mod etax_api;
mod etax_db;
mod etax_file;
mod etax_net_spt;
mod etax_service;
mod etax_validation;
mod own;
mod own_web;

use crate::lang::Lang;

/// A text in both languages of the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// Bahasa Indonesia.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

/// Where a code comes from and what part of the work it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// ETAX-1xxxx: the local database.
    EtaxDatabase,
    /// ETAX-2xxxx: data validation.
    EtaxValidation,
    /// ETAX-3xxxx: encryption, files, mapping.
    EtaxFile,
    /// ETAX-4xxxx: connection, registration, update.
    EtaxNetwork,
    /// ETAX-5xxxx: SPT.
    EtaxSpt,
    /// ETAXSERVICE-xxxxx: answers of the DJP server.
    EtaxService,
    /// ETAX-API-xxxxx: e-Faktur 2.0 and later.
    EtaxApi,
    /// Coretax and DJP account codes (REG-KODJP-, DJP-SIGN-, NPWP16SERVICE-).
    Coretax,
    /// OpenFaktur's own checks (FKT-).
    OpenFaktur,
}

/// One entry of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The stable code, e.g. `ETAX-10002` or `FKT-2101`.
    pub code: &'static str,
    /// Its family.
    pub family: Family,
    /// The official Indonesian wording as DJP published it, when there is one.
    /// Other wordings published under the same code are in `also_published`.
    pub official: Option<&'static str>,
    /// Other official wordings published under the same code.
    pub also_published: &'static [&'static str],
    /// The short message shown to the user.
    pub message: Text,
    /// What happened and why.
    pub cause: Text,
    /// Exactly what to do about it.
    pub remedy: Text,
}

/// Every family's table, in the order `explain --list` prints them.
const TABLES: &[&[Entry]] = &[
    etax_db::ENTRIES,
    etax_validation::ENTRIES,
    etax_file::ENTRIES,
    etax_net_spt::ENTRIES,
    etax_service::ENTRIES,
    etax_api::ENTRIES,
    coretax::ENTRIES,
    own::ENTRIES,
    own_web::ENTRIES,
];

/// All entries of the catalogue.
pub fn entries() -> impl Iterator<Item = &'static Entry> {
    TABLES.iter().flat_map(|table| table.iter())
}

/// Looks a code up, ignoring ASCII case and surrounding spaces.
pub fn lookup(code: &str) -> Option<&'static Entry> {
    let code = code.trim();
    entries().find(|entry| entry.code.eq_ignore_ascii_case(code))
}

/// Entries whose code starts with `prefix` (ASCII case ignored).
pub fn with_prefix(prefix: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    let prefix = prefix.trim().to_ascii_uppercase();
    entries().filter(move |entry| entry.code.starts_with(prefix.as_str()))
}

#[cfg(test)]
mod tests;
