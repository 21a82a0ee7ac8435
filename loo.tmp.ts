import { readDevSet } from './bench/accuracy/dev-set'
import { runStory } from './bench/accuracy/evaluate'
const out: Record<string, number[]> = {}
for (const set of ['dev', 'heldout'] as const)
  for (const s of readDevSet(undefined, set)) {
    const t = runStory(s).parallax.totals
    out[s.gold.id] = [t.grouped, t.status, t.falseDiverge]
  }
console.log(JSON.stringify({ cfg: process.env.CFG, out }))
