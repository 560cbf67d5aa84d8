-- Intake schema, version 8: every entity of the CRM/ERP data model beside companies and contacts.
-- Conventions as in V1: record columns are the field keys in snake case (runs of capitals are one word:
-- ProductEAN -> product_ean); a reference field keeps the value as written in its own column and the
-- resolved record's id in a link column named after the referenced entity (companyId -> company_ref_id,
-- see intake.schema.Links). Ids of these tables come from one shared sequence, allocated in blocks of 1000.

CREATE SEQUENCE record_seq START WITH 1000 INCREMENT BY 1000;

-- Reference registers: employees, company categories, product categories.
CREATE TABLE employee (
    id                    BIGINT PRIMARY KEY,
    tenant_id             BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id         VARCHAR(36),
    version               BIGINT       NOT NULL DEFAULT 1,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    employee_no           VARCHAR(50),
    employee_first_name   VARCHAR(100),
    employee_last_name    VARCHAR(100),
    employee_email        VARCHAR(254),
    employee_name_key     VARCHAR(202),
    CONSTRAINT employee_no_uq UNIQUE (employee_no, tenant_id)
);
CREATE INDEX employee_name_key_idx ON employee (employee_name_key, tenant_id);

CREATE TABLE company_category (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    company_category_name       VARCHAR(100) NOT NULL,
    company_category_name_key   VARCHAR(100) NOT NULL,
    CONSTRAINT company_category_name_uq UNIQUE (company_category_name_key, tenant_id)
);
CREATE INDEX company_category_import_job_idx ON company_category (import_job_id);

CREATE TABLE product_category (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    product_category_name       VARCHAR(100) NOT NULL,
    product_category_name_key   VARCHAR(100) NOT NULL,
    CONSTRAINT product_category_name_uq UNIQUE (product_category_name_key, tenant_id)
);
CREATE INDEX product_category_import_job_idx ON product_category (import_job_id);

-- Owners of companies and contacts are employees.
ALTER TABLE company ADD COLUMN employee_ref_id BIGINT REFERENCES employee (id);
ALTER TABLE contact ADD COLUMN employee_ref_id BIGINT REFERENCES employee (id);
CREATE INDEX company_name_idx ON company (company_name, tenant_id);
CREATE INDEX contact_customer_id_idx ON contact (contact_customer_id, tenant_id);

CREATE TABLE product (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    product_no                  VARCHAR(50)  NOT NULL,
    product_name                VARCHAR(150) NOT NULL,
    product_category            VARCHAR(100),
    product_category_ref_id     BIGINT       REFERENCES product_category (id),
    product_code                VARCHAR(50),
    product_desc_short          VARCHAR(500),
    product_desc_long           VARCHAR(4000),
    product_ean                 VARCHAR(20),
    product_ean2                VARCHAR(20),
    product_status              BOOLEAN,
    product_unit                VARCHAR(20),
    product_cost                NUMERIC(20, 4),
    product_price               NUMERIC(20, 4),
    product_price_inc_tax       NUMERIC(20, 4),
    product_price_web           NUMERIC(20, 4),
    product_supplier_price      NUMERIC(20, 4),
    product_vat_rate            NUMERIC(9, 4),
    product_stock_influence     BOOLEAN,
    product_stock_qty           NUMERIC(20, 4),
    product_stock_min           NUMERIC(20, 4),
    product_stock_reorder_qty   NUMERIC(20, 4),
    product_stock_location      VARCHAR(100),
    CONSTRAINT product_no_uq UNIQUE (product_no, tenant_id)
);
CREATE INDEX product_import_job_idx ON product (import_job_id);
CREATE INDEX product_code_idx ON product (product_code, tenant_id);
CREATE INDEX product_ean_idx ON product (product_ean, tenant_id);
CREATE INDEX product_category_ref_idx ON product (product_category_ref_id);

CREATE TABLE note (
    id                      BIGINT PRIMARY KEY,
    tenant_id               BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id           VARCHAR(36),
    version                 BIGINT       NOT NULL DEFAULT 1,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    note_title              VARCHAR(200) NOT NULL,
    note_description        VARCHAR(4000),
    note_date_registered    DATE,
    note_category_id        VARCHAR(20),
    note_company_id         VARCHAR(200),
    company_ref_id          BIGINT       REFERENCES company (id),
    note_contact_id         VARCHAR(200),
    contact_ref_id          BIGINT       REFERENCES contact (id),
    note_owner              VARCHAR(200),
    employee_ref_id         BIGINT       REFERENCES employee (id),
    note_private            BOOLEAN
);
CREATE INDEX note_import_job_idx ON note (import_job_id);
CREATE INDEX note_company_idx ON note (company_ref_id);
CREATE INDEX note_contact_idx ON note (contact_ref_id);

