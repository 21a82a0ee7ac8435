// The proof that score.ts scores as ../shared/eval/cluster/score.mjs does: one clustering through
// both, and the numbers of score.mjs's line must be the port's, to its three decimals.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { GOLD_PATH, SCORE_MJS, type EvalArticle } from './eval-set'
import type { ClusterScore } from './score'

/** Differences between score.mjs's line and the port's score, as `name mjs≠port`; empty when equal. */
export function checkWithScoreMjs(
  set: readonly EvalArticle[],
  got: readonly string[],
  score: ClusterScore,
): string[] {
  const stories = new Map<string, { input: string }[]>()
  set.forEach((e, i) => stories.set(got[i]!, [...(stories.get(got[i]!) ?? []), { input: e.file }]))
  const dir = mkdtempSync(join(os.tmpdir(), 'parallax-cluster-score-'))
  const file = join(dir, 'clusters.json')
  writeFileSync(
    file,
    JSON.stringify({ stories: [...stories.values()].map((articles) => ({ articles })) }),
  )
  const line = execFileSync(process.execPath, [SCORE_MJS, GOLD_PATH, file], { encoding: 'utf8' })
  rmSync(dir, { recursive: true, force: true })
  const expected: Record<string, number> = {
    found: score.found,
    'pairwise P': score.pairwise.precision,
    'pairwise R': score.pairwise.recall,
    'pairwise F1': score.pairwise.f1,
    'B-cubed P': score.bcubed.precision,
    'B-cubed R': score.bcubed.recall,
    'B-cubed F1': score.bcubed.f1,
  }
  const read = (name: string): string | undefined => {
    if (name === 'found') return /found (\d+)/.exec(line)?.[1]
    const [kind, measure] = name.split(' ')
    const part = line.slice(line.indexOf(kind === 'pairwise' ? 'pairwise' : 'B-cubed'))
    return new RegExp(`${measure} ([\\d.]+)`).exec(part)?.[1]
  }
  return Object.entries(expected).flatMap(([name, value]) => {
    const found = read(name)
    const port = name === 'found' ? String(value) : value.toFixed(3)
    return found === port ? [] : [`${name} ${found ?? '?'}≠${port}`]
  })
}
