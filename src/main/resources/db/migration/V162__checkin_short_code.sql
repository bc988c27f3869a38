-- Check-in at the door (issue #19 item 4): a short code of 8 characters without 0/O/1/I, printed under the QR
-- code and typed when the QR cannot be read; unique per conference (NULLs allowed until the application has
-- given existing registrations theirs at start). A note the door staff sees ("VIP: Ministerin, Begleitung durch
-- Protokoll"). Portable SQL for H2 (MODE=LEGACY) and PostgreSQL.
ALTER TABLE registration ADD COLUMN short_code VARCHAR(8);
ALTER TABLE registration ADD CONSTRAINT uq_registration_short_code UNIQUE (conference_id, short_code);
ALTER TABLE registration ADD COLUMN door_note VARCHAR(500);
