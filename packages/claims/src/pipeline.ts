import type { Article } from '@parallax/article'
import { analyseBody } from './analyse'
import type { WinkEntity } from './analyse'
import { ClaimsError } from './errors'
import { extractAttribution } from './extractors/attribution'
import { resolveMentions } from './extractors/coreference'
import { timeOfDay } from './extractors/clock'
import { calendarDay, extractDates } from './extractors/dates'
import { findMentions } from './extractors/entities'
import { extractHedges } from './extractors/hedges'
import { extractNegation } from './extractors/negation'
import { extractNumbers } from './extractors/numbers'
import { extractPredicate } from './extractors/predicate'
import { findQuoteSpeaker } from './extractors/quote-speakers'
import { namesByKey, nameSpeaker } from './extractors/speaker-name'
import type { QuoteSpeaker } from './extractors/quote-speakers'
import { findQuotes } from './extractors/quotes'
import type { Quote } from './extractors/quotes'
import type { SpeakerContext } from './extractors/speaker'
import { extractTerms } from './extractors/terms'
import { subordinateMask } from './regions'
import type { SentenceView } from './sentences'
import { viewSentences } from './sentences'
import { splitFacts, type FactSegment } from './facts'
import { quantityFacts } from './quantities'
import type { Attribution, Claim, Hedge, Negation } from './types'

function checkArticle(article: Article): void {
  if (typeof article?.body !== 'string' || !Array.isArray(article.sentences)) {
    throw new ClaimsError('INVALID_ARTICLE', 'claims: the article has no body or no sentences.')
  }
  let previousEnd = 0
  for (const sentence of article.sentences) {
    if (
      sentence.start < previousEnd ||
      sentence.end < sentence.start ||
      sentence.end > article.body.length
    ) {
      throw new ClaimsError(
        'INVALID_ARTICLE',
        `claims: sentence ${sentence.index} does not fit the article body in order.`,
      )
    }
    previousEnd = sentence.end
  }
}

function parsePublished(published: string | undefined): Date | undefined {
  const match = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined
}

// `could not be reached for comment` is a refusal to speak, not a possibility.
function withoutNoComment(hedges: Hedge[], negations: readonly Negation[]): Hedge[] {
  const cues = negations.filter((n) => n.kind === 'no-comment')
  return hedges.filter((h) => !cues.some((n) => h.start >= n.start && h.end <= n.end))
}

// Fewer words than this (`Why?`, `Hard.`) state nothing a reader could line up.
const MIN_WORDS = 3

