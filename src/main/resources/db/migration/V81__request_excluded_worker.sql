-- Workers who refused a request as outside their specialty: dispatch leaves them out of the
-- suggestions for that request.
CREATE TABLE request_excluded_worker (
  request_id  VARCHAR(36)   NOT NULL,
  worker_id   VARCHAR(20)   NOT NULL,
  at          ${timestamp}  NOT NULL,
  PRIMARY KEY (request_id, worker_id)
);
