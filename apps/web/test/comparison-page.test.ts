import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchBrowser, type LaunchedBrowser } from './browser'
import { desktop, phone, screenshot } from './screenshots'
import { realStories, storeStory, type RealStory } from './stories'

// The comparison page a reader opens on: what differs first, what agrees, single-outlet facts
// folded; headlines and quotes side by side; outlets named right; errors in plain words.

const serverUrl = inject('parallaxUrl')
/**
 * The shutdown story's facets page on a phone before it led with what differs: 21,086 px with
 * its first 15 facets shown (70,650 px with all 98), measured at 390×844 on commit fab0ef6.
 */
const phoneHeightBefore = 21_086

let browser: LaunchedBrowser
let page: Page
const pageErrors: string[] = []
const stories = realStories()
const ids = new Map<string, string>()

function story(name: string): RealStory {
  const found = stories.find((s) => s.name === name)
  if (!found) throw new Error(`no story ${name}`)
  return found
}

beforeAll(async () => {
  for (const s of stories) ids.set(s.name, await storeStory(serverUrl, s))
  browser = await launchBrowser()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

async function openStory(name: string, query = ''): Promise<void> {
  await page.goto(`${serverUrl}/stories/${ids.get(name)}${query}`)
  await page.getByRole('tablist', { name: 'Comparison views' }).waitFor({ timeout: 30_000 })
}

async function pageHeight(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight)
}

describe('what differs, first', () => {
  it('fits the shutdown story on a phone in a third of the height, single-outlet facts folded', async () => {
    await page.setViewportSize(phone)
    await openStory('shutdown-ends-2019')
    const height = await pageHeight()
    expect(height * 3).toBeLessThan(phoneHeightBefore)

    const folds = page.locator('details.fold')
    const summaries = await page.locator('details.fold > summary').allTextContents()
    expect(summaries).toEqual([
      expect.stringMatching(/^Only in Fox News: \d+$/),
      expect.stringMatching(/^Only in HuffPost: \d+$/),
      expect.stringMatching(/^Only in The New York Times: \d+$/),
    ])
    for (const fold of await folds.all()) expect(await fold.getAttribute('open')).toBeNull()
    await page.setViewportSize(desktop)
    await screenshot(page, 'shutdown-facets')
    console.info(`shutdown facets page at 390 px: ${height} px (before: ${phoneHeightBefore} px)`)
  })

  it('explains its terms and says what each count counts', async () => {
    await openStory('shutdown-ends-2019')
    const terms = await page.getByText('How to read this:').locator('..').textContent()
    for (const term of ['facet', 'agree', 'diverge', 'single', 'uncertain']) {
      expect(terms).toContain(term)
    }
    const counts = await page.locator('.summary .what').allTextContents()
    expect(counts).toEqual([
      expect.stringMatching(/^facets? diverges?$/),
      expect.stringMatching(/^facets? agrees?$/),
      expect.stringMatching(/^facts? only one outlet reports$/),
    ])
    expect(await page.getByRole('main').textContent()).not.toMatch(/outlets give conflicting/)
  })

  for (const s of stories) {
    it(`leads ${s.name} with its surest divergences, or says there are none`, async () => {
      await openStory(s.name)
      const section = page.getByRole('region', { name: 'What differs' })
      const lines = section.locator('li.line')
      const count = await lines.count()
      const outlets = s.articles.map((a) => a.outlet)
      if (count === 0) {
        const none = await section.textContent()
        expect(none).toContain('No clear conflicts found')
        expect(none).toContain(`Compared ${s.articles.length} articles (${outlets.join(', ')})`)
        expect(none).toMatch(/stating \d+ facts/)
      }
      expect(count).toBeLessThanOrEqual(5)
      for (const line of await lines.all()) {
        // The question, two or more outlets in their own words, and why.
        expect((await line.locator('.label').textContent())?.trim()).not.toBe('')
        const said = await line.locator('.outlets > li .outlet').allTextContents()
        expect(said.length).toBeGreaterThanOrEqual(2)
        for (const name of said) expect(outlets).toContain(name.replace(/:$/, ''))
        expect(await line.locator('.why').textContent()).toMatch(/Why:\s*\S/)
      }
      // What only one outlet reports is folded per outlet, with no outlet numbered by the page.
      for (const summary of await page.locator('details.fold > summary').allTextContents()) {
        const [, outlet] = /^Only in (.+): \d+$/.exec(summary) ?? []
        expect(outlets).toContain(outlet)
      }
      if (s.name === 'weiner-photo-2011' || s.name === 'seeds')
        await screenshot(page, `facets-${s.name}`)
      expect(pageErrors).toEqual([])
    })
  }

  it('marks the differing words of a divergence in each outlet’s sentence', async () => {
    // Among the real stories, at least one has a divergence Parallax is sure of.
    let marked = 0
    for (const s of stories) {
      await openStory(s.name)
      marked += await page.locator('li.line mark.differs').count()
    }
    expect(marked).toBeGreaterThan(0)
  })

  it('shows uncertain facets only on request, and remembers it in the address', async () => {
    await openStory('seeds')
    const toggle = page.getByRole('button', { name: 'Show uncertain' })
    await toggle.click()
    await expect.poll(() => page.url()).toContain('uncertain=1')
    const uncertain = page.getByRole('region', { name: 'Uncertain' })
    expect(await uncertain.locator('li.row').count()).toBeGreaterThan(0)
    await page.reload()
    await page.getByRole('button', { name: 'Hide uncertain' }).waitFor({ timeout: 30_000 })
  })
})

describe('headlines and openings', () => {
  it('puts each outlet’s headline and first paragraph in columns, framing words marked', async () => {
    await openStory('shutdown-ends-2019')
    await page.getByRole('tab', { name: 'Headlines and openings' }).click()
    const columns = page.locator('section.column')
    expect(await columns.locator('.outlet').allTextContents()).toEqual([
      'Fox News',
      'HuffPost',
      'The New York Times',
    ])
    const marked = async (i: number) =>
      (await columns.nth(i).locator('mark.differs').allTextContents()).join(' ')
    expect(await marked(1)).toMatch(/Caves/)
    expect(await marked(2)).toMatch(/Surprise Retreat/)
    expect(await marked(0)).not.toMatch(/Trump/)
    expect(await columns.nth(2).locator('.opening').textContent()).toMatch(
      /^WASHINGTON — President Trump agreed on Friday/,
    )
    expect(page.url()).toContain('tab=headlines')
    await screenshot(page, 'shutdown-headlines')
    for (const s of stories) {
      await openStory(s.name, '?tab=headlines')
      expect(await page.locator('section.column').count()).toBe(s.articles.length)
      for (const opening of await page.locator('section.column .opening').allTextContents()) {
        expect(opening.trim().length).toBeGreaterThan(0)
      }
    }
  })
})

describe('quotes across outlets', () => {
  it('lines up the wall quote as altered by one word, with a speaker’s name or none', async () => {
    await openStory('shutdown-ends-2019', '?tab=quotes')
    const group = page
      .locator('li.group')
      .filter({ hasText: 'We really have no choice but to build a powerful wall' })
    await group.first().waitFor()
    expect(await group.count()).toBe(1)
    expect(await group.locator('.status').textContent()).toBe('Altered by one word')
    expect(await group.locator('ins').allTextContents()).toEqual([
      expect.stringMatching(/^\[added\] ?a $/),
    ])
    expect(await group.locator('del').count()).toBe(0)
    const nyt = group.getByRole('region', { name: 'The New York Times' })
    const huff = group.getByRole('region', { name: 'HuffPost' })
    expect(await nyt.locator('footer').allTextContents()).toEqual([
      expect.stringMatching(/^— (Mr\. )?(Donald )?Trump$/),
    ])
    // A pronoun is no name: nothing, or the name it stands for.
    for (const speaker of await huff.locator('footer').allTextContents()) {
      expect(speaker).toMatch(/^— \p{Lu}/u)
    }
    expect(await group.getByRole('region', { name: 'Fox News' }).textContent()).toContain(
      'Not quoted.',
    )
    await screenshot(page, 'shutdown-quotes')
  })
})

describe('the view lives in the address', () => {
  it('keeps filters, the open tab and the highlighted facet across a reload', async () => {
    await openStory('shutdown-ends-2019')
    await page.getByRole('checkbox', { name: /Agrees/ }).check()
    await expect.poll(() => page.url()).toContain('status=agree')
    await page.reload()
    await page.getByRole('tablist').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('checkbox', { name: /Agrees/ }).isChecked()).toBe(true)
    expect(await page.getByRole('region', { name: 'What only one outlet reports' }).count()).toBe(0)

    const row = page.locator('li.row').first()
    await row.locator('summary').click()
    await row.getByRole('button', { name: /^Show in articles/ }).click()
    await expect.poll(() => page.url()).toMatch(/tab=reading&status=agree&facet=f-/)
    const shared = page.url()
    const highlighted = await page.locator('.sentence.highlighted').count()
    expect(highlighted).toBeGreaterThan(0)

    const other = await browser.context.newPage()
    await other.goto(shared)
    await other.locator('.sentence.highlighted').first().waitFor({ timeout: 30_000 })
    expect(
      await other.getByRole('tab', { name: 'Articles side by side' }).getAttribute('aria-selected'),
    ).toBe('true')
    expect(await other.locator('.sentence.highlighted').count()).toBe(highlighted)

    // On the facets tab, the facet named in the address is opened and marked where it is folded.
    const facet = new URL(shared).searchParams.get('facet')
    await other.goto(`${serverUrl}/stories/${ids.get('shutdown-ends-2019')}?facet=${facet}`)
    const named = other.locator(`li.row.highlighted[data-facet="${facet}"]`)
    await named.first().waitFor({ timeout: 30_000 })
    // The row's own disclosure: a facet of more than two claims nests one for its other pairs.
    const disclosure = named.first().locator(':scope > details')
    expect(await disclosure.getAttribute('open')).not.toBeNull()
    await other.close()
  })
})

