-- How an upload is read: its format (csv or xlsx) and, for a workbook, the sheet read and all its sheets.
ALTER TABLE import_job ADD COLUMN source_format VARCHAR(8) DEFAULT 'csv' NOT NULL;
ALTER TABLE import_job ADD COLUMN sheet VARCHAR(255);
ALTER TABLE import_job ADD COLUMN sheets_json TEXT;
