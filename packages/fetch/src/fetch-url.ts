import type { Readable } from 'node:stream'
import { request } from 'undici'
import { parseAllowList, type AllowList } from './address-policy'
import { FetchError } from './errors'
import { createPinnedAgent } from './pinned-agent'
import { readBody } from './read-body'
import { resolveHost, systemLookup } from './resolve-host'
import { parseTargetUrl } from './target-url'
import type { FetchedPage, FetchOptions, LookupFn } from './types'
import { classifyContentType } from './content-type'

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024
const DEFAULT_MAX_REDIRECTS = 5
const DEFAULT_USER_AGENT = 'Parallax/0.1 (+news coverage comparison)'
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

interface HopContext {
  allow: AllowList
  lookup: LookupFn
  signal: AbortSignal
  timeoutMs: number
  maxBytes: number
  userAgent: string
}

type Hop = { kind: 'redirect'; location: string } | { kind: 'page'; page: FetchedPage }

/**
 * Fetches one web page for parsing, refusing anything that could reach into the server's own
 * network: each hop's host is resolved, every address checked, and the socket pinned to the
 * checked address. Redirects are followed by hand so each one goes through the same checks.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const context: HopContext = {
    allow: parseAllowList(options.allowHosts),
    lookup: options.lookup ?? systemLookup,
    signal: AbortSignal.timeout(timeoutMs),
    timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
  }
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS
  let target = parseTargetUrl(url)
  for (let redirects = 0; ; redirects++) {
    const hop = await withTimeout(() => fetchHop(target, context), context)
    if (hop.kind === 'page') return hop.page
    if (redirects >= maxRedirects) {
      throw new FetchError('TOO_MANY_REDIRECTS', `More than ${maxRedirects} redirects from ${url}`)
    }
    target = parseTargetUrl(hop.location, target)
  }
}

async function fetchHop(url: URL, context: HopContext): Promise<Hop> {
  const address = await resolveHost(url, context)
  const agent = createPinnedAgent(address, context.timeoutMs)
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: 'GET',
      signal: context.signal,
      headers: {
        'user-agent': context.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
      },
    })
    const header = (name: string): string | undefined => {
      const value = response.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    }
    const location = header('location')
    if (REDIRECT_STATUSES.has(response.statusCode) && location !== undefined) {
      discard(response.body)
      return { kind: 'redirect', location }
    }
    if (response.statusCode < 200 || response.statusCode > 299) {
      discard(response.body)
      throw new FetchError('HTTP_STATUS', `${url.host} answered HTTP ${response.statusCode}`, {
        status: response.statusCode,
      })
    }
    const contentType = header('content-type') ?? ''
    if (!classifyContentType(contentType)) {
      discard(response.body)
      throw new FetchError(
        'UNSUPPORTED_TYPE',
        `Only HTML and plain text pages can be compared, not "${contentType || 'unknown'}"`,
      )
    }
    const body = await readBody(response.body, {
      contentEncoding: header('content-encoding'),
      maxBytes: context.maxBytes,
      signal: context.signal,
    })
    return { kind: 'page', page: { url: url.href, status: response.statusCode, contentType, body } }
  } finally {
    await agent.destroy()
  }
}

/** Drops a body that will not be read; undici reports the abandonment as an error nobody needs. */
function discard(body: Readable): void {
  body.on('error', () => {})
  body.destroy()
}

/** Turns whatever the deadline or the network threw into a FetchError with the right code. */
async function withTimeout<T>(run: () => Promise<T>, context: HopContext): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof FetchError) throw error
    if (context.signal.aborted || isTimeout(error)) {
      throw new FetchError('TIMEOUT', `The page did not arrive within ${context.timeoutMs} ms`, {
        cause: error,
      })
    }
    throw new FetchError('NETWORK', `Could not fetch the page: ${describe(error)}`, {
      cause: error,
    })
  }
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  )
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return typeof code === 'string' ? `${code} ${message}` : message
}
