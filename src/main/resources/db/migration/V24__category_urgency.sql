-- Whether a report in the category is urgent (紧急) unless the requester says otherwise: the
-- service-level table reads it for its deadlines (a leak, a power cut). Admins set it with the rest
-- of the category; the first run's seed takes it from application.yaml.
ALTER TABLE category ADD urgent_by_default INT DEFAULT 0 NOT NULL;
