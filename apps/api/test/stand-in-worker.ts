// A worker that speaks the analysis pool's protocol but does what its input text says, so the
// pool's deadline, memory cap and replacement can be tested apart from any real parser.
import { parentPort } from 'node:worker_threads'
import type { Claim } from '@parallax/claims'
import type { Task, WorkerReply } from '../src/analysis/types'

const port = parentPort
if (port === null) throw new Error('must run in a worker thread')

port.on('message', ({ id, task }: { id: number; task: Task }) => {
  // A comparison does what the first article's body says, a claims task what its body says.
  const command =
    task.kind === 'compare'
      ? `compare ${task.items[0]?.article.body ?? ''}`
      : task.kind === 'claims'
        ? task.article.body
        : 'text' in task.input
          ? task.input.text
          : 'compare'
  if (command === 'spin') for (;;);
  // `parsed 1048576 …`: reports a parsed body of that many characters, as the real worker does.
  const parsed = /^parsed (\d+) /.exec(command)
  if (parsed)
    port.postMessage({ kind: 'parsed', id, chars: Number(parsed[1]) } satisfies WorkerReply)
  // `busy 200 …`: keeps the worker busy for 200 ms, as a long article would.
  const busy = /busy (\d+)/.exec(command)
  if (busy) for (const until = Date.now() + Number(busy[1]); Date.now() < until;);
  if (command === 'grow') {
    const hoard: number[][] = []
    for (;;) hoard.push(new Array<number>(1_000_000).fill(1))
  }
  if (command === 'fail') {
    const error = { name: 'ArticleError', code: 'NOT_AN_ARTICLE', message: 'no prose' }
    port.postMessage({ kind: 'failed', id, error } satisfies WorkerReply)
    return
  }
  const article = {
    id: command,
    outlet: 'o',
    title: 't',
    body: command,
    paragraphs: [],
    sentences: [],
  }
  // Claims extracted again: one per task, naming the body it was read from.
  const value =
    task.kind === 'claims' ? [{ text: command } as unknown as Claim] : { article, claims: [] }
  port.postMessage({ kind: 'done', id, value } satisfies WorkerReply)
})
port.postMessage({ kind: 'ready' } satisfies WorkerReply)
