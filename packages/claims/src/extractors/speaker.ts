import type { Token } from '../analyse'
import { PRONOUNS, TITLES } from '../lexicon/roles'
import { ANONYMOUS_HEADS, SPEECH_VERBS } from '../lexicon/speech'
import { firstAtOrAfter } from '../sentences'
import type { Entity } from '../types'
import { pronounsOf } from './coreference'
import { ARTICLES } from '../lexicon/function-words'

export interface Speaker {
  text: string
  key?: string
  type?: Entity['type']
  anonymous: boolean
}

/** Who was last named as a source or mentioned, for pronoun speakers (`it added`). */
export interface SpeakerContext {
  lastSpeaker?: Speaker
  lastEntity: Partial<Record<'person' | 'organisation', Entity>>
}

const LONGEST_NAME = 200
const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON'])

const SKIPPED = new Set(['neither', 'either', 'not', 'never', 'also', 'further', 'even', 'only'])
const POSSESSIVES = new Set(['its', 'his', 'her', 'their'])

function inNounPhrase(token: Token | undefined): boolean {
  if (!token || SKIPPED.has(token.lower)) return false
  return NOMINAL.has(token.pos) || token.text === '-' || /^['’]s$/.test(token.text)
}

/** A reporting verb, including `claims`/`says` that the tagger read as plural nouns before `that`. */
export function isSpeechVerb(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]
  if (
    !token ||
    (!SPEECH_VERBS.has(token.lemma.replace(/s$/, '')) && !SPEECH_VERBS.has(token.lemma))
  )
    return false
  if (token.pos === 'VERB') return SPEECH_VERBS.has(token.lemma)
  // Only with a subject before it: `denied reports that …` is a noun.
  const previous = tokens[k - 1]
  return (
    token.pos === 'NOUN' &&
    token.lower.endsWith('s') &&
    tokens[k + 1]?.lower === 'that' &&
    previous !== undefined &&
    ['NOUN', 'PROPN', 'PRON'].includes(previous.pos)
  )
}

// Prepositions that tie a speaker to who they speak for (`a spokesperson for Meta`), as opposed
// to circumstances (`the ministry in a statement`), which are stepped over.
const AFFILIATIONS = new Set(['of', 'for', 'at', 'from'])

function extendOverOf(tokens: readonly Token[], first: number): number {
  let at = first
  while (AFFILIATIONS.has(tokens[at - 1]?.lower ?? '') && inNounPhrase(tokens[at - 2])) {
    at -= 1
    while (at > 0 && inNounPhrase(tokens[at - 1])) at--
  }
  return at
}

