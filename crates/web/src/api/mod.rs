//! The REST API under `/api/v1`: one table of routes. The same table
//! builds the router, writes the OpenAPI document (`crate::openapi`) and
//! drives the isolation test, so no route can be served undocumented or
//! untested for leaks.

pub(crate) mod accounts;
pub(crate) mod admin;
pub(crate) mod files;
pub(crate) mod invoices;
pub(crate) mod spt;

use crate::accounts::Role;
use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::routing::MethodRouter;

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Anyone (signing in).
    Public,
    /// Any signed-in user, in no particular company.
    Signed,
    /// The server's operator.
    ServerAdmin,
    /// At least this role in the caller's company.
    Company(Role),
}

/// What a route reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// Nothing.
    None,
    /// JSON of a schema (`components/schemas/NAME`), at most 1 MB.
    Json(&'static str),
    /// A file (the raw body), up to the upload limit.
    File,
}

/// One route of the API.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// `GET`, `POST`, `PUT` or `DELETE`.
    pub method: &'static str,
    /// The path, with `{name}` parameters.
    pub path: &'static str,
    /// Who may call it.
    pub need: Need,
    /// Its group in the document.
    pub tag: &'static str,
    /// What it does.
    pub summary: &'static str,
    /// What it reads.
    pub body: Body,
    /// Its success status.
    pub status: u16,
    /// What it answers: a schema name, `file` (a download) or `` (204).
    pub answer: &'static str,
    /// Its query parameters.
    pub query: &'static [&'static str],
}

/// A route and its handler.
pub(crate) struct Entry {
    pub route: Route,
    pub handler: MethodRouter<AppState>,
}

macro_rules! table {
    ($($method:ident $path:literal, $need:expr, $tag:literal, $body:expr => $status:literal $answer:literal,
       [$($q:literal),*], $summary:literal, $handler:path;)*) => {
        vec![$(Entry {
            route: Route {
                method: table!(@upper $method),
                path: $path,
                need: $need,
                tag: $tag,
                summary: $summary,
                body: $body,
                status: $status,
                answer: $answer,
                query: &[$($q),*],
            },
            handler: axum::routing::$method($handler),
        }),*]
    };
    (@upper get) => { "GET" };
    (@upper post) => { "POST" };
    (@upper put) => { "PUT" };
    (@upper delete) => { "DELETE" };
}

use Body::{File, Json, None as NoBody};
use Need::{Company as In, Public, ServerAdmin, Signed};
use Role::{Admin, Approver, Maker, Viewer};

