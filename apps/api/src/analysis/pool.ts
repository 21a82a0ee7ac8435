import { Worker } from 'node:worker_threads'
import type { Article, ArticleInput } from '@parallax/article'
import type { Claim } from '@parallax/claims'
import type { Comparison } from '@parallax/compare'
import { ApiError } from '../errors'
import { FairQueue } from './fair-queue'
import { reviveError } from './revive-error'
import type { Analysis, AnalysisPool, RunOptions, Task, WorkerReply } from './types'

export interface AnalysisPoolOptions {
  /** Worker threads; default 2. */
  size?: number
  /** Longest one task may run before its worker is killed; default 1500 ms. */
  timeoutMs?: number
  /**
   * Added to the deadline per MB of plain text, and again per MB of the parsed article's body once
   * its claims are being extracted; default 6000 ms. Both steps are linear in those sizes, so a
   * deadline that grows with them still stops runaway work, and lets an article of the 5 MB limit
   * through. Extracting an HTML page is not linear on hostile markup: it gets `timeoutMs` alone.
   */
  msPerMb?: number
  /**
   * Added to a comparison's deadline per MB of the bodies compared; default 15000 ms, about three
   * times the CPU time measured per MB from 1 to 10 MB of bodies (`bench/RESULTS.md`,
   * compare-scale), since a worker shares the machine. Past a few hundred kB comparing grows
   * linearly, so a deadline that grows with the bodies still stops runaway work.
   */
  compareMsPerMb?: number
  /**
   * A task on more input than this (bytes; default 256 KB) is large: large tasks never take the
   * last free worker, which stays for everyone's ordinary articles.
   */
  largeBytes?: number
  /** Heap cap per worker; default 512 MB. */
  maxMemoryMb?: number
  /** Tasks waiting for a worker before new ones are turned away with 503; default 64. */
  maxQueue?: number
  /** Tasks of one client waiting before its new ones are turned away with 503; default 32. */
  maxClientQueue?: number
  /** What a 503 tells the client to wait (`Retry-After`, seconds); default 2. */
  retryAfterS?: number
  /** The worker module (file URL); defaults to the parser worker. Tests swap in their own. */
  entry?: string
}

interface Job {
  id: number
  task: Task
  client: string
  large: boolean
  deadlineMs: number
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  ready: boolean
  job?: Job
  timer?: NodeJS.Timeout
}

