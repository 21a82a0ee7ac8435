import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { launchBrowser, type LaunchedBrowser } from './browser'
import { servePages } from './page-server'
import { screenshot } from './screenshots'
import { readSeed, seedAsHtml, seedPaths } from './seeds'
import { realStories } from './stories'

const serverUrl = inject('parallaxUrl')
let browser: LaunchedBrowser
let page: Page
let pages: Awaited<ReturnType<typeof servePages>>
const pageErrors: string[] = []

interface DroppedFile {
  name: string
  type: string
  content: string
}

// Two real stories told by three outlets each, and the two seed articles of a third story, as the
// text files a researcher keeps: named after their outlet, which names no outlet in its text.
const stories = realStories()
// One more outlet's article on a story no other file tells stands alone.
const [first, second, third] = stories
const chosen = [first!, second!, stories.find((story) => story.name === 'seeds')!]
const articleFiles: DroppedFile[] = [
  ...chosen.flatMap((story) => story.articles),
  third!.articles[0]!,
].map((article) => ({ name: `${article.outlet}.txt`, type: 'text/plain', content: article.text }))
const menuPage: DroppedFile = {
  name: 'menu.html',
  type: 'text/html',
  content:
    '<!doctype html><html><head><title>Menu</title></head><body><nav>Home</nav></body></html>',
}
const scan: DroppedFile = { name: 'scan.pdf', type: 'application/pdf', content: '%PDF-1.7' }

interface BatchJson {
  status: string
  total: number
  failures: { item: number }[]
  stories: { id: string; title: string; items: number[] }[]
}

beforeAll(async () => {
  pages = await servePages({
    '/court.html': seedAsHtml(readSeed(seedPaths.courtReport), 'Court lets Amnesty sue NSO'),
    '/license.html': seedAsHtml(
      readSeed(seedPaths.licenseReport),
      'Does the Firm Have an Export License to Saudi Arabia?',
    ),
  })
  browser = await launchBrowser()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await pages?.close()
})

/** Drops files as a file manager would: one drop event carrying them all, on the zone or `on`. */
async function dropFiles(files: DroppedFile[], on?: Locator): Promise<void> {
  const dataTransfer = await page.evaluateHandle((given: DroppedFile[]) => {
    const transfer = new DataTransfer()
    for (const file of given) {
      transfer.items.add(new File([file.content], file.name, { type: file.type }))
    }
    return transfer
  }, files)
  const target = on ?? page.getByRole('group', { name: 'Drop files here' })
  await target.dispatchEvent('drop', { dataTransfer })
}

async function batchOf(url: string): Promise<BatchJson> {
  const id = decodeURIComponent(new URL(url).pathname.split('/').pop()!)
  return (await (await fetch(`${serverUrl}/api/batches/${id}`)).json()) as BatchJson
}

async function waitUntilDone(): Promise<void> {
  await page.getByRole('heading', { name: 'What the batch found' }).waitFor({ timeout: 120_000 })
}

