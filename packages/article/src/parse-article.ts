import { createHash } from 'node:crypto'
import type { Article, ArticleInput, HtmlInput, ParseOptions, TextInput } from './types'
import type { ArticleDraft } from './draft'
import { ArticleError } from './errors'
import { layoutArticle, type ArticleLayout } from './layout'
import { parseText } from './parse-text'
import { parseHtml } from './parse-html'
import { decodeHtml } from './decode'
import {
  checkByteSize,
  checkMediaType,
  checkNotEmpty,
  checkReadable,
  DEFAULT_MAX_BYTES,
} from './limits'
import { countWords } from './boilerplate'
import { outletFromUrl, resolveUrl } from './url'

const TITLE_FROM_BODY_MAX_CHARS = 120
/** An article has at least one sentence this long; a page without one is a form, menu or list. */
const PROSE_SENTENCE_MIN_WORDS = 6
const HTML_PROSE_MIN_WORDS = 20

/**
 * Turns pasted text or an HTML page into an Article: metadata, a clean body, and paragraphs and
 * sentences as offsets into it. Pure and deterministic; throws only ArticleError.
 */
/** What an article is called when neither the caller, the page nor its address names its outlet. */
export const UNKNOWN_OUTLET = 'Unknown outlet'

export function parseArticle(input: ArticleInput, options: ParseOptions = {}): Article {
  try {
    const article = parseChecked(input, options.maxBytes ?? DEFAULT_MAX_BYTES)
    if (article.outlet === '') article.outlet = options.fallbackOutlet?.trim() || UNKNOWN_OUTLET
    return article
  } catch (error) {
    if (error instanceof ArticleError) throw error
    throw new ArticleError('NOT_AN_ARTICLE', 'article: the input could not be read as an article', {
      cause: error,
    })
  }
}

function parseChecked(input: ArticleInput, maxBytes: number): Article {
  if (input === null || typeof input !== 'object') throw invalidInput()
  if ('html' in input) {
    const draft = parseHtml(readHtml(input, maxBytes))
    return finish(draft, requireProse(draft, HTML_PROSE_MIN_WORDS), input)
  }
  if (!('text' in input) || typeof input.text !== 'string') throw invalidInput()
  checkByteSize(Buffer.byteLength(input.text, 'utf8'), maxBytes)
  checkNotEmpty(input.text)
  checkReadable(input.text)
  const draft = parseText(input.text)
  return finish(draft, requireProse(draft, PROSE_SENTENCE_MIN_WORDS), input)
}

/** The page as a string: checked for size first, decoded when it came as bytes. */
function readHtml(input: HtmlInput, maxBytes: number): string {
  const { html } = input
  checkMediaType(input.contentType)
  let source: string
  if (typeof html === 'string') {
    checkByteSize(Buffer.byteLength(html, 'utf8'), maxBytes)
    source = html
  } else if (html instanceof Uint8Array) {
    checkByteSize(html.byteLength, maxBytes)
    source = decodeHtml(html, input.contentType)
  } else {
    throw new ArticleError('INVALID_INPUT', 'article: html must be a string or bytes')
  }
  checkNotEmpty(source)
  checkReadable(source)
  return source
}

function invalidInput(): ArticleError {
  return new ArticleError('INVALID_INPUT', 'article: expected { text } or { html }')
}

/** Lays the draft out, refusing it when no sentence of prose is left (a form, a menu, a list). */
function requireProse(draft: ArticleDraft, minWords: number): ArticleLayout {
  const layout = layoutArticle(draft.paragraphs)
  const proseSentences = layout.sentences.filter(
    (s) => countWords(s.text) >= PROSE_SENTENCE_MIN_WORDS && /[.!?…。！？]/.test(s.text),
  )
  const words = proseSentences.reduce((sum, s) => sum + countWords(s.text), 0)
  if (words < minWords) {
    throw new ArticleError('NOT_AN_ARTICLE', 'article: no article prose found in the input')
  }
  return layout
}

function finish(draft: ArticleDraft, layout: ArticleLayout, input: TextInput | HtmlInput): Article {
  const url = resolveUrl(draft.url, input.url) ?? resolveUrl(input.url, undefined)
  const title = draft.title || titleFromBody(layout)
  const article: Article = {
    id: articleId(title, layout.body),
    outlet: input.outlet?.trim() || draft.outlet || outletFromUrl(url) || '',
    title,
    body: layout.body,
    paragraphs: layout.paragraphs,
    sentences: layout.sentences,
  }
  if (url) article.url = url
  if (draft.published) article.published = draft.published
  if (draft.byline) article.byline = draft.byline
  if (draft.lang) article.lang = draft.lang
  return article
}

function titleFromBody(layout: ArticleLayout): string {
  const first = layout.sentences[0]?.text ?? ''
  if (first.length <= TITLE_FROM_BODY_MAX_CHARS) return first
  const cut = first.slice(0, TITLE_FROM_BODY_MAX_CHARS)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`
}

/** The same title and body always give the same id, whatever the source format was. */
function articleId(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n${body}`).digest('hex').slice(0, 12)
}
