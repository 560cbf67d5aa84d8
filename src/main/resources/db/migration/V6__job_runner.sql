-- Which instance ran a job, and how often it was started (a revived job is started again).
ALTER TABLE import_job ADD COLUMN runner VARCHAR(250);
ALTER TABLE import_job ADD COLUMN runs INTEGER DEFAULT 0 NOT NULL;
