-- Each story a batch stores is compared as a job of its own (one per story, so several workers
-- share them); the batch is done once every comparison is stored or has failed.

-- Set in the transaction that stores the batch's stories and queues their comparisons.
ALTER TABLE batches ADD COLUMN grouped_at timestamptz;
UPDATE batches SET grouped_at = done_at;

-- `pending` until its job ends, then `stored` or `failed` (with the reason); `none` for a story of
-- fewer than two articles, which has nothing to compare. NULL for stories of batches stored before
-- comparisons were jobs: theirs is computed on first read.
ALTER TABLE batch_stories
  ADD COLUMN comparison text CHECK (comparison IN ('pending', 'stored', 'failed', 'none')),
  ADD COLUMN error_code text,
  ADD COLUMN error_message text;
