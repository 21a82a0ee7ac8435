/**
 * Words that put an event in the future or leave it undecided (`will be given`, `is expected to
 * rule`, `has yet to decide`, `still to come`). Matched as lower-case word sequences.
 */
export const PENDING_CUES: readonly string[] = [
  'will',
  "won't",
  'shall',
  'is expected to',
  'are expected to',
  'is due to',
  'are due to',
  'is set to',
  'are set to',
  'is scheduled to',
  'are scheduled to',
  // Reported as the plan when the article was written (`was expected to be indicted`).
  'was expected to',
  'were expected to',
  'was due to',
  'were due to',
  'was set to',
  'were set to',
  'was scheduled to',
  'were scheduled to',
  'yet to',
  'prepared to',
  'ready to',
  'plans to',
  'planning to',
  'intends to',
  'poised to',
  'about to',
  'still to come',
  'not yet',
  'pending',
  'to be decided',
  'to be determined',
  'to be announced',
  'later this week',
  'later this month',
  'later this year',
]

/** Past forms that do not end in `-ed`, common in news. Reporting verbs are left out: they date the telling, not the event. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  `was were had did shut gave took made held began came went put set cut hit struck fell rose
  brought bought sold sent spent won lost left met paid found fought caught chose drove broke
  froze stole threw wrote ran led kept`
    .split(/\s+/)
    .filter(Boolean),
)

/** Past forms ending in `-ed` that say the event is not done. */
export const UNDONE_PAST: ReadonlySet<string> = new Set([
  'planned',
  'proposed',
  'expected',
  'scheduled',
  'delayed',
  'postponed',
  'requested',
  'asked',
  'called',
  'urged',
  'sought',
])
