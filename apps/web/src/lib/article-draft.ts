import type { ArticleSource } from './api-types'

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
      return { kind: 'file', file: draft.file, outlet }
    case 'url':
      return urlSource(draft.url.trim(), outlet)
  }
}

function urlSource(url: string, outlet: string | undefined): ArticleSource | { problem: string } {
  if (!url) return { problem: 'Give the address of the article.' }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { problem: 'That is not a web address: it should start with https://' }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { problem: 'Only http:// and https:// addresses can be fetched.' }
  }
  return { kind: 'url', url, outlet }
}
