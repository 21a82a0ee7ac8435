/**
 * Organisations the text often names without a telling suffix, with their aliases, so `Amnesty`
 * and `Amnesty International`, `NSO` and `NSO Group` share a key. Each row: canonical | aliases | class.
 */
const ROWS = `
Amnesty International|Amnesty|ngo
NSO|NSO Group|company
Facebook|Facebook Inc,Meta,Meta Platforms|company
WhatsApp||company
Google|Alphabet|company
Apple|Apple Inc|company
Microsoft||company
Amazon||company
Twitter|X Corp|company
Citizen Lab||ngo
Human Rights Watch|HRW|ngo
European Union|EU|public
United Nations|UN,U.N.|public
NATO||public
ISIS|Islamic State,ISIL|militant
Hamas||militant
Hezbollah||militant
Shin Bet||public
Mossad||public
FBI|Federal Bureau of Investigation|public
CIA|Central Intelligence Agency|public
NSA|National Security Agency|public
Israel Defense Forces|IDF|public
Supreme Court||court
Democratic Party|Democrats|party
Republican Party|Republicans,GOP|party
Labour Party|Labour|party
Conservative Party|Conservatives,Tories|party
Likud||party
`

/**
 * News organisations: named as sources (`the Wall Street Journal reported`) and never people or
 * places, whatever words their names contain.
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
Haaretz|
The Jerusalem Post|Jerusalem Post
The Times of Israel|Times of Israel
Israel Defense|
Ynet|Yedioth Ahronoth
Globes|
Calcalist|
Maariv|
Channel 12|
Kan|
TheMarker|
The Intercept|
ProPublica|
Forbes|
TechCrunch|
Wired|
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

/** Final words that make a capitalised name an organisation (`Citizen Lab`, `Facebook Inc`). */
export const ORGANISATION_HEADS = new Set([
  'agency',
  'alliance',
  'army',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  'club',
  'coalition',
  'collective',
  'college',
  'commission',
  'committee',
  'company',
  'corp',
  'corporation',
  'council',
  'department',
  'directorate',
  'federation',
  'forces',
  'foundation',
  'front',
  'fund',
  'group',
  'inc',
  'institute',
  'international',
  'lab',
  'labs',
  'league',
  'llc',
  'ltd',
  'ministry',
  'movement',
  'network',
  'office',
  'organisation',
  'organization',
  'parliament',
  'party',
  'police',
  'press',
  'school',
  'service',
  'services',
  'society',
  'systems',
  'tech',
  'technologies',
  'union',
  'university',
  'agency',
  'herald',
  'journal',
  'news',
  'post',
  'times',
  'tribune',
  'gazette',
  'telegraph',
  'media',
  'television',
  'radio',
  'government',
  'cabinet',
  'knesset',
  'congress',
  'senate',
])

/** Words that make a capitalised name an organisation when they lead it (`University of Toronto`). */
export const ORGANISATION_LEADS = new Set([
  'bank',
  'department',
  'university',
  'institute',
  'ministry',
  'office',
  'bureau',
  'house',
])

/** Company-form suffixes left out of the key: `NSO Group` and `Facebook Inc` are `NSO` and `Facebook`. */
export const CORPORATE_SUFFIXES = new Set([
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
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

/** Nouns that refer back to an organisation already named, and what kind of organisation. */
export const ORGANISATION_ANAPHORS: ReadonlyMap<string, readonly OrganisationClass[]> = new Map([
  // An organisation of unknown kind may be the company: only lists know what each one is.
  ['company', ['company', 'other']],
  ['firm', ['company', 'other']],
  ['ministry', ['ministry']],
  ['organization', ['ngo', 'other']],
  ['organisation', ['ngo', 'other']],
  ['group', ['ngo', 'other', 'company', 'militant']],
  ['court', ['court']],
  ['agency', ['public']],
  ['regulator', ['public']],
  ['authority', ['public']],
])

/** Final words that tell an unlisted organisation's class (`Citizen Lab` is not a company). */
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
  ['tech', 'ngo'],
  ['international', 'ngo'],
  ['foundation', 'ngo'],
  ['watch', 'ngo'],
  ['lab', 'ngo'],
  ['labs', 'company'],
  ['institute', 'ngo'],
  ['university', 'ngo'],
  ['ministry', 'ministry'],
  ['department', 'public'],
  ['agency', 'public'],
  ['authority', 'public'],
  ['commission', 'public'],
  ['regulator', 'public'],
  ['police', 'public'],
  ['forces', 'public'],
  ['army', 'public'],
  ['government', 'public'],
  ['court', 'court'],
  ['tribunal', 'court'],
  ['journal', 'news'],
  ['post', 'news'],
  ['times', 'news'],
  ['news', 'news'],
  ['herald', 'news'],
  ['tribune', 'news'],
])