pub(crate) fn entries() -> Vec<Entry> {
    table! {
        post "/api/v1/session", Public, "session", Json("SignIn") => 200 "Me", [],
            "Sign in; sets the session cookie", accounts::sign_in;
        delete "/api/v1/session", Signed, "session", NoBody => 204 "", [],
            "Sign out", accounts::sign_out;
        get "/api/v1/me", Signed, "session", NoBody => 200 "Me", [],
            "Who is signed in, the companies and roles", accounts::me;
        put "/api/v1/me/company", Signed, "session", Json("ChooseCompany") => 200 "Me", [],
            "Work in another of one's companies (sessions)", accounts::choose_company;
        get "/api/v1/companies", Signed, "companies", NoBody => 200 "CompanyList", [],
            "The companies the caller has a role in", accounts::companies;
        post "/api/v1/companies", ServerAdmin, "companies", Json("NewCompany") => 201 "Company", [],
            "Create a company (the creator becomes its admin)", accounts::create_company;
        get "/api/v1/invoices", In(Viewer), "invoices", NoBody => 200 "InvoicePage",
            ["period", "kind", "status", "q", "after", "limit"],
            "List invoices, newest id first within a page, with filters and keyset pages",
            invoices::list;
        post "/api/v1/invoices", In(Maker), "invoices", Json("Draft") => 201 "ComputedInvoice", [],
            "Compute, validate and store a draft (422 with every finding when refused)",
            invoices::create;
        get "/api/v1/invoices/{id}", In(Viewer), "invoices", NoBody => 200 "ComputedInvoice", [],
            "One invoice with its lines", invoices::show;
        put "/api/v1/invoices/{id}", In(Maker), "invoices", Json("Draft") => 200 "ComputedInvoice", [],
            "Edit a draft not yet queued for the authority (422 with every finding)",
            invoices::edit;
        post "/api/v1/invoices/{id}/replace", In(Approver), "invoices", Json("Draft")
            => 201 "ComputedInvoice", [],
            "A replacement (pengganti) of an approved output invoice, uploaded by sync",
            invoices::replace;
        post "/api/v1/invoices/{id}/retur", In(Approver), "invoices", Json("ReturDraft")
            => 201 "Retur", [],
            "A nota retur against an approved input invoice, registered by sync",
            invoices::retur;
        post "/api/v1/invoices/{id}/cancel", In(Approver), "invoices", NoBody
            => 202 "ComputedInvoice", [],
            "Cancel (pembatalan) an approved output invoice: queued, sent by sync",
            invoices::cancel;
        post "/api/v1/calc", In(Viewer), "invoices", Json("Draft") => 200 "ComputedInvoice", [],
            "Compute a draft and store nothing (the form's live totals)", invoices::calc;
        post "/api/v1/imports", In(Maker), "files", File => 200 "ImportReport",
            ["format", "dry_run", "partial"],
            "Import a file (e-Faktur CSV, Coretax XML or Excel, QR XML); all or nothing \
             unless partial", files::import;
        get "/api/v1/exports", In(Viewer), "files", NoBody => 200 "file",
            ["period", "format", "kind"],
            "Export a masa (e-Faktur CSV, or Coretax XML zipped in files of 1,000)",
            files::export;
        post "/api/v1/inputs/{id}/credit", In(Approver), "inputs", Json("CreditChoice")
            => 200 "CreditResult", [],
            "Credit an input invoice's VAT in a masa, keep it out, or mark it not creditable",
            spt::credit;
        get "/api/v1/spt/{masa}", In(Viewer), "spt", NoBody => 200 "Spt", [],
            "The masa's return: the posted version once there is one, else built from the books",
            spt::show;
        post "/api/v1/spt/{masa}/post", In(Approver), "spt", Json("SptPost") => 201 "SptVersion", [],
            "Freeze the masa's return (masa by masa)", spt::post;
        post "/api/v1/spt/{masa}/pay", In(Approver), "spt", NoBody => 200 "SptPayment", [],
            "Pay the kurang bayar at the authority: kode billing, then NTPN", spt::pay;
        post "/api/v1/spt/{masa}/file", In(Approver), "spt", NoBody => 200 "SptVersion", [],
            "File the latest version at the authority (its BPE)", spt::file;
        post "/api/v1/spt/{masa}/amend", In(Approver), "spt", Json("SptPost") => 201 "SptVersion", [],
            "A pembetulan: the return again from the books, against the filed version",
            spt::amend;
        get "/api/v1/spt/{masa}/lampiran/{lampiran}", In(Viewer), "spt", NoBody => 200 "Lampiran", [],
            "A lampiran's documents (the first 1,000) and its JUMLAH", spt::lampiran;
        get "/api/v1/spt/{masa}/versions", In(Viewer), "spt", NoBody => 200 "SptVersionList", [],
            "The masa's posted versions and their payments", spt::versions;
        get "/api/v1/sync", In(Viewer), "sync", NoBody => 200 "SyncStatus", [],
            "The outbox and the last contact with the authority", admin::sync_status;
        post "/api/v1/sync", In(Approver), "sync", NoBody => 200 "SyncRound", [],
            "Run one sync round now", admin::sync_now;
        get "/api/v1/doctor", In(Approver), "sync", NoBody => 200 "Doctor", [],
            "Diagnose: configuration, database, the authority step by step, clock, key, outbox",
            admin::doctor;
        post "/api/v1/doctor", In(Admin), "sync", NoBody => 200 "Doctor", [],
            "Diagnose and mend what cannot lose data (key, registration, outbox now)",
            admin::doctor_fix;
        get "/api/v1/db/check", In(Admin), "db", NoBody => 200 "DbCheck", [],
            "Full integrity check of the company's database", admin::db_check;
        get "/api/v1/db/backup", In(Admin), "db", NoBody => 200 "file", [],
            "Take a backup and download it (SQLite file)", admin::db_backup;
        post "/api/v1/db/restore", In(Admin), "db", File => 200 "DbRestored", [],
            "Restore the company's database from a backup of it (SQLite file)", admin::db_restore;
        get "/api/v1/members", In(Admin), "members", NoBody => 200 "MemberList", [],
            "The company's users and their roles", admin::members;
        post "/api/v1/members", In(Admin), "members", Json("NewMember") => 201 "Member", [],
            "Give a user a role in the company (creating the user when new)", admin::add_member;
        delete "/api/v1/members/{id}", In(Admin), "members", NoBody => 204 "", [],
            "Take a user's role in the company away", admin::remove_member;
        get "/api/v1/tokens", In(Admin), "tokens", NoBody => 200 "TokenList", [],
            "The company's API tokens (never their secrets)", admin::tokens;
        post "/api/v1/tokens", In(Admin), "tokens", Json("NewToken") => 201 "NewTokenSecret", [],
            "Make an API token for the company (its secret shown once)", admin::create_token;
        delete "/api/v1/tokens/{id}", In(Admin), "tokens", NoBody => 204 "", [],
            "Revoke an API token", admin::revoke_token;
    }
}

/// Every route of the API.
pub fn routes() -> Vec<Route> {
    entries().into_iter().map(|e| e.route).collect()
}

/// The API's router, each route with its body limit.
pub(crate) fn router(upload_limit: usize) -> axum::Router<AppState> {
    entries()
        .into_iter()
        .fold(axum::Router::new(), |router, entry| {
            let limit = match entry.route.body {
                Body::File => upload_limit,
                _ => JSON_LIMIT,
            };
            router.route(
                entry.route.path,
                entry.handler.layer(DefaultBodyLimit::max(limit)),
            )
        })
}

/// The largest JSON body (a draft of thousands of lines fits).
pub const JSON_LIMIT: usize = 1024 * 1024;

/// Parses a JSON body with the API's error.
pub(crate) fn json_body<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
) -> Result<T, crate::ApiError> {
    serde_json::from_slice(bytes).map_err(|e| crate::ApiError::body(e.to_string()))
}
