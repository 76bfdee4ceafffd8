-- Consecutive wrong passwords per phone, shared by every node: after too many, password logins of
-- that phone (API, Tasklist, engine REST) are refused until locked_until.
CREATE TABLE password_failure (
  phone         VARCHAR(11)   NOT NULL PRIMARY KEY,
  failures      INT           NOT NULL,
  locked_until  ${timestamp}
);
