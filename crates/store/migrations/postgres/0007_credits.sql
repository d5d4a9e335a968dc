-- Version 7 (PostgreSQL), in lockstep with migrations/sqlite/0007_credits.sql.
-- The company's crediting decisions for input invoices. Without a row an
-- approved input invoice is credited in its own masa (creditable unless
-- its source said IS_CREDITABLE 0); a row moves it to another masa of the
-- crediting window, marks it not creditable (reported in B3 of that
-- masa), or keeps it out of every return for now (masa NULL).
CREATE TABLE input_credits (
    invoice_id  BIGINT  PRIMARY KEY REFERENCES invoices(id),
    company_id  BIGINT  NOT NULL REFERENCES companies(id),
    masa        TEXT,
    creditable  BIGINT  NOT NULL,
    decided_by  TEXT    NOT NULL,
    decided_at  BIGINT  NOT NULL
);
CREATE INDEX input_credits_by_masa ON input_credits (company_id, masa);
