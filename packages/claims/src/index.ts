// Extraction
export { extractClaims } from './pipeline'
export { CLAIMS_VERSION } from './version'
export { isSpeakerName } from './extractors/speaker-name'

// Matching entities across articles
export { entityKey, keySurname, sameEntity, slugify } from './keys'

// Month names in calendar order, lower case: the words a date is read from
export { MONTHS } from './lexicon/calendar'

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
