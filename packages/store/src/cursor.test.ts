import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './cursor'
import { StoreError } from './errors'

describe('story cursors', () => {
  const cursor = { createdAt: '2024-05-01T10:00:00.123456Z', seq: 42 }

  it('round-trips and stays URL-safe', () => {
    const text = encodeCursor(cursor)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(text)).toEqual(cursor)
  })

  it.each([
    '',
    '!!!',
    Buffer.from('{"createdAt":1}').toString('base64url'),
    Buffer.from(JSON.stringify(['2024-05-01', cursor.seq])).toString('base64url'),
    Buffer.from(JSON.stringify([cursor.createdAt, 'x'])).toString('base64url'),
    Buffer.from(JSON.stringify([cursor.createdAt, cursor.seq, 3])).toString('base64url'),
    Buffer.from(JSON.stringify([cursor.createdAt, 1.5])).toString('base64url'),
    Buffer.from(JSON.stringify([cursor.createdAt, -1])).toString('base64url'),
  ])('refuses %j', (text) => {
    expect(() => decodeCursor(text)).toThrow(StoreError)
  })
})
