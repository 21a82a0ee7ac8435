import { parentPort } from 'node:worker_threads'
import { analyse, compare } from './tasks'
import type { Task, WorkerReply } from './types'

// One task at a time: the pool hands a worker its next task only after the last one answered.
const port = parentPort
if (port === null) throw new Error('The analysis worker must run in a worker thread')

port.on('message', ({ id, task }: { id: number; task: Task }) => {
  let reply: WorkerReply
  try {
    const value = task.kind === 'parse' ? analyse(task.input) : compare(task.items)
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
port.postMessage({ kind: 'ready' } satisfies WorkerReply)
