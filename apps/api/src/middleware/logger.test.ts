import { describe, expect, it } from 'vitest'
import { createLogger, escapeLine } from './logger'

const entry = { requestId: 'r1', method: 'GET', path: '/healthz', status: 200, ms: 1.234 }

describe('escapeLine', () => {
  it('escapes every character that could end or rewrite a line, and the escape character', () => {
    expect(escapeLine('a\nb\rc\u0000d\u001be\u007ff\u0085g\u2028h\u2029i\\j\tk')).toBe(
      'a\\u000ab\\u000dc\\u0000d\\u001be\\u007ff\\u0085g\\u2028h\\u2029i\\\\j\\u0009k',
    )
  })

  it('leaves printable text, including other scripts, as it is', () => {
    expect(escapeLine('/api/stories/Ünïcode-新闻 ok')).toBe('/api/stories/Ünïcode-新闻 ok')
  })
})

describe('createLogger', () => {
  it('text: one line per request, each field escaped', () => {
    const lines: string[] = []
    const logger = createLogger('text', (line) => lines.push(line))
    logger.request({ ...entry, path: '/x\n00000000-fake-line POST /api/stories 201 1.0ms' })
    expect(lines).toEqual([
      'r1 GET /x\\u000a00000000-fake-line POST /api/stories 201 1.0ms 200 1.2ms',
    ])
  })

  it('text: a failure on one line, its stack joined with " | "', () => {
    const lines: string[] = []
    createLogger('text', (line) => lines.push(line)).failure('r2', new Error('bad\u0000thing'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^r2 error Error: bad\\u0000thing \| at /)
  })

  it('json: one JSON object per line with the request fields, a level and a time', () => {
    const lines: string[] = []
    const logger = createLogger('json', (line) => lines.push(line))
    logger.request({ ...entry, path: '/x\n\u0000y' })
    logger.failure('r3', new TypeError('broken'))
    expect(lines).toHaveLength(2)
    expect(lines.every((line) => !line.includes('\n'))).toBe(true)
    const [request, failure] = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(request).toMatchObject({
      level: 30,
      msg: 'request',
      requestId: 'r1',
      method: 'GET',
      path: '/x\n\u0000y',
      status: 200,
      ms: 1.2,
    })
    expect(request!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(failure).toMatchObject({ level: 50, msg: 'request failed', requestId: 'r3' })
    expect(failure!.err).toMatchObject({ type: 'TypeError', message: 'broken' })
  })
})
