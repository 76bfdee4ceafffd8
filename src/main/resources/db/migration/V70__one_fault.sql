-- One fault, one request (docs/duplicates.md). A category whose faults affect a whole building (hot
-- water, a power cut) matches reports anywhere in the building, not only in the same room.
ALTER TABLE category ADD building_wide INT DEFAULT 0 NOT NULL;

-- How many people follow a request besides its requester, kept on the row so that lists sort by it
-- without a join; and the request a merged duplicate was merged into.
ALTER TABLE repair_request ADD follower_count INT DEFAULT 0 NOT NULL;
ALTER TABLE repair_request ADD merged_into VARCHAR(20);
-- The duplicate query before every submission: the open requests of one building and category,
-- whatever the length of the history (a building's past requests are many, its open ones few).
CREATE INDEX ix_repair_request_fault ON repair_request (building_id, category_code, status);

-- People who follow a request instead of reporting the same fault again. told_at: when they were
-- texted that it was fixed, so that each follower is told once, whatever retries or reworks follow.
CREATE TABLE request_follower (
  request_id  VARCHAR(20)   NOT NULL,
  user_id     VARCHAR(20)   NOT NULL,
  created_at  ${timestamp}  NOT NULL,
  told_at     ${timestamp},
  PRIMARY KEY (request_id, user_id)
);
CREATE INDEX ix_request_follower_user ON request_follower (user_id, created_at, request_id);

-- Outage notices (停水停电通知): for a building or a whole area, one category, from starts_at until
-- ends_at or until an admin closes it. ended_at is set once, by whoever ends it first (an admin's
-- close or a node's expiry job, with one conditional update), and the followers' texts are queued in
-- that same transaction.
CREATE TABLE outage_notice (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  building_id    VARCHAR(20),
  area_id        VARCHAR(20),
  place_name     ${text}(100)  NOT NULL,
  category_code  VARCHAR(32)   NOT NULL,
  reason         ${text}(200)  NOT NULL,
  starts_at      ${timestamp}  NOT NULL,
  ends_at        ${timestamp}  NOT NULL,
  posted_by      VARCHAR(20)   NOT NULL,
  created_at     ${timestamp}  NOT NULL,
  ended_at       ${timestamp},
  end_reason     VARCHAR(10),
  follower_count INT           DEFAULT 0 NOT NULL
);
CREATE INDEX ix_outage_notice_ends ON outage_notice (ended_at, ends_at);
CREATE INDEX ix_outage_notice_created ON outage_notice (created_at, id);

CREATE TABLE outage_follower (
  notice_id   VARCHAR(36)   NOT NULL,
  user_id     VARCHAR(20)   NOT NULL,
  created_at  ${timestamp}  NOT NULL,
  PRIMARY KEY (notice_id, user_id)
);
