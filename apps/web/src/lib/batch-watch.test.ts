import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import type { Batch } from './api-types'
import {
  MAX_FAILED_POLLS,
  nextDelay,
  pollDelays,
  progressed,
  watchBatch,
  type WatchState,
} from './batch-watch'

const batch = (done: number, extra: Partial<Batch> = {}): Batch => ({
  id: 'b1',
  status: 'running',
  total: 3,
  done,
  failures: [],
  stories: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
})

/** Runs a watch against scripted answers; the waits resolve at once and are recorded. */
async function watch(answers: (Batch | Error)[]) {
  const states: WatchState[] = []
  const waits: number[] = []
  const polls: string[] = []
  let settle: () => void = () => {}
  const settled = new Promise<void>((resolve) => (settle = resolve))
  watchBatch('b1', {
    getBatch: (id) => {
      polls.push(id)
      const answer = answers.shift() ?? new Error('polled after the end of the script')
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    },
    onChange: (state) => {
      states.push(state)
      if (state.phase === 'done' || state.phase === 'failed') settle()
    },
    wait: (ms) => {
      waits.push(ms)
      return Promise.resolve()
    },
  })
  await settled
  return { states, waits, polls }
}

describe('nextDelay', () => {
  it('polls soon after progress and backs off to a ceiling while nothing moves', () => {
    expect(nextDelay(8_000, true)).toBe(pollDelays.first)
    let delay = pollDelays.first
    const delays = Array.from({ length: 10 }, () => (delay = nextDelay(delay, false)))
    expect(delays[0]).toBe(1_600)
    expect(delays.every((d, i) => i === 0 || d >= delays[i - 1]!)).toBe(true)
    expect(delays.at(-1)).toBe(pollDelays.max)
  })
})

describe('progressed', () => {
  it('counts done items, a new status and new failures as progress', () => {
    expect(progressed(undefined, batch(0))).toBe(true)
    expect(progressed(batch(1), batch(1))).toBe(false)
    expect(progressed(batch(1), batch(2))).toBe(true)
    expect(progressed(batch(3), batch(3, { status: 'grouping' }))).toBe(true)
    const failure = { item: 0, code: 'NOT_AN_ARTICLE', message: 'no article' }
    expect(progressed(batch(1), batch(1, { failures: [failure] }))).toBe(true)
  })
})

describe('watchBatch', () => {
  it('reports each poll until the batch is done, backing off while it stalls', async () => {
    const finished = batch(3, { status: 'done', stories: [{ id: 's1', title: 'T', items: [0] }] })
    const { states, waits } = await watch([batch(0), batch(1), batch(1), batch(1), finished])
    expect(states.map((state) => state.phase)).toEqual([
      'loading',
      'running',
      'running',
      'running',
      'running',
      'done',
    ])
    expect(waits).toEqual([1_000, 1_000, 1_600, 2_560])
    expect(states.at(-1)).toEqual({ phase: 'done', batch: finished })
  })

  it('rides out a server that is briefly away, keeping the last batch seen', async () => {
    const unavailable = new ApiError('down', { code: 'UNAVAILABLE', status: 503 })
    const { states, waits } = await watch([
      batch(1),
      new TypeError('Failed to fetch'),
      unavailable,
      batch(3, { status: 'done' }),
    ])
    expect(states[2]).toEqual({
      phase: 'running',
      batch: batch(1),
      trouble: 'Could not reach the Parallax server. Is it running?',
    })
    expect(states[3]).toMatchObject({ phase: 'running', trouble: expect.stringMatching(/storage/) })
    expect(waits).toEqual([1_000, 1_600, 2_560])
    expect(states.at(-1)?.phase).toBe('done')
  })

  it('stops at once when there is no such batch', async () => {
    const missing = new ApiError('No batch with id b1', { code: 'NOT_FOUND', status: 404 })
    const { states, polls } = await watch([missing])
    expect(polls).toHaveLength(1)
    expect(states.at(-1)).toEqual({
      phase: 'failed',
      message: 'There is no batch at this address. Check the address, or start a new batch.',
      retry: false,
      batch: undefined,
    })
  })

  it('gives up after many failed polls in a row, saying why', async () => {
    const answers = Array.from({ length: MAX_FAILED_POLLS }, () => new TypeError('Failed to fetch'))
    const { states, polls } = await watch([batch(2), ...answers])
    expect(polls).toHaveLength(MAX_FAILED_POLLS + 1)
    expect(states.at(-1)).toEqual({
      phase: 'failed',
      message: 'Could not reach the Parallax server. Is it running?',
      retry: true,
      batch: batch(2),
    })
  })

  it('polls at once when woken instead of waiting out the backoff', async () => {
    const states: WatchState[] = []
    const finished = new Promise<void>((resolve) => {
      const answers = [batch(1), batch(3, { status: 'done' })]
      const watcher = watchBatch('b1', {
        getBatch: () => Promise.resolve(answers.shift()!),
        onChange: (state) => {
          states.push(state)
          if (state.phase === 'done') resolve()
        },
        // A wait far longer than the test: only waking ends it.
        wait: (_ms, signal) =>
          new Promise((done) => {
            signal.addEventListener('abort', () => done(), { once: true })
            setTimeout(() => watcher.wake(), 0)
          }),
      })
    })
    await finished
    expect(states.map((state) => state.phase)).toEqual(['loading', 'running', 'done'])
  })

  it('reports nothing more once stopped', async () => {
    const states: WatchState[] = []
    let answer: (value: Batch) => void = () => {}
    const watcher = watchBatch('b1', {
      getBatch: () => new Promise<Batch>((resolve) => (answer = resolve)),
      onChange: (state) => states.push(state),
      wait: () => Promise.resolve(),
    })
    watcher.stop()
    answer(batch(3, { status: 'done' }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(states).toEqual([{ phase: 'loading' }])
  })
})
