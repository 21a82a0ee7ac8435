// One story through Parallax and through the baseline, both scored; shared by run.ts and the CI test.
import { readFileSync, writeFileSync } from 'node:fs'
import { compareArticles, type Comparison } from '@parallax/compare'
import { compareBaseline } from './baseline'
import { loadStory, type DevStory, type GoldSet } from './dev-set'
import { scoreStory, type StoryScore, type StoryTotals } from './score'
import type { ScoredComparison } from './types'

export interface StoryRun {
  story: DevStory
  comparison: Comparison
  baseline: ScoredComparison
  parallax: StoryScore
  tfidf: StoryScore
  /** CPU time of parsing the articles and comparing them, in ms (the process's, not the wall's). */
  cpuMs: number
}

export function runStory(story: DevStory): StoryRun {
  const start = process.cpuUsage()
  const articles = loadStory(story)
  const comparison = compareArticles(articles)
  const used = process.cpuUsage(start)
  const baseline = compareBaseline(articles)
  return {
    story,
    comparison,
    baseline,
    parallax: scoreStory(story.gold, comparison),
    tfidf: scoreStory(story.gold, baseline),
    cpuMs: (used.user + used.system) / 1000,
  }
}

export function sumTotals(all: StoryTotals[]): StoryTotals {
  const sum = (key: keyof StoryTotals) => all.reduce((n, t) => n + t[key], 0)
  return {
    gold: sum('gold'),
    grouped: sum('grouped'),
    status: sum('status'),
    kinds: sum('kinds'),
    kindsWanted: sum('kindsWanted'),
    falseDiverge: sum('falseDiverge'),
    facets: sum('facets'),
    maxFacetsPerSentence: Math.max(0, ...all.map((t) => t.maxFacetsPerSentence)),
    filedSentences: sum('filedSentences'),
    sentenceLinks: sum('sentenceLinks'),
  }
}

/** The totals CI holds the engine to: counts may only rise, false divergences and crowding only fall. */
export interface Floor {
  grouped: number
  status: number
  kinds: number
  falseDiverge: number
  maxFacetsPerSentence: number
}

const FLOOR_PATHS: Record<GoldSet, URL> = {
  dev: new URL('./floor.json', import.meta.url),
  heldout: new URL('./heldout-floor.json', import.meta.url),
}

export function readFloor(set: GoldSet = 'dev'): Floor {
  return JSON.parse(readFileSync(FLOOR_PATHS[set], 'utf8')) as Floor
}

export function writeFloor(totals: StoryTotals, set: GoldSet = 'dev'): void {
  const { grouped, status, kinds, falseDiverge, maxFacetsPerSentence } = totals
  const floor: Floor = { grouped, status, kinds, falseDiverge, maxFacetsPerSentence }
  writeFileSync(FLOOR_PATHS[set], `${JSON.stringify(floor, null, 2)}\n`)
}
