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
   * a short form (`Barkai`, `Amnesty`), an `anaphor` (`the ministry`, `the senator`) or a
   * `pronoun` (`she`, `its`) that needs an antecedent.
   */
  form: 'name' | 'acronym' | 'single' | 'anaphor' | 'pronoun'
  role?: string
  orgClass?: OrganisationClass
  /** For organisations: the noun their name is built on (`committee` in `Ethics Committee`). */
  noun?: string
  kingdom?: boolean
  /**
   * What the text says the entity is, beside its name: role words for a person (`senator`,
   * `deputy director`, `suspect`), nouns for an organisation (`company`, `agency`).
   */
  descriptions?: readonly string[]
  gender?: 'male' | 'female'
  /** A person's party and state from `(D-Calif.)` or `an Ohio Republican`. */
  party?: string
  state?: string
  /** A quoted nickname written inside the name (`Bud` in `William "Bud" Tanner`). */
  nickname?: string
  /** For anaphors and pronouns: the kinds of antecedent that fit, best first. */
  wants?: readonly string[]
  /** For anaphors: kinds that fit only when none of `wants` is there (`the company` → any body). */
  fallback?: readonly string[]
  /** For anaphors: the whole object of a verb (`bought the firm`), not a possessor. */
  object?: boolean
  /** The subject of its clause (`Mr. Roe said`, `…, said Jane Roe.`). */
  subject?: boolean
  /** A subject joined to another person's name (`Roe and Smith met`): `he` can mean either. */
  coordinated?: boolean
  /** Inside a direct quote: a pronoun there speaks from the speaker's side. */
  quoted?: boolean
  /** A capitalised everyday word opening the sentence: kept only if it names what the article names. */
  uncertain?: boolean
  /** For `it`: a reporting verb follows (`It said`), so it may refer back past its sentence. */
  speaks?: boolean
  /** For pronouns: an unnamed person comes before it in its sentence (`a spokesman said he`). */
  blocked?: boolean
  /**
   * For a pronoun in an opening phrase (`During his term, Roe …`): the token of the comma that
   * ends the phrase, after which the subject it refers to follows.
   */
  fronted?: number
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

/** Whether a token starts with a capital letter (`Roe`, `U.S.`); ASCII without a regular expression. */
export function capitalised(token: { text: string } | undefined): boolean {
  if (token === undefined) return false
  const code = token.text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(token.text)
}
