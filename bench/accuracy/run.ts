// Comparison accuracy on the real-news dev set (../shared/eval), Parallax beside a TF-IDF baseline:
// `pnpm exec tsx bench/accuracy/run.ts [--set dev|heldout] [--record] [--verbose] [--story ID]`.
// Every comparison is also scored by ../shared/eval/score.mjs itself; any difference from the
// port fails the run, so the numbers here are the numbers the eval's own script gives.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { COMPARE_VERSION } from '@parallax/compare'
import { BASELINE_THRESHOLD } from './baseline'
import { readDevSet, type GoldSet } from './dev-set'
import { runStory, sumTotals, writeFloor } from './evaluate'
import { confusionTable, facetLines, missCauses, storyTable } from './report'
import { recordSection } from '../record'
import { checkWithScoreMjs } from './score-mjs'

const { values } = parseArgs({
  options: {
    record: { type: 'boolean' },
    verbose: { type: 'boolean' },
    story: { type: 'string' },
    set: { type: 'string', default: 'dev' },
  },
})
if (values.set !== 'dev' && values.set !== 'heldout') {
  throw new Error(`bench/accuracy: --set is dev or heldout, not ${values.set}`)
}
const set: GoldSet = values.set
if (values.record && values.story) throw new Error('bench/accuracy: --record scores every story')

const stories = readDevSet(values.story, set)
runStory(stories[0]!) // untimed: the first comparison loads the language models
const runs = stories.map(runStory)

const dir = mkdtempSync(join(os.tmpdir(), 'parallax-accuracy-'))
const differences = runs.flatMap((r) =>
  (['parallax', 'tfidf'] as const).flatMap((name) =>
    checkWithScoreMjs({
      storyId: r.story.gold.id,
      goldPath: r.story.goldPath,
      comparison: name === 'parallax' ? r.comparison : r.baseline,
      totals: r[name].totals,
      dir,
      name,
    }).map((d) => `${r.story.gold.id} (${name}): score.mjs≠score.ts ${d}`),
  ),
)
rmSync(dir, { recursive: true, force: true })

const results = runs.flatMap((r) => r.parallax.facets)
const cpu = os.cpus()
const section = [
  `${set === 'dev' ? 'Dev set' : 'Held-out set'}: run ${new Date().toISOString().slice(0, 16)}Z on ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'} (nproc ${os.availableParallelism()}), Node ${process.version}; compare ${COMPARE_VERSION}; ${runs.length} stories, ${runs.length * 3} articles, ${results.length} gold facets; baseline threshold ${BASELINE_THRESHOLD}.`,
  '',
  storyTable(runs),
  '',
  'Gold status against the status of the facet that counted (Parallax):',
  '',
  confusionTable(results),
  '',
  'The largest causes of misses (Parallax; one cause per gold facet not fully right):',
  '',
  missCauses(results),
].join('\n')
console.log(section)
if (values.verbose) {
  for (const r of runs) console.log(`\n### ${r.story.gold.id}\n${facetLines(r.parallax.facets)}`)
}

if (differences.length > 0) {
  console.error(`\n${differences.join('\n')}`)
  process.exit(1)
}
console.log(
  `\nscore.mjs agrees with score.ts on every story (${runs.length}), Parallax and baseline alike: facets, grouped, status, kinds, false-diverge, max-facets-per-sentence.`,
)

if (values.record) {
  recordSection(set === 'dev' ? 'accuracy' : 'accuracy-heldout', section)
  writeFloor(sumTotals(runs.map((r) => r.parallax.totals)), set)
}
