-- A worker's list is read newest request first, like every list. Keeping the request's creation time
-- beside the worker lets that list walk one index in order and stop after a page, instead of
-- sorting all of a worker's requests of past years on every call. It never changes once set.
ALTER TABLE request_worker ADD request_created_at ${timestamp};
UPDATE request_worker SET request_created_at =
  (SELECT r.created_at FROM repair_request r WHERE r.id = request_worker.request_id);
CREATE INDEX ix_request_worker_request_created ON request_worker (worker_id, request_created_at, request_id);
