/**
 * US states with their AP-style abbreviations (`Fla.`, `N.Y.`; none for the eight states AP never
 * shortens) and postal codes, so `Aventura, Fla.`, `(D-Calif.)`, `R-TX` and `Florida` share a key.
 * Each row: name | AP abbreviations | postal code.
 */
const ROWS = `
Alabama|Ala.|AL
Alaska||AK
Arizona|Ariz.|AZ
Arkansas|Ark.|AR
California|Calif.,Cal.|CA
Colorado|Colo.|CO
Connecticut|Conn.|CT
Delaware|Del.|DE
District of Columbia|D.C.|DC
Florida|Fla.|FL
Georgia|Ga.|GA
Hawaii||HI
Idaho||ID
Illinois|Ill.|IL
Indiana|Ind.|IN
Iowa||IA
Kansas|Kan.,Kans.|KS
Kentucky|Ky.|KY
Louisiana|La.|LA
Maine||ME
Maryland|Md.|MD
Massachusetts|Mass.|MA
Michigan|Mich.|MI
Minnesota|Minn.|MN
Mississippi|Miss.|MS
Missouri|Mo.|MO
Montana|Mont.|MT
Nebraska|Neb.,Nebr.|NE
Nevada|Nev.|NV
New Hampshire|N.H.|NH
New Jersey|N.J.|NJ
New Mexico|N.M.|NM
New York|N.Y.|NY
North Carolina|N.C.|NC
North Dakota|N.D.|ND
Ohio||OH
Oklahoma|Okla.|OK
Oregon|Ore.,Oreg.|OR
Pennsylvania|Pa.,Penn.,Penna.|PA
Rhode Island|R.I.|RI
South Carolina|S.C.|SC
South Dakota|S.D.|SD
Tennessee|Tenn.|TN
Texas|Tex.|TX
Utah||UT
Vermont|Vt.|VT
Virginia|Va.|VA
Washington|Wash.|WA
West Virginia|W.Va.,W. Va.|WV
Wisconsin|Wis.,Wisc.|WI
Wyoming|Wyo.|WY
`

// Abbreviations that are also everyday words or names (`Mass.` at the end of a sentence about a
// church service, `Miss.` as a title): read as a state only right after a comma, a hyphen or an
// opening bracket (`Springfield, Mass.`, `D-Mass.`, `(Mass.)`).
const AMBIGUOUS = new Set(
  'cal. del. ga. ill. ind. la. mass. miss. mo. ore. pa. penn. va. wash.'.split(' '),
)

export interface StateEntry {
  name: string
  /** The abbreviation may be an ordinary word: it needs a comma, hyphen or bracket before it. */
  needsContext: boolean
}

/** Full names, lower case, to the state (`new york` → New York). */
export const STATE_NAMES: ReadonlyMap<string, string> = new Map(
  ROWS.trim()
    .split('\n')
    .map((row) => row.split('|')[0] ?? '')
    .map((name) => [name.toLowerCase(), name]),
)

/** AP abbreviations as written, with their full stop (`Fla.`, `N.Y.`), to the state. */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, StateEntry> = (() => {
  const map = new Map<string, StateEntry>()
  for (const row of ROWS.trim().split('\n')) {
    const [name = '', abbreviations = ''] = row.split('|')
    for (const form of abbreviations.split(',').filter(Boolean)) {
      map.set(form, { name, needsContext: AMBIGUOUS.has(form.toLowerCase()) })
    }
  }
  return map
})()

/** Two-letter postal codes (`TX`) to the state: only read after a party letter (`R-TX`). */
export const POSTAL_CODES: ReadonlyMap<string, string> = new Map(
  ROWS.trim()
    .split('\n')
    .map((row) => row.split('|'))
    .map(([name = '', , code = '']) => [code, name]),
)

/**
 * The state a piece of text names, whatever the form (`Calif.`, `Calif`, `California`, `CA`), for
 * affiliations in brackets; undefined when it names none.
 */
export function stateNamed(text: string): string | undefined {
  const trimmed = text.trim()
  const dotted = trimmed.endsWith('.') ? trimmed : `${trimmed}.`
  return (
    STATE_NAMES.get(trimmed.toLowerCase()) ??
    STATE_ABBREVIATIONS.get(dotted)?.name ??
    POSTAL_CODES.get(trimmed)
  )
}
