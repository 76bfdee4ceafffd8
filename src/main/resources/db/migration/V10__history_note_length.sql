-- A rating's history entry is its stars and then the comment, and the comment alone may be the 500
-- characters the contract allows: the note grows to hold both. Widening a column rewrites no row
-- on PostgreSQL or SQL Server. The placeholder retype is what ALTER COLUMN puts before the new
-- type: SET DATA TYPE on H2 and PostgreSQL, nothing on SQL Server.
ALTER TABLE request_history ALTER COLUMN note ${retype} ${text}(1000);
