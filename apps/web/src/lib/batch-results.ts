import { ApiError, articleFailure, describeError } from './api-error'
import type { Batch, BatchComparison, Story } from './api-types'
import type { BatchItemLabel } from './batch-input'
import { plural } from './labels'
import { explainCode, type ErrorContext } from './error-messages'

// What a batch came to, as the screen shows it: its progress, each failure named by the file or
// address it was about, and the stories it stored, those several articles tell first.

/** Done items as a whole percentage, never 100 before every item is done. */
export function percentDone(batch: Pick<Batch, 'done' | 'total'>): number {
  if (batch.total <= 0) return 0
  const percent = Math.floor((batch.done / batch.total) * 100)
  return Math.min(batch.done < batch.total ? 99 : 100, percent)
}

/** What the batch is doing, in a line. */
export function batchStatusLine(batch: Batch): string {
  switch (batch.status) {
    case 'running':
      return `Reading ${batch.done} of ${plural(batch.total, 'item')}`
    case 'grouping':
      return `Grouping the articles into stories`
    case 'done': {
      const used = batch.total - batch.failures.length
      const unused = batch.failures.length
      const stories = plural(batch.stories.length, 'story', 'stories')
      return `Done: ${plural(used, 'article')} in ${stories}${unused ? `; ${unused} could not be used` : ''}`
    }
  }
}

export interface FailureView {
  item: number
  /** The file's name or the address, when this browser started the batch; else "Item N". */
  name: string
  message: string
}

function contextOf(label: BatchItemLabel | undefined): ErrorContext {
  if (!label) return { batch: true }
  return label.kind === 'file'
    ? { kind: 'file', file: { name: label.name, type: label.type ?? '' }, batch: true }
    : { kind: 'url', batch: true }
}

const nameOf = (labels: BatchItemLabel[] | undefined, item: number) =>
  labels?.[item]?.name ?? `Item ${item + 1}`

export function describeFailures(
  failures: Batch['failures'],
  labels: BatchItemLabel[] | undefined,
): FailureView[] {
  return [...failures]
    .sort((a, b) => a.item - b.item)
    .map((failure) => ({
      item: failure.item,
      name: nameOf(labels, failure.item),
      message:
        explainCode(failure.code, failure.message, contextOf(labels?.[failure.item])) ??
        failure.message,
    }))
}

/** Why the API refused a whole batch, naming the file or address it refused it for. */
export function describeStartError(error: unknown, labels: BatchItemLabel[]): string {
  const failure = articleFailure(error, (item) => contextOf(labels[item]))
  if (failure) return `${nameOf(labels, failure.article)}: ${failure.message}`
  // The server caps a whole request, not only each item: the files are fine, just too many at once.
  if (error instanceof ApiError && error.code === 'TOO_LARGE') {
    const bytes = Number(/(\d+) bytes/.exec(error.message)?.[1])
    const limit = bytes > 0 ? ` (${Math.floor(bytes / 1024 / 1024)} MB in one request)` : ''
    return `Together these ${labels.length} items are more than the server takes in one batch${limit}. Start a batch with fewer of them, then another with the rest.`
  }
  return describeError(error)
}

/** A story the batch stored, with its articles once they are loaded. */
export interface BatchStory {
  id: string
  title: string
  items: number[]
  comparison?: BatchComparison
  /** `undefined` while loading; `null` when the story is gone (deleted since). */
  detail?: Story | null
}

/**
 * Stories several articles tell, most articles first, then those told by one article alone. The
 * same text handed in twice is one article, so the count is of articles once they are known.
 */
export function arrangeStories(stories: BatchStory[]): {
  shared: BatchStory[]
  single: BatchStory[]
} {
  const size = (story: BatchStory) => story.detail?.articles.length ?? story.items.length
  const ranked = stories
    .map((story, order) => ({ story, order, size: size(story) }))
    .sort((a, b) => b.size - a.size || a.order - b.order)
  return {
    shared: ranked.filter((entry) => entry.size > 1).map((entry) => entry.story),
    single: ranked.filter((entry) => entry.size <= 1).map((entry) => entry.story),
  }
}

/**
 * Loads each story's articles, a few at a time so a batch of hundreds of stories does not flood
 * the server; a story deleted since is reported as `null`.
 */
export async function loadStories(
  ids: string[],
  getStory: (id: string) => Promise<Story>,
  onStory: (id: string, story: Story | null) => void,
  concurrency = 4,
): Promise<void> {
  let next = 0
  async function worker(): Promise<void> {
    while (next < ids.length) {
      const id = ids[next++]!
      try {
        onStory(id, await getStory(id))
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) onStory(id, null)
        else throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker))
}

const storageKey = (id: string) => `parallax.batch.${id}`

/** Keeps what each item was for this tab, so failures stay named after a reload. */
export function rememberLabels(storage: Storage, id: string, labels: BatchItemLabel[]): void {
  try {
    storage.setItem(storageKey(id), JSON.stringify(labels))
  } catch {
    // A full or disabled storage only costs the names; failures then say "Item N".
  }
}

export function recallLabels(storage: Storage, id: string): BatchItemLabel[] | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(id)) ?? 'null')
    return Array.isArray(value) && value.every(isLabel) ? value : undefined
  } catch {
    return undefined
  }
}

function isLabel(value: unknown): value is BatchItemLabel {
  if (typeof value !== 'object' || value === null) return false
  const { kind, name } = value as Record<string, unknown>
  return (kind === 'file' || kind === 'url') && typeof name === 'string'
}

/**
 * Why a story's comparison could not be made, for a reader: its page will try again when opened,
 * so the words say what went wrong, not that the story is lost.
 */
export function comparisonProblem(story: Pick<BatchStory, 'comparison'>): string | undefined {
  const comparison = story.comparison
  if (comparison?.status !== 'failed') return undefined
  const message = comparison.message?.trim() || 'The comparison could not be made'
  // The API's messages are not always sentences; the screen goes on with another one after it.
  return /[.!?]$/.test(message) ? message : `${message}.`
}
