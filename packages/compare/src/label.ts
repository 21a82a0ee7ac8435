import { similarity, words, type ClaimNode } from './features'
import {
  LABEL_OPENERS,
  LABEL_TRAILING_WORDS as FUNCTION_WORDS,
  LISTENER_VERBS,
  NEGATORS,
  RELATIVES,
  REPORTING_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
} from './lexicon/label'

/** A label is cut on a word boundary at about this many characters. */
const MAX_LABEL = 70
// An opening phrase longer than this is the sentence itself, not an aside before it.
const OPENING_WORDS = 10
// A reporting verb this far in still opens the sentence (`Amnesty representative Gil Naveh said`).
const SPEAKER_WORDS = 8
// `told the Wall Street Journal that…`: the listener sits between the verb and what is said.
const LISTENER_WORDS = 6

// A sentence like its own outlet's other sentences in the facet sums up that outlet's answer, but
// likeness across outlets says more about the shared question.
const SAME_OUTLET_SHARE = 0.5

/** The claim that best stands for the facet: the one most like the facet's other claims. */
function centralMember(members: ClaimNode[]): ClaimNode {
  let best = members[0]!
  let bestScore = -1
  for (const m of members) {
    let score = 0
    for (const other of members) {
      if (other === m) continue
      const s = similarity(m, other)
      score += other.articleIndex === m.articleIndex ? SAME_OUTLET_SHARE * s : s
    }
    if (score > bestScore) [best, bestScore] = [m, score]
  }
  return best
}

function stripQuotes(text: string): string {
  return text.replace(/^[\s“”"‘’']+/u, '').replace(/[\s“”"]+$/u, '')
}

/**
 * Drops an opening time phrase or connective set off by a comma (`In October,`, `However,`), and
 * a subordinate clause before the main one (`After the lawyer said that…, the judge reversed
 * herself`): the main clause is the news.
 */
function dropOpening(text: string): string {
  const comma = text.indexOf(',')
  if (comma < 0) return text
  const opening = words(text.slice(0, comma))
  const rest = text.slice(comma + 1).trim()
  const first = opening[0] ?? ''
  if (SUBORDINATORS.has(first) && words(rest).length >= 3 && !RELATIVES.has(words(rest)[0]!))
    return rest
  if (opening.length === 0 || opening.length > OPENING_WORDS) return text
  return LABEL_OPENERS.has(first) ? rest : text
}

/**
 * Drops `X said (that)` before what is said, and `, said X` / `, according to X` after it. A
 * pronoun opening what is said stands for the speaker (`The MoD claimed it never…`), so the
 * speaker's words take its place.
 */
function dropAttribution(text: string): string {
  const tokens = text.split(/\s+/)
  const limit = Math.min(tokens.length - 2, SPEAKER_WORDS)
  const first = words(tokens[0]!)[0] ?? ''
  // `After X said that…, Y did…`: the report is a subordinate clause, not the sentence's frame.
  if (!LABEL_OPENERS.has(first)) {
    for (let i = 1; i <= limit; i++) {
      const verb = tokens[i]!
      const word = words(verb)[0]
      const before = words(tokens[i - 1]!)[0] ?? ''
      if (!word || !REPORTING_VERBS.has(word) || /[,.;:][”"’]?$/u.test(tokens[i - 1]!)) continue
      // `the alleged hacking`, `neither confirmed nor denied`: not a report of speech.
      if (/[,;:]$/.test(verb) || FUNCTION_WORDS.has(before) || NEGATORS.has(before)) continue
      let next = i + 1
      if (LISTENER_VERBS.has(word)) {
        const that = tokens
          .slice(next, next + LISTENER_WORDS)
          .findIndex((t) => words(t)[0] === 'that')
        if (that < 0) continue
        next += that + 1
      } else if (words(tokens[next]!)[0] === 'that') next++
      const said = tokens.slice(next)
      const pronoun = words(said[0] ?? '')[0] ?? ''
      if (SUBJECT_PRONOUNS.has(pronoun)) return [...tokens.slice(0, i), ...said.slice(1)].join(' ')
      return said.join(' ')
    }
  }
  const trailing = new RegExp(
    `[,”"]+\\s*(?:${[...REPORTING_VERBS].join('|')}|according to)\\b.*$`,
    'iu',
  )
  return text.replace(trailing, '')
}

function trimEnd(text: string): string {
  let tokens = text.replace(/[\s.,;:!?…“”"]+$/u, '').split(/\s+/)
  while (tokens.length > 1 && FUNCTION_WORDS.has(words(tokens[tokens.length - 1]!)[0] ?? ''))
    tokens = tokens.slice(0, -1)
  return tokens.join(' ').replace(/[\s,;:“”"(]+$/u, '')
}

function cut(text: string): string {
  if (text.length <= MAX_LABEL) return trimEnd(text)
  const head = text.slice(0, MAX_LABEL + 1)
  const space = head.lastIndexOf(' ')
  return `${trimEnd(head.slice(0, space > 0 ? space : MAX_LABEL))}…`
}

/**
 * A short name for the question a facet answers: the main clause of its most central sentence,
 * without who said it, an opening time phrase or connective, and cut on a word boundary at about
 * 70 characters. Names stay as the outlet wrote them.
 */
export function labelFacet(members: ClaimNode[]): string {
  if (members.length === 0) return ''
  const text = stripQuotes(centralMember(members).claim.text.replace(/\s+/g, ' ').trim())
  let clause = stripQuotes(dropOpening(stripQuotes(dropAttribution(dropOpening(text)))))
  if (words(clause).length < 3) clause = text
  let label = cut(clause)
  // A quote cut open would read as a stray mark.
  if ((label.match(/“/gu) ?? []).length !== (label.match(/”/gu) ?? []).length)
    label = label.replace(/[“”]/gu, '')
  return label.charAt(0).toUpperCase() + label.slice(1)
}
