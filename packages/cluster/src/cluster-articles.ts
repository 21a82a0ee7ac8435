import type { Article } from '@parallax/article'
import { candidatePairs } from './candidates'
import { copyGroups } from './copies'
import { ClusterError } from './errors'
import { averageLink, type Edge } from './link'
import { buildStories } from './stories'
import { articleTerms } from './terms'
import type { ClusterOptions, Clustering } from './types'
import { buildVectors, cosine } from './vectors'

/** Names the algorithm for caches; bump it whenever the output for the same input changes. */
export const CLUSTER_VERSION = '1.0.0'

/** Chosen on real news with each event left out in turn: see the README. */
export const DEFAULT_THRESHOLD = 0.14
export const DEFAULT_COHESION = 0.7
export const DEFAULT_MAX_DAYS_APART = 7

const DAY_MS = 86_400_000

function daysApart(a: Article, b: Article): number | undefined {
  if (a.published === undefined || b.published === undefined) return undefined
  const t = Date.parse(a.published) - Date.parse(b.published)
  return Number.isNaN(t) ? undefined : Math.abs(t) / DAY_MS
}

function checkOptions(options: ClusterOptions): Required<ClusterOptions> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const cohesion = options.cohesion ?? DEFAULT_COHESION
  const maxDaysApart = options.maxDaysApart ?? DEFAULT_MAX_DAYS_APART
  if (!(threshold > 0 && threshold <= 1)) {
    throw new ClusterError(
      'INVALID_OPTIONS',
      `cluster: threshold must be above 0 and at most 1, got ${threshold}`,
    )
  }
  if (!(cohesion >= 0 && cohesion <= 1)) {
    throw new ClusterError(
      'INVALID_OPTIONS',
      `cluster: cohesion must be from 0 to 1, got ${cohesion}`,
    )
  }
  if (!(maxDaysApart >= 0)) {
    throw new ClusterError(
      'INVALID_OPTIONS',
      `cluster: maxDaysApart must be 0 or more, got ${maxDaysApart}`,
    )
  }
  return { threshold, cohesion, maxDaysApart }
}

/** Articles in a canonical order (by id), so nothing downstream depends on the order given. */
function canonical(articles: readonly Article[]): Article[] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) {
      throw new ClusterError(
        'DUPLICATE_ARTICLE',
        `cluster: the article "${sorted[i]!.title}" (${sorted[i]!.id}) is given twice`,
      )
    }
  }
  return sorted
}

/**
 * Groups articles into stories, one event each, and marks copies of one origin inside them. Pure
 * and deterministic: the same articles in any order give the same stories, byte for byte.
 */
export function clusterArticles(
  articles: readonly Article[],
  options: ClusterOptions = {},
): Clustering {
  const { threshold, cohesion, maxDaysApart } = checkOptions(options)
  const sorted = canonical(articles)
  const n = sorted.length
  const set = buildVectors(sorted.map(articleTerms))
  const copies = copyGroups(sorted.map((a) => a.body))
  const edges: Edge[] = []
  for (const key of candidatePairs(set)) {
    const a = Math.floor(key / n)
    const b = key % n
    const days = daysApart(sorted[a]!, sorted[b]!)
    if (days !== undefined && days > maxDaysApart) continue
    const sim = cosine(set.vectors[a]!, set.vectors[b]!)
    if (sim > 0) edges.push({ a, b, sim })
  }
  const story = averageLink({ n, edges, groups: copies, threshold, cohesion })
  return { stories: buildStories({ articles: sorted, story, copies, edges }) }
}
