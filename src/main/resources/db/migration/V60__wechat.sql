-- WeChat beside SMS. A queued message now names its channel: SMS to its phone, or a WeChat subscribe
-- message to the openid in address. A subscribe message WeChat refuses (the person withdrew their
-- agreement) turns into the SMS in the same row, so the event still notifies exactly once.
ALTER TABLE sms_message ADD channel VARCHAR(10) DEFAULT 'SMS' NOT NULL;
ALTER TABLE sms_message ADD address VARCHAR(64);

-- Which WeChat user (openid of our mini program) is which account. One openid per account and one
-- account per openid, enforced here so two logins binding at once cannot make two bindings.
-- Keyed by the account, not the phone: a phone change keeps the binding.
CREATE TABLE wechat_binding (
  openid     VARCHAR(64)   NOT NULL PRIMARY KEY,
  user_id    VARCHAR(20)   NOT NULL,
  bound_at   ${timestamp}  NOT NULL,
  CONSTRAINT uq_wechat_binding_user UNIQUE (user_id)
);

-- A WeChat user whose openid is not bound yet gets a ticket to prove their phone with; only its
-- SHA-256 is kept, it lasts minutes and is used once.
CREATE TABLE wechat_login_ticket (
  ticket_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
  openid       VARCHAR(64)   NOT NULL,
  expires_at   ${timestamp}  NOT NULL
);
CREATE INDEX ix_wechat_login_ticket_expiry ON wechat_login_ticket (expires_at);

-- wx.requestSubscribeMessage: each "accept" allows WeChat to deliver one message of that template to
-- the person. remaining counts what is left; queuing a subscribe message uses one.
CREATE TABLE wechat_agreement (
  user_id    VARCHAR(20)   NOT NULL,
  template   VARCHAR(40)   NOT NULL,
  remaining  INT           NOT NULL,
  updated_at ${timestamp}  NOT NULL,
  CONSTRAINT pk_wechat_agreement PRIMARY KEY (user_id, template)
);

-- The mini program's access token, shared by every node: one node refreshes it while holding the
-- row's lease (lock_owner until lock_until), the others wait and read what it stored.
CREATE TABLE wechat_access_token (
  app_id       VARCHAR(64)   NOT NULL PRIMARY KEY,
  token        VARCHAR(600),
  expires_at   ${timestamp},
  lock_owner   VARCHAR(200),
  lock_until   ${timestamp}
);
