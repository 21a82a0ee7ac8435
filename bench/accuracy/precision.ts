// Divergence precision on real stories outside the dev set:
// `pnpm exec tsx bench/accuracy/precision.ts [--record] [--unjudged]`.
// `--unjudged` prints, as JSON, every reported divergence judged.json has no verdict for: read
// each one's sentences (and the articles where they are not enough) and add a verdict.
import os from 'node:os'
import { parseArgs } from 'node:util'
import { COMPARE_VERSION } from '@parallax/compare'
import { recordSection } from '../record'
import {
  readJudged,
  reportedDivergences,
  tally,
  unseenStories,
  writePrecisionFloor,
} from './divergences'

const { values } = parseArgs({
  options: { record: { type: 'boolean' }, unjudged: { type: 'boolean' } },
})

const reported = reportedDivergences()
const judged = readJudged()
if (values.unjudged) {
  console.log(
    JSON.stringify(
      reported.filter((d) => !judged[d.key]),
      null,
      1,
    ),
  )
  process.exit(0)
}

const tallies = tally(reported, judged)
const percent = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`)
const rows = [...tallies]
  .sort(([x], [y]) => (x === 'total' ? 1 : y === 'total' ? -1 : x < y ? -1 : 1))
  .map(([kind, t]) => {
    const name = kind === 'total' ? '**total**' : kind
    const precision = percent(t.real, t.real + t.false + t.unsure)
    return `| ${name} | ${t.reported} | ${t.real} | ${t.unsure} | ${t.false} | ${t.unjudged} | ${precision} |`
  })
const cpu = os.cpus()
const section = [
  `Run ${new Date().toISOString().slice(0, 16)}Z on ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}; compare ${COMPARE_VERSION}; ${unseenStories().length} stories outside the dev set.`,
  '',
  '| kind | reported | real | unsure | false | not judged | real of judged |',
  '| --- | --: | --: | --: | --: | --: | --: |',
  ...rows,
].join('\n')
console.log(section)
if (values.record) {
  recordSection('precision', section)
  const total = tallies.get('total')
  writePrecisionFloor({ judgedFalse: total?.false ?? 0, unjudged: total?.unjudged ?? 0 })
}
