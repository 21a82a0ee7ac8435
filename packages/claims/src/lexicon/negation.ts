import type { NegationKind } from '../types'

/**
 * Negation cues as token patterns (same syntax as the hedge patterns). Longer patterns win, so
 * `did not comment` is one no-comment cue rather than a bare `not`.
 */
export const NEGATION_PATTERNS: ReadonlyArray<readonly [string, NegationKind]> = [
  ['decline to comment', 'no-comment'],
  ['refuse to comment', 'no-comment'],
  ['would not comment', 'no-comment'],
  ['could not comment', 'no-comment'],
  ['do not comment', 'no-comment'],
  ['do not immediately comment', 'no-comment'],
  ['do not respond', 'no-comment'],
  ['do not immediately respond', 'no-comment'],
  ['could not be reached', 'no-comment'],
  ['be not available for comment', 'no-comment'],
  ['no comment', 'no-comment'],
  ['decline:VERB', 'refusal'],
  ['refuse:VERB', 'refusal'],
  ['reject:VERB', 'refusal'],
  ['deny:VERB', 'denial'],
  ['denial', 'denial'],
  ['dispute:VERB', 'denial'],
  ['never', 'never'],
  ['not', 'not'],
  ["n't", 'not'],
  ['no:DET', 'not'],
  ['nothing', 'not'],
  ['none', 'not'],
  ['nobody', 'not'],
]

/** Cues that look negative but assert (`not only … but also`, `no longer` stays negative). */
export const NOT_NEGATIONS: ReadonlyArray<string> = [
  'not only',
  'not just',
  'not least',
  'nothing but',
]

/** Words that end a negation's scope: a new clause starts after them. */
export const SCOPE_BREAKS = new Set([
  ';',
  ':',
  '—',
  '–',
  'but',
  'while',
  'whereas',
  'although',
  'though',
])
