// Extraction
export { extractClaims } from './pipeline'
export { CLAIMS_VERSION } from './version'
export { isSpeakerName } from './extractors/speaker-name'

// Matching entities across articles
export { entityKey, keySurname, sameEntity, slugify } from './keys'

// Month names in calendar order, lower case: the words a date is read from; a phrase's month and
// day, and a clock time as 24-hour `HH:MM`
export { MONTHS } from './lexicon/calendar'
export { SPEAKS_FOR } from './lexicon/roles'
export { SPEECH_VERBS } from './lexicon/speech'
export { calendarDay } from './extractors/dates'
export { timeOfDay } from './extractors/clock'

// Errors
export { ClaimsError } from './errors'
export type { ClaimsErrorCode } from './errors'

// Types
export type {
  Attribution,
  AttributionKind,
  Claim,
  DateGranularity,
  DateMention,
  Entity,
  EntityType,
  FactKind,
  Hedge,
  HedgeKind,
  Negation,
  NegationKind,
  NumberMention,
  NumberPrecision,
  QuantityType,
} from './types'
