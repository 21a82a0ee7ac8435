import type { Queryable } from '../drivers/driver'
import { StoreError } from '../errors'
import { toBytes } from '../rows'
import { isoOf, isUuid } from '../sql'
import type { Batch, BatchComparison, BatchItemInput, BatchItemKind, BatchStory } from '../types'
import { LIMITS } from '../validate'
import { QUEUES, type Queue } from './queue'

export const MAX_BATCH_ITEMS = 1_000
const KINDS: ReadonlySet<BatchItemKind> = new Set(['text', 'html', 'url', 'file'])

/** Call inside a transaction: the batch, its items and their jobs appear together or not at all. */
export async function createBatch(
  tx: Queryable,
  queue: Queue,
  items: BatchItemInput[],
): Promise<string> {
  checkItems(items)
  const [batch] = await tx.query<{ id: string }>(
    'INSERT INTO batches (total) VALUES ($1) RETURNING id',
    [items.length],
  )
  const id = batch!.id
  const rows = items.map((item, position) => ({
    position,
    input: {
      kind: item.kind,
      ...(item.url !== undefined && { url: wellFormed(item.url) }),
      ...(item.outlet !== undefined && { outlet: wellFormed(item.outlet) }),
      ...(item.name !== undefined && { name: wellFormed(item.name) }),
      ...(item.contentType !== undefined && { contentType: wellFormed(item.contentType) }),
    },
    content: item.content === undefined ? null : Buffer.from(item.content).toString('base64'),
  }))
  await tx.query(
    `INSERT INTO batch_items (batch_id, position, input, content)
     SELECT $1, (e->>'position')::int, e->'input', decode(e->>'content', 'base64')
     FROM json_array_elements($2::json) e`,
    [id, JSON.stringify(rows)],
  )
  await queue.insert(
    tx,
    items.map((_, position) => ({ name: QUEUES.item, data: { batchId: id, position } })),
  )
  return id
}

export function checkItems(items: unknown): asserts items is BatchItemInput[] {
  if (!Array.isArray(items) || items.length === 0) invalid('a batch needs at least one item')
  const list = items as unknown[]
  if (list.length > MAX_BATCH_ITEMS) {
    invalid(`a batch holds at most ${MAX_BATCH_ITEMS} items, not ${list.length}`)
  }
  for (const [index, value] of list.entries()) {
    const item = value as Partial<BatchItemInput> | null
    const at = `item ${index}`
    if (typeof item !== 'object' || item === null || !KINDS.has(item.kind!)) {
      invalid(`${at} must be text, html, url or file`)
    }
    const { kind, content } = item as BatchItemInput
    if (kind === 'url') {
      if (typeof item.url !== 'string' || item.url === '') invalid(`${at} needs a url`)
      if (content !== undefined) invalid(`${at} is a url and carries no content`)
    } else if (!(content instanceof Uint8Array) || content.byteLength === 0) {
      invalid(`${at} is empty`)
    } else if (content.byteLength > LIMITS.sourceBytes) {
      invalid(`${at} is larger than ${LIMITS.sourceBytes / 1024 / 1024} MB`)
    }
    const fields = { url: LIMITS.url, outlet: LIMITS.outlet, name: 500, contentType: 255 }
    for (const [field, max] of Object.entries(fields)) {
      const text = item[field as keyof typeof fields]
      if (text !== undefined && (typeof text !== 'string' || text.length > max)) {
        invalid(`${at}: ${field} must be text of at most ${max} characters`)
      }
      if (text?.includes('\0')) invalid(`${at}: ${field} contains a NUL character`)
    }
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** PostgreSQL refuses JSON holding half of a surrogate pair; it becomes U+FFFD, as in a decoder. */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd')
}

function invalid(message: string): never {
  throw new StoreError('INVALID', `store: ${message}`)
}

interface BatchRow {
  id: string
  total: number
  finished: number
  created_at: string
  done_at: string | null
}

export async function getBatch(db: Queryable, id: string): Promise<Batch | undefined> {
  if (!isUuid(id)) return undefined
  const [batch] = await db.query<BatchRow>(
    `SELECT id, total, finished, ${isoOf('created_at')} AS created_at,
       ${isoOf('done_at')} AS done_at FROM batches WHERE id = $1`,
    [id],
  )
  if (!batch) return undefined
  const failures = await db.query<{ item: number; code: string; message: string }>(
    `SELECT position AS item, error_code AS code, error_message AS message FROM batch_items
     WHERE batch_id = $1 AND state = 'failed' ORDER BY position`,
    [id],
  )
  const members = await db.query<MemberRow>(
    `SELECT s.id, s.title, i.position AS item, bs.comparison, bs.error_code, bs.error_message
     FROM batch_stories bs JOIN stories s ON s.id = bs.story_id
     JOIN batch_items i ON i.batch_id = bs.batch_id AND i.story_id = s.id
     WHERE bs.batch_id = $1 ORDER BY bs.position, i.position`,
    [id],
  )
  const stories = new Map<string, BatchStory>()
  for (const member of members) {
    const story = stories.get(member.id) ?? storyOf(member)
    story.items.push(member.item)
    stories.set(member.id, story)
  }
  const done = batch.done_at !== null
  return {
    id: batch.id,
    status: done ? 'done' : batch.finished === batch.total ? 'grouping' : 'running',
    total: batch.total,
    done: batch.finished,
    failures,
    stories: [...stories.values()],
    createdAt: batch.created_at,
    ...(done && { doneAt: batch.done_at! }),
  }
}

interface MemberRow {
  id: string
  title: string
  item: number
  comparison: BatchComparison['status'] | null
  error_code: string | null
  error_message: string | null
}

function storyOf({ id, title, comparison, error_code, error_message }: MemberRow): BatchStory {
  const story: BatchStory = { id, title, items: [] }
  if (comparison === 'failed') {
    story.comparison = { status: 'failed', code: error_code ?? '', message: error_message ?? '' }
  } else if (comparison !== null) {
    story.comparison = { status: comparison }
  }
  return story
}

export interface ItemRow {
  input: Omit<BatchItemInput, 'content'>
  content: Uint8Array | null
  state: 'pending' | 'parsed' | 'failed'
}

/** The item as handed in, or undefined when its batch is gone. */
export async function getItem(
  db: Queryable,
  batchId: string,
  position: number,
): Promise<ItemRow | undefined> {
  const [row] = await db.query<ItemRow>(
    'SELECT input, content, state FROM batch_items WHERE batch_id = $1 AND position = $2',
    [batchId, position],
  )
  return row && { ...row, content: row.content === null ? null : toBytes(row.content) }
}
