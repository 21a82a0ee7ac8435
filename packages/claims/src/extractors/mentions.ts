import type { Token } from '../analyse'
import type { EntityType } from '../types'
import type { OrganisationClass } from '../lexicon/organisations'

/** A name or reference found in one sentence, before the article-wide pass settles its key. */
export interface Mention {
  /** Token indices in the sentence. */
  first: number
  last: number
  start: number
  end: number
  text: string
  type: EntityType
  /** Canonical name: what the key is made from. */
  name: string
  /**
   * How it names: by a full `name`, an `acronym` (`MoD`), a `single` word that may be a surname or
   * a short form (`Barkai`, `Amnesty`), or an `anaphor` (`the ministry`) that needs an antecedent.
   */
  form: 'name' | 'acronym' | 'single' | 'anaphor'
  role?: string
  orgClass?: OrganisationClass
  kingdom?: boolean
  /** For anaphors: which antecedents fit. */
  wants?: readonly (OrganisationClass | 'kingdom' | 'judge')[]
  /** For anaphors: the whole object of a verb (`bought the firm`), not a possessor. */
  object?: boolean
}

export function spanText(
  body: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): string {
  const a = tokens[first]
  const b = tokens[last]
  return a && b ? body.slice(a.start, b.end) : ''
}
