-- The user task the request waits at, as the process last reported it: an action completes it by
-- its id instead of searching the engine's tasks (Camunda's task query was the largest single cost
-- of an action). Empty for requests that were waiting before this column existed; those are found
-- by the search.
ALTER TABLE repair_request ADD open_task_id VARCHAR(64);
