import { describe, expect, it } from 'vitest'
import {
  addFiles,
  batchBody,
  batchProblem,
  countItems,
  isArticleFile,
  labelsOf,
  MAX_BATCH_ITEMS,
  MAX_ITEM_BYTES,
  readUrlList,
} from './batch-input'

const page = (name: string, type = 'text/html', body = '<p>x</p>') =>
  new File([body], name, { type, lastModified: 1 })

describe('isArticleFile', () => {
  it('takes HTML and text by type, and by ending only when the type says nothing', () => {
    expect(isArticleFile({ name: 'a.html', type: 'text/html; charset=utf-8' })).toBe(true)
    expect(isArticleFile({ name: 'a', type: 'text/plain' })).toBe(true)
    expect(isArticleFile({ name: 'a.xhtml', type: 'application/xhtml+xml' })).toBe(true)
    expect(isArticleFile({ name: 'nyt.HTM', type: '' })).toBe(true)
    expect(isArticleFile({ name: 'fox.txt', type: 'application/octet-stream' })).toBe(true)
    expect(isArticleFile({ name: 'a.html', type: 'application/pdf' })).toBe(false)
    expect(isArticleFile({ name: 'a.pdf', type: '' })).toBe(false)
    expect(isArticleFile({ name: 'html', type: '' })).toBe(false)
  })
})

describe('addFiles', () => {
  it('adds article files once each and names every file left out with its reason', () => {
    const fox = page('fox.txt', 'text/plain')
    const { files, leftOut } = addFiles(
      [fox],
      [
        fox,
        page('nyt.html'),
        page('report.pdf', 'application/pdf'),
        page('notes.csv', 'text/csv'),
        page('blank.html', 'text/html', ''),
        new File([new Uint8Array(MAX_ITEM_BYTES + 1)], 'huge.html', { type: 'text/html' }),
      ],
    )
    expect(files.map((file) => file.name)).toEqual(['fox.txt', 'nyt.html'])
    expect(leftOut).toEqual([
      'report.pdf (it looks like a PDF, not text or HTML)',
      'notes.csv (not a .txt or .html file)',
      'blank.html (empty)',
      'huge.html (larger than 5 MB)',
    ])
  })

  it('keeps two different files that share a name', () => {
    const { files } = addFiles([page('story.html')], [page('story.html', 'text/html', '<p>y2</p>')])
    expect(files).toHaveLength(2)
  })
})

describe('readUrlList', () => {
  it('completes addresses, skips blank lines and takes each address once', () => {
    const list = '  example.org/a \n\nhttps://example.org/a\r\nhttp://news.example.com/b\n'
    expect(readUrlList(list)).toEqual({
      urls: ['https://example.org/a', 'http://news.example.com/b'],
      problems: [],
    })
  })

  it('names each line that is not a web address', () => {
    const { urls, problems } = readUrlList('https://example.org/a\nnews\nftp://example.org/f')
    expect(urls).toEqual(['https://example.org/a'])
    expect(problems).toEqual([
      'Line 2: “news” is not a web address, such as https://example.org/story.',
      'Line 3: Only http:// and https:// addresses can be fetched.',
    ])
  })
})

describe('batchProblem', () => {
  it('asks for items when there are none', () => {
    expect(batchProblem({ kind: 'files', files: [] })).toMatch(/Drop or choose/)
    expect(batchProblem({ kind: 'urls', urls: [] })).toMatch(/one a line/)
  })

  it('refuses more items than a batch takes, saying how many there are', () => {
    const urls = Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => `https://example.org/${i}`)
    expect(batchProblem({ kind: 'urls', urls })).toBe(
      'That is 1001 addresses; a batch takes at most 1,000. Start a second batch for the rest.',
    )
    expect(batchProblem({ kind: 'urls', urls: urls.slice(1) })).toBeUndefined()
  })
})

describe('countItems', () => {
  it('counts files and addresses in words', () => {
    expect(countItems('files', 1)).toBe('1 file')
    expect(countItems('urls', 2)).toBe('2 addresses')
  })
})

describe('batchBody', () => {
  it('sends addresses as JSON items', () => {
    const body = batchBody({ kind: 'urls', urls: ['https://example.org/a'] })
    expect(JSON.parse(body as string)).toEqual({ items: [{ url: 'https://example.org/a' }] })
  })

  it('uploads files as repeated file fields, in order', () => {
    const body = batchBody({ kind: 'files', files: [page('b.html'), page('a.html')] })
    expect(body).toBeInstanceOf(FormData)
    expect((body as FormData).getAll('file').map((file) => (file as File).name)).toEqual([
      'b.html',
      'a.html',
    ])
  })
})

describe('labelsOf', () => {
  it('names each item by its file or address, in request order', () => {
    expect(labelsOf({ kind: 'files', files: [page('a.html')] })).toEqual([
      { kind: 'file', name: 'a.html', type: 'text/html' },
    ])
    expect(labelsOf({ kind: 'urls', urls: ['https://example.org/a'] })).toEqual([
      { kind: 'url', name: 'https://example.org/a' },
    ])
  })
})
