import { parentPort } from 'node:worker_threads'
import { extractClaims } from '@parallax/claims'
import { analyse, compare } from './tasks'
import type { Task, WorkerReply } from './types'

const WARM_UP =
  'The court said on Thursday that the export license would be reviewed again next month. ' +
  'A ministry spokesperson, who declined to be named, said 12 officials had not seen the file.'

// One task at a time: the pool hands a worker its next task only after the last one answered.
const port = parentPort
if (port === null) throw new Error('The analysis worker must run in a worker thread')

port.on('message', ({ id, task }: { id: number; task: Task }) => {
  let reply: WorkerReply
  try {
    const parsed = (chars: number) =>
      port.postMessage({ kind: 'parsed', id, chars } satisfies WorkerReply)
    const value =
      task.kind === 'parse'
        ? analyse(task.input, parsed, task.fallbackOutlet)
        : task.kind === 'claims'
          ? extractClaims(task.article)
          : compare(task.items)
    reply = { kind: 'done', id, value }
  } catch (error) {
    const { name, message, code } = error as { name?: string; message?: string; code?: unknown }
    reply = {
      kind: 'failed',
      id,
      error: {
        name: name ?? 'Error',
        message: message ?? String(error),
        ...(typeof code === 'string' ? { code } : {}),
      },
    }
  }
  port.postMessage(reply)
})
// The first parse pays for loading language models and compiling hot paths; pay it here, before
// the worker counts as ready, so no request's deadline is spent on it.
try {
  analyse({ text: WARM_UP })
} catch {
  // A failed warm-up only means the first real task is slower.
}
port.postMessage({ kind: 'ready' } satisfies WorkerReply)
