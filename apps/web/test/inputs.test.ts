import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchBrowser, type LaunchedBrowser } from './browser'
import { servePages } from './page-server'
import { readSeed, seedAsHtml, seedPaths } from './seeds'
import { screenshot } from './screenshots'

const serverUrl = inject('parallaxUrl')
let pages: Awaited<ReturnType<typeof servePages>>
let browser: LaunchedBrowser
let page: Page
const dialogs: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  pages = await servePages({
    '/nso-license.html': seedAsHtml(
      readSeed(seedPaths.licenseReport),
      'Amnesty vs. NSO: Does the Firm Have an Export License to Saudi Arabia?',
    ),
  })
  browser = await launchBrowser()
  page = await browser.context.newPage()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await pages?.close()
})

async function countStories(): Promise<number> {
  const response = await fetch(`${serverUrl}/api/stories?limit=100`)
  return ((await response.json()) as { stories: unknown[] }).stories.length
}

async function newStory(title: string): Promise<void> {
  await page.goto(`${serverUrl}/`)
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Create story' }).click()
  await page.waitForURL(/\/add$/)
}

describe('quick compare', () => {
  it('compares pasted text without storing a story', async () => {
    const storiesBefore = await countStories()
    await page.goto(`${serverUrl}/compare`)
    await page
      .getByRole('group', { name: 'Article 1' })
      .getByLabel('Article text')
      .fill(readSeed(seedPaths.courtReport))
    await page
      .getByRole('group', { name: 'Article 2' })
      .getByLabel('Article text')
      .fill(readSeed(seedPaths.licenseReport))
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const summary = page.getByRole('region', { name: 'Summary' })
    await summary.waitFor({ timeout: 30_000 })
    const diverging = await summary.locator('.count.diverge .number').textContent()
    expect(Number(diverging)).toBeGreaterThan(0)
    expect(await page.locator('[data-facet]').count()).toBeGreaterThan(0)
    await screenshot(page, 'quick-compare')

    expect(await countStories()).toBe(storiesBefore)
  })

  it('shows why one article could not be compared next to that article', async () => {
    await page.goto(`${serverUrl}/compare`)
    await page.getByRole('button', { name: 'Another article' }).click()
    const first = page.getByRole('group', { name: 'Article 1' })
    const second = page.getByRole('group', { name: 'Article 2' })
    const third = page.getByRole('group', { name: 'Article 3' })
    await first.getByLabel('Article text').fill(readSeed(seedPaths.courtReport))
    await third.getByLabel('Article text').fill(readSeed(seedPaths.licenseReport))
    // A saved page with no prose: the browser cannot tell, only the server's parser can.
    const emptyPage = join(tmpdir(), 'parallax-quick-empty-page.html')
    writeFileSync(
      emptyPage,
      '<!doctype html><html><head><title>x</title></head><body></body></html>',
    )
    await second.getByLabel('Upload a file').check()
    await second.getByLabel('Saved page or text file').setInputFiles(emptyPage)

    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const reason = second.getByRole('alert')
    await reason.waitFor({ timeout: 30_000 })
    expect(await reason.textContent()).toMatch(/^\s*Not compared:\s*\S/)
    // Beside its own input, the reason need not repeat which article it is about.
    expect(await reason.textContent()).not.toMatch(/Article 2:/)
    expect(await first.getByRole('alert').count()).toBe(0)
    expect(await third.getByRole('alert').count()).toBe(0)
    expect(await page.getByText('Could not compare these articles').count()).toBe(0)
    expect(await page.getByRole('region', { name: 'Summary' }).count()).toBe(0)
    await screenshot(page, 'quick-compare-errors')

    // Fixing the input clears its reason, and the comparison then goes through.
    await second.getByLabel('Paste text').check()
    await second.getByLabel('Article text').fill(readSeed(seedPaths.licenseReport))
    expect(await second.getByRole('alert').count()).toBe(0)
    await page.getByRole('button', { name: 'Remove article 3' }).click()
    await second.getByLabel('Article text').fill(readSeed(seedPaths.licenseReport))
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByRole('region', { name: 'Summary' }).waitFor({ timeout: 30_000 })
  })
})

