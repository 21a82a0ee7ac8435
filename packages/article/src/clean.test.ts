import { describe, expect, it } from 'vitest'
import type { TextBlock } from './blocks'
import { cleanBlocks } from './clean'

const block = (text: string, linkShare = 0): TextBlock => ({ text, tag: 'P', linkShare })
const PROSE = 'The ministry said the export license was reviewed twice this year.'

describe('cleanBlocks', () => {
  it('drops the repeated headline, bylines, datelines, link-only and shouted blocks', () => {
    const cleaned = cleanBlocks(
      [
        block('Export license reviewed'),
        block('By Tova Cohen'),
        block('Updated: Jan. 16, 2020, 10:42 a.m.'),
        block('Thursday, 16 January 2020'),
        block(PROSE),
        block('Court rules against NSO in separate case', 1),
        block('GET OUR APP ON THE GO BY CLICKING HERE'),
        block('Continue Reading Below'),
        block('He resigned.'),
      ],
      'Export License Reviewed',
    )
    expect(cleaned).toEqual({ paragraphs: [PROSE, 'He resigned.'], byline: 'Tova Cohen' })
  })

  it('keeps long prose even when it is mostly a link, and short headings', () => {
    const long = `${PROSE} ${PROSE} ${PROSE}`
    expect(
      cleanBlocks([block(long, 0.9), block('What happens next')], undefined).paragraphs,
    ).toEqual([long, 'What happens next'])
  })
})
