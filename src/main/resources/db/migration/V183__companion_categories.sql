-- Issue #20 item 3: companions (Begleitperson, persönliche/r Referent/in, Fahrer/in) come with an official in a
-- category of their own, with its own quota or none; they get a table name card only where the organizer says so.
ALTER TABLE category ADD COLUMN companion BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE category ADD COLUMN companion_name_card BOOLEAN DEFAULT FALSE NOT NULL;
