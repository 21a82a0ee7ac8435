import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import type { Story } from './api-types'
import {
  arrangeStories,
  batchStatusLine,
  comparisonProblem,
  describeFailures,
  describeStartError,
  loadStories,
  percentDone,
  recallLabels,
  rememberLabels,
  type BatchStory,
} from './batch-results'

const story = (id: string, outlets: string[]): Story => ({
  id,
  title: id,
  createdAt: '',
  updatedAt: '',
  articleCount: outlets.length,
  articles: outlets.map((outlet, i) => ({ id: `${id}-${i}`, outlet, title: `${outlet} story` })),
})

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

describe('comparisonProblem', () => {
  it('gives the reason of a failed comparison, and nothing for one stored, pending or absent', () => {
    const failed = {
      status: 'failed' as const,
      code: 'PARSE_TIMEOUT',
      message: 'Comparing the articles took longer than 1500 ms.',
    }
    expect(comparisonProblem({ comparison: failed })).toBe(failed.message)
    expect(
      comparisonProblem({
        comparison: { status: 'failed', message: 'Comparing the articles took longer than 9 ms' },
      }),
    ).toBe('Comparing the articles took longer than 9 ms.')
    expect(comparisonProblem({ comparison: { status: 'failed' } })).toBe(
      'The comparison could not be made.',
    )
    for (const status of ['stored', 'pending', 'none'] as const)
      expect(comparisonProblem({ comparison: { status } })).toBeUndefined()
    expect(comparisonProblem({})).toBeUndefined()
  })
})

describe('percentDone', () => {
  it('rounds down and shows 100 only when every item is done', () => {
    expect(percentDone({ done: 0, total: 0 })).toBe(0)
    expect(percentDone({ done: 1, total: 3 })).toBe(33)
    expect(percentDone({ done: 999, total: 1000 })).toBe(99)
    expect(percentDone({ done: 1000, total: 1000 })).toBe(100)
  })
})

describe('batchStatusLine', () => {
  const base = { id: 'b', createdAt: '', failures: [], stories: [] }
  it('says what the batch is doing, and at the end what it came to', () => {
    expect(batchStatusLine({ ...base, status: 'running', done: 2, total: 7 })).toBe(
      'Reading 2 of 7 items',
    )
    expect(batchStatusLine({ ...base, status: 'grouping', done: 7, total: 7 })).toMatch(/Grouping/)
    const failure = { item: 3, code: 'NOT_AN_ARTICLE', message: 'x' }
    const stories = [
      { id: 's1', title: 'A', items: [0, 1] },
      { id: 's2', title: 'B', items: [2] },
    ]
    expect(
      batchStatusLine({ ...base, status: 'done', done: 4, total: 4, failures: [failure], stories }),
    ).toBe('Done: 3 articles in 2 stories; 1 could not be used')
    expect(
      batchStatusLine({ ...base, status: 'done', done: 1, total: 1, stories: [stories[1]!] }),
    ).toBe('Done: 1 article in 1 story')
  })
})

describe('describeFailures', () => {
  const failures = [
    { item: 2, code: 'NOT_AN_ARTICLE', message: 'Article 3: no article text' },
    { item: 0, code: 'SOMETHING_NEW', message: 'The server said why' },
  ]

  it('names each failure by its file or address, in item order', () => {
    const labels = [
      { kind: 'url' as const, name: 'https://example.org/a' },
      { kind: 'url' as const, name: 'https://example.org/b' },
      { kind: 'file' as const, name: 'menu.html', type: 'text/html' },
    ]
    expect(describeFailures(failures, labels)).toEqual([
      { item: 0, name: 'https://example.org/a', message: 'The server said why' },
      {
        item: 2,
        name: 'menu.html',
        message: expect.stringMatching(/^No article text was found here/),
      },
    ])
  })

  it('advises what a batch takes, not pasting, for an address or file it could not use', () => {
    const fetched = [
      { item: 0, code: 'HTTP_STATUS', message: 'example.org answered HTTP 403' },
      { item: 1, code: 'TOO_LARGE', message: 'Article 2 is larger than 5 MB' },
    ]
    const labels = [
      { kind: 'url' as const, name: 'https://example.org/a' },
      { kind: 'file' as const, name: 'huge.html', type: 'text/html' },
    ]
    const [page, file] = describeFailures(fetched, labels)
    expect(page?.message).toBe(
      'The site refused to send this page (HTTP 403). Save the page in your browser and add the file instead.',
    )
    expect(file?.message).toMatch(/as a \.txt file and add that instead\.$/)
    // Without the labels of the tab that started it, the advice names both things a batch takes.
    expect(describeFailures(fetched, undefined)[0]?.message).toMatch(
      /Add the article as a saved page or a \.txt file of its text instead\.$/,
    )
    for (const failure of [
      ...describeFailures(fetched, labels),
      ...describeFailures(fetched, undefined),
    ])
      expect(failure.message).not.toMatch(/paste/i)
  })

  it('falls back to the item number when this browser does not know the items', () => {
    expect(describeFailures(failures, undefined).map((failure) => failure.name)).toEqual([
      'Item 1',
      'Item 3',
    ])
  })
})

