/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's its.* helpers are free functions meant to be passed by reference. */
import winkNLP from 'wink-nlp'
import type { ItemEntity, WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** One word or punctuation mark of the body, with its offsets and what wink-nlp says about it. */
export interface Token {
  /** Position in the article's token array. */
  i: number
  text: string
  start: number
  end: number
  /** Lower case form. */
  lower: string
  pos: string
  lemma: string
  stop: boolean
  /** wink-nlp's lexical type: `word`, `number`, `currency`, `punctuation`, `ordinal`, ... */
  kind: string
}

/** A named entity as wink-nlp's NER finds it (dates, times, numbers, money), as token indices. */
export interface WinkEntity {
  type: string
  first: number
  last: number
}

export interface Analysis {
  tokens: Token[]
  entities: WinkEntity[]
}

/** A feature table of wink-nlp's model: the part it writes to as it reads. */
interface FeatureTable {
  hash: Record<string, number>
  list: unknown[]
  index: number
}

interface CoreModel {
  features: Record<string, unknown>
}

const isTable = (f: unknown): f is FeatureTable =>
  typeof f === 'object' && f !== null && 'hash' in f && 'list' in f

// Loading the model's tables takes ~125 ms: done once, then each reader gets a copy-on-write view.
let pristine: { core: CoreModel; metaCER: unknown } | undefined

/**
 * A wink-nlp reader that has read nothing yet. wink-nlp adds every new word to its model's tables
 * as it reads, and those words change how later text is split (`Obama’s` is one token once
 * `obama’s` is known, two before), so a reader shared across articles gives one article different
 * tokens, tags and so claims depending on what it read before. Each body gets a fresh reader over
 * the pristine tables: its new words go to its own layer (a hash whose prototype is the pristine
 * one, and a copied list), so a reader costs ~10 ms instead of a model load. The model's CER
 * loader re-encodes its data on every call, so it is called once too.
 */
function freshWink(): WinkMethods {
  // The model's typings leave its loaders `unknown`; they are the functions wink-nlp itself calls.
  const loaders = model as unknown as { core: () => CoreModel; metaCER: () => unknown }
  pristine ??= { core: loaders.core(), metaCER: loaders.metaCER() }
  const { core, metaCER } = pristine
  const features: Record<string, unknown> = {}
  for (const [name, table] of Object.entries(core.features)) {
    features[name] = isTable(table)
      ? {
          ...table,
          hash: Object.create(table.hash) as Record<string, number>,
          list: [...table.list],
        }
      : table
  }
  return winkNLP({ ...model, core: () => ({ ...core, features }), metaCER: () => metaCER })
}

/**
 * Runs wink-nlp once over the whole body (one pass is several times faster than one per sentence)
 * and locates every token in the body so later steps work on offsets, never on copies.
 */
export function analyseBody(body: string): Analysis {
  const nlp = freshWink()
  const its = nlp.its
  const doc = nlp.readDoc(body)
  const texts = doc.tokens().out()
  const pos = doc.tokens().out(its.pos)
  // wink-nlp's typings give its.lemma an addon parameter the model supplies; the call is the documented one.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value)
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[]
  const kinds = doc.tokens().out(its.type)
  const tokens: Token[] = []
  let cursor = 0
  texts.forEach((text, i) => {
    const found = body.indexOf(text, cursor)
    // wink-nlp keeps the original characters; the fallback only guards against a mismatch.
    const start = found === -1 ? cursor : found
    const end = found === -1 ? cursor : start + text.length
    cursor = end
    tokens.push({
      i,
      text,
      start,
      end,
      lower: text.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? text).toLowerCase(),
      stop: stops[i] ?? false,
      kind: kinds[i] ?? 'word',
    })
  })
  const entities: WinkEntity[] = []
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number]
    entities.push({ type: entity.out(its.type), first, last })
  })
  return { tokens, entities }
}
