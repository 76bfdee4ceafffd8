-- Messages are sent by each node's dispatcher straight from this table; only a message in trouble
-- becomes an sms-delivery process instance. The dispatcher finds waiting messages by status, and a
-- message it claimed carries the claiming node and time, so a claim whose node died while sending
-- is recognised once its lease has run out and is left to an operator, never sent twice.
ALTER TABLE sms_message ADD request_id VARCHAR(36);
ALTER TABLE sms_message ADD claimed_by VARCHAR(200);
ALTER TABLE sms_message ADD claimed_at ${timestamp};
CREATE INDEX ix_sms_message_status ON sms_message (status, created_at);
