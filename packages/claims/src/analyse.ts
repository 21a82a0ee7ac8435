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

// The model takes ~70 ms to instantiate, so it is built on first use and kept for the process.
let wink: WinkMethods | undefined

function getWink(): WinkMethods {
  wink ??= winkNLP(model)
  return wink
}

/**
 * Runs wink-nlp once over the whole body (one pass is several times faster than one per sentence)
 * and locates every token in the body so later steps work on offsets, never on copies.
 */
export function analyseBody(body: string): Analysis {
  const nlp = getWink()
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
