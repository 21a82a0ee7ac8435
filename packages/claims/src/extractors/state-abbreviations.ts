import type { Token } from '../analyse'
import { POSTAL_CODES, STATE_ABBREVIATIONS } from '../lexicon/us-states'
import type { Mention } from './mentions'
import { capitalised } from './mentions'

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Longest first, so `W. Va.` wins over `Va.`; a letter right after means a longer word.
const ABBREVIATION = new RegExp(
  `^(?:${[...STATE_ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?!\\p{L})`,
  'u',
)
/** The letters before an abbreviation's first full stop (`Calif` of `Calif.`, `N` of `N.Y.`). */
function stem(text: string): string {
  const dot = text.indexOf('.')
  return dot === -1 ? text : text.slice(0, dot)
}

// Only tokens that start like an abbreviation or a postal code are matched against the body.
const STEMS = new Set([...STATE_ABBREVIATIONS.keys(), ...POSTAL_CODES.keys()].map(stem))
const LONGEST = Math.max(...[...STATE_ABBREVIATIONS.keys()].map((k) => k.length))

/** The last non-space character before `offset`. */
function charBefore(body: string, offset: number): string {
  let at = offset - 1
  while (at >= 0 && body[at] === ' ') at--
  return body[at] ?? ''
}

const AFFILIATION = /[DRI][-–]$/

/**
 * US states written the AP way (`Aventura, Fla.`, `(D-N.Y.)`, `Wash.`), and as postal codes after a
 * party letter (`R-TX`): one mention each, named in full so every spelling shares the key
 * (`place:florida`). The tokenizer may cut an abbreviation in pieces (`N` `.` `Y.`), so the body is
 * matched, then mapped back to tokens.
 */
export function findStateAbbreviations(
  body: string,
  tokens: readonly Token[],
  taken: boolean[],
): Mention[] {
  const found: Mention[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]
    if (!token || taken[k] || !capitalised(token) || !STEMS.has(stem(token.text))) continue
    const before = charBefore(body, token.start)
    let end = -1
    let name: string | undefined
    const matched = ABBREVIATION.exec(body.slice(token.start, token.start + LONGEST + 1))?.[0]
    const entry = matched ? STATE_ABBREVIATIONS.get(matched) : undefined
    if (matched && entry && (!entry.needsContext || /[,(\-–]/.test(before))) {
      end = token.start + matched.length
      name = entry.name
    } else if (STATE_ABBREVIATIONS.has(`${token.text}.`) && /[(\-–]/.test(before)) {
      // `(D-Calif)`: the full stop left out in an affiliation.
      name = STATE_ABBREVIATIONS.get(`${token.text}.`)?.name
      end = token.end
    } else if (
      /^[A-Z]{2}$/.test(token.text) &&
      AFFILIATION.test(body.slice(Math.max(0, token.start - 2), token.start))
    ) {
      name = POSTAL_CODES.get(token.text)
      end = token.end
    }
    if (name === undefined || end === -1) continue
    let last = k
    while ((tokens[last + 1]?.start ?? Infinity) < end && !taken[last + 1]) last++
    const final = tokens[last]
    if (!final) continue
    for (let j = k; j <= last; j++) taken[j] = true
    const stop = Math.min(end, final.end)
    found.push({
      first: k,
      last,
      start: token.start,
      end: stop,
      text: body.slice(token.start, stop),
      type: 'place',
      name,
      form: 'name',
    })
    k = last
  }
  return found
}
