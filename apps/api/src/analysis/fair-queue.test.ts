import { describe, expect, it } from 'vitest'
import { FairQueue } from './fair-queue'

const job = (client: string, name: string) => ({ client, name })

describe('FairQueue', () => {
  it('serves clients in turn, each in its own order', () => {
    const queue = new FairQueue<ReturnType<typeof job>>()
    for (const name of ['a1', 'a2', 'a3']) queue.push(job('a', name))
    queue.push(job('b', 'b1'))
    queue.push(job('c', 'c1'))
    queue.push(job('b', 'b2'))
    const order = Array.from({ length: 6 }, () => queue.take()?.name)
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3'])
    expect(queue.size).toBe(0)
    expect(queue.take()).toBeUndefined()
  })

  it('skips a client whose next job is not allowed, keeping it first in its line', () => {
    const queue = new FairQueue<ReturnType<typeof job>>()
    queue.push(job('a', 'big'))
    queue.push(job('a', 'small'))
    queue.push(job('b', 'b1'))
    expect(queue.take((j) => j.name !== 'big')?.name).toBe('b1')
    expect(queue.take((j) => j.name !== 'big')).toBeUndefined()
    expect(queue.take()?.name).toBe('big')
  })

  it('removes a waiting job once, and counts each client apart', () => {
    const queue = new FairQueue<ReturnType<typeof job>>()
    const gone = job('a', 'gone')
    queue.push(gone)
    queue.push(job('a', 'stays'))
    queue.push(job('b', 'b1'))
    expect(queue.waiting('a')).toBe(2)
    expect(queue.remove(gone)).toBe(true)
    expect(queue.remove(gone)).toBe(false)
    expect(queue.waiting('a')).toBe(1)
    expect(queue.size).toBe(2)
    expect(queue.drain().map((j) => j.name)).toEqual(['stays', 'b1'])
    expect(queue.size).toBe(0)
  })
})
