import { clusterArticles } from '@parallax/cluster'
import type { StoryGroup } from '@parallax/store'
import type { GroupArticles } from './handlers'

/**
 * A batch's articles grouped by `@parallax/cluster`. The same text handed in twice parses to one
 * article id, which clustering takes once; every item with that id joins its story.
 */
export const groupArticles: GroupArticles = (articles) => {
  const indices = new Map<string, number[]>()
  articles.forEach((article, index) => {
    indices.set(article.id, [...(indices.get(article.id) ?? []), index])
  })
  const unique = [...indices.keys()].map((id) => articles[indices.get(id)![0]!]!)
  return clusterArticles(unique).stories.map((story): StoryGroup => ({
    title: story.label,
    articles: story.articles.flatMap(({ article }) => indices.get(article)!),
  }))
}
