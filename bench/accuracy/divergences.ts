// How many of the divergences Parallax reports on real stories outside the dev set are real: the
// clustering set's BASIL stories (../shared/eval/cluster, Fox News, The New York Times and HuffPost
// on one event each) that the dev set does not hold, each compared, each reported divergence read
// and judged in judged.json. The dev set's gold lists ten questions a story, so a divergence it has
// no question for is never counted against the engine there; this counts every one.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '@parallax/article'
import { compareArticles } from '@parallax/compare'
import { EVAL_DIR, GOLD_PATH } from './dev-set'

export const CLUSTER_DIR = join(EVAL_DIR, 'cluster')
const JUDGED_PATH = new URL('judged.json', import.meta.url)
const FLOOR_PATH = new URL('precision-floor.json', import.meta.url)

export type Verdict = 'real' | 'false' | 'unsure'

export interface Judgement {
  verdict: Verdict
  /** Why, in a few words a reader can check against the two sentences. */
  why: string
  /** The facet as it was judged, so a reader sees what the verdict is about. */
  explanation: string
}

export interface ReportedDivergence {
  /** The story, the kinds and the facet's claims (outlet and text), hashed: what a verdict is on. */
  key: string
  story: string
  title: string
  kinds: string[]
  confidence: number
  explanation: string
  claims: string[]
}

interface ClusterArticle {
  file: string
  story: string
  outlet: string
  title: string
}

/** The BASIL story ids of the dev set, read from each article's source (`…/<id>_1.json@…`). */
function devStoryIds(): Set<string> {
  const { stories } = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as {
    stories: { articles: Record<string, { source?: string }> }[]
  }
  const ids = new Set<string>()
  for (const story of stories) {
    for (const { source } of Object.values(story.articles)) {
      const id = /\/([0-9a-f-]{36})_\d+\.json/.exec(source ?? '')?.[1]
      if (id) ids.add(id)
    }
  }
  return ids
}

/** The clustering set's stories the dev set does not hold, each with its articles in file order. */
export function unseenStories(): { story: string; articles: ClusterArticle[] }[] {
  const goldPath = join(CLUSTER_DIR, 'gold.json')
  if (!existsSync(goldPath) || !existsSync(GOLD_PATH)) {
    throw new Error(
      `bench/accuracy: no clustering set at ${goldPath} or dev set at ${GOLD_PATH}; both are ` +
        'read from ../shared/eval beside the checkout, which CI always provides',
    )
  }
  const { articles } = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: ClusterArticle[] }
  const dev = devStoryIds()
  const byStory = new Map<string, ClusterArticle[]>()
  for (const a of articles) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a])
  return [...byStory]
    .filter(([story, list]) => list.length >= 2 && !dev.has(story))
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([story, list]) => ({
      story,
      articles: [...list].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)),
    }))
}

/** Every divergence Parallax reports on the unseen stories, in story order. */
export function reportedDivergences(): ReportedDivergence[] {
  return unseenStories().flatMap(({ story, articles }) => {
    const parsed = articles.map((a) => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(
        readFileSync(join(CLUSTER_DIR, 'articles', a.file)),
      )
      return parseArticle({ text }, { fallbackOutlet: a.outlet })
    })
    const comparison = compareArticles(parsed)
    const outletOf = new Map(comparison.articles.map((a, i) => [a.id, articles[i]!.outlet]))
    return comparison.facets
      .filter((f) => f.status === 'diverge')
      .map((f) => {
        const claims = f.claims.map((c) => `${outletOf.get(c.article)}: ${c.text}`).sort()
        const key = createHash('sha256')
          .update([story, f.kinds.join(','), ...claims].join('\n'))
          .digest('hex')
          .slice(0, 12)
        return {
          key,
          story,
          title: articles[0]!.title,
          kinds: [...f.kinds],
          confidence: f.confidence,
          explanation: f.explanation,
          claims,
        }
      })
  })
}

export function readJudged(): Record<string, Judgement> {
  return JSON.parse(readFileSync(JUDGED_PATH, 'utf8')) as Record<string, Judgement>
}

export interface PrecisionTally {
  reported: number
  real: number
  false: number
  unsure: number
  unjudged: number
}

/** Verdicts counted per kind (a divergence of two kinds counts under each) and in total. */
export function tally(
  reported: readonly ReportedDivergence[],
  judged: Record<string, Judgement>,
): Map<string, PrecisionTally> {
  const tallies = new Map<string, PrecisionTally>()
  const add = (name: string, verdict: Verdict | undefined) => {
    const t = tallies.get(name) ?? { reported: 0, real: 0, false: 0, unsure: 0, unjudged: 0 }
    t.reported++
    if (verdict) t[verdict]++
    else t.unjudged++
    tallies.set(name, t)
  }
  for (const d of reported) {
    const verdict = judged[d.key]?.verdict
    add('total', verdict)
    for (const kind of d.kinds) add(kind, verdict)
  }
  return tallies
}

/** What `precision.ts --record` last saw: judged-false divergences may only fall, unjudged too. */
export interface PrecisionFloor {
  judgedFalse: number
  unjudged: number
}

export function readPrecisionFloor(): PrecisionFloor {
  return JSON.parse(readFileSync(FLOOR_PATH, 'utf8')) as PrecisionFloor
}

export function writePrecisionFloor(floor: PrecisionFloor): void {
  writeFileSync(FLOOR_PATH, `${JSON.stringify(floor, null, 2)}\n`)
}
