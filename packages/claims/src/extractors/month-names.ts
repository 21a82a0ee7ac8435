import type { Token } from '../analyse'
import { isGivenName } from '../lexicon/compromise-lexicon'
import { capitalised } from './mentions'
import { isTitle } from './titles'

// Months that are given names too (`Theresa May`, `April Ryan`, `June Carter`).
const NAMING_MONTHS = new Set(['april', 'may', 'june', 'august'])

/**
 * Whether the month name at `k` is part of a person's name rather than a date: after a given name
 * or a title (`Theresa May`, `Prime Minister May`), or before a surname where no word puts a time
 * there (`April Ryan asked`, not `In April Trump said`), and never before a day (`May 5`).
 */
export function monthInName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  if (!token || !capitalised(token) || !NAMING_MONTHS.has(token.lower)) return false
  const previous = tokens[k - 1]
  const next = tokens[k + 1]
  if (next && /^\d/.test(next.text)) return false
  if (previous && capitalised(previous) && (isGivenName(previous.lower) || isTitle(previous)))
    return true
  const surname = next !== undefined && capitalised(next) && next.pos === 'PROPN'
  const timed = previous !== undefined && (previous.pos === 'ADP' || previous.pos === 'DET')
  return surname && !timed && !isTitle(next)
}
