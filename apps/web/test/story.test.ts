import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchBrowser, type LaunchedBrowser } from './browser'
import { deleteAllStories } from './server'
import { readSeed, seedPaths } from './seeds'
import { screenshot } from './screenshots'

const serverUrl = inject('parallaxUrl')
let browser: LaunchedBrowser
let page: Page
const pageErrors: string[] = []
const consoleErrors: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('a story compared in the browser', () => {
  it('shows an empty list when there are no stories', async () => {
    await deleteAllStories(serverUrl)
    await page.goto(`${serverUrl}/`)
    await expect.poll(() => page.getByText('No stories yet').isVisible()).toBe(true)
    await screenshot(page, 'stories-empty')
  })

  it('creates a story and adds one seed as pasted text and one as an uploaded file', async () => {
    await page.getByLabel('Title').fill('Amnesty v. NSO: the export license hearing')
    await page.getByRole('button', { name: 'Create story' }).click()
    await page.waitForURL(/\/stories\/[^/]+\/add$/)

    const first = page.getByRole('group', { name: 'Article 1' })
    await first.getByLabel('Outlet name').fill('The Jerusalem Post')
    await first.getByLabel('Article text').fill(readSeed(seedPaths.courtReport))

    const second = page.getByRole('group', { name: 'Article 2' })
    await second.getByLabel('Upload a file').check()
    await second.getByLabel('Outlet name').fill('Calcalist')
    await second.getByLabel('Saved page or text file').setInputFiles(seedPaths.licenseReport)

    await page.getByRole('button', { name: 'Add 2 articles' }).click()
    await page.locator('.finished, .field-error').first().waitFor({ timeout: 40_000 })
    expect(await page.locator('.field-error').allTextContents()).toEqual([])
    await page.getByText('All articles were added.').waitFor()
    expect(await first.getByText('Added:').isVisible()).toBe(true)
    expect(await second.getByText('Added:').isVisible()).toBe(true)
    await screenshot(page, 'add-articles')
  })

  it('leads with the export country as a divergence and says why', async () => {
    await page.getByRole('link', { name: 'See the comparison' }).first().click()
    await page.getByRole('tab', { name: 'Facets' }).waitFor({ timeout: 30_000 })
    await screenshot(page, 'comparison')

    // One of the few divergences at the top of the page, not behind "Show uncertain".
    const line = exportCountryLine(page)
    await expect.poll(() => line.count()).toBe(1)
    // One outlet leaves the country unnamed; the other names it, by estimate: a hedge.
    expect(await line.locator('.question').textContent()).toMatch(/Hedged/)
    expect(await line.locator('.outlets .outlet').allTextContents()).toEqual(
      expect.arrayContaining(['The Jerusalem Post:', 'Calcalist:']),
    )
    expect(await line.locator('.why').textContent()).toMatch(/Why:\s*\S/)
  })

  it('highlights the sentences of both outlets in the reading view', async () => {
    await exportCountryLine(page)
      .getByRole('button', { name: /^Show in articles/ })
      .click()
    expect(
      await page.getByRole('tab', { name: 'Articles side by side' }).getAttribute('aria-selected'),
    ).toBe('true')

    const post = page.getByRole('region', { name: 'Text of The Jerusalem Post' })
    const calcalist = page.getByRole('region', { name: 'Text of Calcalist' })
    await expect.poll(() => post.locator('.sentence.highlighted').count()).toBeGreaterThan(0)
    expect(await calcalist.locator('.sentence.highlighted').count()).toBeGreaterThan(0)
    expect(await calcalist.locator('.sentence.highlighted').allTextContents()).toContainEqual(
      expect.stringContaining('Saudi Arabia'),
    )
    await expect
      .poll(() => isInView(page, calcalist.locator('.sentence.highlighted').first()))
      .toBe(true)
    await screenshot(page, 'reading-view')

    // A sentence lists the facets it belongs to.
    const sentence = calcalist.locator('.sentence.highlighted').first()
    await sentence.click()
    expect(await sentence.getAttribute('aria-expanded')).toBe('true')
    const inspector = calcalist.getByRole('complementary', { name: 'Facets for this sentence' })
    expect(await inspector.getByRole('button').count()).toBeGreaterThan(0)
  })

  it('can be used from the keyboard alone', async () => {
    // After a fresh load, the first Tab reaches the skip link, which moves focus past the navigation.
    await page.reload()
    await page.getByRole('tab', { name: 'Facets' }).waitFor({ timeout: 30_000 })
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')

    // The last tab is one step left of the first: the arrows wrap around.
    await page.getByRole('tab', { name: 'Facets' }).click()
    await page.keyboard.press('ArrowLeft')
    const readingTab = page.getByRole('tab', { name: 'Articles side by side' })
    expect(await readingTab.getAttribute('aria-selected')).toBe('true')
    expect(await readingTab.evaluate((tab) => tab === document.activeElement)).toBe(true)

    const sentence = page
      .getByRole('region', { name: 'Text of The Jerusalem Post' })
      .locator('.sentence')
      .first()
    await sentence.focus()
    await page.keyboard.press('Enter')
    expect(await sentence.getAttribute('aria-expanded')).toBe('true')
    const facetButton = page
      .getByRole('complementary', { name: 'Facets for this sentence' })
      .getByRole('button')
      .first()
    await facetButton.focus()
    await page.keyboard.press('Enter')
    expect(await facetButton.getAttribute('aria-pressed')).toBe('true')
    expect(await sentence.getAttribute('aria-current')).toBe('true')
  })

  it('exports the comparison as JSON, CSV and Markdown', async () => {
    await page.getByRole('tab', { name: 'Facets' }).click()
    for (const [label, type] of [
      ['JSON', 'application/json'],
      ['CSV', 'text/csv'],
      ['Markdown', 'text/markdown'],
    ] as const) {
      const link = page.getByRole('link', { name: label })
      const href = await link.getAttribute('href')
      const response = await page.request.get(`${serverUrl}${href}`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain(type)
      const download = page.waitForEvent('download')
      await link.click()
      expect((await download).suggestedFilename()).toMatch(/\.(json|csv|md)$/)
    }
  })

  it('finds the story again by searching', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Stories' })
      .click()
    await page.getByLabel('Search stories').fill('export license')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect.poll(() => page.getByRole('link', { name: /Amnesty v\. NSO/ }).count()).toBe(1)
    await page.getByLabel('Search stories').fill('no such words anywhere')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect.poll(() => page.getByText(/No story matches/).isVisible()).toBe(true)
    await page.getByLabel('Search stories').fill('')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('link', { name: /Amnesty v\. NSO/ }).waitFor()
    await screenshot(page, 'stories')
    expect(pageErrors).toEqual([])
    // The API's Content-Security-Policy allows no inline script or style: nothing may trip it.
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
  })

  it('pages through a long list of stories', async () => {
    for (let i = 1; i <= 21; i += 1) {
      const response = await fetch(`${serverUrl}/api/stories`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Background story ${i}` }),
      })
      expect(response.status).toBe(201)
    }
    await page.goto(`${serverUrl}/`)
    const stories = page.locator('ul.stories > li')
    await expect.poll(() => stories.count()).toBe(20)
    const firstTitle = await stories.first().locator('a').textContent()

    await page.getByRole('button', { name: 'Next →' }).click()
    await expect.poll(async () => stories.first().locator('a').textContent()).not.toBe(firstTitle)
    expect(await stories.count()).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Background story 21' }).count()).toBe(0)

    await page.getByRole('button', { name: '← Previous' }).click()
    await expect.poll(async () => stories.first().locator('a').textContent()).toBe(firstTitle)
    expect(await page.getByRole('button', { name: '← Previous' }).isDisabled()).toBe(true)
  })
})

describe('deleting a story or one of its articles', () => {
  async function createStory(title: string): Promise<string> {
    const response = await fetch(`${serverUrl}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { id: string }).id
  }

  it('asks first, from the keyboard, then returns to a list without the story', async () => {
    await deleteAllStories(serverUrl)
    await createStory('A story to keep')
    const id = await createStory('A story to delete')
    await page.goto(`${serverUrl}/stories/${id}`)
    await page.getByRole('heading', { name: 'A story to delete', level: 1 }).waitFor()

    const dialog = page.getByRole('dialog', { name: 'Delete this story?' })
    const deleteButton = page.getByRole('button', { name: 'Delete story' })
    // Escape backs out and keeps the story.
    await deleteButton.focus()
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('A story to delete')
    const cancel = dialog.getByRole('button', { name: 'Cancel' })
    expect(await cancel.evaluate((button) => button === document.activeElement)).toBe(true)
    await screenshot(page, 'story-delete')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect((await fetch(`${serverUrl}/api/stories/${id}`)).status).toBe(200)

    // Enter on the focused Cancel keeps it too; Shift+Tab reaches Delete.
    await deleteButton.focus()
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect((await fetch(`${serverUrl}/api/stories/${id}`)).status).toBe(200)

    await deleteButton.focus()
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${serverUrl}/`)
    await page.getByRole('link', { name: 'A story to keep' }).waitFor()
    expect(await page.getByRole('link', { name: 'A story to delete' }).count()).toBe(0)
    expect((await fetch(`${serverUrl}/api/stories/${id}`)).status).toBe(404)
    // The deleted story is not one step back in the history.
    await page.goBack()
    expect(page.url()).not.toContain(id)
    expect(pageErrors).toEqual([])
  })

  it('removes one article of a story from its add-articles screen', async () => {
    const id = await createStory('A story losing an article')
    for (const [outlet, path] of [
      ['The Jerusalem Post', seedPaths.courtReport],
      ['Calcalist', seedPaths.licenseReport],
    ] as const) {
      const response = await fetch(`${serverUrl}/api/stories/${id}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: readSeed(path), outlet }),
      })
      expect(response.status).toBe(201)
    }
    await page.goto(`${serverUrl}/stories/${id}`)
    await page.getByRole('link', { name: 'Add articles' }).first().click()
    const existing = page.getByRole('complementary', { name: 'In this story' })
    await expect.poll(() => existing.getByRole('listitem').count()).toBe(2)
    const calcalist = existing.getByRole('listitem').filter({ hasText: 'Calcalist' })
    // Removing asks first; Cancel keeps the article.
    const dialog = page.getByRole('dialog', { name: 'Remove this article?' })
    await calcalist.getByRole('button', { name: /^Remove / }).click()
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('Calcalist')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await existing.getByRole('listitem').count()).toBe(2)
    await calcalist.getByRole('button', { name: /^Remove / }).click()
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click()
    await expect.poll(() => existing.getByRole('listitem').count()).toBe(1)
    expect(await existing.textContent()).toContain('The Jerusalem Post')
    const story = (await (await fetch(`${serverUrl}/api/stories/${id}`)).json()) as {
      articles: { outlet: string }[]
    }
    expect(story.articles.map((article) => article.outlet)).toEqual(['The Jerusalem Post'])
  })
})

/** The line, among the divergences the page leads with, on which country the license is for. */
function exportCountryLine(page: Page) {
  return page
    .getByRole('region', { name: 'What differs' })
    .locator('li.line')
    .filter({ hasText: /unidentified country/ })
}

async function isInView(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox()
  const viewport = page.viewportSize()
  return !!box && !!viewport && box.y >= 0 && box.y + 10 <= viewport.height
}
