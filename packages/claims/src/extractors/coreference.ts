import type { Entity } from '../types'
import { collectFullNames, resolveName } from './full-names'
import type { Resolved } from './full-names'
import { kindsOf } from './kinds'
import type { Mention } from './mentions'
import type { Candidate } from './pronouns'
import { PronounContext } from './pronouns'

/** An entity as the antecedent of one kind, and where it was named. */
interface Latest {
  resolved: Resolved
  order: number
  sentence: number
}

/**
 * The most recent entity of each kind, so `the ministry` finds its antecedent in one look-up; and
 * the most recent one named before the current sentence, for `Acme bought the firm`.
 */
class History {
  private readonly latest = new Map<string, Latest>()
  private readonly before = new Map<string, Latest>()

  set(kind: string, entry: Latest): void {
    const current = this.latest.get(kind)
    if (current && current.sentence < entry.sentence) this.before.set(kind, current)
    this.latest.set(kind, entry)
  }

  /** The most recent entity of any of these kinds, or only from sentences before `sentence`. */
  find(kinds: readonly string[], sentence?: number): Latest | undefined {
    let best: Latest | undefined
    for (const kind of kinds) {
      const current = this.latest.get(kind)
      const candidate =
        sentence === undefined || (current && current.sentence < sentence)
          ? current
          : this.before.get(kind)
      if (candidate && (!best || candidate.order > best.order)) best = candidate
    }
    return best
  }
}

// How far ahead a description may point when nothing before it fits: a lede often says `the
// human rights organization` a sentence before it names Amnesty International.
const CATAPHORA_SENTENCES = 2
const CATAPHORA_MENTIONS = 12

function resolveAhead(
  mention: Mention,
  ahead: readonly (readonly Mention[])[],
  resolvedAhead: (later: Mention) => { resolved: Resolved; kinds: ReadonlySet<string> } | undefined,
): Resolved | undefined {
  const wants = [...(mention.wants ?? []), ...(mention.fallback ?? [])]
  let looked = 0
  for (const sentence of ahead.slice(0, CATAPHORA_SENTENCES + 1)) {
    for (const later of sentence) {
      if (++looked > CATAPHORA_MENTIONS) return undefined
      if (later.form !== 'name' || later.start <= mention.start) continue
      const found = resolvedAhead(later)
      if (found && wants.some((w) => found.kinds.has(w))) return found.resolved
    }
  }
  return undefined
}

/** The subject named first after token `from` (`During his term, Roe …` → `Roe`). */
function subjectAfter(mentions: readonly Mention[], from: number): Mention | undefined {
  return mentions.find(
    (m) => m.first > from && m.subject && m.form !== 'pronoun' && m.form !== 'anaphor',
  )
}

function asCandidate(resolved: Resolved, gender?: 'male' | 'female'): Candidate {
  return { resolved, type: resolved.type, subject: true, ...(gender ? { gender } : {}) }
}

/** Everything the article says about each entity, wherever it says it. */
interface EntityFacts {
  kinds: Set<string>
  gender?: 'male' | 'female'
}

/**
 * What the pronouns of a sentence refer to, for finding who speaks (`he said` is the senator). A
 * pronoun is no entity of its claim: it would make every sentence about the article's main person
 * look alike to the comparison (on the real-news dev set, two gold facets fewer were grouped with
 * pronouns among the entities than without).
 */
const resolvedPronouns = new WeakMap<readonly Entity[], readonly Entity[]>()

/** The resolved pronouns of one sentence, given the entities `resolveMentions` returned for it. */
export function pronounsOf(sentence: readonly Entity[]): readonly Entity[] {
  return resolvedPronouns.get(sentence) ?? []
}

/**
 * Gives every mention of one article its canonical key: full names key themselves; a surname
 * (`Barkai`, `Mr. Barkai`), a short form (`Amnesty`) or an acronym defined by the text (`MoD` for
 * `Ministry of Defense`) takes the key of the full name; `the ministry`, `the firm`, `the
 * kingdom`, `the senator` take the key of the nearest earlier entity called or introduced that way
 * (or, failing that, one named just after); `he`, `she` and `its` take the nearest fitting subject
 * (see `pronounsOf`). Descriptions and pronouns with no antecedent are dropped.
 */
