/** Offices of a company or group: titles written with a name, and roles that speak for it. */
const ORGANISATION_OFFICES = [
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'founder',
  'co-founder',
  'chief',
]

/**
 * Titles and roles written with a name (`Judge Rachel Barkai`, `Sen. Maria Lopez`, `CEO Omri
 * Lavie`, `lawyer Itai Mack`): kept as the mention's role, never part of its key. Each word here is
 * a title on its own.
 */
export const TITLES = new Set([
  // honorifics
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'professor',
  'sir',
  'dame',
  'lord',
  // government
  'president',
  'vice-president',
  'president-elect',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'secretary-general',
  'senator',
  'sen',
  'sen.',
  'sens',
  'sens.',
  'representative',
  'rep',
  'rep.',
  'reps',
  'reps.',
  'congressman',
  'congresswoman',
  'delegate',
  'governor',
  'gov',
  'gov.',
  'mayor',
  'speaker',
  'leader',
  'whip',
  'councilman',
  'councilwoman',
  'alderman',
  'assemblyman',
  'assemblywoman',
  'ambassador',
  'commissioner',
  'mk',
  // law and order
  'judge',
  'justice',
  'attorney',
  'lawyer',
  'advocate',
  'adv.',
  'counsel',
  'prosecutor',
  'd.a.',
  'sheriff',
  'detective',
  'det.',
  'inspector',
  'officer',
  'agent',
  'trooper',
  // military
  'gen.',
  'colonel',
  'col.',
  'lt.',
  'captain',
  'capt.',
  'maj.',
  'adm.',
  'admiral',
  'sgt.',
  'sergeant',
  // royalty and religion
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'father',
  'rev.',
  'reverend',
  'pastor',
  // business and other roles
  'ceo',
  'cfo',
  'coo',
  'cto',
  ...ORGANISATION_OFFICES,
  'aide',
  'adviser',
  'advisor',
  'head',
  'dissident',
  'activist',
  'journalist',
  'researcher',
  'analyst',
])

/**
 * Words that belong to a title only when another title follows (`Vice President`, `Special Envoy`,
 * `Press Secretary`, `Majority Leader`, `Lt. Gov.`); alone they start no role (`Special Olympics`).
 */
export const TITLE_MODIFIERS = new Set([
  'vice',
  'deputy',
  'assistant',
  'associate',
  'acting',
  'interim',
  'special',
  'press',
  'prime',
  'crown',
  'majority',
  'minority',
  'lieutenant',
  'lt',
  'district',
  'state',
  'senior',
  'former',
  'executive',
])

/** Words that end a title after another one (`Attorney General`, `Inspector General`). */
export const TITLE_TAILS = new Set(['general', 'executive'])

/** Generational suffixes after a personal name: never the surname, never in the key. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])

/**
 * Nouns that describe a person and refer back to one (`the suspect`, `the senator`), besides the
 * titles: a person the article introduces that way is what `the <noun>` names later.
 */
export const PERSON_NOUNS = new Set([
  'suspect',
  'defendant',
  'victim',
  'gunman',
  'shooter',
  'attacker',
  'assailant',
  'candidate',
  'nominee',
  'challenger',
  'incumbent',
  'lawmaker',
  'legislator',
  'politician',
  'billionaire',
  'businessman',
  'businesswoman',
  'entrepreneur',
  'whistleblower',
  'witness',
])

/** Roles in which a person speaks for an organisation: its head, its voice, its counsel. */
export const SPEAKS_FOR: ReadonlySet<string> = new Set([
  'president',
  ...ORGANISATION_OFFICES,
  'head',
  'ceo',
  'leader',
  'secretary',
  'executive',
  'counsel',
  'lawyer',
  'attorney',
  'manager',
])

/** Abbreviated and variant role words, to the word a later description uses (`Sen.` → `senator`). */
export const ROLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'],
  ['sens', 'senator'],
  ['rep', 'representative'],
  ['reps', 'representative'],
  ['congressman', 'representative'],
  ['congresswoman', 'representative'],
  ['gov', 'governor'],
  ['lt', 'lieutenant'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['capt', 'captain'],
  ['maj', 'major'],
  ['adm', 'admiral'],
  ['sgt', 'sergeant'],
  ['det', 'detective'],
  ['rev', 'reverend'],
  ['dr', 'doctor'],
  ['prof', 'professor'],
  ['adv', 'advocate'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
])

/** Roles that another, wider word also names (`the lawmaker` is a senator or a representative). */
export const WIDER_ROLES: ReadonlyMap<string, string> = new Map([
  ['senator', 'lawmaker'],
  ['representative', 'lawmaker'],
])

/** Honorifics: they say how to address someone, not what they do. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord'])

/**
 * Words before a role that make it another role (`the deputy director` is not `the director`, `the
 * former president` is not `the president`).
 */
export const SUBORDINATE_MODIFIERS = new Set([
  'vice',
  'deputy',
  'assistant',
  'associate',
  'lieutenant',
  'under',
  'acting',
  'interim',
  'former',
  'ex',
  'late',
  'outgoing',
  'incoming',
  'future',
  'then',
])

/** Titles and role words that say whether a person is a man or a woman. */
export const GENDERED: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'],
  ['congressman', 'male'],
  ['councilman', 'male'],
  ['assemblyman', 'male'],
  ['chairman', 'male'],
  ['spokesman', 'male'],
  ['businessman', 'male'],
  ['gunman', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['father', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['congresswoman', 'female'],
  ['councilwoman', 'female'],
  ['assemblywoman', 'female'],
  ['chairwoman', 'female'],
  ['spokeswoman', 'female'],
  ['businesswoman', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['dame', 'female'],
])

/** Party nouns written as a role (`Republican Jane Roe`, `an Ohio Democrat`), to a party. */
export const PARTY_NOUNS: ReadonlyMap<string, string> = new Map([
  ['democrat', 'democratic'],
  ['republican', 'republican'],
])

/** Party adjectives that may stand inside a title (`Assistant Republican Leader`). */
export const PARTY_ADJECTIVES = new Set(['democratic', 'republican'])

/** Party letters of an affiliation (`D-Calif.`, `(R)`). */
export const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([
  ['D', 'democratic'],
  ['R', 'republican'],
  ['I', 'independent'],
])

/** Pronouns that refer to a speaker already named, with the entity type they require. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'organisation' | 'any'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'organisation'],
  ['they', 'any'],
])

/**
 * Personal pronouns resolved to a person or an organisation, with what they require of it. A
 * reflexive (`herself`) names its own clause's subject again, and adds nothing.
 */
export const REFERRING_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'organisation'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['it', 'organisation'],
  ['its', 'organisation'],
])

/** The word a role is described by, lower case without its full stop (`Sen.` → `senator`). */
export function roleWord(word: string): string {
  const bare = word.toLowerCase().replace(/\.$/, '')
  return ROLE_WORDS.get(bare) ?? bare
}

/** Lower-case particles inside personal names (`Mohammed bin Salman`, `Ursula von der Leyen`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'der',
  'van',
  'von',
  'da',
  'del',
  'la',
  'le',
])