describe('adding articles', () => {
  it('fetches an article from a web address and shows it was added', async () => {
    await newStory('Fetched from the web')
    const first = page.getByRole('group', { name: 'Article 1' })
    await first.getByLabel('Web address').check()
    await first.getByLabel('Address of the article').fill(`${pages.url}/nso-license.html`)
    await page.getByRole('button', { name: 'Another article' }).click()
    await page.getByRole('button', { name: /^Remove article 2$/ }).waitFor()
    await page.getByRole('button', { name: 'Remove article 3' }).click()
    await page.getByRole('button', { name: 'Remove article 2' }).click()
    await page.getByRole('button', { name: 'Add 1 article' }).click()
    await first.getByText('Added:').waitFor({ timeout: 30_000 })
    expect(await first.textContent()).toContain('Does the Firm Have an Export License')
    // The story's list reloads once every draft is sent, just after the draft says it was added.
    const existing = page.getByRole('complementary', { name: 'In this story' })
    await existing.getByRole('listitem').first().waitFor({ timeout: 10_000 })
    expect(await existing.getByRole('listitem').count()).toBe(1)
  })

  it('names an uploaded text file that names no outlet after the file', async () => {
    await newStory('Named by the file')
    const upload = join(tmpdir(), 'Calcalist.txt')
    writeFileSync(upload, readSeed(seedPaths.licenseReport))
    const first = page.getByRole('group', { name: 'Article 1' })
    await first.getByLabel('Upload a file').check()
    await first.getByLabel('Saved page or text file').setInputFiles(upload)
    await page.getByRole('button', { name: 'Remove article 2' }).click()
    await page.getByRole('button', { name: 'Add 1 article' }).click()
    await first.getByText('Added:').waitFor({ timeout: 30_000 })
    expect(await first.locator('.added .muted').textContent()).toBe('(Calcalist)')
  })

  it('shows why an article was refused next to its own input', async () => {
    await newStory('Refusals')
    const first = page.getByRole('group', { name: 'Article 1' })
    const second = page.getByRole('group', { name: 'Article 2' })
    await first.getByLabel('Article text').fill('   ')

    const emptyPage = join(tmpdir(), 'parallax-empty-page.html')
    writeFileSync(
      emptyPage,
      '<!doctype html><html><head><title>x</title></head><body></body></html>',
    )
    await second.getByLabel('Upload a file').check()
    await second.getByLabel('Saved page or text file').setInputFiles(emptyPage)

    await page.getByRole('button', { name: 'Add 2 articles' }).click()
    const firstError = first.getByRole('alert')
    await firstError.waitFor()
    expect(await firstError.textContent()).toMatch(/empty/i)
    expect(await first.getByLabel('Article text').getAttribute('aria-invalid')).toBe('true')

    const secondError = second.getByRole('alert')
    await secondError.waitFor({ timeout: 30_000 })
    expect(await secondError.textContent()).toMatch(/Not added/)
    expect(await page.getByText('All articles were added.').count()).toBe(0)
    await screenshot(page, 'add-articles-errors')
  })
})

describe('missing things', () => {
  it('says when a story does not exist and offers the way back', async () => {
    await page.goto(`${serverUrl}/stories/no-such-story`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('This story does not exist')
    expect(await page.getByRole('link', { name: 'Back to the stories' }).count()).toBe(1)
    await screenshot(page, 'story-missing')
  })

  it('asks for another outlet before comparing a story of one article', async () => {
    await newStory('Only one side')
    await page
      .getByRole('group', { name: 'Article 1' })
      .getByLabel('Article text')
      .fill(readSeed(seedPaths.licenseReport))
    await page.getByRole('button', { name: 'Remove article 2' }).click()
    await page.getByRole('button', { name: 'Add 1 article' }).click()
    await page.locator('.finished, .field-error').first().waitFor({ timeout: 40_000 })
    await page.getByRole('link', { name: 'See the comparison' }).first().click()
    await page.getByText('One article so far').waitFor()
    await screenshot(page, 'story-one-article')
  })
})

describe('hostile article text', () => {
  const hostile = [
    'Council approves <script>window.__pwned = "script"; alert("script")</script> the budget',
    '',
    "The city council approved the budget on Monday, officials said. Residents wrote <img src=x onerror=\"window.__pwned='img'; alert('img')\"> on the petition. The mayor said <a href=\"javascript:window.__pwned='link'\">read the plan</a> was posted on the city website. The budget grows by 4 percent, the council said.",
  ].join('\n')
  const rival = [
    'City budget passes',
    '',
    'The city council approved the budget on Tuesday, officials said. The budget grows by 6 percent, the council said. The mayor did not comment on the vote.',
  ].join('\n')

  it('shows markup in article text as plain characters and runs none of it', async () => {
    await newStory('Budget <script>alert("title")</script>')
    await page.getByRole('group', { name: 'Article 1' }).getByLabel('Article text').fill(hostile)
    await page.getByRole('group', { name: 'Article 2' }).getByLabel('Article text').fill(rival)
    await page.getByRole('button', { name: 'Add 2 articles' }).click()
    await page.locator('.finished, .field-error').first().waitFor({ timeout: 40_000 })
    expect(await page.locator('.field-error').allTextContents()).toEqual([])
    await page.getByRole('link', { name: 'See the comparison' }).first().click()
    await page.getByRole('tab', { name: 'Facets' }).waitFor({ timeout: 30_000 })

    const main = page.getByRole('main')
    expect(await main.textContent()).toContain('<script>alert("title")</script>')
    expect(await page.title()).toBe('Budget <script>alert("title")</script> · Parallax')
    await page.getByRole('tab', { name: 'Articles side by side' }).click()
    const text = await main.textContent()
    expect(text).toContain('<img src=x onerror=')
    expect(text).toContain('<a href="javascript:')
    for (const sentence of await page.locator('.sentence').all()) await sentence.click()
    await screenshot(page, 'hostile')

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await main.locator('img, script, iframe, a[href^="javascript:"]').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
