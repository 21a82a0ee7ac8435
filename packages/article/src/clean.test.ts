import { describe, expect, it } from 'vitest'
import type { TextBlock } from './blocks'
import { cleanBlocks } from './clean'
import { parseArticle } from './parse-article'

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

describe('photo captions in HTML', () => {
  const SENTENCES = [
    'Home Depot expects its sales to grow by almost two percent in the coming fiscal year.',
    'The retailer said that demand from builders stayed strong through the winter months.',
  ]
  const page = (caption: string) =>
    `<html><head><title>Home Depot sales</title></head><body><article><h1>Home Depot sales</h1>
<p>${SENTENCES[0]}</p>${caption}<p>${SENTENCES[1]}</p></article></body></html>`

  it.each([
    // The markup of a real page (article-extraction-benchmark): the extractor unwraps this div.
    '<div class="caption"><p><span>Vicente Aguiar loads trims into his truck.</span><span> (AP Photo/Alan Diaz, File)</span></p></div>',
    '<figure><img src="a.jpg" alt=""><figcaption>A worker in a store aisle. Photo: Jane Roe</figcaption></figure>',
    '<div id="image-credit"><p>Getty Images</p></div>',
  ])('are not body text: %s', (caption) => {
    const article = parseArticle({ html: page(caption) })
    expect(article.paragraphs.map((p) => article.body.slice(p.start, p.end))).toEqual(SENTENCES)
  })

  it('keep an element named for captions when it holds the article itself', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Paragraph ${i + 1} of the story reports what the council decided on Monday night.`,
    )
    const html = `<html><body><div class="has-caption"><p>${long.join('</p><p>')}</p></div></body></html>`
    expect(parseArticle({ html }).paragraphs).toHaveLength(12)
  })
})
