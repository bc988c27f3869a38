-- Talks in the back office (issue #19 item 1): a VIP flag, cancelling instead of deleting once a talk was
-- published (cancelled talks stay in later versions, marked), and the order of a talk's speakers.
-- Portable SQL for H2 (MODE=LEGACY) and PostgreSQL.

ALTER TABLE talk ADD COLUMN vip BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE talk ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE talk_speaker ADD COLUMN speaker_order INTEGER DEFAULT 0 NOT NULL;
-- existing speakers keep the order they were read in so far (by id)
UPDATE talk_speaker SET speaker_order = (SELECT COUNT(*) FROM talk_speaker o
    WHERE o.talk_id = talk_speaker.talk_id AND o.speaker_id < talk_speaker.speaker_id);
