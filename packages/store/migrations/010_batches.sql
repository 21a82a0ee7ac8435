-- Batches: many articles handed in at once, parsed as jobs on the queue (pg-boss, in its own
-- `pgboss` schema), then grouped into stories. Each job's effect lands in one transaction guarded
-- by a state or key, so a job taken again after its worker died changes nothing twice.

CREATE TABLE batches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  total integer NOT NULL CHECK (total BETWEEN 1 AND 1000),
  -- Items parsed or failed; the item whose update makes it `total` queues the grouping job.
  finished integer NOT NULL DEFAULT 0 CHECK (finished BETWEEN 0 AND total),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Set in the transaction that stores the batch's stories.
  done_at timestamptz
);

CREATE TABLE batch_items (
  batch_id uuid NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  -- What was handed in: its kind (text, html, url, file) and optional outlet, url, name, type.
  input json NOT NULL,
  -- Pasted text, HTML or uploaded bytes as given; the fetched page once a URL is read.
  content bytea,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'parsed', 'failed')),
  -- The parsed article, its claims and source details, until the batch's stories are stored.
  result json,
  error_code text,
  error_message text,
  article_id uuid REFERENCES articles (id) ON DELETE SET NULL,
  PRIMARY KEY (batch_id, position)
);

CREATE TABLE batch_stories (
  batch_id uuid NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  story_id uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  PRIMARY KEY (batch_id, position)
);

CREATE INDEX batch_stories_story_id_idx ON batch_stories (story_id);
CREATE INDEX batch_items_article_id_idx ON batch_items (article_id);
