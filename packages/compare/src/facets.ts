import { createHash } from 'node:crypto'
import type { Article } from '@parallax/article'
import { saysOneThing, type ClaimGroup } from './align'
import { classifyGroup } from './classify'
import { explainFacet } from './explain'
import { similarity, type ClaimNode } from './features'
import { labelFacet } from './label'
import type { Divergence } from './divergence'
import type { DivergenceKind, Facet, FacetClaim, FacetStatus, SentencePair } from './types'
import { diffSentenceWords } from './word-diff'

/** Facets this small have every cross-outlet pair checked for conflicts; bigger ones, their aligned pairs. */
const ALL_PAIRS_UP_TO = 12
const PARTNER_CANDIDATES = 6
const STATUS_RANK: Record<FacetStatus, number> = { diverge: 0, agree: 1, single: 2 }

export interface StoryContext {
  /** Articles in canonical order. */
  articles: Article[]
  /** Outlet names to show, by canonical index, unique within the story. */
  names: string[]
  /** For each key, the share of the story's articles that mention it. */
  spread: Map<string, number>
}

interface RankedFacet {
  facet: Facet
  pairs: SentencePair[]
  outlets: number
  centrality: number
  /** 1 when the facet diverges only by tense (done against still to come): weaker evidence, shown later. */
  inferred: number
}

function facetId(members: ClaimNode[], articles: Article[]): string {
  // A sentence's facts may stand in different facets: a fact other than the main clause is named by
  // where it starts, so each facet keeps an id of its own.
  const refs = members
    .map((m) => {
      const sentence = `${articles[m.articleIndex]!.id}#${m.claim.sentence}`
      return m.claim.fact === 'main' ? sentence : `${sentence}@${m.claim.start}`
    })
    .sort()
  return `f-${createHash('sha256').update(refs.join('\n')).digest('hex').slice(0, 12)}`
}

/** Each claim paired with the claim of another outlet it lines up with best: the anchor, mostly. */
function alignedPairs(members: ClaimNode[]): [ClaimNode, ClaimNode, number][] {
  const anchor = members[0]!
  const pairs: [ClaimNode, ClaimNode, number][] = []
  for (const m of members.slice(1)) {
    let partner: ClaimNode | undefined
    let score = -1
    if (m.articleIndex !== anchor.articleIndex) {
      partner = anchor
      score = similarity(anchor, m)
    } else {
      for (const other of members
        .filter((x) => x.articleIndex !== m.articleIndex)
        .slice(0, PARTNER_CANDIDATES)) {
        const s = similarity(m, other)
        if (s > score) [partner, score] = [other, s]
      }
    }
    if (partner) pairs.push(partner.order < m.order ? [partner, m, score] : [m, partner, score])
  }
  return pairs
}

function crossPairs(members: ClaimNode[]): [ClaimNode, ClaimNode][] {
  const pairs: [ClaimNode, ClaimNode][] = []
  members.forEach((a, i) => {
    for (const b of members.slice(i + 1)) if (a.articleIndex !== b.articleIndex) pairs.push([a, b])
  })
  return pairs
}

/**
 * Members joined to the facet by loose pairs only: shown beside the others, since their sentences
 * say much the same, but their facts line up too weakly to be evidence of a divergence.
 */
function looselyJoined(group: ClaimGroup): Set<ClaimNode> {
  const loose = new Set<ClaimNode>()
  if (!group.links.some((l) => l.loose)) return loose
  for (const m of group.members) {
    const links = group.links.filter((l) => l.a === m || l.b === m)
    if (links.length > 0 && links.every((l) => l.loose)) loose.add(m)
  }
  return loose
}

function toFacetClaim(node: ClaimNode, articles: Article[]): FacetClaim {
  const { claim } = node
  return {
    article: articles[node.articleIndex]!.id,
    sentence: claim.sentence,
    span: claim.span,
    fact: claim.fact,
    text: claim.text,
    entities: claim.entities,
    numbers: claim.numbers,
    dates: claim.dates,
    hedges: claim.hedges,
    negated: claim.negated,
    attribution: claim.attribution,
    negations: claim.negations,
  }
}

/** How central a facet is to the story: how widely its keys are shared, and how early it is told. */
function centralityOf(members: ClaimNode[], spread: Map<string, number>): number {
  let total = 0
  for (const m of members) {
    let shared = 0
    let weight = 0
    for (const [key, w] of m.own) {
      shared += (spread.get(key) ?? 0) * w
      weight += w
    }
    const lead = 1 / (1 + m.claim.sentence / 10)
    total += (weight > 0 ? shared / weight : 0) + 0.5 * lead
  }
  return total / members.length
}

