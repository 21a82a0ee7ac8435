import { describe, expect, it } from 'vitest'
import { ArticleError, parseArticle, type ArticleInput, type ParseOptions } from './index'

const PROSE =
  'The ministry said on Tuesday that the export license had been reviewed twice this year. ' +
  'Critics said the review was not independent and asked the court to order a new one.'
const page = (body: string) =>
  `<!doctype html><html><head><title>Export row</title></head><body><article>${body}</article></body></html>`

function codeOf(input: ArticleInput, options?: ParseOptions): string | undefined {
  try {
    parseArticle(input, options)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError)
    return (error as ArticleError).code
  }
}

describe('parseArticle errors', () => {
  it.each<[string, ArticleInput, ParseOptions | undefined, string]>([
    ['empty text', { text: '' }, undefined, 'EMPTY_INPUT'],
    ['blank text', { text: ' \n\t ' }, undefined, 'EMPTY_INPUT'],
    ['empty bytes', { html: new Uint8Array() }, undefined, 'EMPTY_INPUT'],
    ['blank html', { html: '   ' }, undefined, 'EMPTY_INPUT'],
    ['text over the cap', { text: PROSE }, { maxBytes: 50 }, 'TOO_LARGE'],
    ['html bytes over the cap', { html: new Uint8Array(2_000) }, { maxBytes: 1_000 }, 'TOO_LARGE'],
    [
      'NUL bytes',
      { html: new Uint8Array([0x3c, 0x70, 0x3e, 0, 0, 0x41]) },
      undefined,
      'BINARY_INPUT',
    ],
    [
      'a PNG',
      { html: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
      undefined,
      'BINARY_INPUT',
    ],
    [
      'bytes served as an image',
      { html: new TextEncoder().encode(page(PROSE)), contentType: 'image/png' },
      undefined,
      'BINARY_INPUT',
    ],
    ['NUL in text', { text: `${PROSE}\u0000` }, undefined, 'BINARY_INPUT'],
    [
      'control characters',
      { text: '\u0001\u0002\u0003\u0004 abc \u0005\u0006' },
      undefined,
      'BINARY_INPUT',
    ],
    [
      'text already mangled',
      { text: `${PROSE} \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd` },
      undefined,
      'BAD_ENCODING',
    ],
    [
      'bytes declared UTF-8 that are not',
      {
        html: new Uint8Array([
          ...new TextEncoder().encode(page(PROSE)),
          ...Array<number>(40).fill(0xff),
        ]),
        contentType: 'text/html; charset=utf-8',
      },
      undefined,
      'BAD_ENCODING',
    ],
    ['a few words', { text: 'Hello there' }, undefined, 'NOT_AN_ARTICLE'],
    [
      'a login page',
      {
        html: page(
          '<h1>Sign in</h1><form><input name="u"><button>Go</button></form><p>Forgot your password?</p>',
        ),
      },
      undefined,
      'NOT_AN_ARTICLE',
    ],
    ['neither text nor html', {} as ArticleInput, undefined, 'INVALID_INPUT'],
    ['html of the wrong type', { html: 42 } as unknown as ArticleInput, undefined, 'INVALID_INPUT'],
    ['null', null as unknown as ArticleInput, undefined, 'INVALID_INPUT'],
  ])('%s', (_name, input, options, code) => {
    expect(codeOf(input, options)).toBe(code)
  })

  it('defaults to a 5 MB cap', () => {
    expect(codeOf({ text: `${PROSE} `.repeat(31_000) })).toBe('TOO_LARGE')
  })

  it('rejects absurd nesting before building a DOM, quickly', () => {
    const started = performance.now()
    expect(
      codeOf({ html: page(`${'<div>'.repeat(20_000)}${PROSE}${'</div>'.repeat(20_000)}`) }),
    ).toBe('NOT_AN_ARTICLE')
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('rejects absurd element counts before building a DOM', () => {
    expect(codeOf({ html: page('<b></b>'.repeat(300_000)) })).toBe('TOO_LARGE')
  })

  it.each<[string, ArticleInput]>([
    ['dots without spaces', { text: 'a.'.repeat(500_000) }],
    [
      'lines wrapped without end',
      { text: 'the court met and said it would appeal later on\n'.repeat(20_000) },
    ],
    ['tags never closed', { html: '<a'.repeat(300_000) }],
  ])('stays linear on hostile input: %s', (_name, input) => {
    const started = performance.now()
    expect(codeOf(input)).toBe('NOT_AN_ARTICLE')
    expect(performance.now() - started).toBeLessThan(8_000)
  })

  it('serialises errors as code and message', () => {
    const error = new ArticleError('EMPTY_INPUT', 'article: the input is empty')
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'EMPTY_INPUT',
      message: 'article: the input is empty',
    })
  })
})

describe('parseArticle', () => {
  it('parses HTML given as text or as bytes to the same article', () => {
    const html = page(`<p>${PROSE}</p>`)
    expect(parseArticle({ html: new TextEncoder().encode(html) })).toEqual(parseArticle({ html }))
  })

  it.each([
    ['a bare fragment', (body: string) => body],
    [
      'a page without <body>',
      (body: string) => `<html><head><title>Export row</title></head>${body}</html>`,
    ],
    ['a body without <html>', (body: string) => `<body>${body}</body>`],
  ])('reads %s as a browser would', (_name, wrap) => {
    const article = parseArticle({ html: wrap(`<p>${PROSE}</p><p>${PROSE}</p>`) })
    expect(article.sentences.map((s) => s.text)).toHaveLength(4)
  })

  it('derives a stable id from the content', () => {
    const a = parseArticle({ text: PROSE })
    expect(a.id).toMatch(/^[0-9a-f]{12}$/)
    expect(parseArticle({ text: PROSE }).id).toBe(a.id)
    expect(parseArticle({ text: `${PROSE} It will appeal.` }).id).not.toBe(a.id)
  })

  it('takes the outlet from the caller, then the page, then the url host', () => {
    const html = page(`<p>${PROSE}</p>`)
    expect(parseArticle({ html, outlet: ' Haaretz ' }).outlet).toBe('Haaretz')
    expect(parseArticle({ html, url: 'https://www.haaretz.com/x' }).outlet).toBe('haaretz.com')
    expect(
      parseArticle({ text: PROSE, url: 'https://en.globes.co.il/a?utm_source=tw#top' }),
    ).toMatchObject({
      outlet: 'en.globes.co.il',
      url: 'https://en.globes.co.il/a',
    })
    expect(parseArticle({ text: PROSE }).outlet).toBe('Unknown outlet')
  })

  it('names the outlet by the fallback only when nothing else names it', () => {
    expect(parseArticle({ text: PROSE }, { fallbackOutlet: 'haaretz-story' }).outlet).toBe(
      'haaretz-story',
    )
    expect(
      parseArticle({ text: PROSE, url: 'https://globes.co.il/a' }, { fallbackOutlet: 'file' })
        .outlet,
    ).toBe('globes.co.il')
    expect(parseArticle({ text: PROSE }, { fallbackOutlet: '  ' }).outlet).toBe('Unknown outlet')
  })

  it('drops urls that are not http(s)', () => {
    expect(parseArticle({ text: PROSE, url: 'javascript:alert(1)' }).url).toBeUndefined()
  })

  it('resolves a relative canonical link against the page url', () => {
    const html = `<html><head><link rel="canonical" href="/news/1"></head><body><article><p>${PROSE}</p></article></body></html>`
    expect(parseArticle({ html, url: 'https://example.com/amp/news/1' }).url).toBe(
      'https://example.com/news/1',
    )
  })
})
