import { join } from 'node:path'
import { parseAllowList } from '@parallax/fetch'
import type { LogFormat } from './middleware/logger'

export interface ServerConfig {
  port: number
  host: string
  databaseUrl: string
  allowHosts: string[]
  parseTimeoutMs: number
  /** Added to a parse's deadline per MB of input. */
  parseMsPerMb: number
  /** Added to a comparison's deadline per MB of the articles' bodies. */
  compareMsPerMb: number
  parseWorkers: number
  /** Parsing requests per client per window; 0 turns the limit off. */
  rateLimit: number
  rateLimitWindowMs: number
  /** The header a trusted proxy puts the client's address in; unset, the connection's address. */
  clientIpHeader: string | undefined
  webRoot: string
  logFormat: LogFormat
  origins: string[]
}

/** Reads the server's settings from the environment, with defaults that need nothing installed. */
export function readConfig(env: NodeJS.ProcessEnv, repoRoot: string): ServerConfig {
  return {
    port: integer(env.PORT, 8787, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || `file://${join(repoRoot, '.data', 'parallax')}`,
    allowHosts: allowList(env.PARALLAX_ALLOW_HOSTS),
    parseTimeoutMs: integer(env.PARALLAX_PARSE_TIMEOUT_MS, 1500, 'PARALLAX_PARSE_TIMEOUT_MS'),
    parseMsPerMb: integer(env.PARALLAX_PARSE_MS_PER_MB, 6000, 'PARALLAX_PARSE_MS_PER_MB'),
    compareMsPerMb: integer(env.PARALLAX_COMPARE_MS_PER_MB, 15_000, 'PARALLAX_COMPARE_MS_PER_MB'),
    parseWorkers: positive(env.PARALLAX_PARSE_WORKERS, 2, 'PARALLAX_PARSE_WORKERS'),
    rateLimit: integer(env.PARALLAX_RATE_LIMIT, 120, 'PARALLAX_RATE_LIMIT'),
    rateLimitWindowMs: positive(
      env.PARALLAX_RATE_LIMIT_WINDOW_MS,
      60_000,
      'PARALLAX_RATE_LIMIT_WINDOW_MS',
    ),
    clientIpHeader: env.PARALLAX_CLIENT_IP_HEADER?.trim().toLowerCase() || undefined,
    webRoot: env.PARALLAX_WEB_ROOT ?? join(repoRoot, 'apps', 'web', 'dist'),
    logFormat: logFormat(env.LOG_FORMAT),
    origins: list(env.PARALLAX_ORIGINS).map(origin),
  }
}

function logFormat(value: string | undefined): LogFormat {
  if (value === undefined || value === '' || value === 'text') return 'text'
  if (value === 'json') return 'json'
  throw new Error(`LOG_FORMAT must be "text" or "json", not "${value}"`)
}

/** Read now, so a mistyped entry stops the server at start instead of failing every fetch. */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** `https://parallax.example`, exactly as a browser writes it in `Origin`. */
function origin(value: string): string {
  const parsed = URL.canParse(value) ? new URL(value) : undefined
  if (parsed === undefined || !/^https?:$/.test(parsed.protocol) || parsed.origin !== value) {
    throw new Error(
      `PARALLAX_ORIGINS: "${value}" is not an origin; write scheme://host[:port], nothing after`,
    )
  }
  return value
}

function allowList(value: string | undefined): string[] {
  const entries = list(value)
  try {
    parseAllowList(entries)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`PARALLAX_ALLOW_HOSTS: ${reason}`, { cause: error })
  }
  return entries
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, not "${value}"`)
  return parsed
}

function positive(value: string | undefined, fallback: number, name: string): number {
  const parsed = integer(value, fallback, name)
  if (parsed === 0) throw new Error(`${name} must be at least 1`)
  return parsed
}
