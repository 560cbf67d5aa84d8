-- Intake schema, version 2: undo of an import.
-- undo_json: the outcome of the undo (removed, restored, kept records), set when the job becomes UNDONE.
-- undo_removed_json: running totals of removed records per entity, written in the same transaction as each
-- removed chunk, so an undo that stops half-way resumes with the right figures.
-- import_journal.undo_result: RESTORED or KEPT once the undo has replayed the row; NULL before.
ALTER TABLE import_job ADD COLUMN undo_json TEXT;
ALTER TABLE import_job ADD COLUMN undo_removed_json TEXT;
ALTER TABLE import_journal ADD COLUMN undo_result VARCHAR(10);