CREATE TABLE opportunity (
    id                              BIGINT PRIMARY KEY,
    tenant_id                       BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id                   VARCHAR(36),
    version                         BIGINT       NOT NULL DEFAULT 1,
    created_at                      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    sales_opportunity_title         VARCHAR(200) NOT NULL,
    sales_opportunity_customer_id   VARCHAR(200),
    company_ref_id                  BIGINT       NOT NULL REFERENCES company (id),
    sales_opportunity_description   VARCHAR(4000),
    sales_opportunity_amount        NUMERIC(20, 4),
    sales_opportunity_probability   NUMERIC(9, 4),
    sales_opportunity_status        VARCHAR(20),
    sales_opportunity_stage         VARCHAR(100),
    sales_opportunity_close_date    DATE,
    sales_opportunity_created_date  DATE,
    sales_opportunity_owner         VARCHAR(200),
    employee_ref_id                 BIGINT       REFERENCES employee (id)
);
CREATE INDEX opportunity_import_job_idx ON opportunity (import_job_id);
CREATE INDEX opportunity_company_idx ON opportunity (company_ref_id);

CREATE TABLE recurring_invoice (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    repeating_order_id          VARCHAR(50)  NOT NULL,
    repeating_customer_id       VARCHAR(200),
    company_ref_id              BIGINT       NOT NULL REFERENCES company (id),
    repeating_interval          VARCHAR(20),
    repeating_start_date        DATE,
    repeating_date              DATE,
    repeating_payment_time      BIGINT,
    repeating_currency          VARCHAR(3),
    repeating_invoice_title     VARCHAR(200),
    repeating_invoice_text      VARCHAR(4000),
    repeating_customer_ref      VARCHAR(100),
    CONSTRAINT recurring_invoice_order_uq UNIQUE (repeating_order_id, tenant_id)
);
CREATE INDEX recurring_invoice_import_job_idx ON recurring_invoice (import_job_id);
CREATE INDEX recurring_invoice_company_idx ON recurring_invoice (company_ref_id);

CREATE TABLE recurring_invoice_line (
    id                          BIGINT PRIMARY KEY,
    tenant_id                   BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id               VARCHAR(36),
    version                     BIGINT       NOT NULL DEFAULT 1,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    recurring_invoice_ref_id    BIGINT       NOT NULL REFERENCES recurring_invoice (id),
    repeating_product_no        VARCHAR(50),
    product_ref_id              BIGINT       REFERENCES product (id),
    repeating_name              VARCHAR(200) NOT NULL,
    repeating_quantity          NUMERIC(20, 4) NOT NULL,
    repeating_price             NUMERIC(20, 4),
    repeating_discount          NUMERIC(9, 4)
);
CREATE INDEX recurring_invoice_line_import_job_idx ON recurring_invoice_line (import_job_id);
CREATE INDEX recurring_invoice_line_invoice_idx ON recurring_invoice_line (recurring_invoice_ref_id);
CREATE INDEX recurring_invoice_line_product_idx ON recurring_invoice_line (product_ref_id);

CREATE TABLE price_list (
    id                  BIGINT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id       VARCHAR(36),
    version             BIGINT       NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    price_list_id       VARCHAR(50)  NOT NULL,
    CONSTRAINT price_list_uq UNIQUE (price_list_id, tenant_id)
);
CREATE INDEX price_list_import_job_idx ON price_list (import_job_id);

CREATE TABLE price_list_price (
    id                  BIGINT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id       VARCHAR(36),
    version             BIGINT       NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    price_list_ref_id   BIGINT       NOT NULL REFERENCES price_list (id),
    product_no          VARCHAR(50),
    product_ref_id      BIGINT       NOT NULL REFERENCES product (id),
    price_out           NUMERIC(20, 4) NOT NULL,
    product_name        VARCHAR(150),
    product_desc_short  VARCHAR(500),
    product_desc_long   VARCHAR(4000),
    CONSTRAINT price_list_price_uq UNIQUE (price_list_ref_id, product_ref_id)
);
CREATE INDEX price_list_price_import_job_idx ON price_list_price (import_job_id);
CREATE INDEX price_list_price_product_idx ON price_list_price (product_ref_id);

CREATE TABLE task (
    id                  BIGINT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id       VARCHAR(36),
    version             BIGINT       NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    task_title          VARCHAR(200) NOT NULL,
    task_description    VARCHAR(4000),
    task_type           VARCHAR(20),
    task_customer_id    VARCHAR(200),
    company_ref_id      BIGINT       REFERENCES company (id),
    task_contact_id     VARCHAR(200),
    contact_ref_id      BIGINT       REFERENCES contact (id),
    task_employee_id    VARCHAR(200),
    employee_ref_id     BIGINT       REFERENCES employee (id),
    task_date_start     TIMESTAMP WITH TIME ZONE,
    task_date_stop      TIMESTAMP WITH TIME ZONE,
    task_reminder_date  TIMESTAMP WITH TIME ZONE,
    task_location       VARCHAR(200)
);
CREATE INDEX task_import_job_idx ON task (import_job_id);
CREATE INDEX task_company_idx ON task (company_ref_id);
CREATE INDEX task_contact_idx ON task (contact_ref_id);

CREATE TABLE account (
    id                  BIGINT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL REFERENCES tenant (id),
    import_job_id       VARCHAR(36),
    version             BIGINT       NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    account_no          VARCHAR(10)  NOT NULL,
    account_name        VARCHAR(100) NOT NULL,
    account_vat_no      VARCHAR(10),
    CONSTRAINT account_no_uq UNIQUE (account_no, tenant_id)
);
CREATE INDEX account_import_job_idx ON account (import_job_id);
