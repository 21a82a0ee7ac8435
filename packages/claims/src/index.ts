// Types
export type {
  Attribution,
  AttributionKind,
  Claim,
  DateGranularity,
  DateMention,
  Entity,
  EntityType,
  Hedge,
  HedgeKind,
  Negation,
  NegationKind,
  NumberMention,
  NumberPrecision,
} from './types'
