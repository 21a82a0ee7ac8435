import { describe, expect, it } from 'vitest'
import { extractClaims } from '../pipeline'
import { articleOf } from '../test-article'

describe('predicate and terms', () => {
  const cases: Array<[string, string | undefined]> = [
    ['The Israeli company’s cellphone hacking software has been linked to surveillance.', 'link'],
    ['Targets of the alleged hacking spree included diplomats.', 'include'],
    ['NSO claimed the request should be dismissed.', 'dismiss'],
    ['The ministry did not comment on whether it had sought a dismissal.', 'comment'],
    ['According to estimates, the country is Saudi Arabia.', 'be'],
    ['The court, which met on Monday, revoked the license.', 'revoke'],
    ['Internet publications cannot be a proper foundation for an appeal.', 'be'],
    ['Marking a defeat for the mayor, the council overturned the ban.', 'overturn'],
  ]
  it.each(cases)('%s → %s', (sentence, predicate) => {
    expect(extractClaims(articleOf([sentence]))[0]?.predicate).toBe(predicate)
  })

  it('lists content lemmas once each, in order', () => {
    const [claim] = extractClaims(
      articleOf(['The governments used the tools, and the tools were used again.']),
    )
    expect(claim?.terms).toEqual(['government', 'use', 'tool'])
  })
})
