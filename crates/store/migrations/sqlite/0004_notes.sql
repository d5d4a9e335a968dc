-- Version 4 (SQLite), in lockstep with migrations/postgres/0004_notes.sql.
-- Nota retur of output (RK) and input (RM) invoices, and dokumen lain (DK/DM).
-- The version-1 returns table had no kind and a retur number unique per
-- company, while two buyers may well use the same number; no version ever
-- wrote to it, but any row it holds is carried over all the same.
ALTER TABLE returns RENAME TO returns_v1;

CREATE TABLE returns (
    id                INTEGER PRIMARY KEY,
    company_id        INTEGER NOT NULL REFERENCES companies(id),
    kind              TEXT    NOT NULL,
    invoice_id        INTEGER NOT NULL REFERENCES invoices(id),
    invoice_number    TEXT    NOT NULL,
    counterparty_tin  TEXT    NOT NULL,
    counterparty_name TEXT    NOT NULL,
    number            TEXT    NOT NULL,
    date              TEXT    NOT NULL,
    masa              TEXT    NOT NULL,
    tax_base          INTEGER NOT NULL,
    vat               INTEGER NOT NULL,
    stlg              INTEGER NOT NULL,
    creditable        INTEGER,
    status            TEXT    NOT NULL,
    source_json       TEXT,
    created_by        TEXT    NOT NULL,
    created_at        INTEGER NOT NULL,
    row_hash          TEXT    NOT NULL,
    UNIQUE (company_id, kind, counterparty_tin, number)
);
CREATE INDEX returns_by_invoice ON returns (invoice_id);
CREATE INDEX returns_by_masa ON returns (company_id, masa, kind);

INSERT INTO returns (id, company_id, kind, invoice_id, invoice_number, counterparty_tin, counterparty_name,
    number, date, masa, tax_base, vat, stlg, creditable, status, source_json, created_by, created_at, row_hash)
SELECT r.id, r.company_id, i.kind, r.invoice_id, COALESCE(i.number, ''), i.buyer_tin, '', r.number, r.date,
    r.masa, r.tax_base, r.vat, r.stlg, NULL, r.status, NULL, 'migration', r.created_at, ''
FROM returns_v1 r JOIN invoices i ON i.id = r.invoice_id;

DROP TABLE returns_v1;

CREATE TABLE documents (
    id                   INTEGER PRIMARY KEY,
    company_id           INTEGER NOT NULL REFERENCES companies(id),
    kind                 TEXT    NOT NULL,
    trx_type             TEXT    NOT NULL,
    doc_type             TEXT    NOT NULL,
    trx_code             TEXT    NOT NULL,
    replaces             TEXT,
    number               TEXT    NOT NULL,
    date                 TEXT    NOT NULL,
    masa                 TEXT    NOT NULL,
    counterparty_tin     TEXT    NOT NULL,
    counterparty_name    TEXT    NOT NULL,
    counterparty_address TEXT    NOT NULL,
    tax_base             INTEGER NOT NULL,
    vat                  INTEGER NOT NULL,
    stlg                 INTEGER NOT NULL,
    note                 TEXT    NOT NULL,
    creditable           INTEGER,
    status               TEXT    NOT NULL,
    source_json          TEXT,
    created_by           TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    row_hash             TEXT    NOT NULL,
    UNIQUE (company_id, kind, counterparty_tin, number)
);
CREATE INDEX documents_by_masa ON documents (company_id, masa, kind);
