-- Issue #20 item 6: a speaker's bio and photo appear on the public speaker pages only when the speaker agreed.
-- Speakers stored before this consent existed have not given it.
ALTER TABLE speaker ADD COLUMN public_profile BOOLEAN DEFAULT FALSE NOT NULL;
