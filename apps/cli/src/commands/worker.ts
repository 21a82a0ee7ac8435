import { parseArgs } from 'node:util'
import { CliError } from '../errors'
import type { CliIo } from '../io'

const MAX_CONCURRENCY = 64

/**
 * `parallax worker`: takes batch jobs from the queue on a PostgreSQL server until SIGINT or
 * SIGTERM, then finishes the jobs in hand. Any number may run, on any number of machines.
 */
export async function runWorker(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { concurrency: { type: 'string' } } })
  const concurrency = Number(values.concurrency ?? '1')
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new CliError(
      'USAGE',
      `--concurrency takes a whole number from 1 to ${MAX_CONCURRENCY}, not "${values.concurrency}"`,
    )
  }
  const databaseUrl = io.env.DATABASE_URL ?? ''
  if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new CliError(
      'USAGE',
      'worker needs DATABASE_URL set to a PostgreSQL server (postgres://…); with the embedded ' +
        'store the API process works its batches itself',
    )
  }
  const parseTimeoutMs = positiveMs(io.env, 'PARALLAX_PARSE_TIMEOUT_MS')
  const parseMsPerMb = positiveMs(io.env, 'PARALLAX_PARSE_MS_PER_MB')
  const compareMsPerMb = positiveMs(io.env, 'PARALLAX_COMPARE_MS_PER_MB')
  const { startBatchWorker } = await import('@parallax/api/batch')
  const log = (line: string) => io.stderr(`parallax: ${line}\n`)
  const worker = await startBatchWorker({
    databaseUrl,
    concurrency,
    allowHosts: (io.env.PARALLAX_ALLOW_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim())
      .filter((host) => host !== ''),
    ...(parseTimeoutMs !== undefined && { parseTimeoutMs }),
    ...(parseMsPerMb !== undefined && { parseMsPerMb }),
    ...(compareMsPerMb !== undefined && { compareMsPerMb }),
    log,
  }).catch((error: unknown) => {
    throw new CliError(
      'BAD_INPUT',
      `cannot work the queue: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  })
  log(`worker taking batch jobs, ${concurrency} at a time; stop with Ctrl-C`)
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'))
    process.once('SIGTERM', () => resolve('SIGTERM'))
  })
  log(`${signal}, finishing the jobs in hand`)
  await worker.stop()
}

/** A deadline setting the API also reads, so a worker's parses and comparisons get the same time. */
function positiveMs(env: CliIo['env'], name: string): number | undefined {
  const value = env[name]
  if (value === undefined || value === '') return undefined
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms <= 0) {
    throw new CliError('USAGE', `${name} must be a whole number of ms, not "${value}"`)
  }
  return ms
}
