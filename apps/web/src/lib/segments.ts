// Marks mentions inside a sentence by cutting its text into plain and marked segments, so the
// text is always rendered as text and never parsed as HTML.

export type MarkKind = 'entity' | 'number' | 'date' | 'hedge' | 'negation'

/** A mention as the claims package gives it: offsets into the article body. */
export interface Mention {
  start: number
  end: number
  text: string
  kind: MarkKind
  /** What a reader learns on hover and what a screen reader announces. */
  label: string
}

export interface Segment {
  text: string
  mark?: { kind: MarkKind; label: string }
}

/**
 * Cuts `text` (which starts at body offset `offset`) into segments around the mentions. A mention
 * whose offsets do not land on its own words is looked up by its words instead; one that cannot be
 * found, or that overlaps an earlier one, is left unmarked rather than marking the wrong words.
 */
export function segmentSentence(text: string, offset: number, mentions: Mention[]): Segment[] {
  const spans = mentions
    .map((mention) => locate(text, offset, mention))
    .filter((span): span is Span => span !== null)
    .sort((a, b) => a.start - b.start || b.end - a.end)

  const segments: Segment[] = []
  let cursor = 0
  for (const span of spans) {
    if (span.start < cursor) continue
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) })
    segments.push({
      text: text.slice(span.start, span.end),
      mark: { kind: span.mention.kind, label: span.mention.label },
    })
    cursor = span.end
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) })
  return segments
}

interface Span {
  start: number
  end: number
  mention: Mention
}

function locate(text: string, offset: number, mention: Mention): Span | null {
  const start = mention.start - offset
  const end = mention.end - offset
  if (start >= 0 && end <= text.length && start < end) {
    if (!mention.text || text.slice(start, end) === mention.text) return { start, end, mention }
  }
  if (!mention.text) return null
  const found = text.indexOf(mention.text)
  return found < 0 ? null : { start: found, end: found + mention.text.length, mention }
}
