//! Command-line arguments (clap derive).

use clap::{Args, Parser, Subcommand};
use faktur_core::Lang;
use std::path::PathBuf;

/// OpenFaktur: e-Faktur and Coretax invoices, VAT returns and reconciliation.
#[derive(Debug, Parser)]
#[command(name = "faktur", version, about, long_about = None)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options that apply to every command.
#[derive(Debug, Args)]
pub struct Global {
    /// Directory holding the company databases.
    #[arg(long, global = true, env = "FAKTUR_HOME", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The company to work on (its NPWP); optional when only one exists.
    #[arg(long, global = true, env = "FAKTUR_COMPANY", value_name = "NPWP")]
    pub company: Option<String>,
    /// Database URL (`sqlite:PATH` or `postgres://…`); overrides the data dir.
    #[arg(long, global = true, value_name = "URL")]
    pub database: Option<String>,
    /// Language of messages: id (default) or en.
    #[arg(long, global = true, env = "FAKTUR_LANG", value_name = "id|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Machine-readable JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,
    /// Print less.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print more.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

impl Global {
    /// The chosen language (Indonesian by default).
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
        .map_err(|e: faktur_core::lang::UnknownLang| e.to_string())
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compute an invoice draft (JSON) and print the computed invoice; stores nothing.
    Calc(CalcArgs),
    /// Explain an error code: its cause and remedy.
    Explain(ExplainArgs),
    /// Companies: create and list.
    #[command(subcommand)]
    Company(CompanyCommand),
    /// DB administration: info, integrity check, backup, restore, repair, migrate.
    #[command(subcommand)]
    Db(DbCommand),
    /// Invoices: create, list, show.
    #[command(subcommand)]
    Invoice(InvoiceCommand),
    /// Import a file of invoices: all-or-nothing unless --partial; prints a report.
    Import(ImportArgs),
    /// Export a masa's invoices to e-Faktur CSV or Coretax XML.
    Export(ExportArgs),
    /// Reproducible synthetic invoices (by seed) for demos, tests and benchmarks.
    Gen(GenArgs),
    /// The tax-authority sandbox.
    #[command(subcommand)]
    Authority(AuthorityCommand),
    /// Push the outbox to the authority, pull approvals and input invoices.
    Sync(SyncArgs),
    /// Diagnose (and with --fix, repair what is safe): database, authority
    /// connection, clock, key registration, outbox, configuration.
    Doctor(DoctorArgs),
    /// The monthly VAT return (SPT Masa PPN): Form 1111 up to masa
    /// 2024-12, the Coretax form from 2025-01.
    #[command(subcommand)]
    Spt(SptCommand),
    /// Input invoices: where their VAT is credited.
    #[command(subcommand)]
    Input(InputCommand),
    /// The web app and REST API. With no arguments: SQLite under the data
    /// dir, an embedded authority sandbox, a demo company when there is
    /// none, an admin with a password printed once, and the URL printed.
    Serve(ServeArgs),
}

/// `faktur serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8600", value_name = "ADDR")]
    pub listen: String,
    /// The authority: `embedded` (a sandbox in this process, its books in
    /// the data dir), a URL, or `none` (no sync).
    #[arg(long, default_value = "embedded", value_name = "URL|embedded|none")]
    pub authority: String,
    /// Where users, roles, sessions and tokens are kept: `sqlite:PATH` or
    /// `postgres://…`. Default: the PostgreSQL database of `--database`, else
    /// `web.sqlite` in the data dir.
    #[arg(
        long,
        env = "FAKTUR_ACCOUNTS",
        value_name = "URL",
        hide_env_values = true
    )]
    pub accounts: Option<String>,
    /// Do not create the demo company on a first run.
    #[arg(long)]
    pub no_demo: bool,
    /// The largest upload, MB.
    #[arg(long, default_value_t = 50, value_name = "MB")]
    pub upload_limit_mb: usize,
    /// The longest a request may run, seconds.
    #[arg(long, default_value_t = 120, value_name = "S")]
    pub request_timeout: u64,
    /// Seconds between background sync rounds (0: none).
    #[arg(long, default_value_t = 10, value_name = "S")]
    pub sync_every: u64,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub workers: Option<usize>,
    /// Session cookies without `Secure` even off loopback: plain HTTP on a
    /// trusted network (browsers drop `Secure` cookies over plain HTTP).
    /// Prefer TLS in front of the server.
    #[arg(long)]
    pub insecure_cookies: bool,
}

