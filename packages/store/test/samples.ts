import type { Article } from '@parallax/article'
import { CLAIMS_VERSION, type Claim } from '@parallax/claims'
import type { NewArticle } from '../src/index'

const encoder = new TextEncoder()

/** A small but real-shaped parsed article whose body is `text`. */
export function sampleArticle(text: string, outlet = 'Example News'): Article {
  return {
    id: `article-${text.length}-${text.slice(0, 8)}`,
    outlet,
    title: `Report: ${text.slice(0, 20)}`,
    body: text,
    paragraphs: [{ index: 0, start: 0, end: text.length }],
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, text }],
  }
}

export function sampleClaims(article: Article): Claim[] {
  return article.sentences.map((sentence) => ({
    article: article.id,
    sentence: sentence.index,
    start: sentence.start,
    end: sentence.end,
    span: { start: sentence.start, end: sentence.end },
    fact: 'main',
    text: sentence.text,
    entities: [{ start: 0, end: 4, text: sentence.text.slice(0, 4), key: 'k', type: 'other' }],
    numbers: [],
    dates: [],
    attribution: { kind: 'outlet' },
    hedges: [],
    negations: [],
    negated: false,
    terms: sentence.text.toLowerCase().split(/\W+/).filter(Boolean),
  }))
}

/** Everything `addArticle` takes, built from one text so different texts never collide. */
export function sampleNewArticle(text: string, overrides: Partial<NewArticle> = {}): NewArticle {
  const article = sampleArticle(text, overrides.outlet)
  return {
    outlet: article.outlet,
    title: article.title,
    url: `https://example.com/${encodeURIComponent(text.slice(0, 12))}`,
    published: '2024-05-01',
    source: {
      kind: 'text',
      content: encoder.encode(text),
      contentType: 'text/plain; charset=utf-8',
    },
    article,
    claims: sampleClaims(article),
    claimsVersion: CLAIMS_VERSION,
    ...overrides,
  }
}

/** A few kilobytes of text, different for every key, so writes span several database pages. */
export function durableText(key: string): string {
  const sentence = `Report ${key} says the figure was revised again.`
  return Array.from({ length: 60 }, (_, i) => `${sentence} Paragraph ${i}.`).join(' ')
}

/**
 * "Fails fast": refused before PGlite is even loaded, which alone takes seconds. Generous, because
 * the suite shares two cores with everything else.
 */
export const FAIL_FAST_MS = 2_500