describe('the reading view', () => {
  it('keeps the highlight banner off the column headers', async () => {
    for (const size of [desktop, phone]) {
      await page.setViewportSize(size)
      await openStory('shutdown-ends-2019')
      const row = page.locator('li.row').first()
      await row.locator('summary').click()
      await row.getByRole('button', { name: /^Show in articles/ }).click()
      await page.locator('.sentence.highlighted').first().waitFor()
      const banner = (await page.locator('.selection').boundingBox())!
      for (const header of await page.locator('section.article header').all()) {
        const box = (await header.boundingBox())!
        const overlaps = box.y < banner.y + banner.height && banner.y < box.y + box.height
        expect(overlaps && box.x < banner.x + banner.width).toBe(false)
      }
      // Wide columns scroll inside, under a banner that stays above their headers.
      if (size === desktop) {
        const first = (await page.locator('section.article header').first().boundingBox())!
        expect(first.y).toBeGreaterThanOrEqual(banner.y + banner.height)
        expect(first.y + first.height).toBeLessThanOrEqual(size.height)
        await screenshot(page, 'shutdown-reading')
      }
    }
    await page.setViewportSize(desktop)
  })

  it('is one tab stop per column, with arrow keys between its sentences', async () => {
    await openStory('shutdown-ends-2019', '?tab=reading')
    const columns = page.locator('.article-text')
    expect(await columns.count()).toBe(3)
    for (const column of await columns.all()) {
      expect(await column.locator('.sentence[tabindex="0"]').count()).toBe(1)
    }
    const first = columns.nth(0).locator('.sentence')
    await first.first().focus()
    await page.keyboard.press('ArrowDown')
    expect(await first.nth(1).evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await first.nth(1).getAttribute('tabindex')).toBe('0')
    await page.keyboard.press('ArrowUp')
    expect(await first.nth(0).evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('End')
    expect(await first.last().evaluate((el) => el === document.activeElement)).toBe(true)
    // Tab leaves the column for the next one.
    await page.keyboard.press('Tab')
    const focusedColumn = await page.evaluate(
      () => document.activeElement?.closest('.article-text')?.getAttribute('data-text') ?? null,
    )
    expect(focusedColumn).toBe(await columns.nth(1).getAttribute('data-text'))
  })
})

describe('words shown as written', () => {
  for (const name of ['shutdown-ends-2019', 'seeds', 'strzok-fired-2018']) {
    it(`shows ${name}'s speakers by name or not at all, and quotes from a word's start`, async () => {
      await openStory(name, '?uncertain=1')
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true
      })
      await page.locator('article.facet').first().waitFor()
      const attributions = await page.locator('article.facet .meta span').allTextContents()
      for (const text of attributions.filter((t) => t.startsWith('Attributed to '))) {
        expect(text).toMatch(/^Attributed to (the )?\p{Lu}/u)
      }
      const comparison = (await (
        await fetch(`${serverUrl}/api/stories/${ids.get(name)}/comparison`)
      ).json()) as { articles: { sentences: { text: string }[] }[] }
      const sentences = comparison.articles.flatMap((a) => a.sentences.map((s) => s.text))
      const quotes = await page.locator('article.facet blockquote').evaluateAll((nodes) =>
        nodes.map((node) => {
          const copy = node.cloneNode(true) as HTMLElement
          for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove()
          return copy.textContent ?? ''
        }),
      )
      expect(quotes.length).toBeGreaterThan(0)
      for (const quote of quotes) {
        const sentence = sentences.find((s) => s.includes(quote))
        expect(sentence, quote).toBeDefined()
        const at = sentence!.indexOf(quote)
        expect(
          /[\p{L}\p{N}]/u.test(sentence!.charAt(at - 1)) && /[\p{L}\p{N}’']/u.test(quote.charAt(0)),
          quote,
        ).toBe(false)
      }
    })
  }
})