// How direct each kind of evidence is: a figure or date in conflict is read off the words; a
// name in the same slot, a negation, a qualifier or a source may be about a neighbouring question.
const EVIDENCE: Record<DivergenceKind, number> = {
  value: 0.85,
  negation: 0.7,
  hedge: 0.6,
  attribution: 0.6,
}
// Tense alone (done against still to come) is weaker evidence than conflicting words.
const INFERRED_EVIDENCE = 0.5
// Aligned claims this similar are as sure a match as the scores get.
const SURE_MATCH = 0.6
// A loose pair (kept for its sentences' words, its facts under ALIGN_THRESHOLD) counts at half its
// score, under MUTUAL_THRESHOLD: below any pair kept on its facts' own score.
const LOOSE_SHARE = 0.5

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * A single facet is as sure as no other outlet came close to saying it; an agreement as its
 * claims line up; a divergence as they line up times how direct its evidence is.
 */
function confidenceOf(status: FacetStatus, group: ClaimGroup, divergences: Divergence[]): number {
  if (status === 'single') return round(1 - Math.min(1, group.nearest ?? 0))
  const scores = group.links.map((l) => (l.loose ? l.score * LOOSE_SHARE : l.score))
  const mean = scores.length > 0 ? scores.reduce((x, y) => x + y, 0) / scores.length : 0
  const match = Math.min(1, mean / SURE_MATCH)
  if (status === 'agree') return round(match)
  const evidence = Math.max(
    ...divergences.map((d) => (d.status ? INFERRED_EVIDENCE : EVIDENCE[d.kind])),
  )
  return round(match * evidence)
}

function buildFacet(group: ClaimGroup, story: StoryContext): RankedFacet {
  const { members } = group
  const outlets = group.perArticle.size
  const aligned: [ClaimNode, ClaimNode, number][] =
    group.links.length > 0
      ? group.links.map(({ a, b, score }) => [a, b, score])
      : alignedPairs(members)
  const loose = looselyJoined(group)
  const checked = (
    members.length <= ALL_PAIRS_UP_TO
      ? crossPairs(members)
      : aligned.map(([a, b]) => [a, b] as [ClaimNode, ClaimNode])
  ).filter(([a, b]) => !loose.has(a) && !loose.has(b))
  const divergences = classifyGroup(
    members.filter((m) => !loose.has(m)),
    checked,
  )
  const status: FacetStatus = outlets < 2 ? 'single' : divergences.length > 0 ? 'diverge' : 'agree'
  const id = facetId(members, story.articles)
  const ref = (n: ClaimNode) => ({
    article: story.articles[n.articleIndex]!.id,
    sentence: n.claim.sentence,
  })
  return {
    facet: {
      id,
      label: labelFacet(members),
      status,
      kinds: divergences.map((d) => d.kind),
      confidence: confidenceOf(status, group, divergences),
      claims: members.map((m) => toFacetClaim(m, story.articles)),
      explanation: explainFacet(status, divergences, members, story.names, loose.size > 0),
    },
    pairs: aligned.map(([a, b, score]) => ({
      a: ref(a),
      b: ref(b),
      score: Math.round(score * 1000) / 1000,
      facet: id,
      diff: diffSentenceWords(a.claim.text, b.claim.text),
    })),
    outlets,
    centrality: centralityOf(members, story.spread),
    inferred: divergences.length > 0 && divergences.every((d) => d.status) ? 1 : 0,
  }
}

/**
 * Readers take `agree` to mean the outlets report the same fact, so a group none of whose
 * cross-outlet pairs says the same thing (it only names the same things) is shown as what each
 * outlet reports alone. A divergence needs no such check: the conflict found is itself on words
 * both sentences share.
 */
function unsupportedAgreement(group: ClaimGroup, built: RankedFacet): ClaimGroup[] | undefined {
  if (built.facet.status !== 'agree') return undefined
  if (saysOneThing(group.members)) return undefined
  return [...group.perArticle.keys()]
    .sort((x, y) => x - y)
    .map((article) => {
      const members = group.members.filter((m) => m.articleIndex === article)
      return {
        members,
        perArticle: new Map([[article, members.length]]),
        links: [],
        // They lined up this well, if not as one statement: as sure as that is it stands alone.
        nearest: Math.max(0, ...group.links.map((l) => l.score)),
      }
    })
}

/**
 * Facets, most useful first (diverge, agree, single; divergences read from the words before those
 * inferred from tense; then by outlets and centrality), with their pairs.
 */
export function buildFacets(
  groups: ClaimGroup[],
  story: StoryContext,
): { facets: Facet[]; pairs: SentencePair[] } {
  const ranked = groups
    .flatMap((g) => {
      const built = buildFacet(g, story)
      return unsupportedAgreement(g, built)?.map((part) => buildFacet(part, story)) ?? [built]
    })
    .sort(
      (x, y) =>
        STATUS_RANK[x.facet.status] - STATUS_RANK[y.facet.status] ||
        x.inferred - y.inferred ||
        y.outlets - x.outlets ||
        y.centrality - x.centrality ||
        (x.facet.id < y.facet.id ? -1 : x.facet.id > y.facet.id ? 1 : 0),
    )
  return { facets: ranked.map((r) => r.facet), pairs: ranked.flatMap((r) => r.pairs) }
}
