import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ArticleError, parseArticle, type Article } from '../src/index'

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url))

/** What a fixture's expected.json holds: the input's extra fields, then the article or the error code. */
export interface FixtureExpectation {
  input: { url?: string; contentType?: string }
  article?: ArticleView
  error?: string
}

/** An Article as a reviewer reads it: paragraphs and sentences as text. */
export interface ArticleView extends Omit<Article, 'body' | 'paragraphs' | 'sentences'> {
  paragraphs: string[]
  sentences: string[]
}

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

export function readExpectation(name: string): FixtureExpectation {
  return JSON.parse(
    readFileSync(`${fixturesDir}${name}/expected.json`, 'utf8'),
  ) as FixtureExpectation
}

/** Parses a fixture's bytes as fetched, so decoding is part of what each fixture checks. */
export function runFixture(
  name: string,
  input: FixtureExpectation['input'],
): Omit<FixtureExpectation, 'input'> {
  const html = new Uint8Array(readFileSync(`${fixturesDir}${name}/source.html`))
  try {
    return { article: viewArticle(parseArticle({ html, ...input })) }
  } catch (error) {
    if (error instanceof ArticleError) return { error: error.code }
    throw error
  }
}

export function viewArticle(article: Article): ArticleView {
  const { body, paragraphs, sentences, ...rest } = article
  return {
    ...rest,
    paragraphs: paragraphs.map((p) => body.slice(p.start, p.end)),
    sentences: sentences.map((s) => s.text),
  }
}