/// `faktur spt …`.
#[derive(Debug, Subcommand)]
pub enum SptCommand {
    /// Compute the masa's return from the books as they stand, every line
    /// with its amounts and the result (kurang bayar, lebih bayar, nihil).
    Build {
        /// The masa, YYYY-MM.
        #[arg(value_name = "YYYY-MM")]
        masa: String,
    },
    /// Show the masa's return; with --line, one line and where it comes
    /// from (the invoice groups or the formula behind it).
    Show {
        /// The masa, YYYY-MM.
        #[arg(value_name = "YYYY-MM")]
        masa: String,
        /// A line of the form, e.g. II.A, III.E, AB.III.E.
        #[arg(long, value_name = "LINE", conflicts_with = "lampiran")]
        line: Option<String>,
        /// A lampiran as a table, e.g. A2, B2, B3 (1111) or A-2, B-2, B-3.
        #[arg(long, value_name = "LAMPIRAN")]
        lampiran: Option<String>,
    },
    /// Post the masa's normal return: its figures frozen as revision 0.
    Post(SptPostArgs),
    /// Pay a kurang bayar: a kode billing from the authority, then the
    /// payment and its NTPN (or record a payment made elsewhere).
    Pay {
        /// The masa, YYYY-MM.
        #[arg(value_name = "YYYY-MM")]
        masa: String,
        #[command(flatten)]
        authority: AuthorityArg,
        /// A kode billing paid elsewhere (with --ntpn).
        #[arg(long, requires = "ntpn", value_name = "CODE")]
        billing: Option<String>,
        /// The NTPN of a payment made elsewhere (with --billing).
        #[arg(long, requires = "billing", value_name = "NTPN")]
        ntpn: Option<String>,
    },
    /// File the masa's latest version with the authority: answered by a BPE.
    File {
        /// The masa, YYYY-MM.
        #[arg(value_name = "YYYY-MM")]
        masa: String,
        #[command(flatten)]
        authority: AuthorityArg,
    },
    /// Post a pembetulan of a filed masa, computed against the last filed
    /// version.
    Amend(SptPostArgs),
    /// Write the masa's return to a directory: the Induk as JSON (the
    /// latest posted version, else the draft) and one CSV per lampiran.
    Export {
        /// The masa, YYYY-MM.
        #[arg(value_name = "YYYY-MM")]
        masa: String,
        /// The directory (created if missing).
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
    },
    /// List the masa's versions with their status, result, payments and BPE.
    Versions {
        /// The masa, YYYY-MM.
        #[arg(value_name = "YYYY-MM")]
        masa: String,
    },
}

/// `faktur spt post|amend`.
#[derive(Debug, Args)]
pub struct SptPostArgs {
    /// The masa, YYYY-MM.
    #[arg(value_name = "YYYY-MM")]
    pub masa: String,
    /// A manual entry in whole rupiah, e.g. ppn_prepaid=300000 (repeatable;
    /// the names are in docs/spt.md).
    #[arg(long = "set", value_name = "NAME=RUPIAH")]
    pub entries: Vec<String>,
    /// Ask for a refund of a lebih bayar (default: compensation into the
    /// next masa).
    #[arg(long)]
    pub refund: bool,
}

/// `faktur input …`.
#[derive(Debug, Subcommand)]
pub enum InputCommand {
    /// Credit an approved input invoice's VAT in a masa (its own or up to
    /// three later); without --masa, back to the default (its own masa).
    Credit {
        /// The invoice id.
        id: i64,
        /// The crediting masa, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        masa: Option<String>,
    },
    /// Keep an input invoice out of every return until it is credited.
    Uncredit {
        /// The invoice id.
        id: i64,
    },
    /// Report an input invoice's VAT as not creditable (listed in B3/II.H
    /// of the masa; by default its own).
    NotCreditable {
        /// The invoice id.
        id: i64,
        /// The masa it is reported in, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        masa: Option<String>,
    },
}

/// Where the authority is.
#[derive(Debug, Clone, Args)]
pub struct AuthorityArg {
    /// The authority's address (`http://HOST:PORT`, with or without `/api/v1`).
    #[arg(
        long = "authority",
        env = "FAKTUR_AUTHORITY",
        default_value = "http://127.0.0.1:8700",
        value_name = "URL"
    )]
    pub url: String,
}

