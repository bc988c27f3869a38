-- Retention per conference: personal data of its registrations is anonymised this many days after it ends.
CREATE TABLE registration_policy (
    conference_id  BIGINT  PRIMARY KEY REFERENCES conference (id) ON DELETE CASCADE,
    retention_days INTEGER,
    CONSTRAINT ck_registration_policy_retention CHECK (retention_days IS NULL OR retention_days >= 0)
);
