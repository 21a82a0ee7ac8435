import { describe, expect, it } from 'vitest'
import { decodeHtml } from './decode'

const ascii = (text: string) => new TextEncoder().encode(text)
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...ascii(p)] : p)))

describe('decodeHtml', () => {
  it('reads a UTF-8 byte-order mark first, whatever the page declares', () => {
    const input = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252">caf', [0xc3, 0xa9])
    expect(decodeHtml(input, 'text/html; charset=iso-8859-2')).toBe(
      '<meta charset="windows-1252">café',
    )
  })

  it('reads a UTF-16 byte-order mark', () => {
    const input = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00])
    expect(decodeHtml(input)).toBe('hé')
  })

  it('prefers the HTTP charset to the meta tag', () => {
    const input = bytes('<meta charset="utf-8">', [0xb1])
    expect(decodeHtml(input, 'text/html; charset=ISO-8859-2')).toBe('<meta charset="utf-8">ą')
  })

  it('reads <meta charset> and the http-equiv form', () => {
    expect(
      decodeHtml(bytes('<meta charset="windows-1252"><p>', [0x93, 0x68, 0x69, 0x94, 0x80])),
    ).toBe('<meta charset="windows-1252"><p>“hi”€')
    const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">'
    expect(decodeHtml(bytes(equiv, [0x93, 0x8c, 0x8b, 0x9e]))).toBe(`${equiv}東京`)
  })

  it('skips labels no decoder knows and falls back to UTF-8', () => {
    const input = bytes('<meta charset="utf-7">caf', [0xc3, 0xa9])
    expect(decodeHtml(input, 'text/html; charset=x-evil')).toBe('<meta charset="utf-7">café')
  })

  it('treats a declared UTF-16 in ASCII markup as UTF-8, as browsers do', () => {
    expect(decodeHtml(bytes('<meta charset="utf-16">caf', [0xc3, 0xa9]))).toBe(
      '<meta charset="utf-16">café',
    )
  })

  it('reads undeclared bytes that are not UTF-8 as windows-1252', () => {
    expect(decodeHtml(bytes('caf', [0xe9, 0x20, 0x92]))).toBe('café ’')
  })
})