/** The noun phrase ending just before `verb` (skipping adverbs and auxiliaries), as token indices. */
export function subjectBefore(
  tokens: readonly Token[],
  verb: number,
): [number, number] | undefined {
  let last = verb - 1
  while (
    last >= 0 &&
    (['ADV', 'AUX', 'PART'].includes(tokens[last]?.pos ?? '') ||
      SKIPPED.has(tokens[last]?.lower ?? '')) &&
    !/^['’]s$/.test(tokens[last]?.text ?? '')
  )
    last--
  // `criticized by some Democrats for saying little`: a gerund after a preposition has no
  // subject of its own before it.
  const head = tokens[last]?.pos
  if ((head === 'ADP' || head === 'SCONJ') && tokens[verb]?.lower.endsWith('ing')) return undefined
  // `Whitfield, 54, has denied`: an appositive between commas is stepped over to the subject.
  let appositive: [number, number] | undefined
  if (tokens[last]?.text === ',') {
    const open = lastIndexBefore(tokens, last, ',')
    if (open > 0) {
      appositive = [open + 1, last - 1]
      last = open - 1
    }
  }
  // `The Competition and Markets Authority (CMA) said`: the acronym in brackets is no subject.
  if (tokens[last]?.text === ')') {
    const open = lastIndexBefore(tokens, last, '(')
    if (open > 0) last = open - 1
  }
  let first = last + 1
  while (first > 0 && inNounPhrase(tokens[first - 1])) first--
  first = extendOverOf(tokens, first)
  // `The ministry in a statement said`: step over one prepositional phrase to the subject, but
  // not to a day (`pushed back Friday on a report claiming …`).
  const before = tokens[first - 1]
  if (
    before?.pos === 'ADP' &&
    inNounPhrase(tokens[first - 2]) &&
    !isCalendarWord(tokens[first - 2])
  ) {
    last = first - 2
    first = last
    while (first > 0 && inNounPhrase(tokens[first - 1])) first--
    first = extendOverOf(tokens, first)
  }
  while (first <= last && tokens[first]?.pos === 'PUNCT') first++
  if (first > last || last < 0) return undefined
  // A description with a name beside it speaks as the name: `the Republican leader, Michael
  // Thibodeau, said` and `Michael Elliott, the executive director of …, a trade group, said`.
  if (ARTICLES.has(tokens[first]?.lower ?? '')) {
    if (appositive && isName(tokens, appositive)) return appositive
    if (tokens[first - 1]?.text === ',') {
      const end = first - 2
      let start = end
      while (start > 0 && tokens[start - 1]?.pos === 'PROPN') start--
      // Not the end of an opening phrase (`In an interview on Monday, the attorney general said`).
      const opening = tokens[start - 1]?.pos === 'ADP' || isCalendarWord(tokens[end])
      if (end >= 0 && !opening && isName(tokens, [start, end])) return [start, end]
    }
  }
  return [first, last]
}

// Days of the week, which the tagger takes for proper nouns but which name no one. Months are left
// out: `May` and `June` are names too (`Theresa May said`).
const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i

/** Whether a token is a weekday, which may stand where a speaker does but names no one. */
export function isCalendarWord(token: Token | undefined): boolean {
  return token !== undefined && CALENDAR.test(token.text)
}

/** Proper nouns only (`Michael Thibodeau`, `Sen. Maria Lopez`), as a name set off by commas is. */
function isName(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  if (first > last) return false
  for (let k = first; k <= last; k++) {
    const token = tokens[k]
    if (!token || (token.pos !== 'PROPN' && token.text !== '.')) return false
  }
  return true
}

function lastIndexBefore(tokens: readonly Token[], from: number, text: string): number {
  for (let k = from - 1; k >= 0 && k > from - 12; k--) if (tokens[k]?.text === text) return k
  return -1
}

/**
 * The noun phrase just after `verb` (`said Danna Ingleton, deputy director`); a description with a
 * name after it speaks as the name (`said a White House spokesman, Eric Schultz`).
 */
export function objectAfter(tokens: readonly Token[], verb: number): [number, number] | undefined {
  let last = verb
  while (inNounPhrase(tokens[last + 1])) last++
  if (last === verb) return undefined
  if (ARTICLES.has(tokens[verb + 1]?.lower ?? '') && tokens[last + 1]?.text === ',') {
    let end = last + 1
    while (tokens[end + 1]?.pos === 'PROPN') end++
    const closed = end + 1 >= tokens.length || tokens[end + 1]?.pos === 'PUNCT'
    if (end > last + 1 && closed && isName(tokens, [last + 2, end])) return [last + 2, end]
  }
  return [verb + 1, last]
}

/** Describes the speaker phrase: its text, the entity it names, and whether it leaves them unnamed. */
export function describeSpeaker(options: {
  body: string
  tokens: readonly Token[]
  span: [number, number]
  entities: readonly Entity[]
  context: SpeakerContext
}): Speaker | undefined {
  const { body, tokens, span, entities, context } = options
  const a = tokens[span[0]]
  const b = tokens[span[1]]
  if (!a || !b) return undefined
  const inside: Entity[] = []
  let end = b.end
  // Entities are in order and short: start a little before the phrase rather than at the top.
  for (let e = firstAtOrAfter(entities, a.start - LONGEST_NAME); e < entities.length; e++) {
    const entity = entities[e]
    if (!entity) break
    if (entity.start >= b.end) {
      // A title the tagger cut from the name after it (`said Press Secretary Josh Earnest`, with
      // `Josh` read as a verb): the person named is the speaker.
      const adjacent = /^\s+$/.test(body.slice(b.end, entity.start))
      if (adjacent && entity.type === 'person' && TITLES.has(b.lower)) {
        inside.push(entity)
        end = entity.end
      }
      break
    }
    if (entity.end > a.start) inside.push(entity)
  }
  // `he`, `his lawyer`: the person the article's pronoun resolution found, if it found one.
  const referent = pronounsOf(entities).find((p) => p.start === a.start)
  // A person speaks for themself; otherwise the owned thing is the source, not its owner
  // (`University of Toronto’s Citizen Lab` is Citizen Lab).
  const owned = inside.filter((e) => !/^['’]s\b/.test(body.slice(e.end, e.end + 2)))
  // Only an owner named (`Britain's competition regulator`): the source is not the owner. Of
  // several people, the one the phrase ends on is who speaks (`Obama campaign aide Robert Gibbs`);
  // one named only as an owner (`Grimm's lawyer`) still speaks through them.
  const named =
    owned.filter((e) => e.type === 'person').at(-1) ??
    inside.find((e) => e.type === 'person') ??
    owned.at(-1)
  const affiliated = named !== undefined && named.type !== 'person'
  // A name cut by the phrase's edge (`Competition and | Markets Authority said`) is given whole.
  const from = Math.min(a.start, ...inside.map((e) => e.start))
  const text = body.slice(from, end)
  const heads = tokens
    .slice(span[0], span[1] + 1)
    .filter((t) => t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN')
  // The head is the last word before any prepositional phrase (`NSO sources`, `a spokesperson
  // for Meta`).
  const spanTokens = tokens.slice(span[0], span[1] + 1)
  const preposition = spanTokens.findIndex((t) => t.pos === 'ADP')
  const beforePreposition = preposition > 0 ? spanTokens.slice(0, preposition) : spanTokens
  // The tagger may call `people` a verb; the head is the last word that is no modifier.
  const content = beforePreposition.filter((t) => !['ADJ', 'DET', 'PUNCT', 'NUM'].includes(t.pos))
  const head = (content.at(-1) ?? b).lower
  if (span[0] === span[1] && PRONOUNS.has(a.lower)) {
    if (referent) return { text, key: referent.key, type: referent.type, anonymous: false }
    return resolvePronoun(text, a.lower, context)
  }
  const anonymous = (!named || affiliated) && ANONYMOUS_HEADS.has(head)
  // `its representatives`, `her spokesman`: the owner is the entity the pronoun refers to.
  if (!named && POSSESSIVES.has(a.lower)) {
    const found = referent ?? (a.lower === 'its' ? context.lastEntity.organisation : undefined)
    const key = found ? { key: found.key, type: found.type } : {}
    return { text, ...key, anonymous }
  }
  if (!named && !anonymous && !heads.some((t) => t.pos !== 'PRON')) return undefined
  // An unnamed source is keyed by the body it speaks for (`NSO sources`), never by a nationality
  // (`a European official`): two outlets' European officials need not be one source.
  const keyed = named && (!anonymous || named.type === 'organisation' || named.type === 'court')
  return { text, ...(keyed ? { key: named.key, type: named.type } : {}), anonymous }
}

/**
 * A pronoun the article-wide resolution left open: `he` and `she` stay unnamed (the last speaker
 * need not be the one meant); `it` and `they` take the last speaker or entity of a fitting kind.
 */
function resolvePronoun(text: string, pronoun: string, context: SpeakerContext): Speaker {
  const wants = PRONOUNS.get(pronoun)
  if (wants === 'person') return { text, anonymous: false }
  const last = context.lastSpeaker
  if (last && !last.anonymous && (wants === 'any' || last.type === wants)) return { ...last, text }
  const entity = context.lastEntity.organisation
  return entity
    ? { text, key: entity.key, type: entity.type, anonymous: false }
    : { text, anonymous: false }
}
