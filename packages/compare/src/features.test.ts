import { extractClaims } from '@parallax/claims'
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test/build'
import { buildClaimNodes, mainClause, similarity } from './features'

function continuations(sentences: string[]): (number | undefined)[] {
  const article = makeArticle('a', 'Daily Ledger', sentences)
  return buildClaimNodes([{ article, claims: extractClaims(article) }]).map((n) => n.continues)
}

describe('a sentence going on about what the one before introduced', () => {
  it('continues when the thing named again is its subject', () => {
    expect(
      continuations([
        'The group asked the court to revoke a license to an unnamed country.',
        'According to estimates by analysts, the country is Chile.',
      ]),
    ).toEqual([undefined, 0])
  })

  it('does not continue when the thing was already known, named with `the` before too', () => {
    expect(
      continuations([
        'The city council approved the budget on Monday.',
        'The budget grows by 4 percent, the council said.',
      ]),
    ).toEqual([undefined, undefined])
  })

  it('does not continue when it only mentions that thing in passing', () => {
    expect(
      continuations([
        'A court heard the request to revoke the export license in a case about surveillance.',
        'Judge Mara Polk let the lawyer argue at length about keeping part of the case open to the public.',
      ]),
    ).toEqual([undefined, undefined])
  })
})

describe('mainClause', () => {
  it('drops a short opening phrase set off by a comma, and keeps a long one', () => {
    expect(mainClause('On Monday, the council voted.').trim()).toBe('the council voted.')
    const long = 'The mayor of the town and the head of the regional council of the north, met.'
    expect(mainClause(long)).toBe(long)
  })
})

describe('times of day', () => {
  it('lines up two facts by the time both give', () => {
    const similar = (a: string, b: string): number => {
      const story = [a, b].map((text, i) => {
        const article = makeArticle(`a${i}`, `Outlet ${i}`, [text])
        return { article, claims: extractClaims(article) }
      })
      const [x, y] = buildClaimNodes(story)
      return similarity(x!, y!)
    }
    const same = similar(
      'The ceasefire took effect at 5 p.m. local time.',
      'The truce began at 5 pm on the border.',
    )
    const other = similar(
      'The ceasefire took effect at 5 p.m. local time.',
      'The truce began at 9 pm on the border.',
    )
    expect(same).toBeGreaterThan(other)
  })
})
