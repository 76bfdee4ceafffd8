-- One script for H2, PostgreSQL and SQL Server: column types that differ come from Flyway
-- placeholders (text: VARCHAR or NVARCHAR so Chinese survives on SQL Server; timestamp:
-- TIMESTAMP or DATETIME2, because TIMESTAMP means rowversion on SQL Server). All times are UTC.

CREATE SEQUENCE app_user_seq START WITH 1001 INCREMENT BY 1;
CREATE SEQUENCE repair_request_seq START WITH 100001 INCREMENT BY 1;

CREATE TABLE app_user (
  id            VARCHAR(20)   NOT NULL PRIMARY KEY,
  phone         VARCHAR(11)   NOT NULL,
  name          ${text}(50),
  role          VARCHAR(10)   NOT NULL,
  department    ${text}(100),
  address       ${text}(200),
  specialties   VARCHAR(400),
  password_hash VARCHAR(200),
  created_at    ${timestamp}  NOT NULL,
  updated_at    ${timestamp}  NOT NULL,
  CONSTRAINT uq_app_user_phone UNIQUE (phone)
);
CREATE INDEX ix_app_user_role ON app_user (role, created_at);

CREATE TABLE auth_token (
  token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
  user_id     VARCHAR(20)   NOT NULL,
  created_at  ${timestamp}  NOT NULL,
  expires_at  ${timestamp}  NOT NULL
);
CREATE INDEX ix_auth_token_user ON auth_token (user_id);

CREATE TABLE login_code (
  phone         VARCHAR(11)   NOT NULL PRIMARY KEY,
  code_hash     VARCHAR(64),
  expires_at    ${timestamp},
  attempts      INT           NOT NULL,
  last_sent_at  ${timestamp}  NOT NULL,
  count_day     VARCHAR(10)   NOT NULL,
  day_count     INT           NOT NULL
);

CREATE TABLE login_code_send (
  id              VARCHAR(36)   NOT NULL PRIMARY KEY,
  client_address  VARCHAR(64)   NOT NULL,
  sent_at         ${timestamp}  NOT NULL
);
CREATE INDEX ix_login_code_send_address ON login_code_send (client_address, sent_at);

CREATE TABLE attachment (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY,
  owner_id      VARCHAR(20)   NOT NULL,
  content_type  VARCHAR(50)   NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  storage_name  VARCHAR(80)   NOT NULL,
  created_at    ${timestamp}  NOT NULL
);

CREATE TABLE repair_request (
  id                   VARCHAR(20)   NOT NULL PRIMARY KEY,
  number               VARCHAR(20)   NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  category_code        VARCHAR(32)   NOT NULL,
  description          ${text}(1000) NOT NULL,
  building             ${text}(100),
  room                 ${text}(50),
  location_detail      ${text}(200),
  latitude             DOUBLE PRECISION,
  longitude            DOUBLE PRECISION,
  contact_phone        VARCHAR(11)   NOT NULL,
  requester_id         VARCHAR(20)   NOT NULL,
  worker_id            VARCHAR(20),
  process_instance_id  VARCHAR(64),
  rating_result        INT,
  rating_efficiency    INT,
  rating_comment       ${text}(500),
  lock_version         INT           NOT NULL,
  created_at           ${timestamp}  NOT NULL,
  updated_at           ${timestamp}  NOT NULL,
  CONSTRAINT uq_repair_request_number UNIQUE (number)
);
CREATE INDEX ix_repair_request_created ON repair_request (created_at, id);
CREATE INDEX ix_repair_request_status ON repair_request (status, created_at, id);
CREATE INDEX ix_repair_request_requester ON repair_request (requester_id, created_at, id);
CREATE INDEX ix_repair_request_worker ON repair_request (worker_id, status);

-- Every worker a request was ever given to: a worker keeps seeing requests they refused.
CREATE TABLE request_worker (
  worker_id    VARCHAR(20)   NOT NULL,
  request_id   VARCHAR(20)   NOT NULL,
  created_at   ${timestamp}  NOT NULL,
  PRIMARY KEY (worker_id, request_id)
);
CREATE INDEX ix_request_worker_created ON request_worker (worker_id, created_at, request_id);

CREATE TABLE request_attachment (
  request_id     VARCHAR(20)  NOT NULL,
  attachment_id  VARCHAR(36)  NOT NULL,
  position       INT          NOT NULL,
  PRIMARY KEY (request_id, attachment_id)
);
CREATE INDEX ix_request_attachment_attachment ON request_attachment (attachment_id);

CREATE TABLE request_history (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  request_id  VARCHAR(20)   NOT NULL,
  at          ${timestamp}  NOT NULL,
  action      VARCHAR(30)   NOT NULL,
  actor_id    VARCHAR(20),
  actor_name  ${text}(50),
  note        ${text}(500)
);
CREATE INDEX ix_request_history_request ON request_history (request_id, at);

CREATE TABLE idempotency_key (
  user_id       VARCHAR(20)   NOT NULL,
  idem_key      VARCHAR(100)  NOT NULL,
  body_hash     VARCHAR(64)   NOT NULL,
  request_id    VARCHAR(20)   NOT NULL,
  created_at    ${timestamp}  NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);

-- Messages the process asked to send; the delivery job records its outcome here so a retry never
-- sends a delivered message again.
CREATE TABLE sms_message (
  id            VARCHAR(36)    NOT NULL PRIMARY KEY,
  event_key     VARCHAR(200)   NOT NULL,
  phone         VARCHAR(11)    NOT NULL,
  template      VARCHAR(40)    NOT NULL,
  params        ${text}(1000)  NOT NULL,
  status        VARCHAR(10)    NOT NULL,
  attempts      INT            NOT NULL,
  last_error    ${text}(500),
  created_at    ${timestamp}   NOT NULL,
  sent_at       ${timestamp},
  CONSTRAINT uq_sms_message_event UNIQUE (event_key)
);

-- The local outbox: what would have been sent, when no SMS provider is configured.
CREATE TABLE sms_outbox (
  id          VARCHAR(36)    NOT NULL PRIMARY KEY,
  phone       VARCHAR(11)    NOT NULL,
  template    VARCHAR(40)    NOT NULL,
  params      ${text}(1000)  NOT NULL,
  text        ${text}(1000)  NOT NULL,
  created_at  ${timestamp}   NOT NULL
);
CREATE INDEX ix_sms_outbox_phone ON sms_outbox (phone, created_at);
