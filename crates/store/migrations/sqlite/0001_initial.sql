-- OpenFaktur schema, version 1 (SQLite). Kept in lockstep with
-- migrations/postgres/0001_initial.sql: same tables, columns and order.
-- Every column is INTEGER or TEXT. Money is INTEGER sen (1/100 rupiah);
-- times are INTEGER milliseconds since the Unix epoch (UTC); user-given
-- decimals (prices, quantities, rates) are TEXT exactly as given.

CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    npwp        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    address     TEXT    NOT NULL,
    nitku       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE counterparties (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id),
    tin         TEXT    NOT NULL,
    id_type     TEXT    NOT NULL,
    id_number   TEXT,
    country     TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    address     TEXT    NOT NULL,
    email       TEXT,
    idtku       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (company_id, idtku, tin)
);

CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id),
    opt         TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    unit        TEXT    NOT NULL,
    price       TEXT    NOT NULL,
    luxury      INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (company_id, code, name)
);

CREATE TABLE invoices (
    id                  INTEGER PRIMARY KEY,
    company_id          INTEGER NOT NULL REFERENCES companies(id),
    kind                TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    date                TEXT    NOT NULL,
    masa                TEXT    NOT NULL,
    trx_code            TEXT    NOT NULL,
    number              TEXT,
    reference           TEXT,
    replaces            TEXT,
    seller_tin          TEXT    NOT NULL,
    seller_json         TEXT    NOT NULL,
    buyer_tin           TEXT    NOT NULL,
    buyer_json          TEXT    NOT NULL,
    add_info            TEXT,
    facility_stamp      TEXT,
    custom_doc          TEXT,
    custom_doc_period   TEXT,
    prices_include_vat  INTEGER NOT NULL,
    regime              TEXT    NOT NULL,
    era                 TEXT    NOT NULL,
    tax_base            INTEGER NOT NULL,
    other_tax_base      INTEGER NOT NULL,
    vat                 INTEGER NOT NULL,
    stlg                INTEGER NOT NULL,
    line_count          INTEGER NOT NULL,
    batch_id            TEXT    NOT NULL,
    created_by          TEXT    NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    row_hash            TEXT    NOT NULL,
    UNIQUE (company_id, kind, seller_tin, number)
);
CREATE INDEX invoices_by_masa ON invoices (company_id, masa, kind, status);
CREATE INDEX invoices_by_batch ON invoices (company_id, batch_id);

CREATE TABLE invoice_lines (
    invoice_id       INTEGER NOT NULL REFERENCES invoices(id),
    line_no          INTEGER NOT NULL,
    opt              TEXT    NOT NULL,
    code             TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    unit             TEXT    NOT NULL,
    price            TEXT    NOT NULL,
    qty              TEXT    NOT NULL,
    discount         TEXT    NOT NULL,
    luxury           INTEGER NOT NULL,
    vat_rate         TEXT    NOT NULL,
    stlg_rate        TEXT    NOT NULL,
    price_ex_vat     TEXT    NOT NULL,
    discount_ex_vat  TEXT    NOT NULL,
    tax_base         INTEGER NOT NULL,
    other_tax_base   INTEGER NOT NULL,
    vat              INTEGER NOT NULL,
    stlg             INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE TABLE invoice_status_history (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    status      TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    note        TEXT
);
CREATE INDEX status_history_by_invoice ON invoice_status_history (invoice_id);

CREATE TABLE nsfp_ranges (
    id             INTEGER PRIMARY KEY,
    company_id     INTEGER NOT NULL REFERENCES companies(id),
    first_nsfp     TEXT    NOT NULL,
    last_nsfp      TEXT    NOT NULL,
    registered_at  INTEGER NOT NULL,
    UNIQUE (company_id, first_nsfp)
);

CREATE TABLE returns (
    id           INTEGER PRIMARY KEY,
    company_id   INTEGER NOT NULL REFERENCES companies(id),
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    number       TEXT    NOT NULL,
    date         TEXT    NOT NULL,
    masa         TEXT    NOT NULL,
    tax_base     INTEGER NOT NULL,
    vat          INTEGER NOT NULL,
    stlg         INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (company_id, number)
);

CREATE TABLE spt_versions (
    id           INTEGER PRIMARY KEY,
    company_id   INTEGER NOT NULL REFERENCES companies(id),
    masa         TEXT    NOT NULL,
    revision     INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    form         TEXT    NOT NULL,
    data_json    TEXT    NOT NULL,
    result       INTEGER NOT NULL,
    bpe          TEXT,
    created_at   INTEGER NOT NULL,
    filed_at     INTEGER,
    UNIQUE (company_id, masa, revision)
);

CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    company_id    INTEGER NOT NULL REFERENCES companies(id),
    spt_id        INTEGER REFERENCES spt_versions(id),
    billing_code  TEXT    NOT NULL,
    amount        INTEGER NOT NULL,
    ntpn          TEXT,
    paid_at       INTEGER,
    created_at    INTEGER NOT NULL,
    UNIQUE (company_id, billing_code)
);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    company_id       INTEGER NOT NULL REFERENCES companies(id),
    operation        TEXT    NOT NULL,
    entity_id        INTEGER NOT NULL,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    payload          TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    created_at       INTEGER NOT NULL
);
CREATE INDEX outbox_pending ON outbox (company_id, state, next_attempt_at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER NOT NULL REFERENCES companies(id),
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    detail      TEXT    NOT NULL,
    prev_hash   TEXT    NOT NULL,
    hash        TEXT    NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    username       TEXT    NOT NULL UNIQUE,
    password_hash  TEXT    NOT NULL,
    disabled       INTEGER NOT NULL,
    created_at     INTEGER NOT NULL
);

CREATE TABLE user_roles (
    user_id     INTEGER NOT NULL REFERENCES users(id),
    company_id  INTEGER NOT NULL REFERENCES companies(id),
    role        TEXT    NOT NULL,
    PRIMARY KEY (user_id, company_id)
);

CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY,
    company_id    INTEGER NOT NULL REFERENCES companies(id),
    user_id       INTEGER REFERENCES users(id),
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    revoked_at    INTEGER,
    last_used_at  INTEGER
);
