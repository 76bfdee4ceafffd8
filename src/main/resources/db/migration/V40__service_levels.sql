-- Service levels (docs/process.md): how urgent the requester says the fault is and the kind of
-- building, which the service-level table reads when the request starts; what the table gave it
-- (ISO-8601 durations per stage, and whom an overdue stage is told); the due time of the step the
-- request waits at (the task's due date, what lists sort by and "overdue" compares with); and in the
-- history, the due time each completed step had.
ALTER TABLE repair_request ADD priority VARCHAR(10) DEFAULT 'NORMAL' NOT NULL;
ALTER TABLE repair_request ADD building_type VARCHAR(20);
ALTER TABLE repair_request ADD review_deadline VARCHAR(40);
ALTER TABLE repair_request ADD dispatch_deadline VARCHAR(40);
ALTER TABLE repair_request ADD confirm_deadline VARCHAR(40);
ALTER TABLE repair_request ADD repair_deadline VARCHAR(40);
ALTER TABLE repair_request ADD escalate_to VARCHAR(64);
ALTER TABLE repair_request ADD open_task_due ${timestamp};
ALTER TABLE request_history ADD due_at ${timestamp};
-- The requester's ETA reads how long a worker took to accept, per category, over the last 30 days:
-- the acceptances of that period, found by their history entry.
CREATE INDEX ix_request_history_action ON request_history (action, at);
