// The floor to measure the API against: Hono routes on the same node adapter, nothing else.
// `/bare` answers a tiny JSON object; `/bare-comparison` answers the bytes of the file named by
// BARE_BODY_FILE (the API's cached comparison, fetched by the runner), held in memory.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

// hono is a dependency of apps/api, not of the repository root: resolve it from there.
const requireFromApi = createRequire(new URL('../../apps/api/package.json', import.meta.url))
const load = (name: string) => import(pathToFileURL(requireFromApi.resolve(name)).href)
const { Hono } = (await load('hono')) as typeof import('hono')
const { serve } = (await load('@hono/node-server')) as typeof import('@hono/node-server')

const bodyFile = process.env.BARE_BODY_FILE
const comparisonBytes = bodyFile === undefined ? '{}' : readFileSync(bodyFile, 'utf8')

const app = new Hono()
app.get('/bare', (c) => c.json({ status: 'ok' }))
app.get('/bare-comparison', (c) =>
  c.body(comparisonBytes, 200, { 'content-type': 'application/json' }),
)
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  process.stderr.write('bare: listening\n')
})
process.on('SIGTERM', () => process.exit(0))
