/**
 * Widely known organisations that the text often names without a telling suffix, with their
 * aliases, so `the UN` and `the United Nations`, `Alphabet` and `Google` share a key. Anything else
 * is typed by the shape of its name (`… Group`, `… Agency`, `Ministry of …`) or by how the article
 * introduces it (`Acme, a company that …`). Each row: canonical | aliases | class.
 */
const ROWS = `
Google|Alphabet|company
Apple|Apple Inc|company
Microsoft||company
Amazon||company
Meta|Meta Platforms|company
Twitter|X Corp|company
European Union|EU|public
United Nations|UN,U.N.|public
NATO||public
World Health Organization||public
International Monetary Fund|IMF|public
World Bank||public
Red Cross|International Committee of the Red Cross,ICRC|ngo
ISIS|Islamic State,ISIL|militant
Al Qaeda|al-Qaeda|militant
Taliban||militant
FBI|Federal Bureau of Investigation|public
CIA|Central Intelligence Agency|public
NSA|National Security Agency|public
Supreme Court||court
Democratic Party|Democrats|party
Republican Party|Republicans,GOP|party
Labour Party|Labour|party
Conservative Party|Conservatives,Tories|party
`

/**
 * Major international news organisations: named as sources (`the Wall Street Journal reported`)
 * and never people or places, whatever words their names contain. Any other outlet is typed by its
 * name (`… Post`, `… Times`, `… News`).
 */
const NEWS = `
Associated Press|AP
Reuters|
Agence France-Presse|AFP
Bloomberg|
BBC|
CNN|
CBS|CBS News
NBC|NBC News
ABC News|
Fox News|
NPR|
Al Jazeera|
The New York Times|New York Times,NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal,WSJ
The Guardian|Guardian
Financial Times|FT
The Times|
The Economist|
Politico|
Axios|
ProPublica|
Forbes|
`

/** What an organisation is, so `the company` and `the organization` find the right antecedent. */
export type OrganisationClass =
  'company' | 'ngo' | 'public' | 'ministry' | 'court' | 'news' | 'party' | 'militant' | 'other'

export interface OrganisationEntry {
  name: string
  orgClass: OrganisationClass
}

function load(rows: string, news: boolean, into: Map<string, OrganisationEntry>): void {
  for (const row of rows.trim().split('\n')) {
    const [name = '', aliases = '', orgClass = 'other'] = row.split('|')
    const entry = {
      name: name.replace(/^The /, ''),
      orgClass: news ? 'news' : (orgClass as OrganisationClass),
    }
    for (const form of [name, name.replace(/^The /, ''), ...aliases.split(',')]) {
      if (form) into.set(form.toLowerCase(), entry)
    }
  }
}

/** Every spelling, lower case, to its organisation. */
export const ORGANISATIONS: ReadonlyMap<string, OrganisationEntry> = (() => {
  const map = new Map<string, OrganisationEntry>()
  load(ROWS, false, map)
  load(NEWS, true, map)
  return map
})()

/** Final words that make a capitalised name an organisation (`Acme Labs`, `Ocean Watch`). */
export const ORGANISATION_HEADS = new Set([
  'academy',
  'agency',
  'airlines',
  'alliance',
  'army',
  'assembly',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  'cabinet',
  'caucus',
  'center',
  'centre',
  'church',
  'club',
  'coalition',
  'collective',
  'college',
  'command',
  'commission',
  'committee',
  'company',
  'congress',
  'corp',
  'corporation',
  'corps',
  'council',
  'department',
  'directorate',
  'federation',
  'forces',
  'foundation',
  'front',
  'fund',
  'gazette',
  'government',
  'group',
  'guard',
  'herald',
  'hospital',
  'house',
  'inc',
  'institute',
  'international',
  'journal',
  'lab',
  'labs',
  'league',
  'legislature',
  'llc',
  'llp',
  'ltd',
  'media',
  'ministry',
  'movement',
  'museum',
  'navy',
  'network',
  'news',
  'office',
  'organisation',
  'organization',
  'parliament',
  'partners',
  'party',
  'police',
  'post',
  'press',
  'radio',
  'school',
  'senate',
  'service',
  'services',
  'society',
  'systems',
  'tech',
  'technologies',
  'telegraph',
  'television',
  'times',
  'tribune',
  'union',
  'university',
  'watch',
])

