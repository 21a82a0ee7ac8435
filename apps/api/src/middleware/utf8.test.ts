import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstInvalidUtf8 } from './utf8'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('firstInvalidUtf8', () => {
  it.each([
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong two-byte form', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0x41, 0xe0, 0x80, 0xaf), 1],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['a byte UTF-8 never uses', bytes(0xff), 0],
    ['Latin-1 text', new Uint8Array([...'caf'].map((c) => c.charCodeAt(0)).concat(0xe9)), 3],
  ])('finds %s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset)
  })

  it('agrees with a fatal TextDecoder on any bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary' }), (raw, text) => {
        for (const input of [raw, new TextEncoder().encode(text)]) {
          let valid = true
          try {
            decoder.decode(input)
          } catch {
            valid = false
          }
          expect(firstInvalidUtf8(input) === -1).toBe(valid)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
