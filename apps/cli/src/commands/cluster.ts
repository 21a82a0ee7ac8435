import { parseArgs } from 'node:util'
import type { Article } from '@parallax/article'
import { clusterArticles } from '@parallax/cluster'
import { compareArticles, MAX_ARTICLES, MIN_ARTICLES, type Comparison } from '@parallax/compare'
import { CliError } from '../errors'
import { expandPaths, loadArticles, showsProgress } from '../inputs'
import type { CliIo } from '../io'
import { renderStories, type StoryOutput } from '../render/stories'
import { formatComparison } from './compare'

/** Stories from the clustering, each article given back as the inputs it was read from. */
function storiesOf(inputs: readonly string[], articles: readonly Article[]): StoryOutput[] {
  // The same text under two names is one article read twice: both listed, with one origin.
  const byId = new Map<string, { input: string; article: Article }[]>()
  articles.forEach((article, i) => {
    const read = { input: inputs[i]!, article }
    const seen = byId.get(article.id)
    if (seen) seen.push(read)
    else byId.set(article.id, [read])
  })
  const unique = [...byId.values()].map((reads) => reads[0]!.article)
  return clusterArticles(unique).stories.map((story) => ({
    id: story.id,
    label: story.label,
    origins: story.origins,
    articles: story.articles.flatMap(({ article, origin }) =>
      byId.get(article)!.map(({ input, article: a }) => ({
        input,
        outlet: a.outlet,
        title: a.title,
        origin: byId.get(origin)![0]!.input,
      })),
    ),
    originArticles: [...new Set(story.articles.map((a) => a.origin))].map(
      (id) => byId.get(id)![0]!.article,
    ),
  }))
}

/** One article per origin, compared when they come from two or more outlets. */
function compareStory(story: StoryOutput): Comparison | undefined {
  const articles = story.originArticles.slice(0, MAX_ARTICLES)
  if (articles.length < MIN_ARTICLES) return undefined
  if (new Set(articles.map((a) => a.outlet)).size < 2) return undefined
  return compareArticles(articles)
}

export async function runCluster(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, compare: { type: 'boolean' } },
  })
  if (positionals.length === 0) {
    throw new CliError('USAGE', 'cluster takes one or more files, folders or URLs')
  }
  const inputs = await expandPaths(positionals)
  const progress = showsProgress(inputs)
  const articles = await loadArticles(inputs, { io, progress })
  if (progress) io.stderr(`parallax: grouping ${articles.length} articles into stories\n`)
  const stories = storiesOf(inputs, articles)
  const comparisons = new Map<string, Comparison>()
  if (values.compare) {
    const comparable = stories.filter((s) => s.originArticles.length >= MIN_ARTICLES)
    for (const [i, story] of comparable.entries()) {
      if (progress) io.stderr(`parallax: comparing story ${i + 1}/${comparable.length}\n`)
      const comparison = compareStory(story)
      if (comparison) comparisons.set(story.id, comparison)
    }
  }
  if (values.json) {
    const json = {
      version: 1,
      stories: stories.map((s) => ({
        id: s.id,
        label: s.label,
        origins: s.origins,
        articles: s.articles,
        ...(comparisons.has(s.id) && { comparison: comparisons.get(s.id) }),
      })),
    }
    io.stdout(`${JSON.stringify(json, null, 2)}\n`)
    return
  }
  io.stdout(renderStories(stories, io.color))
  for (const story of stories) {
    const comparison = comparisons.get(story.id)
    if (comparison)
      io.stdout(`\n== ${story.label}\n\n${formatComparison(comparison, 'text', io.color)}`)
  }
}
