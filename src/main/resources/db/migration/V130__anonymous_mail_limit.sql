-- Mail caused by someone who has not signed in is limited per recipient mailbox and hour (issue #16 item 7).
-- mailbox: the address in lower case without a "+tag", so that victim+1@… counts as victim@….
ALTER TABLE outbox_message ADD COLUMN mailbox VARCHAR(254);
ALTER TABLE outbox_message ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_outbox_anonymous_mailbox ON outbox_message (mailbox, created_at);
