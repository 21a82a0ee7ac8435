import { ArticleError, parseArticle, type Article, type ArticleInput } from '@parallax/article'
import { ClaimsError, extractClaims, type Claim } from '@parallax/claims'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles'
import { CompareError } from './errors'
import type { Comparison } from './types'

// The whole pipeline (parse, extract, compare) over inputs nobody wrote by hand. A fresh seed each
// run widens what the suite explores; PARALLAX_SEED=<n> replays the run that failed.
const SEED = Number(process.env.PARALLAX_SEED ?? Date.now() % 2_147_483_647)
console.info(`pipeline properties: seed ${SEED} (replay with PARALLAX_SEED=${SEED})`)
const runs = (numRuns: number) => ({ seed: SEED, numRuns })

// Article-like text: the words outlets use for the things Parallax compares.
const PEOPLE = ['Judge Rachel Barkai', 'Shalev Hulio', 'Maria Lopez', 'the minister', 'He', 'She']
const GROUPS = ['Amnesty International', 'NSO Group', 'the Defense Ministry', 'the court', 'MoD']
const PLACES = ['Israel', 'Saudi Arabia', 'Tel Aviv', 'the kingdom', 'Mexico City']
const VERBS = ['said', 'revoked', 'approved', 'dismissed', 'closed', 'sold', 'denied', 'reported']
const OBJECTS = ['the export license', 'the hearing', 'the case', 'the spyware', 'the appeal']
const NUMBERS = ['250,000 dollars', '$1.5 million', '12 officials', 'about 40%', 'three judges']
const DATES = ['on Thursday', 'in October 2019', 'last year', 'on 16 January 2020', 'this week']
const HEDGES = ['allegedly', 'reportedly', 'according to estimates,', 'may have', 'is believed to']
const NEGATIONS = ['did not', 'never', 'declined to comment on whether it', 'refused to']
const SOURCES = ['a spokesperson said', 'according to officials', 'sources told Reuters']
const QUOTES = ['“We will appeal,”', '"The license stands,"', '“There is no case,”']
const NOISE = ['&amp;', '<b>', '…', 'Ünïcödé', '中文', '🙂', '\u200b', '—', '\t', '  ']

const pick = (words: readonly string[]) => fc.constantFrom(...words)
const maybe = (words: readonly string[]) => fc.option(pick(words), { nil: '' })

const sentence = fc
  .record({
    subject: fc.oneof(pick(PEOPLE), pick(GROUPS)),
    hedge: maybe(HEDGES),
    negation: maybe(NEGATIONS),
    verb: pick(VERBS),
    object: fc.oneof(pick(OBJECTS), pick(PLACES), pick(NUMBERS)),
    detail: maybe([...NUMBERS, ...DATES, ...PLACES]),
    source: maybe(SOURCES),
    quote: maybe(QUOTES),
    noise: maybe(NOISE),
    end: fc.constantFrom('.', '.', '!', '?', '', '."'),
  })
  .map(({ subject, hedge, negation, verb, object, detail, source, quote, noise, end }) => {
    const said = [subject, hedge, negation, verb, object, detail, noise]
      .filter((w) => w !== '')
      .join(' ')
    const body = quote === '' ? said : `${quote} ${subject} said`
    return `${body}${source === '' ? '' : `, ${source}`}${end}`
  })

const paragraphs = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 5,
})

const articleText = paragraphs.map((ps) => ps.map((p) => p.join(' ')).join('\n\n'))

const escape = (text: string) => text.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;')

/** A page around the paragraphs, sometimes with the clutter and broken markup real pages carry. */
const articleHtml = fc
  .record({
    paragraphs,
    title: sentence,
    charset: fc.constantFrom('utf-8', 'windows-1252', 'x-evil', 'utf-7', ''),
    clutter: fc.constantFrom(
      '',
      '<nav><a href="/">Home</a> <a href="/world">World</a></nav>',
      '<script>document.write("<p>")</script><style>p{}</style>',
      '<div><div><span>unclosed',
      '<!-- <p>commented out</p> -->',
    ),
  })
  .map(({ paragraphs: ps, title, charset, clutter }) => {
    const meta = charset === '' ? '' : `<meta charset="${charset}">`
    const body = ps.map((p) => `<p>${escape(p.join(' '))}</p>`).join('\n')
    return `<!doctype html><html><head>${meta}<title>${escape(title)}</title></head><body>${clutter}<article><h1>${escape(title)}</h1>${body}</article></body></html>`
  })

const utf8 = new TextEncoder()

/** Every shape of input parseArticle takes: generated or raw, text or HTML, string or bytes. */
const anyInput: fc.Arbitrary<ArticleInput> = fc.oneof(
  { weight: 3, arbitrary: articleText.map((text) => ({ text })) },
  { weight: 3, arbitrary: articleHtml.map((html) => ({ html })) },
  {
    weight: 2,
    arbitrary: articleHtml.map((html) => ({ html: utf8.encode(html), contentType: 'text/html' })),
  },
  // Real article bytes cut at a random point, often inside a multi-byte character.
  {
    weight: 2,
    arbitrary: fc.tuple(articleText, fc.nat()).map(([text, cut]) => {
      const bytes = utf8.encode(text)
      return { html: bytes.subarray(0, cut % (bytes.length + 1)) }
    }),
  },
  fc.string({ unit: 'grapheme', maxLength: 400 }).map((text) => ({ text })),
  fc.string({ unit: 'binary', maxLength: 400 }).map((html) => ({ html })),
  fc.uint8Array({ maxLength: 400 }).map((html) => ({ html })),
  fc
    .tuple(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('utf-8', 'utf-16le', 'x-evil'))
    .map(([html, charset]) => ({ html, contentType: `text/html; charset=${charset}` })),
)

