import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadStory, readDevSet, type GoldSet } from './dev-set'
import { readFloor, runStory, sumTotals, type StoryRun } from './evaluate'
import { checkWithScoreMjs } from './score-mjs'

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()

// The real-news dev set in ../shared/eval and the held-out stories of bench/accuracy/heldout.json,
// through compareArticles as the CLI feeds it, each held to the totals last recorded by
// `run.ts --record`. No timing here: only what the engine returns.
describe.each<GoldSet>(['dev', 'heldout'])('comparison accuracy on the %s set', (set) => {
  let runs: StoryRun[] | undefined
  const stories = () => (runs ??= readDevSet(undefined, set).map(runStory))
  const dir = mkdtempSync(join(os.tmpdir(), 'parallax-accuracy-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('stays at or above the recorded floor', () => {
    const floor = readFloor(set)
    const totals = sumTotals(stories().map((r) => r.parallax.totals))
    expect.soft(totals.grouped, 'gold facets grouped').toBeGreaterThanOrEqual(floor.grouped)
    expect
      .soft(totals.status, 'gold facets with the right status')
      .toBeGreaterThanOrEqual(floor.status)
    expect.soft(totals.kinds, 'divergences of the right kind').toBeGreaterThanOrEqual(floor.kinds)
    expect
      .soft(totals.falseDiverge, 'agreements reported as divergences')
      .toBeLessThanOrEqual(floor.falseDiverge)
    expect
      .soft(totals.maxFacetsPerSentence, 'facets of one sentence')
      .toBeLessThanOrEqual(Math.min(3, floor.maxFacetsPerSentence))
  })

  it('scores each story as score.mjs scores it', () => {
    for (const r of stories()) {
      expect(
        checkWithScoreMjs({
          storyId: r.story.gold.id,
          goldPath: r.story.goldPath,
          comparison: r.comparison,
          totals: r.parallax.totals,
          dir,
          name: 'p',
        }),
      ).toEqual([])
    }
  })

  // The dev set answers one question only in a headline, which no facet can hold.
  it('has every gold phrase in one sentence or the headline of its article', () => {
    for (const story of readDevSet(undefined, set)) {
      const articles = loadStory(story)
      const letters = Object.keys(story.gold.articles)
      for (const facet of story.gold.facets) {
        letters.forEach((letter, i) => {
          const phrase = facet[letter]
          if (typeof phrase !== 'string') return
          const article = articles[i]!
          const found = [article.title, ...article.sentences.map((s) => s.text)].some((text) =>
            norm(text).includes(norm(phrase)),
          )
          expect(found, `${story.gold.id} ${facet.id} ${letter}: ${phrase}`).toBe(true)
        })
      }
    }
  })
})
