-- A person who left keeps their account (their name stays on the requests they worked on) but can
-- no longer do anything: deactivated_at is set, and every way in checks it.
ALTER TABLE app_user ADD deactivated_at ${timestamp};

-- Who changed which staff account, when and how: admins read it (GET /api/staff/audit).
CREATE TABLE staff_audit (
  id            VARCHAR(36)    NOT NULL PRIMARY KEY,
  at            ${timestamp}   NOT NULL,
  actor_id      VARCHAR(20),
  actor_name    ${text}(50),
  subject_id    VARCHAR(20)    NOT NULL,
  subject_name  ${text}(50),
  action        VARCHAR(30)    NOT NULL,
  detail        ${text}(1000)
);
CREATE INDEX ix_staff_audit_at ON staff_audit (at, id);
CREATE INDEX ix_staff_audit_subject ON staff_audit (subject_id, at, id);
