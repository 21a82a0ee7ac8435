import type { Token } from '../analyse'
import { givenNameGender } from '../lexicon/compromise-lexicon'
import { CLASS_BY_NOUN } from '../lexicon/organisations'
import {
  GENDERED,
  HONORIFICS,
  PARTY_LETTERS,
  PARTY_NOUNS,
  PERSON_NOUNS,
  roleWord,
  TITLE_TAILS,
  TITLES,
} from '../lexicon/roles'
import { stateNamed } from '../lexicon/us-states'
import { placeAt } from './anaphors'
import type { Mention } from './mentions'
import { capitalised } from './mentions'
import { ARTICLES } from '../lexicon/function-words'

const THIRD_PERSON_POSSESSIVES = new Set(['his', 'her', 'its', 'their'])
const STOPS = new Set([',', '.', ';', ':', '—', '–', '(', ')', '“', '”', '"'])
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom'])
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN'])
const LONGEST_PHRASE = 8

function isPossessiveMark(token: Token | undefined): boolean {
  return token !== undefined && /^['’]s?$/.test(token.text)
}

/** Whether a lower-case noun says what a person is (`lawyer`, `senator`, `suspect`). */
function isPersonNoun(word: string): boolean {
  return TITLES.has(word) || PERSON_NOUNS.has(word) || TITLE_TAILS.has(word)
}

/** A description phrase: its lower-case words (`senior counterintelligence agent`) and capitals. */
interface Phrase {
  words: string[]
  capitals: Token[]
  /** The token after the phrase. */
  end: number
}

/**
 * The noun phrase from `from` on, up to a comma, clause or preposition: `the NASA senior engineer`,
 * `Mr. Roe's lawyer`, `an Ohio Republican`. Undefined unless it ends on a noun.
 */
function phraseFrom(
  tokens: readonly Token[],
  from: number,
  needDeterminer: boolean,
): Phrase | undefined {
  let k = from
  const opener = tokens[k]
  let possessor = k
  while (possessor < from + LONGEST_PHRASE && capitalised(tokens[possessor])) possessor++
  if (opener && (ARTICLES.has(opener.lower) || THIRD_PERSON_POSSESSIVES.has(opener.lower))) k++
  // `Mr. Roe's lawyer`: a possessor stands for the determiner.
  else if (possessor > k && isPossessiveMark(tokens[possessor])) k = possessor + 1
  else if (needDeterminer) return undefined
  const words: string[] = []
  const capitals: Token[] = []
  let head: Token | undefined
  for (; k < tokens.length && k < from + LONGEST_PHRASE; k++) {
    const token = tokens[k]
    if (!token || STOPS.has(token.text) || CLAUSE_WORDS.has(token.lower)) break
    if (token.text === '-' || token.text === '–') continue
    const participle = token.pos === 'VERB' && /(ed|ing)$/.test(token.lower)
    if (!PHRASE_POS.has(token.pos) && !participle) break
    head = token
    // `a French banker`, `the United States ambassador`: the place is part of the role.
    const place = capitalised(token) ? placeAt(tokens, k) : undefined
    if (place) {
      words.push(place[1])
      capitals.push(...tokens.slice(k, k + place[0]))
      k += place[0] - 1
    } else if (capitalised(token)) capitals.push(token)
    else words.push(token.lower)
  }
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return undefined
  return { words, capitals, end: k }
}

/** `Jane Roe, the company's lawyer, …` / `Acme, a company that …`. */
function appositiveAfter(tokens: readonly Token[], last: number): Phrase | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined
  const phrase = phraseFrom(tokens, last + 2, false)
  // It ends where the sentence goes on about the name: `Jane Roe, Acme's lawyer said` is no
  // appositive, nor is `…, Jane Roe, the mayor have …` in a list.
  const after = tokens[phrase?.end ?? -1]
  const closed =
    after === undefined ||
    STOPS.has(after.text) ||
    CLAUSE_WORDS.has(after.lower) ||
    after.pos === 'ADP' ||
    after.pos === 'CCONJ'
  if (!phrase || !closed) return undefined
  // Without a determiner (`Jane Roe, deputy director of …`) only a role word will do.
  const first = tokens[last + 2]
  const determined = first !== undefined && !PHRASE_POS.has(first.pos)
  const head = phrase.words.at(-1) ?? ''
  return determined || isPersonNoun(head) || CLASS_BY_NOUN.has(head) ? phrase : undefined
}

/**
 * `the deputy director of the agency, Jane Roe` / `identified the suspect as Jane Roe`: the
 * phrase before, from the nearest determiner whose phrase ends on a role or class noun.
 */
