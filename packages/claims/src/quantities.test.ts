import { describe, expect, it } from 'vitest'
import { extractClaims } from './pipeline'
import { articleOf } from './test-article'

function quantitiesOf(sentence: string): string[] {
  return extractClaims(articleOf([sentence]))
    .filter((c) => c.fact === 'quantity')
    .map((c) => c.text)
}

describe('quantity facts', () => {
  it('gives a calendar day with the noun it dates, before or after it', () => {
    expect(
      quantitiesOf(
        'The governor named a Boston lawyer to the seat until voters choose a successor in a special election set for June 25.',
      ),
    ).toEqual(['a special election set for June 25'])
    expect(
      quantitiesOf(
        'Analysts said the mayor will be the clear favorite to win the June 25 special election in the city.',
      ),
    ).toEqual(['clear favorite to win the June 25 special election'])
  })

  it('gives a clock time with what it times, within commas and before another phrase', () => {
    expect(
      quantitiesOf(
        'He sent a letter to the governor about the decision, his resignation effective at 5 p.m. on the same day.',
      ),
    ).toEqual(['his resignation effective at 5 p.m.'])
    expect(
      quantitiesOf(
        'In a long statement released by his office, he said the talks would resume at noon.',
      ),
    ).toEqual(['the talks would resume at noon'])
  })

  it('gives an age with whom it belongs to', () => {
    expect(
      quantitiesOf(
        'The 76-year-old leader won a new term on Wednesday after a long fight with rivals in her party.',
      ),
    ).toEqual(['The 76-year-old leader'])
  })

  it('gives no fact for a weekday, a part of the day or a year: they date too loosely', () => {
    expect(
      quantitiesOf(
        'The senator resigned from the chamber on Friday afternoon after weeks of pressure from colleagues.',
      ),
    ).toEqual([])
    expect(
      quantitiesOf(
        'The company opened its first factory in the region in 2014 after years of delays.',
      ),
    ).toEqual([])
  })

  it('gives none when the date is most of its sentence already', () => {
    expect(quantitiesOf('A fire broke out at the plant on March 12.')).toEqual([])
  })

  it('keeps a sentence to three facts', () => {
    const claims = extractClaims(
      articleOf([
        'Ann Roe, a Boston lawyer, will hold the seat, which opened in January, until a special election set for June 25.',
      ]),
    )
    expect(claims.map((c) => c.fact)).toEqual(['main', 'appositive', 'relative'])
  })
})