/// `faktur sync [--once] [--until-idle]` / `faktur sync status`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// `status`: the sync state, the outbox and the last error.
    #[command(subcommand)]
    pub command: Option<SyncCommand>,
    /// One round now (every pending operation, whatever its backoff), then exit.
    #[arg(long)]
    pub once: bool,
    /// Keep going (with backoff) until nothing is pending, then exit.
    #[arg(long, conflicts_with = "once")]
    pub until_idle: bool,
    /// Operations per request (1–1000).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub batch: u16,
    /// Longest pause between rounds when nothing is due, seconds.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub poll: u64,
    #[command(flatten)]
    pub authority: AuthorityArg,
}

/// `faktur sync status`.
#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Idle, waiting for a connection, retrying since …, and the last error.
    Status,
}

/// `faktur doctor [--fix]`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Apply the safe fixes: register the key, resume the outbox.
    #[arg(long)]
    pub fix: bool,
    #[command(flatten)]
    pub authority: AuthorityArg,
}

/// `faktur authority …`.
#[derive(Debug, Subcommand)]
pub enum AuthorityCommand {
    /// Serve the sandbox's API (`/api/v1`, `/validasi/faktur/…`) until
    /// interrupted. Its database is `--database sqlite:PATH` or
    /// `--database postgres://…` (several sandboxes may share one), by
    /// default `authority.sqlite` in the data dir.
    Serve(AuthorityServeArgs),
}

/// `faktur authority serve`.
#[derive(Debug, Args)]
pub struct AuthorityServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8700", value_name = "ADDR")]
    pub listen: String,
    /// Answer as if it were this date (YYYY-MM-DD): for demos with old data.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Do not enforce upload deadlines.
    #[arg(long)]
    pub no_deadlines: bool,
    /// Delay added to every answer, ms.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub latency_ms: u64,
    /// Share of requests answered 500 ETAXSERVICE-10002, per mille.
    #[arg(long, default_value_t = 0, value_name = "PERMILLE")]
    pub error_rate: u32,
    /// A daily maintenance window, HH:MM-HH:MM (WIB); repeatable.
    #[arg(long, value_name = "WINDOW")]
    pub maintenance: Vec<String>,
    /// Token that unlocks `/api/v1/sandbox/…` (knobs, master file).
    #[arg(
        long,
        env = "FAKTUR_SANDBOX_ADMIN_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub admin_token: Option<String>,
}

/// `faktur gen --invoices N [--seed S] --format … -o PATH`.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many invoices.
    #[arg(long)]
    pub invoices: u64,
    /// The seed: the same seed gives the same file.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Lines per invoice.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=50))]
    pub lines: u8,
    /// e-Faktur CSV (2024, e-Faktur era), Coretax XML (2025), QR
    /// validation answers (2024, one file per invoice), DJP's prepopulated
    /// input-invoice list (2024, gzip-compressed `;` CSV), purchases as FM
    /// rows (2024, canonical CSV), the Coretax Excel template (2025), nota
    /// retur (RM rows) of every fourth of those purchases (same seed and
    /// count), or dokumen lain (DK export and DM import declarations, 2024).
    #[arg(long, value_parser = ["efaktur-csv", "coretax-xml", "coretax-xlsx", "qr-xml", "prepopulated-csv", "purchases-csv", "retur-csv", "dokumen-lain-csv"])]
    pub format: String,
    /// Seller NPWP for Coretax XML.
    #[arg(long, default_value = "0013121660091000")]
    pub seller: String,
    /// Buyer NPWP for QR validation answers (the company that imports them).
    #[arg(long, default_value = "0016090524017000")]
    pub buyer: String,
    /// The file to write (Coretax XML or Excel over 1,000 invoices and
    /// several QR answers: PATH-001.xml, …).
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
}

/// `faktur export --period YYYY-MM --format … -o PATH`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Masa pajak, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM")]
    pub period: String,
    /// The file format.
    #[arg(long, value_parser = ["efaktur-csv", "coretax-xml", "coretax-xlsx"])]
    pub format: String,
    /// output or input invoices.
    #[arg(long, default_value = "output", value_parser = ["output", "input"])]
    pub kind: String,
    /// Only invoices with this status.
    #[arg(long)]
    pub status: Option<String>,
    /// What to export: invoices (faktur), nota retur (RK/RM rows) or dokumen
    /// lain (DK/DM rows); the last two as e-Faktur CSV only.
    #[arg(long, default_value = "faktur", value_parser = ["faktur", "retur", "dokumen-lain"])]
    pub records: String,
    /// The file to write (Coretax XML over 1,000 invoices: PATH-001.xml, …).
    #[arg(short, long, value_name = "PATH")]
    pub output: PathBuf,
}

