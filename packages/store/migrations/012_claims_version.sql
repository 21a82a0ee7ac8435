-- The version of the extraction that gave each article's claims (`CLAIMS_VERSION` of
-- @parallax/claims), so claims from an older version are found and extracted again. Rows from
-- before this column take '', a version no extraction has: stale, extracted again on next use.
ALTER TABLE articles ADD COLUMN claims_version text NOT NULL DEFAULT '';