/** A sentence asserts something when it has a verb and is not a question (`Does the firm …?`). */
function isAssertive(view: SentenceView): boolean {
  const words = view.tokens.filter((t) => t.kind !== 'punctuation')
  const hasVerb = view.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  return words.length >= MIN_WORDS && hasVerb && !/\?[\s"”’)]*$/.test(view.text)
}

/**
 * A sentence that is someone's words in quotation marks, question or fragment (`“Do you fully
 * support the Obama agenda?”`, `“Some phony theology.”`): what was said is a fact of the story
 * even when it asserts nothing, and outlets print it word for word.
 */
function isQuotedSpeech(view: SentenceView, quotes: readonly Quote[]): boolean {
  const words = view.tokens.filter((t) => t.kind !== 'punctuation')
  if (words.length < MIN_WORDS) return false
  let quoted = 0
  for (const t of words) {
    if (quotes.some((q) => t.start >= q.inner.start && t.end <= q.inner.end)) quoted++
  }
  return quoted * 2 > words.length
}

/**
 * Hands out each sentence's wink-nlp entities in one pass over them all, for sentences taken in
 * order: filtering every entity for every sentence made a long article quadratic.
 */
function entitySweep(all: readonly WinkEntity[]): (view: SentenceView) => WinkEntity[] {
  // In document order, as wink-nlp reports them; the sort only guards that assumption.
  const sorted = [...all].sort((a, b) => a.first - b.first)
  let next = 0
  return (view) => {
    const first = view.tokens[0]?.i
    const last = view.tokens.at(-1)?.i
    if (first === undefined || last === undefined) return []
    while ((sorted[next]?.first ?? Infinity) < first) next++
    const inside: WinkEntity[] = []
    for (let e = next; e < sorted.length && sorted[e]!.first <= last; e++) {
      if (sorted[e]!.last <= last) inside.push(sorted[e]!)
    }
    return inside
  }
}

/** The same for quotes, which `findQuotes` returns in order and without overlaps. */
function quoteSweep(quotes: readonly Quote[]): (view: SentenceView) => Quote[] {
  let next = 0
  return (view) => {
    while ((quotes[next]?.inner.end ?? Infinity) <= view.start) next++
    const overlapping: Quote[] = []
    for (let q = next; q < quotes.length && quotes[q]!.inner.start < view.end; q++) {
      overlapping.push(quotes[q]!)
    }
    return overlapping
  }
}

interface SentenceFacts {
  view: SentenceView
  entities: Claim['entities']
  numbers: Claim['numbers']
  dates: Claim['dates']
  hedges: Hedge[]
  attribution: Attribution
}

/** The claim of one fact of a sentence: what the sentence names, filtered to the fact's words. */
function factClaim(article: Article, sentence: SentenceFacts, segment: FactSegment): Claim {
  const { view } = sentence
  const tokens = segment.ranges.flatMap(([from, to]) => view.tokens.slice(from, to))
  const start = tokens[0]?.start ?? view.start
  const end = tokens.at(-1)?.end ?? view.end
  const span = segment.kind === 'main' ? { start: view.start, end: view.end } : { start, end }
  const extents = segment.ranges.map(([from, to]): [number, number] => [
    view.tokens[from]?.start ?? view.start,
    view.tokens[to - 1]?.end ?? view.end,
  ])
  const inside = (m: { start: number; end: number }) =>
    extents.some(([from, to]) => m.start >= from && m.end <= to)
  const subordinate = subordinateMask(tokens)
  const { negations, negated } = extractNegation(article.body, tokens, subordinate)
  const predicate = extractPredicate(tokens, subordinate)
  // A relative clause or appositive is the outlet describing someone, unless it sits in a quote.
  const quote = sentence.attribution.quote
  const quoted = quote !== undefined && span.start >= quote.start && span.end <= quote.end
  const ownVoice = segment.kind === 'relative' || segment.kind === 'appositive'
  return {
    article: article.id,
    sentence: view.index,
    start: span.start,
    end: span.end,
    span,
    fact: segment.kind,
    text: article.body.slice(span.start, span.end),
    entities: sentence.entities.filter(inside),
    numbers: sentence.numbers.filter(inside),
    dates: sentence.dates.filter(inside),
    attribution: ownVoice && !quoted ? { kind: 'outlet' } : sentence.attribution,
    hedges: withoutNoComment(sentence.hedges.filter(inside), negations),
    negations,
    negated,
    terms: extractTerms(tokens),
    ...(predicate !== undefined ? { predicate } : {}),
  }
}

/**
 * What a sentence dates or measures exactly enough that two outlets giving the same one likely
 * state one fact, as token ranges in order: a calendar day or clock time (`June 25`, `5 p.m.`;
 * a weekday or `last year` dates too loosely) and an age (`the 76-year-old Pelosi`). Other
 * figures already key their whole clause and measured no better as facts of their own
 * (bench/RESULTS.md, accuracy).
 */
function quantityAnchors(view: SentenceView, sentence: SentenceFacts): [number, number][] {
  const mentions = [
    ...sentence.dates.filter(
      (date) =>
        (date.granularity === 'day' && calendarDay(date.text) !== undefined) ||
        (date.granularity === 'time' && timeOfDay(date.text) !== undefined),
    ),
    ...sentence.numbers.filter((n) => n.type === 'age'),
  ].sort((a, b) => a.start - b.start)
  const anchors: [number, number][] = []
  for (const mention of mentions) {
    const first = view.tokens.findIndex((t) => t.start >= mention.start)
    let end = first
    while (end < view.tokens.length && view.tokens[end]!.end <= mention.end) end++
    if (first >= 0 && end > first) anchors.push([first, end])
  }
  return anchors
}

/**
 * The claims of an article: the facts of each sentence that asserts something (the main clause
 * first, at most three a sentence), in sentence order. Pure: the same article gives the same
 * claims, and every span is an offset into `article.body`.
 */
export function extractClaims(article: Article): Claim[] {
  checkArticle(article)
  const { body } = article
  if (article.sentences.length === 0 || body.trim() === '') return []
  const { tokens, entities: winkEntities } = analyseBody(body)
  const views = viewSentences(article, tokens)
  const entities = resolveMentions(views.map((view) => findMentions(body, view.tokens)))
  const quotesOf = quoteSweep(findQuotes(body))
  const entitiesOf = entitySweep(winkEntities)
  const names = namesByKey(entities)
  const speakers = new Map<Quote, QuoteSpeaker>()
  let previousQuote: { quote: Quote; found: QuoteSpeaker } | undefined
  const published = parsePublished(article.published)
  const context: SpeakerContext = { lastEntity: {} }
  const claims: Claim[] = []
  views.forEach((view, s) => {
    const sentenceEntities = entities[s] ?? []
    const overlapping = quotesOf(view)
    for (const quote of overlapping) {
      if (speakers.has(quote)) continue
      const found = findQuoteSpeaker({
        body,
        quote,
        views,
        entities,
        context,
        ...(previousQuote ? { previous: previousQuote } : {}),
      })
      speakers.set(quote, found)
      previousQuote = { quote, found }
    }
    const subordinate = subordinateMask(view.tokens)
    const { attribution: found, speaker } = extractAttribution({
      body,
      tokens: view.tokens,
      entities: sentenceEntities,
      subordinate,
      quotes: overlapping.map((quote) => ({ quote, ...speakers.get(quote) })),
      start: view.start,
      end: view.end,
      context,
    })
    if (speaker && !speaker.anonymous && speaker.key) context.lastSpeaker = speaker
    const attribution = nameSpeaker(found, names)
    for (const entity of sentenceEntities) {
      if (entity.type === 'person' || entity.type === 'organisation')
        context.lastEntity[entity.type] = entity
    }
    if (!isAssertive(view) && !isQuotedSpeech(view, overlapping)) return
    const { dates, mask } = extractDates({
      body,
      tokens: view.tokens,
      entities: entitiesOf(view),
      published,
    })
    const sentence: SentenceFacts = {
      view,
      entities: sentenceEntities,
      numbers: extractNumbers(body, view.tokens, mask, sentenceEntities),
      dates,
      hedges: extractHedges(body, view.tokens),
      attribution,
    }
    const segments = splitFacts(view.tokens)
    segments.push(...quantityFacts(view.tokens, quantityAnchors(view, sentence), segments))
    for (const segment of segments) claims.push(factClaim(article, sentence, segment))
  })
  return claims
}
