-- Slides (issue #19 item 7): the organizer marks which version is the released one; proceedings use it
-- instead of the latest upload. At most one per talk is kept by the application under the talk's lock.
ALTER TABLE slide ADD COLUMN released BOOLEAN DEFAULT FALSE NOT NULL;
