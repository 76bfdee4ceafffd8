-- The workers' table per day and worker, whatever the category and building. stats_day and
-- stats_duration keep each worker's numbers per category and building as well, which makes them
-- nearly a row per repair (a year of a hundred workers: some 650,000 rows to sum); these keep a
-- row per worker and day (36,500 a year), read when the question names no category or building.
-- Written with stats_day and stats_duration, in the same transactions (stats.StatsRollups).

-- Per day and worker: repairs finished (completed), tasks refused (refused), and the ratings
-- credited to the worker (rated: how many had a rating, and their sums); the sums of stats_day's
-- COMPLETED_BY_WORKER, REFUSED_BY_WORKER and RATED_FOR_WORKER rows over categories and buildings.
CREATE TABLE stats_worker_day (
  on_day          DATE        NOT NULL,
  worker_id       VARCHAR(20) NOT NULL,
  completed       BIGINT      NOT NULL,
  refused         BIGINT      NOT NULL,
  rated           BIGINT      NOT NULL,
  result_sum      BIGINT      NOT NULL,
  efficiency_sum  BIGINT      NOT NULL,
  PRIMARY KEY (on_day, worker_id)
);

-- The REPAIR stage's histogram (stats_duration) per day, the worker who finished and bucket.
CREATE TABLE stats_worker_repair (
  on_day     DATE        NOT NULL,
  worker_id  VARCHAR(20) NOT NULL,
  minutes    BIGINT      NOT NULL,
  n          BIGINT      NOT NULL,
  PRIMARY KEY (on_day, worker_id, minutes)
);

-- Filled from the tables they sum (when those are not built yet, the next start rebuilds all four).
INSERT INTO stats_worker_day (on_day, worker_id, completed, refused, rated, result_sum, efficiency_sum)
SELECT on_day, worker_id,
  SUM(CASE WHEN measure = 'COMPLETED_BY_WORKER' THEN n ELSE 0 END),
  SUM(CASE WHEN measure = 'REFUSED_BY_WORKER' THEN n ELSE 0 END),
  SUM(CASE WHEN measure = 'RATED_FOR_WORKER' THEN rated ELSE 0 END),
  SUM(CASE WHEN measure = 'RATED_FOR_WORKER' THEN result_sum ELSE 0 END),
  SUM(CASE WHEN measure = 'RATED_FOR_WORKER' THEN efficiency_sum ELSE 0 END)
FROM stats_day
WHERE measure IN ('COMPLETED_BY_WORKER', 'REFUSED_BY_WORKER', 'RATED_FOR_WORKER') AND worker_id <> ''
GROUP BY on_day, worker_id;

INSERT INTO stats_worker_repair (on_day, worker_id, minutes, n)
SELECT on_day, worker_id, minutes, SUM(n) FROM stats_duration WHERE stage = 'REPAIR' AND worker_id <> ''
GROUP BY on_day, worker_id, minutes;
