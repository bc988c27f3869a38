-- Issue #20 item 1: how a person wishes to be addressed (MR, MS, NONE); existing people are addressed neutrally.
ALTER TABLE registration ADD COLUMN salutation VARCHAR(8) DEFAULT 'NONE' NOT NULL;
ALTER TABLE invitation ADD COLUMN salutation VARCHAR(8) DEFAULT 'NONE' NOT NULL;
ALTER TABLE speaker ADD COLUMN salutation VARCHAR(8) DEFAULT 'NONE' NOT NULL;