/** The function's result, or undefined when it threw the package's own error (anything else fails). */
function unlessRefused<T>(run: () => T, ownError: new (...args: never[]) => Error): T | undefined {
  try {
    return run()
  } catch (error) {
    if (error instanceof ownError) return undefined
    throw error
  }
}

const parse = (input: ArticleInput) => unlessRefused(() => parseArticle(input), ArticleError)
const extract = (article: Article) => unlessRefused(() => extractClaims(article), ClaimsError)

function expectValidOffsets(article: Article): void {
  const { body } = article
  article.sentences.forEach((s, i) => {
    expect(s.index).toBe(i)
    expect(0 <= s.start && s.start <= s.end && s.end <= body.length).toBe(true)
    expect(body.slice(s.start, s.end)).toBe(s.text)
    const paragraph = article.paragraphs[s.paragraph]
    expect(paragraph).toBeDefined()
    expect(paragraph!.start <= s.start && s.end <= paragraph!.end).toBe(true)
  })
  for (const p of article.paragraphs) {
    expect(0 <= p.start && p.start <= p.end && p.end <= body.length).toBe(true)
  }
}

function expectMentionsInSentences(article: Article, claims: Claim[]): void {
  for (const claim of claims) {
    const sentence = article.sentences[claim.sentence]
    expect(sentence).toBeDefined()
    const inside = (span: { start: number; end: number }) =>
      sentence!.start <= span.start && span.start <= span.end && span.end <= sentence!.end
    expect(claim.article).toBe(article.id)
    expect(inside(claim)).toBe(true)
    expect(article.body.slice(claim.start, claim.end)).toBe(claim.text)
    const mentions = [...claim.entities, ...claim.numbers, ...claim.dates, ...claim.hedges]
    for (const mention of mentions) {
      expect(inside(mention)).toBe(true)
      expect(article.body.slice(mention.start, mention.end)).toBe(mention.text)
    }
    for (const negation of claim.negations) {
      expect(inside(negation)).toBe(true)
      expect(inside(negation.scope)).toBe(true)
    }
    if (claim.attribution.quote) expect(inside(claim.attribution.quote)).toBe(true)
  }
}

describe('parseArticle and extractClaims on any input', () => {
  it('throw only their own errors, keep offsets valid and give the same bytes twice', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const article = parse(input)
        if (article === undefined) return
        expectValidOffsets(article)
        expect(JSON.stringify(parse(input))).toBe(JSON.stringify(article))
        const claims = extract(article)
        if (claims === undefined) return
        expectMentionsInSentences(article, claims)
        expect(JSON.stringify(extract(article))).toBe(JSON.stringify(claims))
      }),
      runs(120),
    )
  })

  it('refuse a sentence that does not fit the body with ClaimsError', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 1, max: 50 }), (text, overrun) => {
        const article = parse({ text })
        if (article === undefined) return
        const last = article.sentences.at(-1)!
        const broken = {
          ...article,
          sentences: [...article.sentences.slice(0, -1), { ...last, end: last.end + overrun }],
        }
        expect(() => extractClaims(broken)).toThrow(ClaimsError)
      }),
      runs(10),
    )
  })
})

/** The comparison with article order taken out: facets and pairs as sets, articles by id. */
function orderFree(comparison: Comparison) {
  const byKey = <T>(items: T[], key: (item: T) => string) =>
    items.map((item) => [key(item), item] as const).sort(([a], [b]) => (a < b ? -1 : 1))
  return {
    // Outlets sharing a name are numbered in the order given.
    articles: byKey(
      comparison.articles.map(({ outlet: _, ...article }) => article),
      (a) => a.id,
    ),
    facets: byKey(comparison.facets, (f) => f.id).map(([id, f]) => ({
      id,
      status: f.status,
      kinds: [...f.kinds].sort(),
      claims: byKey(f.claims, (c) => `${c.article}#${String(c.sentence).padStart(6, '0')}`),
    })),
    coverage: byKey(Object.entries(comparison.coverage), ([id]) => id),
    quotes: byKey(comparison.quotes ?? [], (q) => q.id),
  }
}

describe('compareArticles on parsed articles', () => {
  const story = fc.array(
    fc.oneof(
      articleText.map((text) => ({ text })),
      anyInput,
    ),
    {
      minLength: 2,
      maxLength: 4,
    },
  )

  it('throws only CompareError, gives the same bytes twice, and ignores article order', () => {
    fc.assert(
      fc.property(story, fc.func(fc.integer()), (inputs, shuffleKey) => {
        const articles = inputs.map(parse).filter((a) => a !== undefined)
        const comparison = unlessRefused(() => compareArticles(articles), CompareError)
        const ids = new Set(articles.map((a) => a.id))
        if (comparison === undefined) {
          // Refused only for a reason the caller can see: too few, or the same article twice.
          expect(articles.length < 2 || ids.size < articles.length).toBe(true)
          return
        }
        expect(JSON.stringify(compareArticles(articles))).toBe(JSON.stringify(comparison))
        const reordered = articles
          .map((article, i) => ({ article, key: shuffleKey(i) }))
          .sort((a, b) => a.key - b.key)
          .map(({ article }) => article)
        const again = compareArticles(reordered)
        expect(orderFree(again)).toEqual(orderFree(comparison))
        expect(again.articles.map((a) => a.id)).toEqual(reordered.map((a) => a.id))
        const outlets = comparison.articles.map((a) => a.outlet)
        expect(new Set(outlets).size).toBe(outlets.length)
        for (const facet of comparison.facets) {
          for (const claim of facet.claims) expect(ids.has(claim.article)).toBe(true)
        }
      }),
      runs(40),
    )
  })
})
