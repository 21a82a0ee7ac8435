// Words that say what kind of quantity a figure is and what it measures.

/** Units of time and their length in days, singular and plural. */
export const TIME_UNITS: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 86400],
  ['seconds', 1 / 86400],
  ['minute', 1 / 1440],
  ['minutes', 1 / 1440],
  ['hour', 1 / 24],
  ['hours', 1 / 24],
  ['day', 1],
  ['days', 1],
  ['week', 7],
  ['weeks', 7],
  ['fortnight', 14],
  ['fortnights', 14],
  ['month', 30.4375],
  ['months', 30.4375],
  ['year', 365.25],
  ['years', 365.25],
  ['decade', 3652.5],
  ['decades', 3652.5],
  ['century', 36525],
  ['centuries', 36525],
])

/**
 * Words that name no figure, as the span of multiples they allow: `hundreds` is 2 to 9.99 hundreds,
 * `several` 3 to 10. The scale words after them multiply the span (`hundreds of thousands`).
 */
export const VAGUE_SPANS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['several', [3, 10]],
  ['few', [2, 6]],
  ['handful', [2, 8]],
  ['couple', [2, 3]],
  ['dozens', [24, 144]],
  ['scores', [40, 200]],
  ['tens', [10, 99.9]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['millions', [2e6, 9.99e6]],
  ['billions', [2e9, 9.99e9]],
] as const)

/** Plural scale words that multiply a vague quantity before them (`tens of thousands`). */
export const PLURAL_SCALES: ReadonlyMap<string, number> = new Map([
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
])

/** Denominators of written fractions (`two-thirds`, `one quarter`). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['tenth', 10],
  ['tenths', 10],
])

/** Ordinal words and their rank. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['twentieth', 20],
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['hundredth', 100],
])

/** Words before an ordinal that make it a rank (`the third`, `his second`), not a fraction. */
export const ORDINAL_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  "'s",
  '’s',
])

/** Units of measurement: figures counted in them are measurements (`other`), not counts. */
export const MEASUREMENT_UNITS = new Set([
  'mile',
  'kilometre',
  'kilometer',
  'km',
  'metre',
  'meter',
  'foot',
  'feet',
  'inch',
  'yard',
  'acre',
  'hectare',
  'kilogram',
  'kg',
  'gram',
  'ton',
  'tonne',
  'ounce',
  'litre',
  'liter',
  'gallon',
  'barrel',
  'degree',
  'mph',
])

/** Nouns that make a pair of figures a tally (`a 7-2 ruling`, `by a vote of 51 to 49`). */
export const TALLY_NOUNS = new Set([
  'vote',
  'ballot',
  'margin',
  'tally',
  'score',
  'ruling',
  'decision',
  'verdict',
  'split',
  'majority',
  'count',
])

/** Verbs before a pair of figures that make it a tally (`the Senate voted 51 to 49`). */
export const TALLY_VERBS = new Set([
  'vote',
  'pass',
  'approve',
  'reject',
  'defeat',
  'win',
  'lose',
  'beat',
  'override',
  'confirm',
  'rule',
  'elect',
  'adopt',
  'clear',
])

/** Verbs that link a noun to its figure (`the rate was 31%`, `the bill totalled $5 million`). */
export const LINKING_VERBS = new Set([
  'be',
  'reach',
  'total',
  'hit',
  'top',
  'exceed',
  'stand',
  'rise',
  'climb',
  'jump',
  'grow',
  'increase',
  'fall',
  'drop',
  'decline',
  'dip',
  'remain',
  'come',
  'amount',
])

/** Verbs whose subject is what a duration measures (`the shutdown lasted 35 days`). */
export const DURATION_VERBS = new Set(['last', 'span', 'stretch', 'run', 'take'])

/** Prepositions through which money names what it is for (`$12,500 in private donations`, `to a hospice`). */
export const MONEY_PREPOSITIONS = new Set(['in', 'of', 'for', 'to'])

/** Prepositions through which a percentage names its whole (`30% of income`, `in state taxes`). */
export const PERCENT_PREPOSITIONS = new Set(['of', 'in'])

/** Prepositions after a duration that name what lasted (`two years of talks`, `20 years on the bench`). */
export const DURATION_PREPOSITIONS = new Set(['of', 'in', 'on', 'behind'])

/**
 * Prepositions kept in a measure because they reverse or restrict its meaning: `six weeks
 * without pay` measures something other than `paid for six weeks`.
 */
export const MARKED_PREPOSITIONS = new Set(['without'])

/** Heads that name no measure of their own (`a total of 12`, `the number of 40`). */
export const GENERIC_HEADS = new Set([
  'total',
  'sum',
  'amount',
  'number',
  'figure',
  'average',
  'estimate',
  'maximum',
  'minimum',
  'level',
  'record',
  'tune',
  'order',
  'range',
  'period',
  'lot',
  'bit',
  'part',
  'kind',
  'sort',
  'type',
])

/** Adjectives that say how many, not what: left out of a measure (`10 more people` → `people`). */
export const QUANTITY_ADJECTIVES = new Set([
  'more',
  'less',
  'fewer',
  'other',
  'additional',
  'extra',
  'further',
  'such',
  'same',
  'only',
  'many',
  'much',
  'several',
  'few',
  'full',
  'whole',
  'entire',
  'total',
  'estimated',
  'some',
  'least',
  'most',
])

/** Words before a figure that introduce an age (`aged 56`, `age 70`). */
export const AGE_CUES = new Set(['aged', 'age', 'ages'])

/** Month abbreviations; a figure after one is a day of the month, not a quantity. */
export const MONTH_ABBREVIATIONS = new Set([
  'jan.',
  'jan',
  'feb.',
  'feb',
  'mar.',
  'apr.',
  'apr',
  'jun.',
  'jul.',
  'aug.',
  'aug',
  'sep.',
  'sept.',
  'sept',
  'oct.',
  'oct',
  'nov.',
  'nov',
  'dec.',
  'dec',
])

/** Words after a figure that loosen it (`a dozen or so`, `10 or more`). */
export const TRAILING_CUES: ReadonlyMap<string, 'approximate' | 'at-least' | 'at-most'> = new Map([
  ['so', 'approximate'],
  ['more', 'at-least'],
  ['fewer', 'at-most'],
  ['less', 'at-most'],
])
