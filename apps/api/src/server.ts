import net from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createStore } from '@parallax/store'
import { createAnalysisPool } from './analysis/pool'
import { createApp } from './app'
import { batchHandlers } from './batch/handlers'
import { groupArticles } from './batch/group'
import { readConfig } from './config'
import { serveWebApp } from './static'

/** How long a connection accepted before shutdown may stay silent before it is closed. */
const IDLE_GRACE_MS = 1000

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const log = (line: string) => process.stderr.write(`${line}\n`)
const config = readConfigOrExit()

const store = await createStore(config.databaseUrl).catch((error: unknown) => {
  // Another server on the same data folder, or a database that does not answer: say so and stop.
  log(`parallax: cannot open the store: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
const pool = createAnalysisPool({
  timeoutMs: config.parseTimeoutMs,
  msPerMb: config.parseMsPerMb,
  compareMsPerMb: config.compareMsPerMb,
  size: config.parseWorkers,
})
const fetchOptions = { allowHosts: config.allowHosts }
const app = createApp({
  store,
  pool,
  fetchOptions,
  log,
  clientIpHeader: config.clientIpHeader,
  rateLimit:
    config.rateLimit === 0
      ? undefined
      : { limit: config.rateLimit, windowMs: config.rateLimitWindowMs },
  logFormat: config.logFormat,
  origins: config.origins,
})
// Embedded, this process works the batch queue; on a server, `parallax worker` processes do.
// Started beside the listener, not before it: the queue's first start creates its schema.
const batchWorker =
  store.backend === 'pglite'
    ? store
        .workBatches(batchHandlers({ store, pool, fetchOptions, groupArticles }), {
          concurrency: config.parseWorkers,
          onError: (error) => log(`parallax: batch job failed: ${String(error)}`),
        })
        .catch((error: unknown) => {
          log(`parallax: cannot work batches: ${String(error)}`)
          return undefined
        })
    : undefined
if (!serveWebApp(app, config.webRoot)) {
  log(`parallax: no web app at ${config.webRoot} (build apps/web); serving the API only`)
}

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  log(`parallax: listening on http://${config.host}:${info.port} (${store.backend})`)
})
server.once('error', (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === 'EADDRINUSE'
      ? `port ${config.port} on ${config.host} is taken (set PORT to another)`
      : error.message
  log(`parallax: cannot listen: ${reason}`)
  void pool.close().finally(() => store.close().finally(() => process.exit(1)))
})

let stopping = false
/** Stops accepting, lets in-flight requests finish, then closes the workers and the store. */
function shutdown(signal: string): void {
  if (stopping) return
  stopping = true
  // Stop listening without http.Server.close(): that also drops every connection with no request
  // parsed yet, including ones whose request is already on the wire, which the client counts as
  // sent. Those are read and answered; connections that stay idle are closed after a short grace.
  net.Server.prototype.close.call(server, () => {
    void (async () => {
      await (await batchWorker)?.stop()
      await pool.close()
      await store.close()
      log('parallax: stopped')
      process.exit(0)
    })()
  })
  log(`parallax: ${signal}, finishing in-flight requests`)
  server.on(
    'request',
    (_request: unknown, response: { setHeader(name: string, value: string): void }) =>
      response.setHeader('connection', 'close'),
  )
  const closeIdle = setInterval(() => {
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }, IDLE_GRACE_MS)
  closeIdle.unref()
  const force = setTimeout(() => {
    log('parallax: requests still open after 10 s; closing them')
    if ('closeAllConnections' in server) server.closeAllConnections()
  }, 10_000)
  force.unref()
}

process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))

/** A mistyped setting is the operator's to fix: name it, without a stack trace. */
function readConfigOrExit(): ReturnType<typeof readConfig> {
  try {
    return readConfig(process.env, repoRoot)
  } catch (error) {
    log(`parallax: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  }
}
