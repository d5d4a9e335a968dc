-- Version 2 (SQLite), in lockstep with migrations/postgres/0002_source_fields.sql.
-- What import files carry beyond the invoice draft, kept so that an export
-- reproduces them: the seller's own item code of each line (e-Faktur
-- KODE_OBJEK), and the file's other header fields verbatim as JSON
-- (down-payment flags and amounts, supporting-document code, …), and a
-- checksum of each company row, verified by the full check.
ALTER TABLE invoices ADD COLUMN source_json TEXT;
ALTER TABLE invoice_lines ADD COLUMN item_code TEXT;
ALTER TABLE companies ADD COLUMN row_hash TEXT;
CREATE INDEX invoices_by_masa_id ON invoices (company_id, masa, kind, id);
