/**
 * Ministry portfolios and their spellings, so `Defense Ministry`, `Ministry of Defence`, `the
 * defense ministry` and `MoD` share the key `ministry-of-defense`. Each row: canonical portfolio |
 * other spellings.
 */
const ROWS = `
defense|defence
foreign affairs|foreign,external affairs
finance|treasury
justice|law
interior|home,home affairs,internal affairs
health|public health
education|
communications|
economy|economic affairs
trade|commerce
industry|
energy|
environment|environmental protection
transportation|transport
agriculture|
labor|labour
social affairs|welfare
housing|
tourism|
culture|
intelligence|
public security|
national security|
homeland security|
veterans affairs|
`

/** Every spelling of a portfolio, lower case, to its canonical form. */
export const PORTFOLIOS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const row of ROWS.trim().split('\n')) {
    const [name = '', others = ''] = row.split('|')
    for (const form of [name, ...others.split(',')]) if (form) map.set(form, name)
  }
  return map
})()

/** Words that name a ministry's office, interchangeable in a key. */
export const MINISTRY_WORDS = new Set(['ministry', 'department'])
