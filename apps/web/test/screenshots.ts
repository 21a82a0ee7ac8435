import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { repoRoot } from './server'

export const resultsDir = join(repoRoot, 'apps', 'web', 'test-results')
mkdirSync(resultsDir, { recursive: true })

export const desktop = { width: 1280, height: 800 }
export const phone = { width: 390, height: 844 }

/** Saves the whole page at desktop and at phone width, then returns to desktop width. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize(desktop)
  await page.screenshot({ path: join(resultsDir, `${name}-desktop.png`), fullPage: true })
  await page.setViewportSize(phone)
  await page.screenshot({ path: join(resultsDir, `${name}-phone.png`), fullPage: true })
  await page.setViewportSize(desktop)
}
