-- A running import is cancelled by flagging its row; the instance running it stops after its current chunk.
ALTER TABLE import_job ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
