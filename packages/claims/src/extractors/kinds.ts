import { SUBORDINATE_MODIFIERS, WIDER_ROLES } from '../lexicon/roles'
import type { Mention } from './mentions'

/**
 * The ways a later description may refer to a role: `senior counterintelligence agent` is also
 * `counterintelligence agent` and `agent`, `minority leader` is also `leader`, but `deputy
 * director` is never `director` and `former president` never `president`.
 */
export function roleKinds(description: string): string[] {
  const words = description.split(' ')
  const kinds: string[] = []
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && SUBORDINATE_MODIFIERS.has(words[i - 1] ?? '')) break
    kinds.push(`role:${words.slice(i).join(' ')}`)
  }
  const wider = WIDER_ROLES.get(words.at(-1) ?? '')
  if (wider && words.length === 1) kinds.push(`role:${wider}`)
  return kinds
}

/**
 * What a named mention can be the antecedent of: its organisation class and the nouns it is named
 * or described by (`noun:committee`, `class:company`), a kingdom, a person's roles and party.
 */
export function kindsOf(mention: Mention): string[] {
  const kinds: string[] = []
  if (mention.orgClass) kinds.push(`class:${mention.orgClass}`)
  if (mention.noun) kinds.push(`noun:${mention.noun}`)
  if (mention.kingdom) kinds.push('kingdom')
  for (const description of mention.descriptions ?? []) {
    if (mention.type === 'person') kinds.push(...roleKinds(description))
    else kinds.push(`noun:${description.split(' ').at(-1) ?? ''}`)
  }
  if (mention.party) {
    kinds.push(`affiliation:${mention.party}`)
    if (mention.state) kinds.push(`affiliation:${mention.party}:${mention.state.toLowerCase()}`)
  }
  return kinds
}
