-- Mail is rendered when it is sent, not in the request that queued it (issue #17 item 1): a message may name
-- what it is about (about_type, e.g. 'registration', and its id); the sender reads that thing then and renders
-- text, HTML and attachments from it. failure_reason says in a word why a message could not be rendered
-- (GONE, ERASED, ERROR); the page and the API show it in the reader's language.
ALTER TABLE outbox_message ADD COLUMN about_type VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN about_id BIGINT;
ALTER TABLE outbox_message ADD COLUMN failure_reason VARCHAR(40);