describe('batch import', () => {
  it('is reachable from the navigation and says what is missing before starting', async () => {
    await page.goto(`${serverUrl}/`)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Batch import' })
      .click()
    await page.waitForURL(/\/batches$/)
    await page.getByRole('button', { name: 'Start the batch' }).click()
    expect(await page.getByRole('alert').textContent()).toMatch(/Drop or choose the article files/)

    await page.getByLabel('Web addresses').check()
    await page.getByLabel(/^Web addresses \(one a line\)/).fill(`${pages.url}/court.html\nnews\n`)
    await page.getByRole('button', { name: 'Start a batch of 1 address' }).click()
    expect(await page.getByRole('alert').textContent()).toContain(
      'Line 2: “news” is not a web address',
    )

    // Files dropped beside the zone are taken too, rather than opened by the browser.
    await dropFiles([menuPage], page.getByRole('heading', { name: 'Batch import', level: 1 }))
    expect(await page.getByLabel('Files', { exact: true }).isChecked()).toBe(true)
    expect(await page.getByText('1 file chosen').count()).toBe(1)
  })

  it('reads dropped files, names those left out and the failures, and shows the stories', async () => {
    await page.goto(`${serverUrl}/batches`)
    await dropFiles([...articleFiles, scan, menuPage])
    const leftOut = page.locator('.left-out')
    expect(await leftOut.textContent()).toContain(
      'scan.pdf (it looks like a PDF, not text or HTML)',
    )
    const count = articleFiles.length + 1
    expect(
      await page.getByRole('list', { name: 'Chosen files' }).getByRole('listitem').count(),
    ).toBe(count)
    await screenshot(page, 'batch-new')

    await page.getByRole('button', { name: `Start a batch of ${count} files` }).click()
    await page.waitForURL(/\/batches\/[^/]+$/)
    // A reload while it runs follows the same batch again.
    await page.reload()
    await page.getByRole('progressbar').waitFor()
    await screenshot(page, 'batch-running')
    await waitUntilDone()

    const batch = await batchOf(page.url())
    expect(batch.status).toBe('done')
    expect(batch.total).toBe(count)
    // The page with no article fails by its own name, with the reason in words.
    const failures = page.getByRole('region', { name: /Could not use 1 item/ })
    expect(await failures.locator('.name').allTextContents()).toEqual(['menu.html'])
    expect(await failures.locator('.reason').textContent()).toMatch(/No article text was found/)

    // Every story the API stored is shown, linked to its comparison, with its outlets.
    const links = await page
      .locator('main h3 a, main .single > a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.textContent?.trim(), anchor.getAttribute('href')]),
      )
    expect(links.sort()).toEqual(
      batch.stories.map((story) => [story.title, `/stories/${story.id}`]).sort(),
    )
    await expect.poll(() => page.getByText('Loading its articles…').count()).toBe(0)
    // The article no other file shares is shown as a story of its own.
    const single = page.getByRole('region', { name: /Told by one article only \(1\)/ })
    const alone = batch.stories.filter((story) => story.items.length === 1)
    expect(await single.locator('.single > a').allTextContents()).toEqual(
      alone.map((story) => story.title),
    )
    expect(
      await page
        .getByRole('region', { name: 'Stories told by several articles' })
        .locator('h3')
        .count(),
    ).toBe(3)
    // Each file's outlet is its name, shown once: beside its headline, or alone on a single story.
    const outlets = [
      ...(await page.locator('main .outlet').allTextContents()),
      ...(await single.locator('.outlets').allTextContents()),
    ]
    expect(outlets.sort()).toEqual(
      articleFiles.map((file) => file.name.replace(/\.txt$/, '')).sort(),
    )
    await screenshot(page, 'batch-done')

    const first = batch.stories[0]!
    await page.getByRole('link', { name: first.title, exact: true }).click()
    await page.waitForURL(new RegExp(`/stories/${first.id}$`))
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(pageErrors).toEqual([])
  }, 180_000)

  it('fetches a batch of web addresses and tells the story they share', async () => {
    await page.goto(`${serverUrl}/batches`)
    await page.getByLabel('Web addresses').check()
    await page
      .getByLabel(/^Web addresses \(one a line\)/)
      .fill(`${pages.url}/court.html\n\n${pages.url}/license.html\n${pages.url}/missing.html`)
    await page.getByRole('button', { name: 'Start a batch of 3 addresses' }).click()
    await waitUntilDone()
    const failures = page.getByRole('region', { name: /Could not use 1 item/ })
    expect(await failures.locator('.name').textContent()).toBe(`${pages.url}/missing.html`)
    expect(await failures.locator('.reason').textContent()).toMatch(/refused to send this page/)
    const batch = await batchOf(page.url())
    expect(batch.stories.flatMap((story) => story.items).sort()).toEqual([0, 1])
    await screenshot(page, 'batch-urls')

    // A story whose comparison job failed says why. The server compares these two articles
    // without fail, so the batch's answer is given the failure its comparison route would send.
    const reason = 'Comparing the articles took longer than 1500 ms'
    await page.route('**/api/batches/*', async (route) => {
      const answer = await route.fetch()
      const body = (await answer.json()) as BatchJson & { stories: { comparison?: object }[] }
      body.stories[0]!.comparison = { status: 'failed', code: 'PARSE_TIMEOUT', message: reason }
      await route.fulfill({ response: answer, json: body })
    })
    await page.reload()
    await waitUntilDone()
    expect(await page.getByRole('note').textContent()).toContain(
      `The comparison could not be made: ${reason}. Opening the story tries again.`,
    )
    await screenshot(page, 'batch-comparison-failed')
    await page.unroute('**/api/batches/*')
  }, 120_000)

  it('says when the files together are more than the server takes in one request', async () => {
    await page.goto(`${serverUrl}/batches`)
    // Four files under the 5 MB an item may have, over the request body's 16 MB together.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      const text = 'The council met on Monday. '.repeat(170_000)
      for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
        transfer.items.add(new File([text], name, { type: 'text/plain' }))
      }
      return transfer
    })
    await page
      .getByRole('group', { name: 'Drop files here' })
      .dispatchEvent('drop', { dataTransfer })
    await page.getByRole('button', { name: 'Start a batch of 4 files' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor({ timeout: 30_000 })
    expect(await alert.textContent()).toContain(
      'Together these 4 items are more than the server takes in one batch (16 MB in one request)',
    )
    expect(page.url()).toMatch(/\/batches$/)
    await screenshot(page, 'batch-too-large')
  })

  it('says so when there is no such batch', async () => {
    await page.goto(`${serverUrl}/batches/no-such-batch`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('There is no batch at this address')
    // Asking again cannot help; starting a batch can.
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Start a new batch' }).count()).toBe(1)
    await screenshot(page, 'batch-missing')
  })
})