function appositiveBefore(tokens: readonly Token[], first: number): Phrase | undefined {
  const link = tokens[first - 1]
  if (!link || (link.text !== ',' && link.lower !== 'as')) return undefined
  for (let d = first - 2; d >= Math.max(0, first - 2 - LONGEST_PHRASE); d--) {
    const token = tokens[d]
    if (!token || STOPS.has(token.text)) return undefined
    // `the deputy director of the agency, Jane Roe`: the agency is not what she is.
    if (!ARTICLES.has(token.lower) || tokens[d - 1]?.pos === 'ADP') continue
    const phrase = phraseFrom(tokens, d, true)
    const head = phrase?.words.at(-1) ?? ''
    if (phrase && (isPersonNoun(head) || CLASS_BY_NOUN.has(head))) return phrase
  }
  return undefined
}

/** The role words of a title or description, as later descriptions name them (`Sen.` → `senator`). */
export function roleDescription(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map(roleWord)
    .filter((w) => w !== '' && !HONORIFICS.has(w) && !PARTY_NOUNS.has(w))
  // `Secretary of State`: the role before `of` is what `the secretary` names.
  const of = words.indexOf('of')
  const core = of > 0 ? words.slice(0, of) : words
  return core.length > 0 ? core.join(' ') : undefined
}

function genderOf(words: readonly string[]): 'male' | 'female' | undefined {
  for (const word of words) {
    const gender = GENDERED.get(word.toLowerCase().replace(/\.$/, ''))
    if (gender) return gender
  }
  return undefined
}

/** `(D-Calif.)`, `(R)`, `(Ohio)`, `, D-N.Y.,` after a person's name: party and state. */
function affiliationAfter(body: string, end: number): { party?: string; state?: string } {
  const after = body.slice(end, end + 24)
  const match =
    /^\s*\(\s*(?:([DRI])\s*(?:[-–]\s*)?)?([^)]*?)\s*\)/.exec(after) ??
    /^,\s*([DRI])[-–]([A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?),/u.exec(after)
  if (!match) return {}
  const party = match[1] ? PARTY_LETTERS.get(match[1]) : undefined
  const state = match[2] ? stateNamed(match[2]) : undefined
  if (!party && !state) return {}
  return { ...(party ? { party } : {}), ...(state ? { state } : {}) }
}

function partyAndState(phrase: Phrase): { party?: string; state?: string } {
  const partyToken = phrase.capitals.find((t) => PARTY_NOUNS.has(t.lower))
  if (!partyToken) return {}
  const place = phrase.capitals
    .filter((t) => t !== partyToken)
    .map((t) => t.text)
    .join(' ')
  const state = place ? stateNamed(place) : undefined
  return { party: PARTY_NOUNS.get(partyToken.lower) ?? '', ...(state ? { state } : {}) }
}

/**
 * Adds what the sentence says about each named mention: descriptions from its role, appositives
 * (`Jane Roe, the company's lawyer`; `the agency's director, Jane Roe`) and a class noun before it
 * (`software company Acme`); gender from titles and given names; party and state from `(D-Calif.)`.
 * A single unfamiliar name described as a company becomes an organisation, as a lawyer a person.
 */
export function describeMentions(
  body: string,
  tokens: readonly Token[],
  mentions: Mention[],
): void {
  for (const mention of mentions) {
    if (mention.form === 'anaphor' || mention.form === 'pronoun') continue
    const descriptions = new Set<string>()
    const role = mention.role !== undefined ? roleDescription(mention.role) : undefined
    if (role) descriptions.add(role)
    let party: string | undefined
    let state: string | undefined
    const spoken: string[] = []
    for (const phrase of [
      appositiveAfter(tokens, mention.last),
      appositiveBefore(tokens, mention.first),
    ]) {
      if (!phrase) continue
      const fromParty = partyAndState(phrase)
      party ??= fromParty.party
      state ??= fromParty.state
      spoken.push(...phrase.words)
      const described = roleDescription(phrase.words.join(' '))
      if (described) descriptions.add(described)
    }
    const label = tokens[mention.first - 1]
    if (label && !capitalised(label) && CLASS_BY_NOUN.has(label.lower))
      descriptions.add(label.lower)
    const heads = [...descriptions].map((d) => d.split(' ').at(-1) ?? '')
    const orgClass = heads.map((h) => CLASS_BY_NOUN.get(h)).find((c) => c !== undefined)
    const personal = heads.some(isPersonNoun) || party !== undefined
    if (orgClass && mention.type !== 'place') {
      mention.type = 'organisation'
      mention.orgClass = orgClass
    } else if (personal && mention.type === 'other') mention.type = 'person'
    if (mention.type === 'person') {
      const affiliation = affiliationAfter(body, mention.end)
      party = affiliation.party ?? party
      state = affiliation.state ?? state
      const given = mention.form === 'name' ? mention.name.split(/\s+/)[0] : undefined
      const gender =
        genderOf([...(mention.role ?? '').split(/\s+/), ...spoken]) ??
        (given ? givenNameGender(given.toLowerCase()) : undefined)
      if (gender) mention.gender = gender
      if (party) mention.party = party
      if (state) mention.state = state
    }
    if (descriptions.size > 0) mention.descriptions = [...descriptions]
  }
}
