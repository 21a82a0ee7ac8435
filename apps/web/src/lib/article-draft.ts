import type { ArticleSource } from './api-types'
import { explainCode, guessFileKind, type ErrorContext } from './error-messages'

// One article being entered in a form: what the user typed so far and how sending it went.

export type DraftKind = ArticleSource['kind']

export type DraftState =
  | { phase: 'editing' }
  | { phase: 'sending' }
  | { phase: 'done'; title: string; outlet: string }
  | { phase: 'failed'; message: string }

export interface ArticleDraft {
  key: number
  kind: DraftKind
  outlet: string
  text: string
  url: string
  file: File | null
  state: DraftState
}

let nextKey = 1

export function newDraft(kind: DraftKind = 'text'): ArticleDraft {
  return {
    key: nextKey++,
    kind,
    outlet: '',
    text: '',
    url: '',
    file: null,
    state: { phase: 'editing' },
  }
}

/** The source to send, or the reason the draft cannot be sent yet. */
export function sourceOf(draft: ArticleDraft): ArticleSource | { problem: string } {
  const outlet = draft.outlet.trim() || undefined
  switch (draft.kind) {
    case 'text':
      if (!draft.text.trim()) return { problem: 'This article is empty: paste its text first.' }
      return { kind: 'text', text: draft.text, outlet }
    case 'file':
      if (!draft.file) return { problem: 'Choose an HTML file to upload.' }
      if (draft.file.size === 0) return { problem: `The file ${draft.file.name} is empty.` }
      // A PDF or an image is refused here, before its bytes travel to the server to be refused.
      if (guessFileKind(draft.file)) {
        return { problem: explainCode('UNSUPPORTED_MEDIA_TYPE', '', errorContextOf(draft)) ?? '' }
      }
      return { kind: 'file', file: draft.file, outlet }
    case 'url':
      return urlSource(draft.url.trim(), outlet)
  }
}

/** What an error about this draft's input is about, so its message can name it. */
export function errorContextOf(draft: ArticleDraft): ErrorContext {
  return draft.kind === 'file' && draft.file
    ? { kind: 'file', file: { name: draft.file.name, type: draft.file.type } }
    : { kind: draft.kind }
}

// A scheme is letters before a colon, but "example.org:8080" is a host and port, not a scheme.
const SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i

/**
 * A web address as people type it, made whole: `example.org/story` and `//example.org/story`
 * become https addresses; an address with a scheme is kept as typed.
 */
export function completeUrl(typed: string): string {
  const url = typed.trim()
  if (url === '' || SCHEME.test(url)) return url
  return `https://${url.replace(/^\/+/, '')}`
}

function urlSource(typed: string, outlet: string | undefined): ArticleSource | { problem: string } {
  const checked = checkUrl(typed)
  return 'problem' in checked ? checked : { kind: 'url', url: checked.url, outlet }
}

/** A typed web address made whole, or why it cannot be fetched. */
export function checkUrl(typed: string): { url: string } | { problem: string } {
  if (!typed) return { problem: 'Give the address of the article.' }
  const url = completeUrl(typed)
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { problem: 'That is not a web address, such as https://example.org/story.' }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { problem: 'Only http:// and https:// addresses can be fetched.' }
  }
  // A host needs a dot or to be an address; "news" alone is a typo, not a site.
  if (!parsed.hostname.includes('.') && !parsed.hostname.includes(':')) {
    return { problem: `“${typed}” is not a web address, such as https://example.org/story.` }
  }
  return { url }
}

/** A plain text file rather than a saved page, by its type or, without one, its name's ending. */
export function isPlainText(file: { name: string; type: string }): boolean {
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'text/plain') return true
  return (type === '' || type === 'application/octet-stream') && /\.(txt|text|md)$/i.test(file.name)
}

/** A file's name without its ending: what an uploaded page is called when it names no outlet. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim()
}
