-- A circular is sent only with the confirmation of the preview the organizer saw; one preview sends once.
ALTER TABLE mailing ADD COLUMN confirmation VARCHAR(160);
CREATE UNIQUE INDEX uq_mailing_confirmation ON mailing (conference_id, confirmation);
