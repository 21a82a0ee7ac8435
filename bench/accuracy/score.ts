// The facet score of ../shared/eval/score.mjs, rule for rule, as a pure function, plus the reason
// each gold facet missed. run.ts checks on every run that score.mjs gives the same numbers.
import { explainUngrouped, outletNames } from './misses'
import type { GoldFacet, GoldStory, ScoredClaim, ScoredComparison, ScoredFacet } from './types'

/** A facet is one question: more sentences than this from one outlet is a topic, not a facet. */
export const MAX_PER_ARTICLE = 3

export function normalizeText(text: string | null | undefined): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

export interface FacetResult {
  id: string
  want: GoldFacet['status']
  /** The status of the facet that counted, or `missing` when none did. */
  got: string
  grouped: boolean
  statusRight: boolean
  /** Counted in the kinds denominator: as in score.mjs, only a diverge facet with its status right. */
  kindsWanted: boolean
  kindsRight: boolean
  falseDiverge: boolean
  /** Why the facet is not fully right (null when it is), worded so that equal causes count together. */
  miss: string | null
  /** Which facets hold which outlet's phrase, for --verbose. */
  detail: string
}

export interface StoryTotals {
  gold: number
  grouped: number
  status: number
  kinds: number
  kindsWanted: number
  falseDiverge: number
  facets: number
  maxFacetsPerSentence: number
  /** Sentences filed under at least one facet, and the facet-sentence links among them. */
  filedSentences: number
  sentenceLinks: number
}

export interface StoryScore {
  facets: FacetResult[]
  totals: StoryTotals
}

/** Scores one story's comparison against its gold facets, as score.mjs does. */
export function scoreStory(gold: GoldStory, comparison: ScoredComparison): StoryScore {
  const letters = Object.keys(gold.articles)
  const articleIds = (comparison.articles ?? []).map((a) => a.id)
  const idOf = new Map(letters.map((l, i) => [l, articleIds[i]]))
  const sentenceText = (articleId: string, index: number): string => {
    const article = comparison.articles?.find((a) => a.id === articleId)
    const sentence =
      article?.sentences?.find((s) => s.index === index) ?? article?.sentences?.[index]
    return sentence?.text ?? ''
  }
  // A claim is matched by its whole sentence, so one fact of a longer sentence still counts.
  const texts = new WeakMap<ScoredClaim, string>()
  const claimText = (c: ScoredClaim) => {
    let text = texts.get(c)
    if (text === undefined) {
      text = normalizeText(sentenceText(c.article, c.sentence) || c.text)
      texts.set(c, text)
    }
    return text
  }
  const claimsOf = (f: ScoredFacet) => f.claims ?? []
  const holds = (f: ScoredFacet, letter: string, phrase: string) =>
    claimsOf(f).some((c) => c.article === idOf.get(letter) && claimText(c).includes(phrase))
  const focused = (f: ScoredFacet) =>
    letters.every(
      (l) => claimsOf(f).filter((c) => c.article === idOf.get(l)).length <= MAX_PER_ARTICLE,
    )
  const facets = comparison.facets ?? []
  const names = outletNames(gold)

  const results = gold.facets.map((g): FacetResult => {
    const present = letters.filter((l) => g[l] != null)
    const absent = letters.filter((l) => g[l] == null)
    const phrases = new Map(present.map((l) => [l, normalizeText(g[l] as string)]))
    const candidates = facets.filter((f) => present.every((l) => holds(f, l, phrases.get(l)!)))
    const clean = (f: ScoredFacet) =>
      g.status !== 'single' ||
      !claimsOf(f).some((c) => absent.some((l) => c.article === idOf.get(l)))
    // Status-blind: the tightest candidate, then the first in output order, so filing the same
    // sentences under several statuses cannot earn credit.
    const best = candidates
      .filter((f) => focused(f) && clean(f))
      .map((f, i) => [f, i] as const)
      .sort(([a, i], [b, j]) => claimsOf(a).length - claimsOf(b).length || i - j)[0]?.[0]
    const detail = present
      .map((l) => {
        const ids = facets.filter((f) => holds(f, l, phrases.get(l)!)).map((f) => f.id ?? '?')
        return `${names.get(l)}: ${ids.join(', ') || 'no facet'}`
      })
      .join('; ')
    const result = { id: g.id, want: g.status, detail }
    if (!best) {
      const miss = explainUngrouped({
        present,
        names,
        candidates,
        focused,
        phraseInText: (l) => {
          const article = comparison.articles?.find((a) => a.id === idOf.get(l))
          const texts = (article?.sentences ?? []).map((s) => normalizeText(s.text))
          return texts.length === 0 || texts.some((t) => t.includes(phrases.get(l)!))
        },
        phraseFiled: (l) => facets.some((f) => holds(f, l, phrases.get(l)!)),
        together: (ls) => facets.some((f) => ls.every((l) => holds(f, l, phrases.get(l)!))),
      })
      return {
        ...result,
        got: 'missing',
        grouped: false,
        statusRight: false,
        kindsWanted: false,
        kindsRight: false,
        falseDiverge: false,
        miss,
      }
    }
    const statusRight = best.status === g.status
    const wantKinds = g.divergence_kinds ?? []
    const kindsWanted = statusRight && g.status === 'diverge' && wantKinds.length > 0
    const got = new Set(best.kinds ?? [])
    const kindsRight = kindsWanted && wantKinds.some((k) => got.has(k))
    const miss = !statusRight
      ? `status wrong: got ${best.status} want ${g.status}`
      : kindsWanted && !kindsRight
        ? `kinds wrong: got ${[...got].join('+') || 'none'} want ${wantKinds.join('+')}`
        : null
    return {
      ...result,
      got: best.status,
      grouped: true,
      statusRight,
      kindsWanted,
      kindsRight,
      falseDiverge: g.status === 'agree' && best.status === 'diverge',
      miss,
    }
  })

  // How many facets one sentence is filed under (a sentence states a few facts, not dozens).
  const perSentence = new Map<string, number>()
  for (const f of facets) {
    for (const key of new Set(claimsOf(f).map((c) => `${c.article}:${c.sentence}`))) {
      perSentence.set(key, (perSentence.get(key) ?? 0) + 1)
    }
  }
  const count = (pick: (r: FacetResult) => boolean) => results.filter(pick).length
  return {
    facets: results,
    totals: {
      gold: gold.facets.length,
      grouped: count((r) => r.grouped),
      status: count((r) => r.statusRight),
      kinds: count((r) => r.kindsRight),
      kindsWanted: count((r) => r.kindsWanted),
      falseDiverge: count((r) => r.falseDiverge),
      facets: facets.length,
      maxFacetsPerSentence: Math.max(0, ...perSentence.values()),
      filedSentences: perSentence.size,
      sentenceLinks: [...perSentence.values()].reduce((a, b) => a + b, 0),
    },
  }
}
