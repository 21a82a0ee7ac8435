import { describe, expect, it } from 'vitest'
import { explainCode, guessFileKind } from './error-messages'

describe('explainCode', () => {
  it('names a PDF upload and says to paste the text', () => {
    const file = { name: 'report.pdf', type: 'application/pdf' }
    expect(explainCode('UNSUPPORTED_MEDIA_TYPE', 'Upload an HTML …', { kind: 'file', file })).toBe(
      "This file is not text or HTML (it looks like a PDF). Paste the article's text instead.",
    )
    // The binary check of the parser gives another code for the same mistake.
    expect(explainCode('BINARY_INPUT', 'NUL bytes', { kind: 'file', file })).toContain('a PDF')
  })

  it('suggests pasting the text when a page cannot be fetched', () => {
    for (const code of ['NETWORK', 'TIMEOUT', 'HTTP_STATUS', 'BLOCKED_ADDRESS']) {
      expect(explainCode(code, 'example.org answered HTTP 403', { kind: 'url' })).toMatch(
        /paste the article's text instead/i,
      )
    }
    expect(explainCode('HTTP_STATUS', 'example.org answered HTTP 403', { kind: 'url' })).toContain(
      'HTTP 403',
    )
  })

  it('tells a page too large from a pasted text too large', () => {
    expect(explainCode('TOO_LARGE', '', { kind: 'url' })).toMatch(/page is too large/)
    expect(explainCode('TOO_LARGE', '', { kind: 'text' })).toMatch(/too large for one article/)
  })

  it('has no sentence for a code it does not know', () => {
    expect(explainCode('SOMETHING_NEW', 'The server said so')).toBeUndefined()
  })
})

describe('guessFileKind', () => {
  it('reads the type first and the ending when the type is missing', () => {
    expect(guessFileKind({ name: 'x', type: 'image/png' })).toBe('an image')
    expect(guessFileKind({ name: 'story.DOCX', type: '' })).toBe('a word-processor document')
    expect(guessFileKind({ name: 'story.zip', type: 'application/octet-stream' })).toBe(
      'a compressed archive',
    )
    expect(guessFileKind({ name: 'story.html', type: 'text/html' })).toBeUndefined()
  })
})
