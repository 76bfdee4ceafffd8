-- The office's numbers kept per campus day, so a year of KPIs sums a few hundred thousand small rows
-- instead of walking a million requests and their history. Written in the same transaction as the
-- request rows they count (stats.StatsRollups), never by a job, so they cannot drift from them.
-- The service fills both tables from the request tables the first time it starts after this
-- migration (stats_rollup_state.built = 0), because the campus's day depends on repair.zone, which a
-- migration does not know.

-- Per day, the request's category and building ('' when it has none): measure RECEIVED (requests
-- submitted) or a history action, how many, how many of them had a due time and met it, and for
-- RATED the ratings' count and sums; worker_id is ''. The measures COMPLETED_BY_WORKER,
-- REFUSED_BY_WORKER (the worker who did it) and RATED_FOR_WORKER (the worker the request names)
-- count the same entries again per worker, for the workers' table.
CREATE TABLE stats_day (
  measure         VARCHAR(24) NOT NULL,
  on_day          DATE        NOT NULL,
  category_code   VARCHAR(32) NOT NULL,
  building_id     VARCHAR(20) NOT NULL,
  worker_id       VARCHAR(20) NOT NULL,
  n               BIGINT      NOT NULL,
  due             BIGINT      NOT NULL,
  on_time         BIGINT      NOT NULL,
  rated           BIGINT      NOT NULL,
  result_sum      BIGINT      NOT NULL,
  efficiency_sum  BIGINT      NOT NULL,
  PRIMARY KEY (measure, on_day, category_code, building_id, worker_id)
);

-- How long each stage took, as a histogram with fixed buckets: per stage, on_day (the day it ended),
-- category, building and (for REPAIR) the worker who finished, how many took "minutes" (a bucket's
-- lower bound: exact under an hour, then 5, 15, 60 and 360 minutes wide; see docs/stats.md).
CREATE TABLE stats_duration (
  stage           VARCHAR(16) NOT NULL,
  on_day          DATE        NOT NULL,
  category_code   VARCHAR(32) NOT NULL,
  building_id     VARCHAR(20) NOT NULL,
  worker_id       VARCHAR(20) NOT NULL,
  minutes         BIGINT      NOT NULL,
  n               BIGINT      NOT NULL,
  PRIMARY KEY (stage, on_day, category_code, building_id, worker_id, minutes)
);

-- Which history entry ends which stage (the stage began at the submission, or at the latest entry
-- before it of the actions StatsRollups names for the stage).
CREATE TABLE stats_stage (
  stage       VARCHAR(16) NOT NULL,
  end_action  VARCHAR(24) NOT NULL,
  PRIMARY KEY (stage, end_action)
);
INSERT INTO stats_stage (stage, end_action) VALUES ('REVIEW', 'ACCEPTED');
INSERT INTO stats_stage (stage, end_action) VALUES ('REVIEW', 'REJECTED');
INSERT INTO stats_stage (stage, end_action) VALUES ('DISPATCH', 'ASSIGNED');
INSERT INTO stats_stage (stage, end_action) VALUES ('ANSWER', 'WORKER_ACCEPTED');
INSERT INTO stats_stage (stage, end_action) VALUES ('ANSWER', 'REFUSED');
INSERT INTO stats_stage (stage, end_action) VALUES ('COMPLETION', 'COMPLETED');
INSERT INTO stats_stage (stage, end_action) VALUES ('REPAIR', 'COMPLETED');

-- The latest request for each place and category ('#' and the room's id, or the building and room
-- as typed): a request within 30 days of it is a repeat fault, counted as measure REPEAT of
-- stats_day. Its row is locked while a request for the place is counted, so two reports of one
-- place at the same moment are told apart.
CREATE TABLE stats_place_last (
  place            ${text}(160) NOT NULL,
  category_code    VARCHAR(32)  NOT NULL,
  last_created_at  ${timestamp} NOT NULL,
  PRIMARY KEY (place, category_code)
);

-- One row: whether the rollups hold the request tables' numbers. Set back to 0 (by a bulk load that
-- wrote the request tables directly) it makes the next start-up rebuild them.
CREATE TABLE stats_rollup_state (
  id        INT          NOT NULL PRIMARY KEY,
  built     INT          NOT NULL,
  built_at  ${timestamp}
);
INSERT INTO stats_rollup_state (id, built) VALUES (1, 0);
