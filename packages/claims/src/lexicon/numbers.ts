import type { NumberPrecision } from '../types'

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

/** Scale words, including the newsroom abbreviations glued to figures (`$1.2bn`, `€3m`). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
])

/** Fractions that multiply what follows (`a quarter of a million`, `half a billion`). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['quarter', 0.25],
  ['third', 1 / 3],
  ['two-thirds', 2 / 3],
  ['three-quarters', 0.75],
])

/** Vague quantities: their conventional value, always approximate. */
export const VAGUE: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['dozens', 24],
  ['hundreds', 200],
  ['thousands', 2000],
  ['millions', 2e6],
  ['billions', 2e9],
  ['scores', 40],
])

/** Currency symbols and words to ISO codes. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['usd', 'USD'],
  ['€', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['eur', 'EUR'],
  ['£', 'GBP'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['gbp', 'GBP'],
  ['₪', 'ILS'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['nis', 'ILS'],
  ['ils', 'ILS'],
  ['¥', 'JPY'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['rupees', 'INR'],
  ['riyals', 'SAR'],
  ['riyal', 'SAR'],
  ['sar', 'SAR'],
])

export const PERCENT_WORDS = new Set(['%', 'percent', 'per cent', 'pct'])

/** Words before a figure that set its precision, longest first. */
export const PRECISION_CUES: ReadonlyArray<readonly [string, NumberPrecision]> = [
  ['more than', 'at-least'],
  ['greater than', 'at-least'],
  ['at least', 'at-least'],
  ['upwards of', 'at-least'],
  ['over', 'at-least'],
  ['in excess of', 'at-least'],
  ['no fewer than', 'at-least'],
  ['less than', 'at-most'],
  ['fewer than', 'at-most'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['no more than', 'at-most'],
  ['under', 'at-most'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['approximately', 'approximate'],
  ['roughly', 'approximate'],
  ['some', 'approximate'],
  ['an estimated', 'approximate'],
  ['close to', 'approximate'],
  ['a couple', 'approximate'],
  ['a few', 'approximate'],
  ['several', 'approximate'],
]
