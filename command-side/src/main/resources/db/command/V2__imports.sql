-- One row per imported file content (issue 4). Written in the same transaction as the file's
-- events, so a row exists exactly when the import is stored; the primary key makes a second
-- import of the same bytes wait for the first and then find it.
CREATE TABLE import_log (
    content_sha256 CHAR(64)     PRIMARY KEY,
    file_name      TEXT         NOT NULL,
    format         VARCHAR(16)  NOT NULL,
    summary        TEXT,
    imported_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
