import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { chromiumPath } from './browser'
import { repoRoot, startParallax } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    parallaxUrl: string
  }
}

/** One API server for every browser test file: starting it is the slowest step of the suite. */
export default async function setup(project: TestProject) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `web: no Chromium at ${chromiumPath}; scripts/test.sh installs Debian's (apt-get install chromium)`,
    )
  }
  // The tests drive the built app as the API serves it, never a dev server.
  if (!existsSync(join(repoRoot, 'apps', 'web', 'dist', 'index.html'))) {
    throw new Error('web: build the app first (pnpm --filter @parallax/web build)')
  }
  const server = await startParallax()
  project.provide('parallaxUrl', server.url)
  return () => server.stop()
}
