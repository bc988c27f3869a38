-- Talks an attendee marked for their personal agenda (from the manage link).
CREATE TABLE personal_agenda (
    registration_id BIGINT NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    talk_id         BIGINT NOT NULL REFERENCES talk (id) ON DELETE CASCADE,
    PRIMARY KEY (registration_id, talk_id)
);
CREATE INDEX ix_personal_agenda_talk ON personal_agenda (talk_id);
