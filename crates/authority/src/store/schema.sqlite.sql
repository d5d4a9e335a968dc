-- The authority sandbox's own database (SQLite). One file for all
-- taxpayers: the authority's side of the world.
CREATE TABLE IF NOT EXISTS settings (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS taxpayers (
    npwp           TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    address        TEXT NOT NULL,
    status         TEXT NOT NULL,
    public_key     TEXT NOT NULL,
    registered_at  INTEGER NOT NULL
);
-- Master-file entries that differ from "any well-formed NPWP is active".
CREATE TABLE IF NOT EXISTS master_file (
    npwp    TEXT PRIMARY KEY,
    status  TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'unknown'))
);
CREATE TABLE IF NOT EXISTS nsfp_ranges (
    id            INTEGER PRIMARY KEY,
    npwp          TEXT NOT NULL,
    year          INTEGER NOT NULL,
    first         INTEGER NOT NULL,
    last          INTEGER NOT NULL,
    allocated_on  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nsfp_by_npwp ON nsfp_ranges (npwp, first);
CREATE TABLE IF NOT EXISTS invoices (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    nsfp         INTEGER,
    seller       TEXT NOT NULL,
    buyer        TEXT,
    date         TEXT NOT NULL,
    status       TEXT NOT NULL,
    replaces     TEXT,
    body         TEXT NOT NULL,
    approved_at  INTEGER NOT NULL,
    signature    TEXT NOT NULL,
    token        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS invoices_by_nsfp ON invoices (seller, nsfp);
CREATE INDEX IF NOT EXISTS invoices_by_seller ON invoices (seller, id);
CREATE TABLE IF NOT EXISTS events (
    seq     INTEGER PRIMARY KEY,
    npwp    TEXT NOT NULL,
    role    TEXT NOT NULL,
    number  TEXT NOT NULL,
    seller  TEXT NOT NULL,
    status  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_npwp ON events (npwp, seq);
-- Every operation applied, by its sender and key: a retry gets the stored
-- outcome back.
CREATE TABLE IF NOT EXISTS operations (
    npwp     TEXT NOT NULL,
    key      TEXT NOT NULL,
    digest   TEXT NOT NULL,
    outcome  TEXT NOT NULL,
    PRIMARY KEY (npwp, key)
);
-- Kode billing and their payments (NTPN).
CREATE TABLE IF NOT EXISTS billing (
    code        TEXT PRIMARY KEY,
    npwp        TEXT NOT NULL,
    kap         TEXT NOT NULL,
    kjs         TEXT NOT NULL,
    masa        TEXT NOT NULL,
    amount      INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    ntpn        TEXT UNIQUE,
    paid_at     INTEGER
);
-- Filed SPT Masa PPN, one row per revision, with their BPE.
CREATE TABLE IF NOT EXISTS spt_filings (
    npwp         TEXT NOT NULL,
    masa         TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    digest       TEXT NOT NULL,
    bpe          TEXT NOT NULL UNIQUE,
    received_at  INTEGER NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (npwp, masa, revision)
);
-- Nota retur registered against approved invoices (amounts in sen).
CREATE TABLE IF NOT EXISTS returs (
    seller      TEXT NOT NULL,
    invoice     TEXT NOT NULL,
    number      TEXT NOT NULL,
    buyer       TEXT NOT NULL,
    date        TEXT NOT NULL,
    tax_base    INTEGER NOT NULL,
    vat         INTEGER NOT NULL,
    stlg        INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (seller, invoice, number)
);
