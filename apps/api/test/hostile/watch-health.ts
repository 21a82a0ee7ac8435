// A request timed while /healthz is asked again and again beside it: a parser that blocked the
// request thread would show here as health checks left waiting.

import { send, type Answer } from './http-client'

const HEALTH_INTERVAL_MS = 50

export interface Watched {
  status: number
  body: string
  /** From sending the request to having read all of its answer. */
  ms: number
  /** How long each /healthz asked while the request was in flight took to answer. */
  healthMs: number[]
}

export async function whileWatchingHealth(
  origin: string,
  request: () => Promise<Answer>,
): Promise<Watched> {
  let inFlight = true
  const checks: Promise<number>[] = []
  const askHealth = async () => {
    const started = performance.now()
    const { status } = await send(`${origin}/healthz`)
    if (status !== 200) throw new Error(`/healthz answered ${status}`)
    return performance.now() - started
  }
  const poll = async () => {
    while (inFlight) {
      checks.push(askHealth())
      await new Promise((resolve) => setTimeout(resolve, HEALTH_INTERVAL_MS))
    }
  }
  const polling = poll()
  const started = performance.now()
  try {
    const { status, body } = await request()
    const ms = performance.now() - started
    inFlight = false
    return { status, body, ms, healthMs: await Promise.all(checks) }
  } finally {
    inFlight = false
    await polling
    await Promise.allSettled(checks)
  }
}