/** Words that make a capitalised name an organisation when they lead it (`University of Toronto`). */
export const ORGANISATION_LEADS = new Set([
  'bank',
  'bureau',
  'department',
  'house',
  'institute',
  'ministry',
  'office',
  'university',
])

/** Company-form suffixes left out of the key: `Acme Group` and `Acme Inc` are both `Acme`. */
export const CORPORATE_SUFFIXES = new Set([
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'l.l.c.',
  'llp',
  'l.l.p.',
  'pc',
  'p.c.',
  'corp',
  'corp.',
  'co',
  'co.',
  'plc',
  'group',
  'sa',
  'ag',
  'gmbh',
  'limited',
  'corporation',
  'holdings',
])

/**
 * Nouns that refer back to an organisation already named, and the kinds it may be. An
 * organisation named with the noun itself (`the committee` for `Ethics Committee`) or introduced
 * with it (`Acme, a company that …`) fits first; the kinds are the fallback.
 */
export const ORGANISATION_ANAPHORS: ReadonlyMap<string, readonly OrganisationClass[]> = new Map([
  // An organisation of unknown kind may be the company: only its name or the text says what it is.
  ['company', ['company', 'other']],
  ['firm', ['company', 'other']],
  ['bank', ['company']],
  ['ministry', ['ministry']],
  ['department', ['ministry']],
  ['organization', ['ngo', 'other']],
  ['organisation', ['ngo', 'other']],
  ['group', ['ngo', 'other', 'company', 'militant']],
  ['court', ['court']],
  ['agency', ['public']],
  ['bureau', ['public']],
  ['regulator', ['public']],
  ['authority', ['public']],
  ['commission', ['public']],
  ['committee', []],
  ['office', []],
  ['caucus', []],
  ['council', []],
  ['foundation', []],
  ['institute', []],
  ['university', []],
  ['union', []],
  ['party', ['party']],
  ['newspaper', ['news']],
  ['network', ['news']],
])

/** Final words that tell an unlisted organisation's class (`Acme Group` is a company). */
export const CLASS_BY_HEAD: ReadonlyMap<string, OrganisationClass> = new Map([
  ['inc', 'company'],
  ['corp', 'company'],
  ['corporation', 'company'],
  ['ltd', 'company'],
  ['llc', 'company'],
  ['group', 'company'],
  ['technologies', 'company'],
  ['systems', 'company'],
  ['company', 'company'],
  ['bank', 'company'],
  ['labs', 'company'],
  ['airlines', 'company'],
  ['partners', 'company'],
  ['holdings', 'company'],
  ['international', 'ngo'],
  ['foundation', 'ngo'],
  ['watch', 'ngo'],
  ['institute', 'ngo'],
  ['association', 'ngo'],
  ['society', 'ngo'],
  ['ministry', 'ministry'],
  ['department', 'public'],
  ['agency', 'public'],
  ['bureau', 'public'],
  ['authority', 'public'],
  ['commission', 'public'],
  ['regulator', 'public'],
  ['police', 'public'],
  ['forces', 'public'],
  ['army', 'public'],
  ['navy', 'public'],
  ['government', 'public'],
  ['party', 'party'],
  ['court', 'court'],
  ['tribunal', 'court'],
  ['journal', 'news'],
  ['post', 'news'],
  ['times', 'news'],
  ['news', 'news'],
  ['herald', 'news'],
  ['tribune', 'news'],
  ['gazette', 'news'],
])

/** Nouns that say what kind of organisation an appositive or a label introduces (`a company`). */
export const CLASS_BY_NOUN: ReadonlyMap<string, OrganisationClass> = new Map([
  ['company', 'company'],
  ['firm', 'company'],
  ['maker', 'company'],
  ['manufacturer', 'company'],
  ['retailer', 'company'],
  ['startup', 'company'],
  ['bank', 'company'],
  ['conglomerate', 'company'],
  ['organization', 'ngo'],
  ['organisation', 'ngo'],
  ['charity', 'ngo'],
  ['nonprofit', 'ngo'],
  ['ngo', 'ngo'],
  ['agency', 'public'],
  ['regulator', 'public'],
  ['authority', 'public'],
  ['ministry', 'ministry'],
  ['newspaper', 'news'],
  ['outlet', 'news'],
  ['broadcaster', 'news'],
  ['party', 'party'],
  ['militia', 'militant'],
])
