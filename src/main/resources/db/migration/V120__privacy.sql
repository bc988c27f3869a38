-- Opt-outs of bulk mail are kept as a keyed hash (HMAC-SHA256 with podium.privacy.hash-key) of the address, not
-- the address: an erased person's opt-out stays honoured without their address staying behind. Rows stored
-- before this version are hashed by the mail retention job (MailRetention), which then empties their email.
ALTER TABLE mail_opt_out ADD COLUMN email_hash VARCHAR(64);
ALTER TABLE mail_opt_out ALTER COLUMN email DROP NOT NULL;
ALTER TABLE mail_opt_out DROP CONSTRAINT uq_mail_opt_out;
CREATE UNIQUE INDEX ux_mail_opt_out_hash ON mail_opt_out (conference_id, email_hash);

-- Sent mail bodies (model, attachments, .eml copies) are purged after podium.mail.retention-days; the row stays
-- as the recipient's mail history (kind, status, dates) until the person is erased.
ALTER TABLE outbox_message ADD COLUMN purged_at TIMESTAMP WITH TIME ZONE;
