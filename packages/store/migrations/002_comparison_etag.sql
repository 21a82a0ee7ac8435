-- A cached comparison is served as the very text it was stored as, with a strong ETag: the sha256
-- of that text, kept beside it so a read neither parses nor hashes 80 KB of JSON.
-- The table is a cache: rows from before this column are dropped and recomputed on their next read.
DELETE FROM comparisons;
ALTER TABLE comparisons ADD COLUMN etag text NOT NULL CHECK (etag ~ '^[0-9a-f]{64}$');
