// The proof that score.ts scores as ../shared/eval/score.mjs does: the same comparison goes
// through both, and the numbers of score.mjs's summary line must be the port's numbers.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SCORE_MJS } from './dev-set'
import type { StoryTotals } from './score'
import type { ScoredComparison } from './types'

const SUMMARY: Record<string, RegExp> = {
  facets: /^facets (\d+);/,
  grouped: /grouped (\d+)\//,
  status: /status (\d+)\//,
  kinds: /kinds (\d+)\//,
  kindsWanted: /kinds \d+\/(\d+)/,
  falseDiverge: /false-diverge (\d+)/,
  maxFacetsPerSentence: /max-facets-per-sentence (\d+)/,
}

/** Differences between score.mjs's summary and the port's totals, as `name mjs≠port`; empty when equal. */
export function checkWithScoreMjs(options: {
  storyId: string
  goldPath: string
  comparison: ScoredComparison
  totals: StoryTotals
  dir: string
  name: string
}): string[] {
  const file = join(options.dir, `${options.storyId}-${options.name}.json`)
  writeFileSync(file, JSON.stringify(options.comparison))
  const output = execFileSync(
    process.execPath,
    [SCORE_MJS, options.goldPath, file, '--story', options.storyId],
    { encoding: 'utf8' },
  )
  const line = output.trim().split('\n').pop() ?? ''
  return Object.entries(SUMMARY).flatMap(([key, re]) => {
    const found = re.exec(line)?.[1]
    const port = options.totals[key as keyof StoryTotals]
    return found !== undefined && Number(found) === port ? [] : [`${key} ${found ?? '?'}≠${port}`]
  })
}
