import type { Article } from '@parallax/article'
import { sameEntity, SPEAKS_FOR, type Claim, type Entity } from '@parallax/claims'

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their'])
/** At most this many words (`executive director`, `centrist think tank`) around the role. */
const MODIFIERS = 3

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}.'’-]+/gu) ?? []

/** A role phrase (`the executive director`): up to a few words, ending on a role that speaks for. */
function isRolePhrase(text: string): boolean {
  const ws = words(text).filter((w, i) => i > 0 || !DETERMINERS.has(w))
  return ws.length > 0 && ws.length <= MODIFIERS && SPEAKS_FOR.has(ws.at(-1)!)
}

/**
 * Whether the words between a person and an organisation say the person speaks for it:
 * `Jonathan Cowan, president of Third Way`, `John Doe, a spokesman for the F.B.I.`.
 */
function personThenOrganisation(between: string): boolean {
  const m = /^\s*,\s+(.+?)\s+(?:of|for|at)\s+(.*)$/su.exec(between)
  return m !== null && isRolePhrase(m[1]!) && words(m[2]!).length <= MODIFIERS
}

/**
 * The same, organisation first: `Third Way President Jonathan Cowan`, `NRSC spokesman Brian
 * Walsh`, `the F.B.I.’s director, X`. Only a title stands between them, each word capitalised or
 * a role: `troops from President Obama` names no one's office.
 */
function organisationThenPerson(between: string): boolean {
  const m = /^(?:['’]s)?\s+(.+?),?\s*$/su.exec(between)
  if (m === null || !isRolePhrase(m[1]!)) return false
  return m[1]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || SPEAKS_FOR.has(w.toLowerCase()))
}

const speaks = (e: Entity) => e.type === 'person'
const isBody = (e: Entity) => e.type === 'organisation' || e.type === 'other'

/**
 * The organisations each person of the story speaks for, as any of its articles describes them
 * (`Jonathan Cowan, president of Third Way`), by the person's entity key. A statement credited to
 * the organisation by one outlet and to its president by another has one source, not two.
 */
export function affiliations(
  story: readonly { article: Article; claims: readonly Claim[] }[],
): Map<string, string[]> {
  const found = new Map<string, Set<string>>()
  const note = (person: Entity, body: Entity) => {
    const set = found.get(person.key) ?? new Set<string>()
    set.add(body.key)
    found.set(person.key, set)
  }
  for (const { article, claims } of story) {
    for (const claim of claims) {
      const mentions = [...claim.entities].sort((x, y) => x.start - y.start)
      mentions.slice(1).forEach((next, i) => {
        const prev = mentions[i]!
        const between = article.body.slice(prev.end, next.start)
        if (speaks(prev) && isBody(next) && personThenOrganisation(between)) note(prev, next)
        if (isBody(prev) && speaks(next)) {
          // A title written with the name is kept apart from it (`President` of `President Jo Roe`).
          const role = next.role && !between.includes(next.role) ? `${next.role} ` : ''
          if (organisationThenPerson(between + role)) note(next, prev)
        }
      })
    }
  }
  return new Map([...found].map(([person, bodies]) => [person, [...bodies].sort()]))
}

/** Whether the person keyed `person` speaks, by `story`, for the organisation keyed `body`. */
export function speaksFor(
  story: ReadonlyMap<string, readonly string[]>,
  person: string,
  body: string,
): boolean {
  for (const [key, bodies] of story) {
    if (sameEntity(key, person) && bodies.some((b) => sameEntity(b, body))) return true
  }
  return false
}
