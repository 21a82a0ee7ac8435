import type { Article } from '@parallax/article'
import { analyseBody } from './analyse'
import type { WinkEntity } from './analyse'
import { ClaimsError } from './errors'
import { extractAttribution } from './extractors/attribution'
import { resolveMentions } from './extractors/coreference'
import { extractDates } from './extractors/dates'
import { findMentions } from './extractors/entities'
import { extractHedges } from './extractors/hedges'
import { extractNegation } from './extractors/negation'
import { extractNumbers } from './extractors/numbers'
import { extractPredicate } from './extractors/predicate'
import { findQuoteSpeaker } from './extractors/quote-speakers'
import type { QuoteSpeaker } from './extractors/quote-speakers'
import { findQuotes } from './extractors/quotes'
import type { Quote } from './extractors/quotes'
import type { SpeakerContext } from './extractors/speaker'
import { extractTerms } from './extractors/terms'
import { subordinateMask } from './regions'
import type { SentenceView } from './sentences'
import { viewSentences } from './sentences'
import type { Claim, Hedge, Negation } from './types'

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

/** A sentence asserts something when it has a verb and is not a question (`Does the firm …?`). */
function isAssertive(view: SentenceView): boolean {
  const words = view.tokens.filter((t) => t.kind !== 'punctuation')
  const hasVerb = view.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  return words.length >= 3 && hasVerb && !/\?[\s"”’)]*$/.test(view.text)
}

function entitiesOf(view: SentenceView, all: readonly WinkEntity[]): WinkEntity[] {
  const first = view.tokens[0]?.i
  const last = view.tokens.at(-1)?.i
  if (first === undefined || last === undefined) return []
  return all.filter((e) => e.first >= first && e.last <= last)
}

/**
 * The claims of an article: one per sentence that asserts something, in sentence order. Pure: the
 * same article gives the same claims, and every span is an offset into `article.body`.
 */
export function extractClaims(article: Article): Claim[] {
  checkArticle(article)
  const { body } = article
  if (article.sentences.length === 0 || body.trim() === '') return []
  const { tokens, entities: winkEntities } = analyseBody(body)
  const views = viewSentences(article, tokens)
  const entities = resolveMentions(views.map((view) => findMentions(body, view.tokens)))
  const quotes = findQuotes(body)
  const speakers = new Map<Quote, QuoteSpeaker>()
  let previousQuote: { quote: Quote; found: QuoteSpeaker } | undefined
  const published = parsePublished(article.published)
  const context: SpeakerContext = { lastEntity: {} }
  const claims: Claim[] = []
  views.forEach((view, s) => {
    const sentenceEntities = entities[s] ?? []
    const overlapping = quotes.filter((q) => q.inner.start < view.end && q.inner.end > view.start)
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
    const { attribution, speaker } = extractAttribution({
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
    for (const entity of sentenceEntities) {
      if (entity.type === 'person' || entity.type === 'organisation')
        context.lastEntity[entity.type] = entity
    }
    if (!isAssertive(view)) return
    const { dates, mask } = extractDates({
      body,
      tokens: view.tokens,
      entities: entitiesOf(view, winkEntities),
      published,
    })
    const { negations, negated } = extractNegation(body, view.tokens, subordinate)
    const predicate = extractPredicate(view.tokens, subordinate)
    claims.push({
      article: article.id,
      sentence: view.index,
      start: view.start,
      end: view.end,
      text: view.text,
      entities: sentenceEntities,
      numbers: extractNumbers(body, view.tokens, mask),
      dates,
      attribution,
      hedges: withoutNoComment(extractHedges(body, view.tokens), negations),
      negations,
      negated,
      terms: extractTerms(view.tokens),
      ...(predicate !== undefined ? { predicate } : {}),
    })
  })
  return claims
}