describe('describeStartError', () => {
  const labels = [
    { kind: 'file' as const, name: 'fox.txt', type: 'text/plain' },
    { kind: 'file' as const, name: 'scan.pdf', type: 'application/pdf' },
  ]

  it('names the file the API refused the batch for, in words that say what to do', () => {
    const refused = new ApiError('Article 2: Upload an HTML or text file', {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
      article: 1,
    })
    expect(describeStartError(refused, labels)).toBe(
      "scan.pdf: This file is not text or HTML (it looks like a PDF). Save the article's text as a .txt file and add that instead.",
    )
  })

  it('says when the files together are more than one request takes', () => {
    const large = new ApiError('The request body is larger than 16777216 bytes', {
      code: 'TOO_LARGE',
      status: 413,
    })
    expect(describeStartError(large, labels)).toBe(
      'Together these 2 items are more than the server takes in one batch (16 MB in one request). Start a batch with fewer of them, then another with the rest.',
    )
  })

  it("keeps the API's message for a refusal of the whole request", () => {
    const busy = new ApiError('Too many requests', { code: 'RATE_LIMITED', status: 429 })
    expect(describeStartError(busy, labels)).toBe('Too many requests')
    expect(describeStartError(new TypeError('Failed to fetch'), labels)).toMatch(/reach/)
  })
})

describe('arrangeStories', () => {
  it('puts stories of several articles first, most articles first, then single ones', () => {
    const stories: BatchStory[] = [
      { id: 'one', title: 'One', items: [0] },
      { id: 'two', title: 'Two', items: [1, 2] },
      { id: 'three', title: 'Three', items: [3, 4, 5] },
      { id: 'also-one', title: 'Also one', items: [6] },
    ]
    const { shared, single } = arrangeStories(stories)
    expect(shared.map((s) => s.id)).toEqual(['three', 'two'])
    expect(single.map((s) => s.id)).toEqual(['one', 'also-one'])
  })

  it('counts the same text handed in twice as one article once the story is loaded', () => {
    const twice: BatchStory = { id: 't', title: 'T', items: [0, 1], detail: story('t', ['AP']) }
    expect(arrangeStories([twice]).single).toEqual([twice])
  })
})

describe('loadStories', () => {
  it('loads every story, a few at a time, and reports a deleted one as gone', async () => {
    let running = 0
    let most = 0
    const seen: [string, Story | null][] = []
    const ids = ['a', 'b', 'gone', 'c', 'd', 'e']
    await loadStories(
      ids,
      async (id) => {
        running += 1
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 1))
        running -= 1
        if (id === 'gone') throw new ApiError('No story', { code: 'NOT_FOUND', status: 404 })
        return story(id, ['AP'])
      },
      (id, loaded) => seen.push([id, loaded]),
      2,
    )
    expect(most).toBe(2)
    expect(seen.map(([id]) => id).sort()).toEqual([...ids].sort())
    expect(seen.find(([id]) => id === 'gone')?.[1]).toBeNull()
  })

  it('passes on any other error', async () => {
    const broken = new ApiError('down', { code: 'UNAVAILABLE', status: 503 })
    await expect(
      loadStories(
        ['a'],
        () => Promise.reject(broken),
        () => {},
      ),
    ).rejects.toBe(broken)
  })
})

describe('rememberLabels', () => {
  it('keeps the labels of a batch for this tab', () => {
    const storage = new MemoryStorage()
    const labels = [{ kind: 'file' as const, name: 'fox.txt', type: 'text/plain' }]
    rememberLabels(storage, 'b1', labels)
    expect(recallLabels(storage, 'b1')).toEqual(labels)
    expect(recallLabels(storage, 'b2')).toBeUndefined()
  })

  it('ignores what it cannot read, and a storage that refuses to keep anything', () => {
    const storage = new MemoryStorage()
    storage.setItem('parallax.batch.b1', '{not json')
    storage.setItem('parallax.batch.b2', JSON.stringify([{ kind: 'disk', name: 1 }]))
    expect(recallLabels(storage, 'b1')).toBeUndefined()
    expect(recallLabels(storage, 'b2')).toBeUndefined()
    const full = new MemoryStorage()
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(() => rememberLabels(full, 'b1', [])).not.toThrow()
  })
})
