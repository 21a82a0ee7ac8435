import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleError, parseArticle, type Article } from '../src/index'

// A fresh seed each run widens the search; it is logged so any failure can be replayed with
// FC_SEED=<seed>.
const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31))
console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`)

const WORDS = [
  'the',
  'court',
  'said',
  'Mr.',
  'U.S.',
  'Inc.',
  'vs.',
  'Jan.',
  'J.',
  'No.',
  '3.5',
  'e.g.',
  'www.example.com',
  'press@nso.com',
  'NSO',
  'Amnesty',
  'license',
  'ministry',
  '1,400',
  'Tel',
  'Aviv',
  '“It',
  'is',
  'over.”',
  '"We',
  'lost."',
  'it',
  '(Reuters)',
  '—',
  '…',
  '東京',
  '。',
  'Read more',
  'Share',
  'By',
  'date',
  '2020-01-16',
  'Photo:',
  'herself.A',
  'gagged.”On',
]
const PUNCTUATION = ['', '', '', '.', '.', '?', '!', ',', '."', '.”', '?”', ':', ';', '...']
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '  ', '\t', '\u00a0']

const token = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION), fc.constantFrom(...SEPARATORS))
  .map(([word, mark, gap]) => word + mark + gap)
const prose = fc.array(token, { minLength: 0, maxLength: 160 }).map((parts) => parts.join(''))
const anyText = fc.oneof(
  prose,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ maxLength: 200 }),
)

const TAGS = [
  'p',
  'div',
  'article',
  'span',
  'h1',
  'figure',
  'figcaption',
  'li',
  'ul',
  'a',
  'script',
  'table',
  'td',
  'nav',
]
const html: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      prose,
      fc
        .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, children]) => `<${tag} class="${tag}-x">${children.join('')}</${tag}>`),
    ),
  }))
  .node.map(
    (body) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`,
  )

function checkInvariants(article: Article): void {
  const { body, paragraphs, sentences } = article
  expect(article.id).toMatch(/^[0-9a-f]{12}$/)
  paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i)
    expect(0 <= p.start && p.start < p.end && p.end <= body.length).toBe(true)
    if (i > 0) expect(p.start).toBeGreaterThanOrEqual(paragraphs[i - 1]!.end)
  })
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i)
    expect(0 <= s.start && s.start < s.end && s.end <= body.length).toBe(true)
    expect(body.slice(s.start, s.end)).toBe(s.text)
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end)
    const paragraph = paragraphs[s.paragraph]!
    expect(s.start >= paragraph.start && s.end <= paragraph.end).toBe(true)
  })
}

/** Parses, and holds the result to the invariants; only ArticleError may be thrown. */
function parseOrReject(parse: () => Article): void {
  let article: Article
  try {
    article = parse()
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError)
    return
  }
  checkInvariants(article)
}

describe('parseArticle properties', () => {
  it('keeps offsets exact for any pasted text', () => {
    fc.assert(
      fc.property(anyText, (text) => parseOrReject(() => parseArticle({ text }))),
      { seed, numRuns: 300 },
    )
  })

  it('keeps offsets exact for generated prose, which parses', () => {
    const long = fc
      .array(token, { minLength: 60, maxLength: 200 })
      .map(
        (parts) =>
          `Headline here\n${parts.join('')}\n\nThe court met on Monday and the ministry said it would appeal.`,
      )
    fc.assert(
      fc.property(long, (text) => checkInvariants(parseArticle({ text }))),
      { seed, numRuns: 150 },
    )
  })

  it('keeps offsets exact for any HTML, as text or bytes', () => {
    fc.assert(
      fc.property(html, fc.boolean(), (page, asBytes) =>
        parseOrReject(() =>
          parseArticle({ html: asBytes ? new TextEncoder().encode(page) : page }),
        ),
      ),
      { seed, numRuns: 150 },
    )
  })

  it('throws only ArticleError for arbitrary bytes and charsets', () => {
    const charset = fc.constantFrom(
      'utf-8',
      'x-evil',
      'utf-7',
      'shift_jis',
      'windows-1252',
      'utf-16',
      '',
    )
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), charset, (bytes, label) =>
        parseOrReject(() =>
          parseArticle({ html: bytes, contentType: `text/html; charset=${label}` }),
        ),
      ),
      { seed, numRuns: 200 },
    )
  })

  it('gives the same article for the same input', () => {
    fc.assert(
      fc.property(prose, (text) => {
        let first: Article | undefined
        try {
          first = parseArticle({ text })
        } catch {
          return
        }
        expect(parseArticle({ text })).toEqual(first)
      }),
      { seed, numRuns: 100 },
    )
  })
})
