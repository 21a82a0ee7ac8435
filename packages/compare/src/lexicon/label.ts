/**
 * First words of an opening phrase that sets the scene rather than says the news (`In October,`).
 * Not `until`, `when`, `if`: the clause they open is a condition of the news.
 */
export const LABEL_OPENERS: ReadonlySet<string> = new Set(
  `according in on at after before during since by from for however meanwhile moreover also
  additionally furthermore still yet but and so then later earlier first finally last next this
  yesterday today tonight now previously separately instead nevertheless nonetheless overall
  with without despite amid`
    .split(/\s+/)
    .filter(Boolean),
)

/** Verbs that report speech: what follows them is the statement, what precedes them the speaker. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells added adds claimed claims claim stated states wrote writes argued argues
  insisted insists noted notes announced announces alleged alleges believes believed reported
  reports warned warns explained explains confirmed confirms suggested suggests implied implies
  maintained maintains`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words a label must not end on: it would read as cut mid-phrase. */
export const LABEL_TRAILING_WORDS: ReadonlySet<string> = new Set(
  `a an the of to in on at by for from with and or but as that which who whom whose its their his
  her our your this these those is are was were be been has have had while than into about over
  under between including such very even well`
    .split(/\s+/)
    .filter(Boolean),
)

/** Reporting verbs followed by who was told before what was said. */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell'])

/** Words that, before a reporting verb, say the speech did not happen (`neither confirmed`). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'neither', 'nor', 'no'])

/** Pronouns that, opening what is said, stand for the one who says it. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they'])

/**
 * Words opening a subordinate clause whose main clause follows the comma (`After X said…, Y did`).
 * Not `until`, `if`, `unless`: what they open is a condition the main clause needs.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'although',
  'though',
  'once',
  'since',
])

/** Words that open a relative clause: after a comma they continue a name, not the sentence. */
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where'])
