import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import { conceptsOf } from './concepts'
import { buildClaimNodes, words, type ClaimNode } from './features'
import { findStatusConflict } from './status'

function nodes(a: string, b: string): [ClaimNode, ClaimNode] {
  const story = [makeArticle('a', 'Daily Ledger', [a]), makeArticle('b', 'Evening Post', [b])].map(
    (article) => ({ article, claims: extractClaims(article) }),
  )
  const [x, y] = buildClaimNodes(story)
  return [x!, y!]
}

describe('findStatusConflict', () => {
  it('finds an event one outlet reports done and another says is still to come', () => {
    const [done, pending] = nodes(
      'The tribunal held the inquiry into the dam behind closed doors on Friday.',
      'A ruling on whether the inquiry into the dam is held in public will be given next month.',
    )
    const conflict = findStatusConflict(pending, done)
    expect(conflict?.done).toBe(done)
    expect(conflict?.pending).toBe(pending)
    expect(conflict?.doneWords).toContain('held the inquiry')
    expect(conflict?.pendingWords).toBe('will be given next month')
  })

  it('reads the main clause without what its relative clause says', () => {
    const story = [
      'The mayor promised the dock workers would be compensated for the paychecks that the port authority took from them.',
      'The dock workers will get back pay very quickly, the mayor said.',
    ].map((text, i) => {
      const article = makeArticle(`a${i}`, `Outlet ${i}`, [text])
      return { article, claims: extractClaims(article) }
    })
    const all = buildClaimNodes(story)
    const main = all.find((n) => n.articleIndex === 0 && n.claim.fact === 'main')!
    const pending = all.find((n) => n.articleIndex === 1)!
    expect(all.some((n) => n.claim.fact === 'relative')).toBe(true)
    expect(findStatusConflict(main, pending)).toBeUndefined()
  })

  it('does not read a past form after `to`, a modal or `get` as done', () => {
    const [wanted, pending] = nodes(
      'The mayor wants to get the dock workers paid by the end of the month.',
      'The dock workers will be paid at the end of the month.',
    )
    expect(findStatusConflict(wanted, pending)).toBeUndefined()
  })

  it('reads no past form in a condition, in `was …ing`, or away from the event as done', () => {
    const pending = 'The board will approve the merger of the two banks.'
    for (const other of [
      'If the merger of the two banks was approved, the board would expand.',
      'The chairman said the board was approving the merger of the two banks.',
      'The board approving the merger of the two banks had met in the old hall.',
    ]) {
      const [notDone, later] = nodes(other, pending)
      expect(findStatusConflict(notDone, later), other).toBeUndefined()
    }
    const [met, meeting] = nodes(
      'The chairman met the board of the two banks on Thursday.',
      'The chairman will meet the board of the two banks on Thursday.',
    )
    expect(findStatusConflict(met, meeting)?.doneWords).toContain('met')
  })

  it('takes as pending only the verb the cue governs, not the one before it', () => {
    const readyToBlock =
      'The Supreme Court appears ready to block the lawsuit against the retailer.'
    const [appeared, ready] = nodes(
      'The Supreme Court appeared divided over the lawsuit against the retailer on Tuesday.',
      readyToBlock,
    )
    expect(findStatusConflict(appeared, ready)).toBeUndefined()
    const [blocked, stillReady] = nodes(
      'The Supreme Court blocked the lawsuit against the retailer.',
      readyToBlock,
    )
    expect(findStatusConflict(blocked, stillReady)?.pendingWords).toBe(
      'ready to block the lawsuit against the retailer',
    )
  })

  it('reads `is expected to`, `was expected to`, `has yet to` and `is prepared to` as pending', () => {
    for (const pending of [
      'The board is expected to approve the merger of the two banks.',
      'The board has yet to approve the merger of the two banks.',
      'The chairman said the board is prepared to approve the merger of the two banks.',
      'The board plans to approve the merger of the two banks.',
      'The board was expected to approve the merger of the two banks, people close to it said.',
    ]) {
      const [done, later] = nodes('The board approved the merger of the two banks.', pending)
      expect(findStatusConflict(done, later)?.pending, pending).toBe(later)
    }
  })

  it('finds nothing when both report it done, or both still to come', () => {
    expect(
      findStatusConflict(
        ...nodes(
          'The board approved the merger of the two banks.',
          'The merger of the two banks was approved by the board.',
        ),
      ),
    ).toBeUndefined()
    expect(
      findStatusConflict(
        ...nodes(
          'The board will approve the merger of the two banks.',
          'The board is expected to approve the merger of the two banks.',
        ),
      ),
    ).toBeUndefined()
  })

  it('ignores a future inside a quote or another clause about something else', () => {
    expect(
      findStatusConflict(
        ...nodes(
          'The council closed the library on Monday.',
          'The council said its budget, “which will be cut again”, covers the library.',
        ),
      ),
    ).toBeUndefined()
  })
})

describe('findStatusConflict on what is pending', () => {
  it('takes the subject or verb of the cue as the pending event, not what is named after it', () => {
    expect(
      findStatusConflict(
        ...nodes(
          'The court ruled on the hearing of the harbour case in May.',
          'The harbour company will expand into the old shipyard beside the hall of the hearing.',
        ),
      ),
    ).toBeUndefined()
  })
})

describe('conceptsOf', () => {
  it('names one concept however it is put, phrases before their first word', () => {
    expect(conceptsOf(words('The hearing was held behind closed doors.'))).toEqual([
      'hearing',
      'closure',
    ])
    expect(conceptsOf(words('They sued; a lawsuit; legal action.'))).toEqual(['lawsuit'])
    expect(conceptsOf(words('The shop opened near the closer exit.'))).toEqual([])
  })
})
