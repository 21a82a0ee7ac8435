-- Each story a batch finds is a job of its own (store its articles, compare them), so several
-- workers share that work; the batch is done once every story's comparison is stored or has failed.

-- Set in the transaction that stores the batch's stories and queues their jobs.
ALTER TABLE batches ADD COLUMN grouped_at timestamptz;
UPDATE batches SET grouped_at = done_at;

-- The story the item was grouped into, before its job stores the item as an article there.
ALTER TABLE batch_items ADD COLUMN story_id uuid REFERENCES stories (id) ON DELETE SET NULL;
UPDATE batch_items i SET story_id = a.story_id FROM articles a WHERE a.id = i.article_id;
CREATE INDEX batch_items_story_id_idx ON batch_items (story_id);

-- `pending` until its job ends, then `stored` or `failed` (with the reason), or `none` for a story
-- of fewer than two articles, which has nothing to compare. NULL for stories of batches stored
-- before stories were jobs: their comparison is computed on first read.
ALTER TABLE batch_stories
  ADD COLUMN comparison text CHECK (comparison IN ('pending', 'stored', 'failed', 'none')),
  ADD COLUMN error_code text,
  ADD COLUMN error_message text;
