-- Version 6 (PostgreSQL), in lockstep with migrations/sqlite/0006_sync.sql.
-- What sync brings back from the authority: the approval of each uploaded
-- invoice (its number, time, signature and QR token) and, per company, the
-- position in the authority's change feed and the last contact.
CREATE TABLE approvals (
    invoice_id   BIGINT  PRIMARY KEY REFERENCES invoices(id),
    number       TEXT    NOT NULL,
    approved_at  BIGINT  NOT NULL,
    signature    TEXT    NOT NULL,
    token        TEXT    NOT NULL
);

CREATE TABLE sync_state (
    company_id     BIGINT  PRIMARY KEY REFERENCES companies(id),
    events_after   BIGINT  NOT NULL,
    last_ok_at     BIGINT,
    failing_since  BIGINT,
    last_error     TEXT,
    updated_at     BIGINT  NOT NULL
);

-- An invoice is queued at most once per operation; finding whether it is
-- queued must not scan the outbox.
CREATE INDEX outbox_by_entity ON outbox (company_id, operation, entity_id);
