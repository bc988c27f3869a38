-- Issue #17: the text of every page of an uploaded PDF, read once after the upload (or by the first proceedings
-- that print it), so that the proceedings need not read every slide's text again on each run: reading it was a
-- third of their time. A JSON array of strings, one per page in order. No row: not read yet.
CREATE TABLE slide_page_texts (
    slide_id   BIGINT          NOT NULL PRIMARY KEY REFERENCES slide (id) ON DELETE CASCADE,
    page_count INTEGER         NOT NULL,
    texts      VARCHAR(1000000) NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
