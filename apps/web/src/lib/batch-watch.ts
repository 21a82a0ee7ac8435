import { ApiError, describeError } from './api-error'
import type { Batch } from './api-types'

// Following a batch until it is done: `GET /api/batches/{id}` again and again, soon while it moves
// and less often while it does not, riding out a server that is briefly away.

export type WatchState =
  | { phase: 'loading' }
  /** `trouble`: the last poll failed and is being retried; the batch shown is the last seen. */
  | { phase: 'running'; batch: Batch | undefined; trouble?: string }
  | { phase: 'done'; batch: Batch }
  /**
   * The batch cannot be followed: `retry` when the server stayed away and asking later may help,
   * not when there is no such batch. `batch` as last seen.
   */
  | { phase: 'failed'; message: string; retry: boolean; batch: Batch | undefined }

export const pollDelays = {
  /** After a poll that saw progress. */
  first: 1_000,
  /** The longest wait between two polls. */
  max: 15_000,
  /** How much longer each wait grows while nothing moves or the server does not answer. */
  factor: 1.6,
}

/** Polls in a row that may fail before watching gives up and offers to try again. */
export const MAX_FAILED_POLLS = 8

/** Whether a poll saw the batch move on since the one before. */
export function progressed(before: Batch | undefined, after: Batch): boolean {
  return (
    before === undefined ||
    before.done !== after.done ||
    before.status !== after.status ||
    before.failures.length !== after.failures.length
  )
}

export function nextDelay(delay: number, moved: boolean): number {
  return moved ? pollDelays.first : Math.min(Math.round(delay * pollDelays.factor), pollDelays.max)
}

/** A refusal that asking again will not change: the batch does not exist or the id is bad. */
function isFinal(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429
  )
}

function failureMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) {
    return 'There is no batch at this address. Check the address, or start a new batch.'
  }
  return describeError(error)
}

export interface WatchOptions {
  getBatch: (id: string) => Promise<Batch>
  onChange: (state: WatchState) => void
  /** Resolves after `ms`, or at once when `signal` aborts (on waking or stopping). */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
}

function timeout(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })
}

/**
 * Follows a batch until it is done or cannot be followed. `stop` ends it, reporting nothing more;
 * `wake` polls at once instead of waiting out the backoff (a reader come back to the tab).
 */
export function watchBatch(
  id: string,
  options: WatchOptions,
): { stop: () => void; wake: () => void } {
  const { getBatch, onChange, wait = timeout } = options
  const controller = new AbortController()
  const { signal } = controller
  let napping = new AbortController()

  async function run(): Promise<void> {
    onChange({ phase: 'loading' })
    let last: Batch | undefined
    let delay = pollDelays.first
    let failed = 0
    while (!signal.aborted) {
      try {
        const batch = await getBatch(id)
        if (signal.aborted) return
        failed = 0
        if (batch.status === 'done') return onChange({ phase: 'done', batch })
        delay = last === undefined ? delay : nextDelay(delay, progressed(last, batch))
        last = batch
        onChange({ phase: 'running', batch })
      } catch (error) {
        if (signal.aborted) return
        failed += 1
        const final = isFinal(error)
        if (final || failed >= MAX_FAILED_POLLS) {
          const message = failureMessage(error)
          return onChange({ phase: 'failed', message, retry: !final, batch: last })
        }
        delay = nextDelay(delay, false)
        onChange({ phase: 'running', batch: last, trouble: describeError(error) })
      }
      napping = new AbortController()
      await wait(delay, napping.signal)
    }
  }

  void run()
  return {
    stop: () => {
      controller.abort()
      napping.abort()
    },
    wake: () => napping.abort(),
  }
}