const MB = 1024 * 1024
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
  const msPerMb = options.msPerMb ?? 6000
  const compareMsPerMb = options.compareMsPerMb ?? 15_000
  const largeBytes = options.largeBytes ?? 256 * 1024
  const maxQueue = options.maxQueue ?? 64
  const maxClientQueue = options.maxClientQueue ?? 32
  const retryAfter = options.retryAfterS ?? 2
  const entry = options.entry ?? DEFAULT_ENTRY
  const queue = new FairQueue<Job>()
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
        dispatch()
        return
      }
      if (reply.kind === 'parsed') {
        if (slot.job?.id === reply.id) startClock(slot, timeoutMs + allowance(msPerMb, reply.chars))
        return
      }
      finish(slot, reply)
      // After the request has heard of the result: a failure calls off its waiting parses, which
      // must leave the queue before the next task is taken from it.
      setImmediate(dispatch)
    })
    worker.on('error', (error) => retire(slot, failure(error)))
    worker.on('exit', () => retire(slot, new ApiError('PARSE_FAILED', 422, 'The parser stopped')))
  }

  function finish(slot: Slot, reply: Extract<WorkerReply, { kind: 'done' | 'failed' }>): void {
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
      for (const job of queue.drain()) job.reject(broken)
      return
    }
    if (!closed && broken === undefined) spawn()
  }

  /**
   * With two workers or more, large tasks never hold every worker: one is left for ordinary
   * articles. (A worker being replaced counts as left, so a lone large task need not wait for it.)
   */
  function allowed(job: Job): boolean {
    if (!job.large || size < 2) return true
    let large = 0
    for (const slot of slots) if (slot.job?.large === true) large++
    return large < size - 1
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.job !== undefined) continue
      const job = queue.take(allowed)
      if (job === undefined) return
      slot.job = job
      startClock(slot, job.deadlineMs)
      slot.worker.postMessage({ id: job.id, task: job.task })
    }
  }

  /** (Re)starts the running task's deadline: `ms` from now. */
  function startClock(slot: Slot, ms: number): void {
    clearTimeout(slot.timer)
    const kind = slot.job?.task.kind
    const message =
      kind === 'compare'
        ? `Comparing the articles took longer than ${ms} ms`
        : kind === 'claims'
          ? `Extracting the claims of a stored article took longer than ${ms} ms`
          : `Parsing took longer than ${ms} ms; the input does not look like an article`
    slot.timer = setTimeout(() => retire(slot, new ApiError('PARSE_TIMEOUT', 422, message)), ms)
  }

  function allowance(perMb: number, chars: number): number {
    return Math.ceil((perMb * chars) / MB)
  }

  /**
   * A text's parse, a body's claims and a comparison grow linearly with their input; extracting a
   * page does not.
   */
  function deadlineOf(task: Task, bytes: number): number {
    if (task.kind === 'compare') return timeoutMs + allowance(compareMsPerMb, bytes)
    if (task.kind === 'claims') return timeoutMs + allowance(msPerMb, bytes)
    return 'text' in task.input ? timeoutMs + allowance(msPerMb, bytes) : timeoutMs
  }

  function busy(message: string): ApiError {
    return new ApiError('BUSY', 503, message, { retryAfter })
  }

  function run<T>(task: Task, { client = '', signal }: RunOptions = {}): Promise<T> {
    if (broken !== undefined) return Promise.reject(broken)
    if (closed) return Promise.reject(new ApiError('BUSY', 503, 'The server is shutting down'))
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error)
    if (queue.size >= maxQueue) {
      return Promise.reject(busy('Too many articles are being parsed; retry shortly'))
    }
    if (queue.waiting(client) >= maxClientQueue) {
      return Promise.reject(
        busy('Too many of your articles are waiting to be parsed; retry shortly'),
      )
    }
    const bytes = inputBytes(task)
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        id: nextId++,
        task,
        client,
        large: bytes > largeBytes,
        deadlineMs: deadlineOf(task, bytes),
        resolve: resolve as (value: unknown) => void,
        reject,
      }
      // A request that gave up takes its waiting work with it; work already running finishes.
      signal?.addEventListener('abort', () => {
        if (queue.remove(job)) reject(signal.reason as Error)
      })
      queue.push(job)
      dispatch()
    })
  }

  for (let i = 0; i < size; i++) spawn()

  return {
    parse: (input: ArticleInput, options?: RunOptions & { fallbackOutlet?: string }) =>
      run<Analysis>(
        options?.fallbackOutlet === undefined
          ? { kind: 'parse', input }
          : { kind: 'parse', input, fallbackOutlet: options.fallbackOutlet },
        options,
      ),
    compare: (items: Analysis[], options?: RunOptions) =>
      run<Comparison>({ kind: 'compare', items }, options),
    extractClaims: (article: Article, options?: RunOptions) =>
      run<Claim[]>({ kind: 'claims', article }, options),
    ready: () => !closed && broken === undefined && [...slots].some((slot) => slot.ready),
    async close() {
      closed = true
      const stopping = new ApiError('BUSY', 503, 'The server is shutting down')
      for (const job of queue.drain()) job.reject(stopping)
      const workers = [...slots].map((slot) => slot.worker)
      for (const slot of [...slots]) retire(slot, stopping)
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

/** The size of a task's input: the article's text or page, or the bodies being read. */
function inputBytes(task: Task): number {
  if (task.kind === 'compare') {
    return task.items.reduce((sum, item) => sum + item.article.body.length, 0)
  }
  if (task.kind === 'claims') return task.article.body.length
  const { input } = task
  if ('text' in input) return input.text.length
  return typeof input.html === 'string' ? input.html.length : input.html.byteLength
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
