-- Version 5 (PostgreSQL), in lockstep with migrations/sqlite/0005_lean_indexes.sql.
-- No query reads invoices by batch, and listings by masa use
-- invoices_by_masa_id (company_id, masa, kind, id), which also serves a
-- status filter: two indexes that only cost every insert are dropped.
DROP INDEX invoices_by_masa;
DROP INDEX invoices_by_batch;
