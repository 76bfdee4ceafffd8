-- The office's numbers count the requests given to each worker in a period (GET /api/stats/workers):
-- that reads request_worker by the time a request was first given, which no index served.
CREATE INDEX ix_request_worker_given ON request_worker (created_at, worker_id);
