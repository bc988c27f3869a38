-- The automatic-scheduling proposal outlives the solver's memory: kept per conference until the organizer applies
-- or discards it, so it survives a reload, a new sign-in, a restart and a request served by another node.
CREATE TABLE schedule_proposal (
    conference_id         BIGINT      NOT NULL PRIMARY KEY REFERENCES conference (id) ON DELETE CASCADE,
    job_id                VARCHAR(36) NOT NULL,
    status                VARCHAR(16) NOT NULL,
    hard_score            INTEGER,
    soft_score            INTEGER,
    elapsed_millis        BIGINT      NOT NULL,
    feasible_after_millis BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE schedule_proposal_slot (
    conference_id BIGINT    NOT NULL REFERENCES schedule_proposal (conference_id) ON DELETE CASCADE,
    talk_id       BIGINT    NOT NULL,
    room_id       BIGINT    NOT NULL,
    starts_at     TIMESTAMP NOT NULL,
    kept          BOOLEAN   NOT NULL
);
CREATE INDEX ix_schedule_proposal_slot ON schedule_proposal_slot (conference_id);
