-- Intake schema, version 10: users, API tokens and the audit trail; who created an import.
-- Usernames are global (unique across tenants, stored lower-cased), so signing in needs no tenant field;
-- a tenant's first user is 'admin' for the demo tenant and 'admin@<tenant>' for further ones.
-- Passwords are stored as DelegatingPasswordEncoder hashes ('{bcrypt}…'); API tokens only as the hex
-- SHA-256 of the token, with its first characters kept for display. Ids come from sequences.

CREATE SEQUENCE tenant_seq START WITH 2 INCREMENT BY 1;
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
    id             BIGINT PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL REFERENCES tenant (id),
    username       VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(500) NOT NULL,
    role           VARCHAR(20)  NOT NULL, -- ADMIN, IMPORTER or VIEWER (intake.security.Role)
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    disabled_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT app_user_username_uq UNIQUE (username)
);
CREATE INDEX app_user_tenant_idx ON app_user (tenant_id, id);

CREATE TABLE api_token (
    id            BIGINT PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL REFERENCES tenant (id),
    user_id       BIGINT       NOT NULL REFERENCES app_user (id),
    name          VARCHAR(200) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    prefix        VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX api_token_tenant_user_idx ON api_token (tenant_id, user_id);

-- What a user did: action names such as LOGIN, IMPORT_STARTED, UNDO, TOKEN_CREATED; entity and record_id
-- name a CRM record where the action concerns one; address is the caller's remote address.
CREATE TABLE audit_event (
    id          BIGINT PRIMARY KEY,
    tenant_id   BIGINT        NOT NULL REFERENCES tenant (id),
    user_id     BIGINT        REFERENCES app_user (id),
    username    VARCHAR(200),
    action      VARCHAR(40)   NOT NULL,
    job_id      VARCHAR(36),
    entity      VARCHAR(40),
    record_id   BIGINT,
    address     VARCHAR(100),
    at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    details     TEXT
);
CREATE INDEX audit_event_tenant_at_idx ON audit_event (tenant_id, at);

-- The user who uploaded the file; NULL for jobs created before users existed.
ALTER TABLE import_job ADD COLUMN created_by BIGINT REFERENCES app_user (id);
