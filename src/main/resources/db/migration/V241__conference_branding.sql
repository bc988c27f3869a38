-- Issue #23 item 4: the organizer's branding per conference. The accent colour is kept only when white text on it
-- (and it as text on white) reaches 4.5:1; the logo is re-encoded on upload and lives under the data directory.
ALTER TABLE conference ADD COLUMN accent_colour VARCHAR(7);
ALTER TABLE conference ADD COLUMN logo_path VARCHAR(500);
