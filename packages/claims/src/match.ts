import type { Token } from './analyse'

interface PatternWord {
  word: string
  pos?: string
}

export interface Pattern<T> {
  words: PatternWord[]
  value: T
}

/** Compiles `word word:POS` patterns, longest first so the most specific cue wins. */
export function compilePatterns<T>(rows: ReadonlyArray<readonly [string, T]>): Pattern<T>[] {
  return rows
    .map(([text, value]) => ({
      words: text.split(' ').map((part) => {
        const [word = '', pos] = part.split(':')
        return pos ? { word, pos } : { word }
      }),
      value,
    }))
    .sort((a, b) => b.words.length - a.words.length)
}

function wordMatches(token: Token, word: PatternWord): boolean {
  if (word.pos && token.pos !== word.pos) return false
  return token.lower === word.word || token.lemma === word.word
}

/** How many tokens the pattern covers at `at`, or 0 when it does not match there. */
export function matchAt<T>(tokens: readonly Token[], at: number, pattern: Pattern<T>): number {
  const { words } = pattern
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k]
    const word = words[k]
    if (!token || !word || !wordMatches(token, word)) return 0
  }
  return words.length
}

export interface PatternHit<T> {
  first: number
  last: number
  value: T
}

// Patterns grouped by their first word, so each token is tried only against patterns that can
// start with it (by its form or its lemma).
const byFirstWord = new WeakMap<Pattern<unknown>[], Map<string, Pattern<unknown>[]>>()

function candidates<T>(patterns: Pattern<T>[], token: Token): Pattern<T>[] {
  let index = byFirstWord.get(patterns) as Map<string, Pattern<T>[]> | undefined
  if (!index) {
    index = new Map()
    for (const pattern of patterns) {
      const word = pattern.words[0]?.word ?? ''
      index.set(word, [...(index.get(word) ?? []), pattern])
    }
    byFirstWord.set(patterns, index)
  }
  const byForm = index.get(token.lower) ?? []
  const byLemma = token.lemma !== token.lower ? (index.get(token.lemma) ?? []) : []
  if (byLemma.length === 0) return byForm
  return [...byForm, ...byLemma].sort((a, b) => b.words.length - a.words.length)
}

/** Every non-overlapping match, scanning left to right and preferring the longest pattern. */
export function findPatterns<T>(tokens: readonly Token[], patterns: Pattern<T>[]): PatternHit<T>[] {
  const hits: PatternHit<T>[] = []
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]
    if (!token) continue
    for (const pattern of candidates(patterns, token)) {
      const length = matchAt(tokens, at, pattern)
      if (length > 0) {
        hits.push({ first: at, last: at + length - 1, value: pattern.value })
        at += length - 1
        break
      }
    }
  }
  return hits
}
