import { describe, expect, it } from 'vitest'
import { looksLikeHeadline, parseText } from './parse-text'

const SENTENCE = 'The court heard the case on Thursday and will rule next month.'

describe('parseText', () => {
  it.each([
    ['date 2020-01-16 ' + SENTENCE, '2020-01-16'],
    ['Date: 2021-02-03\n' + SENTENCE, '2021-02-03'],
    ['Published on 2019-12-31\n\n' + SENTENCE, '2019-12-31'],
    ['2022-07-01 ' + SENTENCE, '2022-07-01'],
    ['Date: 16 January 2020\n' + SENTENCE, '2020-01-16'],
    ['Published Jan. 16, 2020\n\n' + SENTENCE, '2020-01-16'],
  ])('reads the leading date in %j', (text, day) => {
    const draft = parseText(text)
    expect(draft.published).toBe(day)
    expect(draft.paragraphs).toEqual([SENTENCE])
  })

  it('reads a date line under the headline', () => {
    const draft = parseText(
      `Court shuts doors on Amnesty\nBy Tova Cohen\nPublished: January 16, 2020 10:42 am\n${SENTENCE}`,
    )
    expect(draft).toMatchObject({
      published: '2020-01-16',
      byline: 'Tova Cohen',
      paragraphs: [SENTENCE],
    })
  })

  it('ignores a date that is not a calendar day, and one that is not leading', () => {
    expect(parseText('date 2020-13-45 ' + SENTENCE).published).toBeUndefined()
    expect(parseText(SENTENCE + '\ndate 2020-01-16').published).toBeUndefined()
  })

  it('takes a headline line as the title, and the byline under it', () => {
    const draft = parseText(`Court shuts doors on Amnesty's NSO case\nBy Tova Cohen\n\n${SENTENCE}`)
    expect(draft.title).toBe("Court shuts doors on Amnesty's NSO case")
    expect(draft.byline).toBe('Tova Cohen')
    expect(draft.paragraphs).toEqual([SENTENCE])
  })

  it('skips the menu a browser paste starts with before looking for the headline', () => {
    const draft = parseText(
      `Skip to main content\nMenu\nWorld\nCourt shuts doors on Amnesty\n${SENTENCE}`,
    )
    expect(draft).toMatchObject({ title: 'Court shuts doors on Amnesty', paragraphs: [SENTENCE] })
  })

  it('does not mistake a line opening with "by" for a byline', () => {
    const draft = parseText(`Headline about the court\nby the way the court met\n${SENTENCE}`)
    expect(draft.byline).toBeUndefined()
  })

  it('has no title when the first line is prose, or the only line', () => {
    expect(parseText(`${SENTENCE}\n${SENTENCE} Again.`).title).toBeUndefined()
    expect(parseText('Court shuts doors on Amnesty').title).toBeUndefined()
  })

  it('drops captions, read-more, share and subscribe lines but keeps short real sentences', () => {
    const draft = parseText(
      [
        'Headline about the court',
        'Judge Rachel Barkai at the hearing',
        SENTENCE,
        'Read more: Amnesty sues NSO',
        'Share this article',
        'Subscribe to our newsletter',
        'He resigned.',
        'Photo: Reuters',
        'You might be interested also',
        'Omri Lavie',
      ].join('\n'),
    )
    expect(draft.paragraphs).toEqual([SENTENCE, 'He resigned.'])
  })

  it('keeps a long line without final punctuation: it is not a caption', () => {
    const long =
      'The ministry said that the license was granted after a full review of the buyer and its record'
    expect(parseText(`${SENTENCE}\n${long}`).paragraphs).toEqual([SENTENCE, long])
  })

  it('joins lines broken mid-sentence by a fixed-width wrap', () => {
    const draft = parseText('The court heard the case on Thursday\nand will rule next month.')
    expect(draft.paragraphs).toEqual([SENTENCE])
  })

  it('drops a standfirst that the body repeats, and repeated paragraphs', () => {
    const standfirst = 'The court heard the case on Thursday'
    expect(parseText(`Headline here\n${standfirst}\n${SENTENCE}\n${SENTENCE}`).paragraphs).toEqual([
      SENTENCE,
    ])
  })
})

describe('looksLikeHeadline', () => {
  it.each([
    ['Amnesty vs. NSO: Does the Firm Have an Export License to Saudi Arabia?', true],
    ['Court shuts doors on Amnesty’s NSO case', true],
    ['Breaking!', false],
    [SENTENCE, false],
    ['Read more', false],
    ['A list, with a comma,', false],
  ])('%j → %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected)
  })
})
