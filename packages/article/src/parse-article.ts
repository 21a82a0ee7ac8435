import { createHash } from 'node:crypto'
import type { Article, ArticleInput, ParseOptions } from './types'
import type { ArticleDraft } from './draft'
import { ArticleError } from './errors'
import { layoutArticle, type ArticleLayout } from './layout'
import { parseText } from './parse-text'
import { parseHtml } from './parse-html'
import { decodeHtml } from './decode'
import { checkByteSize, checkNotEmpty, checkReadable, DEFAULT_MAX_BYTES } from './limits'
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
export function parseArticle(input: ArticleInput, options: ParseOptions = {}): Article {
  try {
    return parseChecked(input, options.maxBytes ?? DEFAULT_MAX_BYTES)
  } catch (error) {
    if (error instanceof ArticleError) throw error
    throw new ArticleError('NOT_AN_ARTICLE', 'article: the input could not be read as an article', {
      cause: error,
    })
  }
}

function parseChecked(input: ArticleInput, maxBytes: number): Article {
  if (input === null || typeof input !== 'object') {
    throw new ArticleError('INVALID_INPUT', 'article: expected { text } or { html }')
  }
  if ('html' in input) {
    const { html } = input
    let source: string
    if (typeof html === 'string') {
      checkByteSize(Buffer.byteLength(html, 'utf8'), maxBytes)
      source = html
    } else if (html instanceof Uint8Array) {
      checkByteSize(html.byteLength, maxBytes)
      if (html.byteLength === 0)
        throw new ArticleError('EMPTY_INPUT', 'article: the input is empty')
      source = decodeHtml(html, input.contentType)
    } else throw new ArticleError('INVALID_INPUT', 'article: html must be a string or bytes')
    checkNotEmpty(source)
    checkReadable(source)
    const draft = parseHtml(source)
    const layout = layoutArticle(draft.paragraphs)
    requireProse(layout, HTML_PROSE_MIN_WORDS)
    return finish(draft, layout, input.url, input.outlet)
  }
  if (!('text' in input) || typeof input.text !== 'string') {
    throw new ArticleError('INVALID_INPUT', 'article: expected { text } or { html }')
  }
  checkByteSize(Buffer.byteLength(input.text, 'utf8'), maxBytes)
  checkNotEmpty(input.text)
  checkReadable(input.text)
  const draft = parseText(input.text)
  const layout = layoutArticle(draft.paragraphs)
  requireProse(layout, PROSE_SENTENCE_MIN_WORDS)
  return finish(draft, layout, input.url, input.outlet)
}

function requireProse(layout: ArticleLayout, minWords: number): void {
  const proseSentences = layout.sentences.filter(
    (s) => countWords(s.text) >= PROSE_SENTENCE_MIN_WORDS && /[.!?…。！？]/.test(s.text),
  )
  const words = proseSentences.reduce((sum, s) => sum + countWords(s.text), 0)
  if (words < minWords) {
    throw new ArticleError('NOT_AN_ARTICLE', 'article: no article prose found in the input')
  }
}

function finish(
  draft: ArticleDraft,
  layout: ArticleLayout,
  inputUrl: string | undefined,
  inputOutlet: string | undefined,
): Article {
  const url = resolveUrl(draft.url, inputUrl) ?? resolveUrl(inputUrl, undefined)
  const title = draft.title || titleFromBody(layout)
  const article: Article = {
    id: articleId(title, layout.body),
    outlet: inputOutlet?.trim() || draft.outlet || outletFromUrl(url) || 'Unknown outlet',
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
