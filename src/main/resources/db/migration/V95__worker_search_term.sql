-- A worker's search of their own requests (GET /api/requests?q= as a worker) walks the posting list
-- of its rarest term among that worker's requests alone, instead of the worker's whole list with a
-- probe per term per request (at 10,000 requests a worker that was 200 ms when few matched). An
-- entry per worker a request was ever given to (request_worker, never deleted) and per term of the
-- request (request_search_term, fixed at submission); written with the request_worker row.
-- The key is the walk's order, so no other index is needed. It is added after the back-fill: one
-- sorted build instead of a million requests' entries placed one by one.
CREATE TABLE worker_search_term (
  worker_id           VARCHAR(20)    NOT NULL,
  term                ${text}(40)    NOT NULL,
  request_created_at  ${timestamp}   NOT NULL,
  request_id          VARCHAR(20)    NOT NULL
);
INSERT INTO worker_search_term (worker_id, term, request_created_at, request_id)
SELECT w.worker_id, t.term, t.created_at, t.request_id
FROM request_worker w JOIN request_search_term t ON t.request_id = w.request_id;
ALTER TABLE worker_search_term ADD CONSTRAINT pk_worker_search_term
  PRIMARY KEY (worker_id, term, request_created_at, request_id);
