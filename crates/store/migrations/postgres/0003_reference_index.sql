-- Version 3 (PostgreSQL), in lockstep with migrations/sqlite/0003_reference_index.sql.
-- Coretax-era invoices have no number until the authority approves them, so
-- a re-imported file is recognised by the seller's reference (RefDesc):
-- this index makes that lookup cheap during bulk imports.
CREATE INDEX invoices_by_reference ON invoices (company_id, kind, seller_tin, reference);
