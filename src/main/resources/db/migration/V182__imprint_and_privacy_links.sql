-- Issue #20 item 7: the organizer's imprint (§ 5 DDG) and privacy notice per conference; NULL = the global default.
ALTER TABLE conference ADD COLUMN imprint_url VARCHAR(500);
ALTER TABLE conference ADD COLUMN privacy_url VARCHAR(500);
