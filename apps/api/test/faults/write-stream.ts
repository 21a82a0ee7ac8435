// A stream of distinct small article writes against a running server, remembering what was sent
// and what the server acknowledged, so a test can check both after the server is killed.
import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { postJson, type ServerProcess } from './server-process'

export interface SentArticle {
  storyId: string
  text: string
  outlet: string
  bytes: number
  contentHash: string
}

export interface AckedArticle extends SentArticle {
  id: string
  title: string
}

/** Everything written to one store over many server lives, keyed by content hash and by id. */
export interface WriteLedger {
  stories: string[]
  sent: Map<string, SentArticle>
  acked: Map<string, AckedArticle>
  /** Answers that were neither 201 nor a dropped connection: each one is a failure. */
  unexpected: string[]
}

export function emptyLedger(): WriteLedger {
  return { stories: [], sent: new Map(), acked: new Map(), unexpected: [] }
}

/** Small, distinct, article-like text: a few sentences of prose the parser accepts. */
export function articleText(round: number, n: number): string {
  return (
    `Fault round ${round} dispatch ${n} was filed by the night desk. ` +
    `The city council approved ${n + 3} new bus routes on Tuesday after a long debate. ` +
    `Officials said the plan for district ${round + 1} would take effect next spring.`
  )
}

/**
 * Runs `writers` loops posting articles to the story until `stop` is set or a connection drops.
 * Resolves once every loop has ended.
 */
export async function streamWrites(options: {
  server: ServerProcess
  storyId: string
  round: number
  writers: number
  ledger: WriteLedger
  stop: { now: boolean }
  onAck: () => void
}): Promise<void> {
  const { server, storyId, round, ledger, stop } = options
  let next = 0
  const loop = async (writer: number) => {
    while (!stop.now) {
      const n = next++
      const text = articleText(round, n)
      const sent: SentArticle = {
        storyId,
        text,
        outlet: `Outlet ${writer}`,
        bytes: Buffer.byteLength(text),
        contentHash: createHash('sha256').update(text).digest('hex'),
      }
      ledger.sent.set(sent.contentHash, sent)
      const url = `${server.origin}/api/stories/${storyId}/articles`
      const answer = await postJson(url, { text, outlet: sent.outlet })
        .then(async (response) => ({ status: response.status, body: await response.text() }))
        .catch(() => undefined)
      // No answer: the server died mid-request; this write was never acknowledged.
      if (answer === undefined) return
      if (answer.status !== 201) {
        ledger.unexpected.push(`${answer.status} ${answer.body}`)
        await sleep(50)
        continue
      }
      const { article } = JSON.parse(answer.body) as { article: { id: string; title: string } }
      ledger.acked.set(article.id, { ...sent, id: article.id, title: article.title })
      options.onAck()
    }
  }
  await Promise.all(Array.from({ length: options.writers }, (_, writer) => loop(writer)))
}
