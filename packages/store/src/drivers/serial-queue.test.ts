import { setTimeout as sleep } from 'node:timers/promises'
import { expect, it } from 'vitest'
import { createSerialQueue } from './serial-queue'

it('runs tasks one at a time in call order, past failures', async () => {
  const serially = createSerialQueue()
  const events: string[] = []
  let running = 0
  const task = (name: string, ms: number, fail = false) =>
    serially(async () => {
      running++
      expect(running).toBe(1)
      events.push(`start ${name}`)
      await sleep(ms)
      events.push(`end ${name}`)
      running--
      if (fail) throw new Error(name)
      return name
    })
  const results = await Promise.allSettled([task('a', 20), task('b', 1, true), task('c', 5)])
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
})
