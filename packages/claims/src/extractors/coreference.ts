import { entityKey } from '../keys'
import type { Entity } from '../types'
import type { Mention } from './mentions'

const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in'])

function initials(name: string, withFunctionWords: boolean): string {
  return name
    .split(/\s+/)
    .filter((w) => withFunctionWords || !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase()
}

interface Resolved {
  mention: Mention
  key: string
  type: Entity['type']
}

/** What the article names in full, so short forms can be matched to it whatever their order. */
interface FullNames {
  bySurname: Map<string, Resolved[]>
  byFirstWord: Map<string, Resolved[]>
  byInitials: Map<string, Resolved[]>
}

function push(map: Map<string, Resolved[]>, word: string, resolved: Resolved): void {
  const list = map.get(word) ?? []
  if (!list.some((r) => r.key === resolved.key)) list.push(resolved)
  map.set(word, list)
}

function collectFullNames(mentions: readonly Mention[]): FullNames {
  const names: FullNames = { bySurname: new Map(), byFirstWord: new Map(), byInitials: new Map() }
  mentions.forEach((mention, m) => {
    const previous = mentions[m - 1]
    // `Acme Widget Holdings (AWH)`: an acronym in brackets right after a name defines it,
    // whatever its letters.
    if (
      mention.form === 'acronym' &&
      previous?.form === 'name' &&
      mention.start - previous.end === 2
    ) {
      if (previous.type === 'organisation' || previous.type === 'court') {
        const defined = {
          mention: previous,
          key: entityKey(previous.type, previous.name),
          type: previous.type,
        }
        push(names.byInitials, mention.name.toLowerCase(), defined)
      }
    }
    if (mention.form !== 'name') return
    const resolved = { mention, key: entityKey(mention.type, mention.name), type: mention.type }
    const parts = mention.name.split(/\s+/)
    if (mention.type === 'person' && parts.length > 1) {
      push(names.bySurname, (parts.at(-1) ?? '').toLowerCase(), resolved)
    } else if (mention.type === 'organisation' || mention.type === 'court') {
      if (parts.length > 1) {
        push(names.byFirstWord, (parts[0] ?? '').toLowerCase(), resolved)
        push(names.byInitials, initials(mention.name, true), resolved)
        push(names.byInitials, initials(mention.name, false), resolved)
      }
    }
  })
  return names
}

// Several full names share a short form: the nearest one before the mention, else the first.
function pick(candidates: readonly Resolved[] | undefined, position: number): Resolved | undefined {
  if (!candidates || candidates.length === 0) return undefined
  const before = candidates.filter((c) => c.mention.start <= position)
  return before.at(-1) ?? candidates[0]
}

/** The most recent entity of one kind, so `the ministry` finds its antecedent in one look-up. */
interface Latest {
  resolved: Resolved
  order: number
}

/** The kinds of antecedent a mention can serve as: its organisation class, a kingdom, a judge. */
function kindsOf(mention: Mention): string[] {
  const kinds: string[] = []
  if (mention.orgClass) kinds.push(mention.orgClass)
  if (mention.kingdom) kinds.push('kingdom')
  if (mention.type === 'person' && /judge|justice/i.test(mention.role ?? '')) kinds.push('judge')
  return kinds
}

function fits(mention: Mention, wants: NonNullable<Mention['wants']>): boolean {
  return wants.some((want) => {
    if (want === 'kingdom') return mention.kingdom === true
    if (want === 'judge')
      return mention.type === 'person' && /judge|justice/i.test(mention.role ?? '')
    return mention.orgClass === want
  })
}

// How far ahead a description may point when nothing before it fits: a lede often says `the
// human rights organization` a sentence before it names Amnesty International.
const CATAPHORA_SENTENCES = 2
const CATAPHORA_MENTIONS = 12

function resolveAhead(
  mention: Mention,
  ahead: readonly (readonly Mention[])[],
): Resolved | undefined {
  const wants = mention.wants ?? []
  let looked = 0
  for (const sentence of ahead.slice(0, CATAPHORA_SENTENCES + 1)) {
    for (const later of sentence) {
      if (++looked > CATAPHORA_MENTIONS) return undefined
      if (later.form === 'name' && later.start > mention.start && fits(later, wants)) {
        return { mention: later, key: entityKey(later.type, later.name), type: later.type }
      }
    }
  }
  return undefined
}

/**
 * Gives every mention of one article its canonical key: full names key themselves; a surname
 * (`Barkai`), a short form (`Amnesty`) or an acronym defined by the text (`MoD` for `Ministry of
 * Defense`) takes the key of the full name; `the ministry`, `the firm`, `the kingdom` take the key
 * of the nearest earlier entity of the right kind (or, failing that, one named just after), and
 * are dropped when there is none.
 */
export function resolveMentions(sentences: readonly (readonly Mention[])[]): Entity[][] {
  const names = collectFullNames(sentences.flat())
  const history = new Map<string, Latest>()
  let order = 0
  return sentences.map((mentions, s) => {
    const entities: Entity[] = []
    // `Acme bought the firm`: an object is not its own sentence's subject, so it looks only
    // at what earlier sentences named.
    const earlier = new Map(history)
    for (const mention of mentions) {
      const resolved =
        resolveOne(mention, names, mention.object ? earlier : history) ??
        (mention.form === 'anaphor' && !mention.object
          ? resolveAhead(mention, sentences.slice(s))
          : undefined)
      if (!resolved) continue
      for (const want of kindsOf(resolved.mention)) history.set(want, { resolved, order })
      order++
      entities.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        key: resolved.key,
        ...(resolved.mention.name ? { name: resolved.mention.name } : {}),
        type: resolved.type,
        ...(mention.role !== undefined ? { role: mention.role } : {}),
      })
    }
    return entities
  })
}

function resolveOne(
  mention: Mention,
  names: FullNames,
  history: ReadonlyMap<string, Latest>,
): Resolved | undefined {
  const word = mention.name.toLowerCase()
  if (mention.form === 'anaphor') {
    let best: Latest | undefined
    for (const want of mention.wants ?? []) {
      const candidate = history.get(want)
      if (candidate && (!best || candidate.order > best.order)) best = candidate
    }
    return best?.resolved
  }
  if (mention.form === 'acronym') {
    const full = pick(names.byInitials.get(word), mention.start)
    if (full) return full
  }
  if (mention.form === 'single' || (mention.type === 'person' && !word.includes(' '))) {
    const person = pick(names.bySurname.get(word), mention.start)
    if (person)
      return {
        mention: {
          ...mention,
          name: person.mention.name,
          role: mention.role ?? person.mention.role,
        },
        key: person.key,
        type: 'person',
      }
    const org = names.byFirstWord.get(word)
    if (org?.length === 1 && org[0]) return org[0]
  }
  return { mention, key: entityKey(mention.type, mention.name), type: mention.type }
}
