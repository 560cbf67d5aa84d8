-- Counts the writing transactions of a tenant (import chunks, undo chunks, record edits):
-- each one adds 1 under the tenant lock. An import that planned a chunk ahead, outside
-- the lock, sees from it whether anyone else wrote in between.
ALTER TABLE tenant ADD COLUMN write_seq BIGINT DEFAULT 0 NOT NULL;
