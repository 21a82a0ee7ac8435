import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readDevSet } from './dev-set'
import { readFloor, runStory, sumTotals, type StoryRun } from './evaluate'
import { checkWithScoreMjs } from './score-mjs'

// The real-news dev set in ../shared/eval, through compareArticles as the CLI feeds it, held to
// the totals last recorded by `run.ts --record`. No timing here: only what the engine returns.
describe('comparison accuracy on the real-news dev set', () => {
  let runs: StoryRun[] | undefined
  const devSet = () => (runs ??= readDevSet().map(runStory))
  const dir = mkdtempSync(join(os.tmpdir(), 'parallax-accuracy-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('stays at or above the recorded floor', () => {
    const floor = readFloor()
    const totals = sumTotals(devSet().map((r) => r.parallax.totals))
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
    for (const r of devSet()) {
      const storyId = r.story.gold.id
      const totals = r.parallax.totals
      expect(
        checkWithScoreMjs({ storyId, comparison: r.comparison, totals, dir, name: 'p' }),
      ).toEqual([])
    }
  })
})
