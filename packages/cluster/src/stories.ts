import type { Article } from '@parallax/article'
import { idOf } from './hash'
import type { Edge } from './link'
import type { ClusterStory } from './types'

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function byDateOutletTitle(a: Article, b: Article): number {
  const da = a.published ?? '\uffff'
  const db = b.published ?? '\uffff'
  if (da !== db) return da < db ? -1 : 1
  if (a.outlet !== b.outlet) return a.outlet < b.outlet ? -1 : 1
  if (a.title !== b.title) return a.title < b.title ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The article standing for a text's copies: the earliest, then the longest, then the first id. */
function originOf(members: readonly Article[]): Article {
  return [...members].sort(
    (a, b) =>
      compareText(a.published ?? '\uffff', b.published ?? '\uffff') ||
      b.body.length - a.body.length ||
      (a.id < b.id ? -1 : 1),
  )[0]!
}

function groupBy(keys: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>()
  keys.forEach((k, i) => {
    const list = out.get(k)
    if (list) list.push(i)
    else out.set(k, [i])
  })
  return out
}

/**
 * Stories from each article's story and copy group: ids from their articles' ids, the label the
 * headline of the article with most similarity to the rest, larger stories first.
 */
export function buildStories(options: {
  articles: readonly Article[]
  story: readonly number[]
  copies: readonly number[]
  edges: readonly Edge[]
}): ClusterStory[] {
  const { articles, story, copies, edges } = options
  const centrality = new Float64Array(articles.length)
  for (const { a, b, sim } of edges) {
    if (story[a] !== story[b]) continue
    centrality[a]! += sim
    centrality[b]! += sim
  }
  const origin = new Map<number, string>()
  for (const [group, members] of groupBy(copies)) {
    origin.set(group, originOf(members.map((i) => articles[i]!)).id)
  }
  const stories = [...groupBy(story).values()].map((members) => {
    const central = [...members].sort((x, y) => centrality[y]! - centrality[x]! || x - y)[0]!
    const ordered = [...members].sort((x, y) => byDateOutletTitle(articles[x]!, articles[y]!))
    return {
      id: idOf(
        'story',
        members.map((i) => articles[i]!.id),
      ),
      label: articles[central]!.title,
      articles: ordered.map((i) => ({ article: articles[i]!.id, origin: origin.get(copies[i]!)! })),
      origins: new Set(members.map((i) => copies[i]!)).size,
    }
  })
  return stories.sort(
    (a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