export function resolveMentions(sentences: readonly (readonly Mention[])[]): Entity[][] {
  const all = sentences.flat()
  // A gender said once (`Mr. Roe`, `Jane Roe`) holds for every mention of that person.
  const genders = new Map<string, 'male' | 'female'>()
  const names = collectFullNames(all)
  for (const mention of all) {
    if (mention.form === 'anaphor' || mention.form === 'pronoun' || !mention.gender) continue
    genders.set(resolveName(mention, names, new Map()).key, mention.gender)
  }
  const byMention = new Map<Mention, Resolved>()
  const facts = new Map<string, EntityFacts>()
  for (const mention of all) {
    if (mention.form === 'anaphor' || mention.form === 'pronoun') continue
    const resolved = resolveName(mention, names, genders)
    // `Amnesty says …`: an everyday word is a name only as a short form of one the article gives.
    if (mention.uncertain && resolved.mention === mention) continue
    byMention.set(mention, resolved)
    const entry = facts.get(resolved.key) ?? { kinds: new Set<string>() }
    for (const kind of kindsOf(mention)) entry.kinds.add(kind)
    const gender = genders.get(resolved.key)
    if (gender) entry.gender = gender
    facts.set(resolved.key, entry)
  }
  const factsOf = (key: string): EntityFacts => {
    const known = facts.get(key) ?? { kinds: new Set<string>() }
    facts.set(key, known)
    return known
  }
  const ahead = (later: Mention) => {
    const resolved = byMention.get(later)
    return resolved ? { resolved, kinds: factsOf(resolved.key).kinds } : undefined
  }
  const history = new History()
  const pronouns = new PronounContext()
  let order = 0
  return sentences.map((mentions, s) => {
    const entities: Entity[] = []
    const referring: Entity[] = []
    pronouns.startSentence(s)
    // The subject after a sentence's opening phrase, found once for all its pronouns.
    let opening: Mention | undefined | null = null
    for (const mention of mentions) {
      let resolved: Resolved | undefined
      if (mention.form === 'pronoun') {
        if (mention.fronted !== undefined && opening === null)
          opening = subjectAfter(mentions, mention.fronted) ?? undefined
        const ahead = mention.fronted !== undefined ? (opening ?? undefined) : undefined
        const candidate = ahead && byMention.get(ahead)
        resolved = pronouns.resolve(
          mention,
          candidate ? asCandidate(candidate, factsOf(candidate.key).gender) : undefined,
        )
      } else if (mention.form === 'anaphor') {
        // `Acme bought the firm`: an object is not its own sentence's subject, so it looks only
        // at what earlier sentences named.
        const before = mention.object ? s : undefined
        resolved =
          (
            history.find(mention.wants ?? [], before) ??
            history.find(mention.fallback ?? [], before)
          )?.resolved ??
          (mention.object
            ? undefined
            : resolveAhead(mention, sentences.slice(s, s + CATAPHORA_SENTENCES + 1), ahead))
        // What a description calls its antecedent, the article may call it again (`the company`).
        for (const want of mention.wants?.slice(0, 1) ?? [])
          if (resolved && want.startsWith('noun:')) factsOf(resolved.key).kinds.add(want)
      } else resolved = byMention.get(mention)
      if (!resolved) continue
      const own = factsOf(resolved.key)
      for (const kind of own.kinds) history.set(kind, { resolved, order, sentence: s })
      order++
      pronouns.add(mention, resolved, own.gender)
      const entity: Entity = {
        start: mention.start,
        end: mention.end,
        text: mention.text,
        key: resolved.key,
        ...(resolved.mention.name ? { name: resolved.mention.name } : {}),
        type: resolved.type,
        ...(mention.role !== undefined ? { role: mention.role } : {}),
      }
      if (mention.form === 'pronoun') referring.push(entity)
      else entities.push(entity)
    }
    if (referring.length > 0) resolvedPronouns.set(entities, referring)
    return entities
  })
}
