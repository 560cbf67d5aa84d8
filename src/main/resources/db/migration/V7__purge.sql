-- When a job's undo window ended and its journal and stored upload were deleted.
ALTER TABLE import_job ADD COLUMN purged_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX import_job_undoable_idx ON import_job (undoable_until);
