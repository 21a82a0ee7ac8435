// Word lists the sentence segmenter consults. Data, kept apart from the code that reads it.

/**
 * Abbreviations that never end a sentence: a name or a number always follows them. Titles come in
 * the plural too, before a list of names (`Sens. John McCain and Lindsey Graham`).
 */
// prettier-ignore
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'st', 'rev', 'hon', 'gen', 'lt', 'col', 'maj',
  'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'atty',
  'drs', 'profs', 'revs', 'gens', 'lts', 'cols', 'capts', 'sgts', 'adms', 'govs', 'sens', 'reps',
  'messrs', 'mme', 'mlle', 'fr', 'amb', 'brig', 'pvt', 'mt', 'vs', 'cf', 'approx', 'ibid', 'e.g',
  'i.e', 'viz', 'a.k.a',
])

/** Abbreviations that stand before a number ("No. 5", "Fig. 2"); before anything else they are words. */
// prettier-ignore
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'art', 'ch', 'para', 'sec', 'ed', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

/**
 * Abbreviations that usually sit mid-sentence but can end one ("owned by Facebook Inc."). They
 * end a sentence only when the next word is one that typically opens a sentence.
 */
// prettier-ignore
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'jr', 'esq', 'etc',
  'al', 'ca', 'est', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y', 'l.a', 'ph.d', 'b.a', 'm.a', 'ave',
  'blvd', 'rd', 'hwy', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
])

/** Words that commonly open an English sentence; after an ambiguous abbreviation they mark a boundary. */
// prettier-ignore
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'there', 'here', 'but', 'and', 'so', 'yet', 'or',
  'however', 'meanwhile', 'still', 'also', 'in', 'on', 'at', 'for', 'from', 'after', 'before',
  'during', 'since', 'when', 'while', 'if', 'as', 'although', 'though', 'because', 'according',
  'other', 'some', 'many', 'most', 'all', 'both', 'each', 'no', 'not', 'none', 'one', 'two',
  'three', 'what', 'who', 'why', 'how', 'where', 'which', 'officials', 'last', 'earlier', 'later',
  'now', 'then', 'today', 'yesterday', 'instead', 'by', 'with', 'under', 'over', 'more', 'such',
  'asked', 'despite', 'until', 'among',
])

/** Clock abbreviations: a capitalised word after them opens a new sentence unless it names a time zone. */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m'])

// prettier-ignore
export const TIME_ZONE_WORDS: ReadonlySet<string> = new Set([
  'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'alaska', 'hawaii', 'local', 'gmt',
  'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt',
  'ct', 'mt', 'ist', 'jst', 'aest', 'british', 'european', 'greenwich', 'israel', 'moscow',
])
