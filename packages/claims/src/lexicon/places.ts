/**
 * Countries and regions with their demonyms and aliases, so `Israeli`, `Saudi`, `the US` and
 * `the United States` all name one place. Each row: canonical name | demonyms | aliases | flags
 * (`k` marks a kingdom, the antecedent of `the kingdom`).
 */
const ROWS = `
Afghanistan|Afghan||
Algeria|Algerian||
Argentina|Argentine,Argentinian||
Australia|Australian||
Austria|Austrian||
Azerbaijan|Azerbaijani||
Bahrain|Bahraini||k
Bangladesh|Bangladeshi||
Belarus|Belarusian||
Belgium|Belgian||k
Bolivia|Bolivian||
Brazil|Brazilian||
Bulgaria|Bulgarian||
Cambodia|Cambodian||k
Canada|Canadian||
Chile|Chilean||
China|Chinese|PRC|
Colombia|Colombian||
Croatia|Croatian||
Cuba|Cuban||
Cyprus|Cypriot||
Czech Republic|Czech|Czechia|
Denmark|Danish,Dane||k
Egypt|Egyptian||
Estonia|Estonian||
Ethiopia|Ethiopian||
Europe|European||
Finland|Finnish,Finn||
France|French||
Georgia|Georgian||
Germany|German||
Ghana|Ghanaian||
Greece|Greek||
Hungary|Hungarian||
India|Indian||
Indonesia|Indonesian||
Iran|Iranian||
Iraq|Iraqi||
Ireland|Irish||
Israel|Israeli||
Italy|Italian||
Japan|Japanese||
Jordan|Jordanian||k
Kazakhstan|Kazakh||
Kenya|Kenyan||
Kuwait|Kuwaiti||
Latvia|Latvian||
Lebanon|Lebanese||
Libya|Libyan||
Lithuania|Lithuanian||
Malaysia|Malaysian||
Mexico|Mexican||
Middle East|Middle Eastern||
Morocco|Moroccan||k
Netherlands|Dutch|Holland|k
New Zealand|New Zealander||
Nigeria|Nigerian||
North Korea|North Korean|DPRK|
Norway|Norwegian||k
Oman|Omani||
Pakistan|Pakistani||
Palestine|Palestinian|Palestinian Territories|
Panama|Panamanian||
Peru|Peruvian||
Philippines|Filipino,Philippine||
Poland|Polish,Pole||
Portugal|Portuguese||
Qatar|Qatari||
Romania|Romanian||
Russia|Russian|Russian Federation|
Rwanda|Rwandan||
Saudi Arabia|Saudi|KSA,Kingdom of Saudi Arabia|k
Serbia|Serbian||
Singapore|Singaporean||
Slovakia|Slovak||
South Africa|South African||
South Korea|South Korean|Korea|
Spain|Spanish,Spaniard||k
Sudan|Sudanese||
Sweden|Swedish,Swede||k
Switzerland|Swiss||
Syria|Syrian||
Taiwan|Taiwanese||
Thailand|Thai||k
Togo|Togolese||
Tunisia|Tunisian||
Turkey|Turkish,Turk|Türkiye|
Uganda|Ugandan||
Ukraine|Ukrainian||
United Arab Emirates|Emirati|UAE,U.A.E.,Emirates|
United Kingdom|British,Briton|UK,U.K.,Britain,Great Britain|k
United States|American|US,U.S.,USA,U.S.A.,America|
Uzbekistan|Uzbek||
Venezuela|Venezuelan||
Vietnam|Vietnamese||
Yemen|Yemeni||
Zambia|Zambian||
Zimbabwe|Zimbabwean||
`

export interface PlaceEntry {
  name: string
  kingdom: boolean
}

/** Every spelling (name, demonym, alias), lower case, to its place. */
export const PLACES: ReadonlyMap<string, PlaceEntry> = (() => {
  const map = new Map<string, PlaceEntry>()
  for (const row of ROWS.trim().split('\n')) {
    const [name = '', demonyms = '', aliases = '', flags = ''] = row.split('|')
    const entry = { name, kingdom: flags.includes('k') }
    for (const form of [name, ...demonyms.split(','), ...aliases.split(',')]) {
      if (form) map.set(form.toLowerCase(), entry)
    }
  }
  return map
})()

/** Words that refer back to a place already named (`the kingdom`), with what they require of it. */
export const PLACE_ANAPHORS: ReadonlyMap<string, 'kingdom' | 'any'> = new Map([
  ['kingdom', 'kingdom'],
])

/** Final words that make a capitalised name a place (`Orange County`, `Fifth Avenue`). */
export const PLACE_HEADS = new Set([
  'avenue',
  'bay',
  'beach',
  'belt',
  'borough',
  'boulevard',
  'canyon',
  'city',
  'coast',
  'county',
  'desert',
  'district',
  'garden',
  'gardens',
  'heights',
  'hill',
  'island',
  'islands',
  'lake',
  'mountain',
  'mountains',
  'ocean',
  'parish',
  'park',
  'peninsula',
  'plaza',
  'province',
  'region',
  'river',
  'road',
  'sea',
  'side',
  'square',
  'strait',
  'street',
  'township',
  'valley',
])

/** Words that make a part of a known place (`South Dallas`, `Northern Virginia`). */
export const PLACE_PREFIXES = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
  'downtown',
])

/** Words that lead a place's own name before `of` (`Gulf of Mexico`, `Republic of Ireland`). */
export const PLACE_LEADS = new Set([
  'bay',
  'cape',
  'city',
  'commonwealth',
  'county',
  'district',
  'gulf',
  'isle',
  'kingdom',
  'lake',
  'mount',
  'province',
  'republic',
  'sea',
  'state',
  'strait',
  'town',
])
