-- Indexes on the link columns V8 left without one, so that undo's "does a record that stays point at it?"
-- checks and the 409 of a DELETE look records up instead of scanning tables.
CREATE INDEX company_employee_idx ON company (employee_ref_id);
CREATE INDEX contact_employee_idx ON contact (employee_ref_id);
CREATE INDEX note_employee_idx ON note (employee_ref_id);
CREATE INDEX opportunity_employee_idx ON opportunity (employee_ref_id);
CREATE INDEX task_employee_idx ON task (employee_ref_id);
