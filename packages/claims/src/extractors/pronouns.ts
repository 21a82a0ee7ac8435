import type { Resolved } from './full-names'
import type { Mention } from './mentions'

/** A person or organisation already named, as a pronoun may find it. */
export interface Candidate {
  resolved: Resolved
  type: Resolved['type']
  gender?: 'male' | 'female'
  subject: boolean
  /** A party named in the plural (`Democrats`) is `they`, never `it`. */
  plural?: boolean
  /** Joined to another person (`Roe and Smith said`): a pronoun after it may mean either. */
  coordinated?: boolean
}

type Gender = 'male' | 'female'

/** The one entity seen so far of some kind, or that there were several. */
interface OnlyOne {
  first?: Candidate
  several: boolean
}

/**
 * What one sentence offers a later pronoun, kept up to date as its mentions come in, so a
 * pronoun costs the same however long the sentence: per gender, the nearest subject that fits or
 * is a name of unknown kind, and the people that fit; the nearest subject of any kind, and the
 * bodies and places named after it.
 */
class SentenceSummary {
  readonly subjectFor: Record<Gender, Candidate | undefined> = {
    male: undefined,
    female: undefined,
  }
  readonly fitting: Record<Gender, OnlyOne> = {
    male: { several: false },
    female: { several: false },
  }
  lastSubject?: Candidate
  sinceSubject: OnlyOne = { several: false }

  add(candidate: Candidate): void {
    for (const gender of ['male', 'female'] as const) {
      const fits = fitsPerson(candidate, gender)
      if (candidate.subject && (fits || candidate.type === 'other'))
        this.subjectFor[gender] = candidate
      if (fits) note(this.fitting[gender], candidate)
    }
    if (candidate.subject) {
      this.lastSubject = candidate
      this.sinceSubject = { several: false }
    } else if (candidate.type !== 'person') note(this.sinceSubject, candidate)
  }
}

function note(seen: OnlyOne, candidate: Candidate): void {
  if (!seen.first) seen.first = candidate
  else if (seen.first.resolved.key !== candidate.resolved.key) seen.several = true
}

// Pronouns point a sentence or two back; further, another referent has usually come between.
const LOOKBACK = 3

function fitsPerson(candidate: Candidate, gender: string | undefined): boolean {
  return candidate.type === 'person' && (!candidate.gender || candidate.gender === gender)
}

function fits(candidate: Candidate, wants: string | undefined): boolean {
  return wants === 'organisation'
    ? candidate.type === 'organisation' && !candidate.plural
    : fitsPerson(candidate, wants)
}

/**
 * Resolves `he`, `she`, `his`, `her` to the nearest person subject of the right gender before it
 * (in its sentence, then in the sentences before), or to the only fitting person of the nearest
 * sentence that names any; and `it`, `its` to an organisation only when the nearest subject is
 * one. A pronoun in an opening phrase refers ahead to the subject after it (`During his term,
 * Roe …`). It stays unresolved inside a quote (it speaks from the speaker's side), after an
 * unnamed person (`a spokesman said he`), when the nearest subject is a name of unknown kind, or
 * when two people fit and neither is a subject.
 */
export class PronounContext {
  private readonly previous: SentenceSummary[] = []
  private current = new SentenceSummary()

  startSentence(index: number): void {
    if (index > 0) this.previous.unshift(this.current)
    if (this.previous.length > LOOKBACK) this.previous.pop()
    this.current = new SentenceSummary()
  }

  add(mention: Mention, resolved: Resolved, gender: Gender | undefined): void {
    if (mention.quoted) return
    const kind = resolved.type
    // Places and bodies of unknown kind stand between `it` and its antecedent; a name of unknown
    // kind as a subject stands between `he` and his.
    if (kind !== 'person' && kind !== 'organisation' && kind !== 'place' && kind !== 'other') return
    if (kind === 'other' && !mention.subject) return
    const own = mention.form === 'pronoun' ? mention.wants?.[0] : undefined
    const known = gender ?? (own === 'male' || own === 'female' ? own : undefined)
    this.current.add({
      resolved,
      type: kind,
      ...(known ? { gender: known } : {}),
      subject: mention.subject === true,
      ...(mention.coordinated ? { coordinated: true } : {}),
      ...(mention.orgClass === 'party' && /s$/.test(mention.text) ? { plural: true } : {}),
    })
  }

  resolve(mention: Mention, ahead?: Candidate): Resolved | undefined {
    if (mention.quoted || mention.blocked) return undefined
    const wants = mention.wants?.[0]
    if (ahead && fits(ahead, wants)) return ahead.resolved
    if (wants === 'organisation') return this.organisationSubject(mention.speaks === true)
    if (wants !== 'male' && wants !== 'female') return undefined
    for (const sentence of [this.current, ...this.previous]) {
      const subject = sentence.subjectFor[wants]
      if (subject)
        return fits(subject, wants) && !subject.coordinated ? subject.resolved : undefined
      const fitting = sentence.fitting[wants]
      if (fitting.first) return fitting.several ? undefined : fitting.first.resolved
    }
    return undefined
  }

  /**
   * The nearest subject, if it is an organisation and no other body or place was named since. Past
   * its own sentence, only `it said` looks back, and only one sentence: elsewhere a bare `it`
   * there is as often a bill, a plan or a claim.
   */
  private organisationSubject(speaks: boolean): Resolved | undefined {
    const since: OnlyOne = { several: false }
    const sentences = speaks ? [this.current, ...this.previous.slice(0, 1)] : [this.current]
    for (const sentence of sentences) {
      if (sentence.sinceSubject.first) note(since, sentence.sinceSubject.first)
      if (sentence.sinceSubject.several) since.several = true
      const subject = sentence.lastSubject
      if (!subject) continue
      const others =
        since.several ||
        (since.first !== undefined && since.first.resolved.key !== subject.resolved.key)
      return fits(subject, 'organisation') && !others ? subject.resolved : undefined
    }
    return undefined
  }
}