describe('outlets named right', () => {
  it('names an uploaded file that names no outlet after the file, and edits an outlet', async () => {
    const created = await fetch(`${serverUrl}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Outlet names' }),
    })
    const { id } = (await created.json()) as { id: string }
    await page.goto(`${serverUrl}/stories/${id}/add`)
    const first = page.getByRole('group', { name: 'Article 1' })
    await first.getByLabel('Upload a file').check()
    const file = join(tmpdir(), 'huffpost.txt')
    writeFileSync(file, story('shutdown-ends-2019').articles[1]!.text)
    await first.getByLabel('Saved page or text file').setInputFiles(file)
    expect(await first.textContent()).toContain("else from the file's name, “huffpost”")

    // Pasted text asks for its outlet, offering what the text names.
    const second = page.getByRole('group', { name: 'Article 2' })
    await second.getByLabel('Article text').fill(story('seeds').articles[0]!.text)
    expect(await second.textContent()).toContain('which outlet published it?')
    await second.getByRole('button', { name: 'Jerusalem Post', exact: true }).click()
    expect(await second.getByLabel('Outlet name').inputValue()).toBe('Jerusalem Post')

    await page.getByRole('button', { name: 'Add 2 articles' }).click()
    await page.getByText('All articles were added.').waitFor({ timeout: 40_000 })
    const existing = page.getByRole('complementary', { name: 'In this story' })
    await expect
      .poll(() => existing.locator('.outlet').allTextContents())
      .toEqual(expect.arrayContaining(['huffpost', 'Jerusalem Post']))
    await screenshot(page, 'add-articles-outlets')

    const outlets = await existing.locator('.outlet').allTextContents()
    const item = existing.getByRole('listitem').nth(outlets.indexOf('huffpost'))
    await item.getByRole('button', { name: /^Edit outlet/ }).click()
    const input = item.getByLabel('Outlet name')
    await input.fill('   ')
    await item.getByRole('button', { name: 'Save' }).click()
    expect(await item.getByRole('alert').textContent()).toBe('Give the outlet a name.')
    await input.fill('HuffPost')
    await item.getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(() => existing.locator('.outlet').allTextContents())
      .toEqual(expect.arrayContaining(['HuffPost', 'Jerusalem Post']))
  })
})

describe('quick compare names uploaded text files', () => {
  it('names each column after its file when the text names no outlet', async () => {
    await page.goto(`${serverUrl}/compare`)
    const shutdown = story('shutdown-ends-2019')
    for (const [index, name] of [
      [0, 'fox'],
      [1, 'nyt'],
    ] as const) {
      const file = join(tmpdir(), `${name}.txt`)
      writeFileSync(file, shutdown.articles[index === 0 ? 0 : 2]!.text)
      const group = page.getByRole('group', { name: `Article ${index + 1}` })
      await group.getByLabel('Upload a file').check()
      await group.getByLabel('Saved page or text file').setInputFiles(file)
    }
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByRole('tab', { name: 'Headlines and openings' }).click({ timeout: 40_000 })
    expect(await page.locator('section.column .outlet').allTextContents()).toEqual(['fox', 'nyt'])
  })
})

describe('errors a person understands', () => {
  it('says what to do about a PDF, a binary file, an address that cannot be fetched', async () => {
    const created = await fetch(`${serverUrl}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Refusals in plain words' }),
    })
    const { id } = (await created.json()) as { id: string }
    await page.goto(`${serverUrl}/stories/${id}/add`)
    const first = page.getByRole('group', { name: 'Article 1' })
    const second = page.getByRole('group', { name: 'Article 2' })
    await page.getByRole('button', { name: 'Another article' }).click()
    const third = page.getByRole('group', { name: 'Article 3' })

    const pdf = join(tmpdir(), 'shutdown.pdf')
    writeFileSync(pdf, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n')
    await first.getByLabel('Upload a file').check()
    await first.getByLabel('Saved page or text file').setInputFiles(pdf)

    const binary = join(tmpdir(), 'shutdown.bin')
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]))
    await second.getByLabel('Upload a file').check()
    await second.getByLabel('Saved page or text file').setInputFiles(binary)

    // Typed without https://, completed rather than refused; nothing listens there.
    await third.getByLabel('Web address').check()
    const address = third.getByLabel('Address of the article')
    await address.fill('127.0.0.1:9/story')
    await address.blur()
    expect(await address.inputValue()).toBe('https://127.0.0.1:9/story')

    await page.getByRole('button', { name: 'Add 3 articles' }).click()
    await expect.poll(() => third.getByRole('alert').count(), { timeout: 40_000 }).toBe(1)
    expect(await first.getByRole('alert').textContent()).toContain(
      "This file is not text or HTML (it looks like a PDF). Paste the article's text instead.",
    )
    expect(await second.getByRole('alert').textContent()).toMatch(
      /This file is not text or HTML\. Paste the article's text instead\./,
    )
    expect(await third.getByRole('alert').textContent()).toMatch(
      /could not be fetched\. Paste the article's text instead\.|does not fetch addresses on private or local networks\. Paste the article's text instead\./,
    )
    await screenshot(page, 'add-articles-plain-errors')
  })
})
