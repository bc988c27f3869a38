-- Nodes starting together on an empty database load the demo data one after the other: each loading step
-- locks this row (SELECT ... FOR UPDATE) before it looks whether its part is still missing.
INSERT INTO job_claim (name, claimed_until, claimed_by) VALUES ('demo-data', CURRENT_TIMESTAMP, NULL);