/// `faktur import FILE`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The file's format (auto detects it from its content).
    #[arg(long, default_value = "auto", value_parser = ["auto", "efaktur-csv", "coretax-xml", "coretax-xlsx", "qr-xml", "prepopulated-csv"])]
    pub format: String,
    /// Check everything, store nothing.
    #[arg(long, conflicts_with = "partial")]
    pub dry_run: bool,
    /// Store the valid invoices even when others are refused.
    #[arg(long)]
    pub partial: bool,
}

/// `faktur company …`.
#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Create a company (its own database in the data dir, or in --database).
    Init {
        /// NPWP (15 or 16 digits, any printed form).
        #[arg(long)]
        npwp: String,
        /// Registered name.
        #[arg(long)]
        name: String,
        /// Address.
        #[arg(long, default_value = "")]
        address: String,
        /// NITKU of the head office (default: NPWP16 + 000000).
        #[arg(long)]
        nitku: Option<String>,
    },
    /// List the companies of the data dir (or of --database).
    List,
}

/// `faktur db …`.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Backend, location, schema version, row counts, backups.
    Info,
    /// Full integrity check (structure, every row checksum, the audit chain).
    Check,
    /// Online backup to a file (default: the company's backup folder).
    Backup {
        /// Write the backup here instead.
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
    },
    /// Restore a backup file in place of the company database.
    Restore {
        /// The backup file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Repair from the last good backup, salvaging newer intact invoices.
    Repair,
    /// Bulk-write synthetic invoices, printing `ACK` after each committed
    /// batch (reliability tests kill it at random points).
    #[command(hide = true)]
    StressWrite {
        /// Invoices per batch (one transaction each).
        #[arg(long, default_value_t = 50)]
        batch: usize,
        /// Stop after this many batches (default: until killed).
        #[arg(long)]
        batches: Option<usize>,
    },
    /// Rebuild the company's approved invoices (and its input invoices)
    /// from the authority, e.g. after the local database was lost.
    Recover {
        #[command(flatten)]
        authority: AuthorityArg,
    },
    /// Copy the company to another database (SQLite or PostgreSQL), verified.
    Migrate {
        /// Target database URL: sqlite:PATH or postgres://…
        #[arg(long, value_name = "URL")]
        to: String,
    },
}

/// `faktur invoice …`.
#[derive(Debug, Subcommand)]
pub enum InvoiceCommand {
    /// Compute, validate and store a draft; prints the stored invoice.
    Create {
        /// The draft JSON file; `-` or nothing reads standard input.
        #[arg(value_name = "FILE|-")]
        file: Option<PathBuf>,
    },
    /// List invoices.
    List {
        /// Masa pajak, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        period: Option<String>,
        /// output or input.
        #[arg(long, value_parser = ["output", "input"])]
        kind: Option<String>,
        /// Status (draft, approved, …).
        #[arg(long)]
        status: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 1000)]
        limit: i64,
        /// Only ids after this one (next page).
        #[arg(long)]
        after: Option<i64>,
    },
    /// Show one invoice with its lines.
    Show {
        /// The invoice id.
        id: i64,
    },
    /// A replacement (pengganti) of an approved output invoice: the draft,
    /// stored with `replaces` set to the original's number and uploaded by
    /// sync; the authority marks the original replaced.
    Replace {
        /// The approved invoice's id.
        id: i64,
        /// The replacing draft (JSON); `-` or nothing reads standard input.
        #[arg(value_name = "FILE|-")]
        file: Option<PathBuf>,
    },
    /// A nota retur against an approved input invoice (JSON: number, date,
    /// tax_base, vat, stlg as decimal strings): checked against what remains
    /// of the invoice, stored, and registered with the authority by sync.
    Retur {
        /// The approved input invoice's id.
        id: i64,
        /// The nota retur (JSON); `-` or nothing reads standard input.
        #[arg(value_name = "FILE|-")]
        file: Option<PathBuf>,
    },
    /// Cancel (pembatalan) an approved output invoice: queued in the outbox,
    /// sent by the next sync round; the invoice reads `cancelled` once the
    /// authority has answered.
    Cancel {
        /// The approved invoice's id.
        id: i64,
    },
}

/// `faktur calc [FILE|-]`.
#[derive(Debug, Args)]
pub struct CalcArgs {
    /// The draft JSON file; `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
}

/// `faktur explain CODE` / `faktur explain --list [PREFIX]`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code, e.g. ETAX-10002 (with --list: a prefix to filter by).
    #[arg(value_name = "CODE")]
    pub code: Option<String>,
    /// List codes (all, or those starting with the given prefix).
    #[arg(long)]
    pub list: bool,
}
