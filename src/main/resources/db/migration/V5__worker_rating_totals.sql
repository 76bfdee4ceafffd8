-- Each worker's ratings so far, kept as they come in: the dispatch page shows every worker's average,
-- and working it out from the requests meant reading all of them, years of history, on every call.
-- A rating adds to its worker's row in the transaction that records it (WorkerRatings).
CREATE TABLE worker_rating (
  worker_id     VARCHAR(20)  NOT NULL PRIMARY KEY,
  rating_count  BIGINT       NOT NULL,
  rating_sum    BIGINT       NOT NULL
);
INSERT INTO worker_rating (worker_id, rating_count, rating_sum)
SELECT worker_id, COUNT(*), SUM(CAST(rating_result AS BIGINT)) FROM repair_request
WHERE worker_id IS NOT NULL AND rating_result IS NOT NULL
GROUP BY worker_id;
