import type { Article } from '@parallax/article'
import type {
  Attribution,
  Claim,
  DateMention,
  EntityType,
  Hedge,
  Negation,
  NumberMention,
} from '@parallax/claims'

/** An article whose body is its sentences joined by spaces, one paragraph. */
export function makeArticle(id: string, outlet: string, sentences: string[]): Article {
  let body = ''
  const parsed = sentences.map((text, index) => {
    if (body) body += ' '
    const start = body.length
    body += text
    return { index, paragraph: 0, start, end: body.length, text }
  })
  return {
    id,
    outlet,
    title: `${outlet} story`,
    body,
    paragraphs: [{ index: 0, start: 0, end: body.length }],
    sentences: parsed,
  }
}

export interface ClaimSpec {
  entities?: [text: string, key: string, type: EntityType][]
  numbers?: Omit<NumberMention, 'start' | 'end'>[]
  dates?: Omit<DateMention, 'start' | 'end'>[]
  hedges?: Omit<Hedge, 'start' | 'end'>[]
  negations?: { text: string; kind: Negation['kind']; scope: string }[]
  attribution?: Omit<Attribution, 'quote'>
  /** The directly quoted words, located in the sentence like every mention. */
  quote?: string
  terms?: string[]
  predicate?: string
}

/** A claim on sentence `index` of `article`, with each mention located by its words in the sentence. */
export function makeClaim(article: Article, index: number, spec: ClaimSpec = {}): Claim {
  const sentence = article.sentences[index]!
  const at = (text: string) => {
    const offset = sentence.text.indexOf(text)
    if (offset < 0) throw new Error(`"${text}" is not in sentence ${index}: ${sentence.text}`)
    return { start: sentence.start + offset, end: sentence.start + offset + text.length }
  }
  const negations = (spec.negations ?? []).map((n) => ({
    ...at(n.text),
    text: n.text,
    kind: n.kind,
    scope: at(n.scope),
  }))
  return {
    article: article.id,
    sentence: index,
    start: sentence.start,
    end: sentence.end,
    span: { start: sentence.start, end: sentence.end },
    fact: 'main',
    text: sentence.text,
    entities: (spec.entities ?? []).map(([text, key, type]) => ({ ...at(text), text, key, type })),
    numbers: (spec.numbers ?? []).map((n) => ({ ...at(n.text), ...n })),
    dates: (spec.dates ?? []).map((d) => ({ ...at(d.text), ...d })),
    hedges: (spec.hedges ?? []).map((h) => ({ ...at(h.text), ...h })),
    negations,
    negated: negations.length > 0,
    attribution: {
      ...(spec.attribution ?? { kind: 'outlet' }),
      ...(spec.quote !== undefined && { quote: at(spec.quote) }),
    },
    terms: spec.terms ?? [],
    ...(spec.predicate !== undefined && { predicate: spec.predicate }),
  }
}
