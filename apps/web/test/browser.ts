import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

// Debian's Chromium, never a downloaded browser: `scripts/ensure-tools.sh` installs it when missing.
export const chromiumPath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium'

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface LaunchedBrowser {
  context: BrowserContext
  close: () => Promise<void>
}

/** Starts Chromium with a fresh profile that is deleted again on close. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'parallax-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    viewport: { width: 1280, height: 800 },
  })
  // Fail a step in seconds rather than waiting out the test's whole budget.
  context.setDefaultTimeout(10_000)
  return {
    context,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
