-- Stories, their articles (the input as given, parsed, with claims) and cached comparisons.
-- Parsed articles, claims and comparisons are `json`, not `jsonb`: json keeps the text as written,
-- so a value read back serializes to the same bytes it was stored with (jsonb reorders keys).

CREATE TABLE stories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Creation order, for stories that share a timestamp (PGlite's clock counts milliseconds).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Keyset pagination, newest first.
CREATE INDEX stories_created_at_seq_idx ON stories (created_at DESC, seq DESC);

CREATE TABLE articles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  story_id uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  -- Insertion order within a story, stable even when two articles share a timestamp.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  outlet text NOT NULL,
  title text NOT NULL,
  url text,
  published text,
  byline text,
  source_kind text NOT NULL CHECK (source_kind IN ('text', 'html')),
  source_content bytea NOT NULL,
  content_type text NOT NULL,
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  fetched_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  parsed json NOT NULL,
  claims json NOT NULL,
  -- The same input twice in one story is one article; its index also serves the foreign key.
  CONSTRAINT articles_story_content_key UNIQUE (story_id, content_hash)
);

CREATE TABLE comparisons (
  story_id uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  -- sha256 of the story's sorted article content hashes: a changed story never matches an old row.
  articles_hash text NOT NULL,
  version text NOT NULL,
  result json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (story_id, articles_hash, version)
);
