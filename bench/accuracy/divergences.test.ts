import { describe, expect, it } from 'vitest'
import { readJudged, readPrecisionFloor, reportedDivergences, tally } from './divergences'

// The clustering set's stories outside the dev set, every reported divergence judged by a reader.
// A change that reports a divergence no one has read fails here until it is judged (run
// `precision.ts --unjudged`), and the divergences judged false may only become fewer.
describe('divergence precision on real stories outside the dev set', () => {
  it('reports no more divergences judged false than recorded, and none unread', () => {
    const floor = readPrecisionFloor()
    const total = tally(reportedDivergences(), readJudged()).get('total')
    expect
      .soft(total?.unjudged ?? 0, 'divergences no one has judged')
      .toBeLessThanOrEqual(floor.unjudged)
    expect
      .soft(total?.false ?? 0, 'divergences judged false')
      .toBeLessThanOrEqual(floor.judgedFalse)
  })
})
