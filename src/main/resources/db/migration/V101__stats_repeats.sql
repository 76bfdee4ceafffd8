-- Every repeat fault (RepeatFaults: a request received within 30 days of the one before it at its
-- place, of its category), a row each, for the places list of /api/stats/repeats: a month groups
-- some thousands of these rows by place instead of walking the month's requests and the 30 days
-- before them. Written by the transaction that files the request, only when it is a repeat fault
-- (stats.StatsRollups, which finds that out under the place's row of stats_place_last anyway), so
-- a row is inserted once, by one transaction, and needs no upsert. The request's building and room
-- as filed are the names the list shows. A row per request rather than per place and day: a place
-- rarely comes back twice in a day, so a day's row would sum nothing, and it could not say which
-- request's names to show without a "first of the day" rule.
CREATE TABLE stats_repeat (
  request_id     VARCHAR(20)    NOT NULL PRIMARY KEY,
  place          ${text}(160)   NOT NULL,
  category_code  VARCHAR(32)    NOT NULL,
  building_id    VARCHAR(20),
  building       ${text}(100),
  room           ${text}(50),
  created_at     ${timestamp}   NOT NULL
);
CREATE INDEX ix_stats_repeat_created ON stats_repeat (created_at);
-- The first repeat fault of each place in a period, whose names the list shows.
CREATE INDEX ix_stats_repeat_place ON stats_repeat (place, category_code, created_at);

-- The next start fills it with the other rollups from the request tables (once).
UPDATE stats_rollup_state SET built = 0 WHERE id = 1;
