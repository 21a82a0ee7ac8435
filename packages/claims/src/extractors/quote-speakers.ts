import type { SentenceView } from '../sentences'
import { firstAtOrAfter } from '../sentences'
import type { Entity } from '../types'
import type { Quote } from './quotes'
import type { Speaker, SpeakerContext } from './speaker'
import { describeSpeaker, isSpeechVerb, objectAfter, subjectBefore } from './speaker'

export interface QuoteSpeaker {
  speaker?: Speaker
  cue?: string
}

const NEAR = 14
const LEAD_IN = 40
// A sentence of no more words than this after a quote can be only its reporting clause, split off
// by a full stop inside the quotation marks (`“… Boehner.” Durbin said.`).
const REPORTING_ONLY = 8

/** The sentence holding `offset`, or -1; a binary search, as an article may have 50,000. */
function viewAt(views: readonly SentenceView[], offset: number): number {
  // Sentences are in order and do not overlap, so only the last one starting at or before
  // `offset` can hold it.
  const at = firstAtOrAfter(views, offset + 1) - 1
  const view = views[at]
  return view !== undefined && offset < view.end ? at : -1
}

/** `“…,” NSO representatives wrote.` / `“…,” said Danna Ingleton.` */
function speakerAfter(
  body: string,
  view: SentenceView,
  entities: readonly Entity[],
  quote: Quote,
  context: SpeakerContext,
): QuoteSpeaker | undefined {
  const { tokens } = view
  const from = firstAtOrAfter(tokens, quote.outer.end)
  if (from >= tokens.length) return undefined
  for (let v = from; v < Math.min(tokens.length, from + NEAR); v++) {
    const token = tokens[v]
    // A new quote starts another speaker's words; a full stop inside the sentence is an
    // abbreviation's (`Sen.`).
    if (!token || token.text === '“' || token.text === '"') return undefined
    // `…,” and said she would …`: a new clause, whose speaker is found before the quote.
    if (token.pos === 'CCONJ') return undefined
    // `…” force in U.S.-Israel relations, adding …`: a participle goes on from the main clause,
    // whose subject speaks it, not the words before it.
    if (!isSpeechVerb(tokens, v) || token.lower.endsWith('ing')) continue
    const wordsBetween = tokens.slice(from, v).some((t) => t.pos !== 'PUNCT')
    const subject = wordsBetween ? subjectBefore(tokens, v) : undefined
    if (subject && subject[0] >= from) {
      const speaker = describeSpeaker({ body, tokens, span: subject, entities, context })
      return speaker ? { speaker, cue: token.text } : undefined
    }
    // `…,” Sen. Maria Lopez, D-Calif., said`: the name between the quote and the verb.
    const between = entities.filter((e) => e.start >= quote.outer.end && e.end <= token.start)
    const named = between.find((e) => e.type === 'person') ?? between[0]
    if (named) {
      const speaker = { text: named.text, key: named.key, type: named.type, anonymous: false }
      return { speaker, cue: token.text }
    }
    if (wordsBetween) return undefined
    const span = objectAfter(tokens, v)
    const speaker = span ? describeSpeaker({ body, tokens, span, entities, context }) : undefined
    return speaker ? { speaker, cue: token.text } : undefined
  }
  return undefined
}

/** `Gil Naveh said that the decision was “…`, `NSO claimed the request was “…`, `…, saying “…`. */
function speakerBefore(
  body: string,
  view: SentenceView,
  entities: readonly Entity[],
  quote: Quote,
  context: SpeakerContext,
): QuoteSpeaker | undefined {
  const { tokens } = view
  // The reporting verb sits in the clause that leads into the quote, a few words back at most.
  const at = firstAtOrAfter(tokens, quote.outer.start)
  let v = -1
  for (let k = at - 1; k >= Math.max(0, at - LEAD_IN) && v === -1; k--) {
    if (isSpeechVerb(tokens, k)) v = k
  }
  const verb = tokens[v]
  if (!verb) return undefined
  if (verb.lower.endsWith('ing')) {
    // `X accused Y of …, saying “…`: the one saying it is the subject of the clause it hangs on,
    // not the last name before it.
    const main = tokens.findIndex((t, k) => k < v && t.pos === 'VERB')
    const span = main > 0 ? subjectBefore(tokens, main) : undefined
    const speaker = span && describeSpeaker({ body, tokens, span, entities, context })
    if (speaker) return { speaker, cue: verb.text }
    const subject =
      entities.find((e) => e.type === 'person' && e.end <= verb.start) ??
      entities.find((e) => e.end <= verb.start)
    return subject
      ? {
          speaker: { text: subject.text, key: subject.key, type: subject.type, anonymous: false },
          cue: verb.text,
        }
      : undefined
  }
  const span = subjectBefore(tokens, v)
  const speaker = span ? describeSpeaker({ body, tokens, span, entities, context }) : undefined
  return speaker ? { speaker, cue: verb.text } : undefined
}

/** The reporting clause a full stop inside the quotation marks split off into the next sentence. */
function reportedNext(
  body: string,
  views: readonly SentenceView[],
  closing: number,
  entities: readonly (readonly Entity[])[],
  quote: Quote,
  context: SpeakerContext,
): QuoteSpeaker | undefined {
  const closeView = views[closing]
  const next = views[closing + 1]
  if (!closeView || !next || body.slice(quote.outer.end, closeView.end).trim() !== '')
    return undefined
  if (body.slice(closeView.end, next.start).trim() !== '') return undefined
  if (next.paragraph !== closeView.paragraph) return undefined
  const words = next.tokens.filter((t) => t.pos !== 'PUNCT').length
  if (words > REPORTING_ONLY) return undefined
  return speakerAfter(body, next, entities[closing + 1] ?? [], quote, context)
}

/**
 * Finds who speaks each direct quote: the reporting clause after it, else the one that leads into
 * it, else, for a quote that opens a sentence right after another speaker's quote, that speaker.
 */
export function findQuoteSpeaker(options: {
  body: string
  quote: Quote
  views: readonly SentenceView[]
  entities: readonly (readonly Entity[])[]
  context: SpeakerContext
  previous?: { quote: Quote; found: QuoteSpeaker }
}): QuoteSpeaker {
  const { body, quote, views, entities, context, previous } = options
  const closing = viewAt(views, Math.max(quote.outer.start, quote.outer.end - 1))
  const opening = viewAt(views, quote.outer.start)
  const closeView = views[closing]
  const openView = views[opening]
  const after =
    (closeView && speakerAfter(body, closeView, entities[closing] ?? [], quote, context)) ||
    reportedNext(body, views, closing, entities, quote, context)
  if (after) return after
  // A name or a phrase in quotation marks (`“Pegasus”`) is no direct quote unless a speaker follows it.
  const words = body.slice(quote.inner.start, quote.inner.end).split(/\s+/).filter(Boolean).length
  const before =
    words >= 3 && openView && speakerBefore(body, openView, entities[opening] ?? [], quote, context)
  if (before) return before
  const opensSentence =
    openView !== undefined && body.slice(openView.start, quote.outer.start).trim() === ''
  if (opensSentence && previous?.found.speaker) {
    const gap = body.slice(previous.quote.outer.end, quote.outer.start)
    const previousView = viewAt(views, previous.quote.outer.start)
    if (gap.trim() === '' || opening - previousView <= 2) return previous.found
  }
  return {}
}
