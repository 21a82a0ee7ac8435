import { Worker } from 'node:worker_threads'
import type { ArticleInput } from '@parallax/article'
import type { Comparison } from '@parallax/compare'
import { ApiError } from '../errors'
import { reviveError } from './revive-error'
import type { Analysis, AnalysisPool, Task, WorkerReply } from './types'

export interface AnalysisPoolOptions {
  /** Worker threads; default 2. */
  size?: number
  /** Longest one task may run before its worker is killed; default 1500 ms. */
  timeoutMs?: number
  /** Heap cap per worker; default 512 MB. */
  maxMemoryMb?: number
  /** Tasks waiting for a worker before new ones are turned away with 503; default 64. */
  maxQueue?: number
  /** The worker module (file URL); defaults to the parser worker. Tests swap in their own. */
  entry?: string
}

interface Job {
  id: number
  task: Task
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  ready: boolean
  job?: Job
  timer?: NodeJS.Timeout
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url)
const DEFAULT_ENTRY = new URL('./worker.ts', import.meta.url).href

/**
 * A small pool of worker threads for parsing and comparing. Hostile HTML can keep an extractor busy
 * for a long time or exhaust memory; here that costs one worker, killed at the deadline and
 * replaced, while the request thread keeps answering.
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const size = options.size ?? 2
  const timeoutMs = options.timeoutMs ?? 1500
  const maxMemoryMb = options.maxMemoryMb ?? 512
  const maxQueue = options.maxQueue ?? 64
  const entry = options.entry ?? DEFAULT_ENTRY
  const queue: Job[] = []
  const slots = new Set<Slot>()
  let nextId = 1
  let closed = false
  // Workers that die before they are ready, three in a row, will not do better: stop respawning.
  let bootFailures = 0
  let broken: ApiError | undefined

  function spawn(): void {
    const worker = new Worker(BOOT, {
      workerData: { entry },
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, stackSizeMb: 8 },
    })
    const slot: Slot = { worker, ready: false }
    slots.add(slot)
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        slot.ready = true
        bootFailures = 0
      } else finish(slot, reply)
      dispatch()
    })
    worker.on('error', (error) => retire(slot, failure(error)))
    worker.on('exit', () => retire(slot, new ApiError('PARSE_FAILED', 422, 'The parser stopped')))
  }

  function finish(slot: Slot, reply: Exclude<WorkerReply, { kind: 'ready' }>): void {
    const job = slot.job
    if (job === undefined || job.id !== reply.id) return
    clearTimeout(slot.timer)
    slot.job = undefined
    if (reply.kind === 'done') job.resolve(reply.value)
    else job.reject(reviveError(reply.error))
  }

  /** Takes a worker out of the pool, fails its task, and starts a fresh one in its place. */
  function retire(slot: Slot, error: Error): void {
    if (!slots.delete(slot)) return
    clearTimeout(slot.timer)
    slot.job?.reject(error)
    slot.job = undefined
    void slot.worker.terminate()
    if (!slot.ready && !closed) bootFailures++
    if (bootFailures >= 3 && broken === undefined) {
      broken = new ApiError('BUSY', 503, `The parser could not start: ${error.message}`, {
        cause: error,
      })
      for (const job of queue.splice(0)) job.reject(broken)
      return
    }
    if (!closed && broken === undefined) spawn()
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.job !== undefined) continue
      const job = queue.shift()
      if (job === undefined) return
      slot.job = job
      slot.timer = setTimeout(() => {
        retire(
          slot,
          new ApiError(
            'PARSE_TIMEOUT',
            422,
            `Parsing took longer than ${timeoutMs} ms; the input does not look like an article`,
          ),
        )
      }, timeoutMs)
      slot.worker.postMessage({ id: job.id, task: job.task })
    }
  }

  function run<T>(task: Task): Promise<T> {
    if (broken !== undefined) return Promise.reject(broken)
    if (closed) return Promise.reject(new ApiError('BUSY', 503, 'The server is shutting down'))
    if (queue.length >= maxQueue) {
      return Promise.reject(
        new ApiError('BUSY', 503, 'Too many articles are being parsed; retry shortly'),
      )
    }
    return new Promise<T>((resolve, reject) => {
      queue.push({ id: nextId++, task, resolve: resolve as (value: unknown) => void, reject })
      dispatch()
    })
  }

  for (let i = 0; i < size; i++) spawn()

  return {
    parse: (input: ArticleInput) => run<Analysis>({ kind: 'parse', input }),
    compare: (items: Analysis[]) => run<Comparison>({ kind: 'compare', items }),
    ready: () => !closed && broken === undefined && [...slots].some((slot) => slot.ready),
    async close() {
      closed = true
      const stopping = new ApiError('BUSY', 503, 'The server is shutting down')
      for (const job of queue.splice(0)) job.reject(stopping)
      const workers = [...slots].map((slot) => slot.worker)
      for (const slot of [...slots]) retire(slot, stopping)
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

function failure(error: Error): Error {
  const code = (error as { code?: unknown }).code
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ApiError('PARSE_FAILED', 422, 'The input needed too much memory to parse', {
      cause: error,
    })
  }
  return error
}
