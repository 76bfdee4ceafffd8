-- Repair categories, managed by admins (GET/POST/PATCH/DELETE /api/categories). The list in
-- application.yaml (repair.categories) fills an empty table at start-up: a first run's seed, not the
-- list in force. A retired category (active = 0) is offered to nobody but keeps its name on the
-- requests filed under it.
CREATE TABLE category (
  code        VARCHAR(32)    NOT NULL PRIMARY KEY,
  name        ${text}(20)    NOT NULL,
  icon        ${text}(16),
  hotline     VARCHAR(30),
  position    INT            NOT NULL,
  active      INT            NOT NULL,
  created_at  ${timestamp}   NOT NULL,
  updated_at  ${timestamp}   NOT NULL
);
