-- The step the request's process waits at, as the process reports it: what the request view shows as
-- its current step, what decides which actions its people may take now (allowedActions), and whose
-- hands it is in (a worker's load is the open steps assigned to them, which finished requests never
-- have). Filled for requests already waiting by V9.
ALTER TABLE repair_request ADD open_task_key VARCHAR(255);
ALTER TABLE repair_request ADD open_task_name ${text}(255);
ALTER TABLE repair_request ADD open_task_since ${timestamp};
ALTER TABLE repair_request ADD open_task_assignee VARCHAR(64);
ALTER TABLE repair_request ADD cancellable INT DEFAULT 0 NOT NULL;
CREATE INDEX ix_repair_request_open_assignee ON repair_request (open_task_assignee);
