import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { DomDocument } from './dom'
import { readMetadata } from './metadata'

const read = (head: string, body = '') =>
  readMetadata(
    (
      parseHTML(`<html lang="he"><head>${head}</head><body>${body}</body></html>`) as unknown as {
        document: DomDocument
      }
    ).document,
  )
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('readMetadata', () => {
  it('reads a NewsArticle from a top-level array, with authors as strings and objects', () => {
    const meta = read(
      ld([
        { '@type': 'BreadcrumbList' },
        {
          '@type': ['NewsArticle'],
          headline: 'Court shuts doors',
          datePublished: '2020-01-16T10:00:00Z',
          author: ['Tova Cohen', { name: 'Yonah Jeremy Bob' }],
          publisher: { name: 'The Jerusalem Post' },
          url: 'https://www.jpost.com/a',
        },
      ]),
    )
    expect(meta).toMatchObject({
      title: 'Court shuts doors',
      byline: 'Tova Cohen, Yonah Jeremy Bob',
      outlet: 'The Jerusalem Post',
      published: '2020-01-16T10:00:00Z',
      url: 'https://www.jpost.com/a',
      lang: 'he',
    })
  })

  it('prefers og:site_name for the outlet and trims section names from it', () => {
    const meta = read(
      `<meta property="og:site_name" content="Calcalist | Tech">${ld({ '@type': 'NewsArticle', publisher: { name: 'Yedioth' } })}`,
    )
    expect(meta.outlet).toBe('Calcalist')
  })

  it('falls back to article meta tags, <time> and <title>', () => {
    const meta = read(
      '<title>Plain title</title><meta name="author" content="Gil Naveh">',
      '<time datetime="2019-06-01">June 1</time>',
    )
    expect(meta).toMatchObject({
      title: 'Plain title',
      byline: 'Gil Naveh',
      published: '2019-06-01',
    })
  })

  it('finds nothing on a bare page, and survives broken JSON-LD', () => {
    const meta = read('<script type="application/ld+json">{ nope</script>')
    expect(meta).toEqual({ lang: 'he' })
  })
})

describe('readMetadata bylines and language', () => {
  it('skips profile URLs and the outlet itself as a byline', () => {
    const meta = read(
      `<meta property="og:site_name" content="The Daily Record"><meta property="og:locale" content="en_GB">` +
        `<meta property="article:author" content="https://www.facebook.com/someone">` +
        `<meta name="author" content="By Ruth Adeyemi">` +
        ld({
          '@type': 'LiveBlogPosting',
          author: { '@type': 'Organization', name: 'The Daily Record' },
        }),
    )
    expect(meta.byline).toBe('Ruth Adeyemi')
  })

  it('writes og:locale as a language tag', () => {
    const { document } = parseHTML(
      '<html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>',
    ) as unknown as { document: DomDocument }
    expect(readMetadata(document).lang).toBe('pt-BR')
  })
})

describe('readMetadata dates', () => {
  it.each<[string, string, string]>([
    [
      'an itemprop list on a meta tag',
      '<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">',
      '2019-11-19T11:00:09.000Z',
    ],
    [
      'an RFC 2822 date in JSON-LD',
      ld({ '@type': 'NewsArticle', datePublished: 'Mon, 18 Nov 2019 16:07:38 -0600' }),
      '2019-11-18T22:07:38Z',
    ],
    [
      'a placeholder skipped for the next field',
      `${ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z' })}<meta name="pubdate" content="2020-02-03">`,
      '2020-02-03',
    ],
  ])('reads %s', (_name, head, expected) => {
    expect(read(head).published).toBe(expected)
  })

  it('reads an element marked itemprop=datePublished', () => {
    expect(
      read('', '<span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span>').published,
    ).toBe('2018-02-16')
  })
})
