-- Intake schema, version 1: tenants, companies, contacts, import jobs and the journal.
-- Written in SQL that both PostgreSQL 15 and H2 2.x (PostgreSQL mode) accept.
-- Record columns are the import field keys in snake case (CompanyPostPostcode -> company_post_postcode);
-- phone fields carry an E.164 copy in <column>_e164; *_key columns hold natural keys in canonical form. Ids come from sequences allocated in blocks of 1000.

CREATE TABLE tenant (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL UNIQUE,
    country     VARCHAR(2)   NOT NULL DEFAULT 'SE',
    locale      VARCHAR(20)  NOT NULL DEFAULT 'sv-SE',
    time_zone   VARCHAR(50)  NOT NULL DEFAULT 'Europe/Stockholm',
    currency    VARCHAR(3)   NOT NULL DEFAULT 'SEK',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO tenant (id, name) VALUES (1, 'demo');

CREATE SEQUENCE company_seq START WITH 1000 INCREMENT BY 1000;
CREATE SEQUENCE contact_seq START WITH 1000 INCREMENT BY 1000;
CREATE SEQUENCE journal_seq START WITH 1000 INCREMENT BY 1000;

CREATE TABLE import_job (
    id                    VARCHAR(36)  PRIMARY KEY,
    tenant_id             BIGINT       NOT NULL REFERENCES tenant (id),
    type                  VARCHAR(40)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    file_name             VARCHAR(500) NOT NULL,
    file_size             BIGINT       NOT NULL,
    format                VARCHAR(10)  NOT NULL DEFAULT 'csv',
    encoding              VARCHAR(40),
    encoding_detected     BOOLEAN,
    encoding_confidence   DOUBLE PRECISION,
    delimiter             VARCHAR(4),
    delimiter_detected    BOOLEAN,
    delimiter_confidence  DOUBLE PRECISION,
    header_row            INTEGER      NOT NULL DEFAULT 1,
    source_warnings       TEXT,
    columns_json          TEXT,
    options_json          TEXT,
    rows_total            BIGINT       NOT NULL DEFAULT 0,
    rows_processed        BIGINT       NOT NULL DEFAULT 0,
    rows_imported         BIGINT       NOT NULL DEFAULT 0,
    rows_failed           BIGINT       NOT NULL DEFAULT 0,
    counts_json           TEXT,
    rows_per_second       DOUBLE PRECISION NOT NULL DEFAULT 0,
    eta_seconds           BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at            TIMESTAMP WITH TIME ZONE,
    finished_at           TIMESTAMP WITH TIME ZONE,
    undoable_until        TIMESTAMP WITH TIME ZONE,
    failure_reason        VARCHAR(2000),
    version               BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX import_job_tenant_created_idx ON import_job (tenant_id, created_at);
CREATE INDEX import_job_status_idx ON import_job (status);

CREATE TABLE company (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    company_kind                VARCHAR(20)  NOT NULL,
    company_id                  VARCHAR(50)  NOT NULL,
    company_name                VARCHAR(200) NOT NULL,
    company_consumername        VARCHAR(100),
    company_gov_no              VARCHAR(30),
    company_gov_no_key          VARCHAR(30),
    company_name_key            VARCHAR(330),
    company_is_corporate        BOOLEAN,
    company_nickname            VARCHAR(200),
    company_phone               VARCHAR(50),
    company_phone_e164          VARCHAR(20),
    company_mobile              VARCHAR(50),
    company_mobile_e164         VARCHAR(20),
    company_fax                 VARCHAR(50),
    company_fax_e164            VARCHAR(20),
    company_email               VARCHAR(254),
    company_invoice_email       VARCHAR(254),
    company_website             VARCHAR(255),
    company_country             VARCHAR(2),
    company_post_street         VARCHAR(500),
    company_post_postcode       VARCHAR(20),
    company_post_postarea       VARCHAR(100),
    company_post_city           VARCHAR(100),
    company_post_state          VARCHAR(100),
    company_visit_street        VARCHAR(500),
    company_visit_postcode      VARCHAR(20),
    company_visit_post_area     VARCHAR(100),
    company_visit_city          VARCHAR(100),
    company_visit_state         VARCHAR(100),
    company_invoice_name        VARCHAR(200),
    company_invoice_street      VARCHAR(500),
    company_invoice_post_code   VARCHAR(20),
    company_invoice_post_area   VARCHAR(100),
    company_invoice_city        VARCHAR(100),
    company_invoice_country     VARCHAR(2),
    company_delivery_street     VARCHAR(500),
    company_delivery_post_code  VARCHAR(20),
    company_delivery_post_area  VARCHAR(100),
    company_delivery_city       VARCHAR(100),
    company_delivery_country    VARCHAR(2),
    company_owner               VARCHAR(200),
    company_industry            VARCHAR(200),
    company_profit              NUMERIC(20, 4),
    company_turnover            NUMERIC(20, 4),
    company_nr_of_emp           BIGINT,
    company_note                VARCHAR(4000),
    company_supplier            BOOLEAN,
    company_category            VARCHAR(2000),
    company_date_registrered    DATE,
    company_date_changed        DATE,
    CONSTRAINT company_customer_no_uq UNIQUE (company_id, tenant_id),
    CONSTRAINT company_gov_no_uq UNIQUE (company_gov_no_key, tenant_id)
);
CREATE INDEX company_import_job_idx ON company (import_job_id);
CREATE INDEX company_name_key_idx ON company (company_name_key, tenant_id);

CREATE TABLE contact (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    company_ref_id              BIGINT       REFERENCES company (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    contact_first_name          VARCHAR(100),
    contact_last_name           VARCHAR(100),
    contact_role_company_id     VARCHAR(200),
    contact_role_position       VARCHAR(200),
    contact_role_email          VARCHAR(254),
    contact_role_phone          VARCHAR(50),
    contact_role_phone_e164     VARCHAR(20),
    contact_role_mobile         VARCHAR(50),
    contact_role_mobile_e164    VARCHAR(20),
    contact_role_fax            VARCHAR(50),
    contact_role_fax_e164       VARCHAR(20),
    contact_email               VARCHAR(254),
    contact_email2              VARCHAR(254),
    contact_phone               VARCHAR(50),
    contact_phone_e164          VARCHAR(20),
    contact_mobile              VARCHAR(50),
    contact_mobile_e164         VARCHAR(20),
    contact_address_street      VARCHAR(500),
    contact_address_post_code   VARCHAR(20),
    contact_address_post_area   VARCHAR(100),
    contact_country             VARCHAR(2),
    contact_date_of_birth       DATE,
    contact_is_consumer         BOOLEAN,
    contact_is_employee         BOOLEAN,
    contact_customer_id         VARCHAR(50),
    contact_note                VARCHAR(4000),
    contact_owner               VARCHAR(200)
);
CREATE INDEX contact_company_idx ON contact (company_ref_id);
CREATE INDEX contact_import_job_idx ON contact (import_job_id);
CREATE INDEX contact_tenant_idx ON contact (tenant_id, id);

-- One row per record an import updated: enough to restore it and to see whether it moved since.
CREATE TABLE import_journal (
    id               BIGINT PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL REFERENCES tenant (id),
    job_id           VARCHAR(36)  NOT NULL REFERENCES import_job (id),
    line             BIGINT       NOT NULL,
    entity           VARCHAR(40)  NOT NULL,
    record_id        BIGINT       NOT NULL,
    version_after    BIGINT       NOT NULL,
    previous_values  TEXT         NOT NULL
);
CREATE INDEX import_journal_job_idx ON import_journal (job_id, id);
