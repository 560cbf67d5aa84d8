-- Saved and learned column mappings per tenant, import type and header set, and the
-- richer mapping (constants, value maps, combined and split columns) of each job.
CREATE SEQUENCE saved_mapping_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE saved_mapping (
    id            BIGINT       PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL REFERENCES tenant (id),
    type          VARCHAR(40)  NOT NULL,
    -- null for a mapping learned from a started import
    name          VARCHAR(200),
    -- SHA-256 (hex) of the sorted normalised headers
    header_key    VARCHAR(64)  NOT NULL,
    -- header_key for a learned mapping, null for a named one: one learned mapping per header set
    learned_key   VARCHAR(64),
    mapping_json  TEXT         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    use_count     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT saved_mapping_learned_uq UNIQUE (tenant_id, type, learned_key),
    CONSTRAINT saved_mapping_name_uq UNIQUE (tenant_id, type, name)
);
CREATE INDEX saved_mapping_used_idx ON saved_mapping (tenant_id, type, used_at);

ALTER TABLE import_job ADD COLUMN mapping_json TEXT;
