import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { ApiError } from '../errors'
import { firstInvalidUtf8 } from './utf8'

/**
 * The web app is static files from this origin: scripts and styles only from here, no inline
 * script. Inline style attributes stay allowed because Svelte writes `style` attributes for
 * dynamic values; they cannot run code. No page may frame the app: `frame-ancestors 'none'` for
 * browsers that read CSP, and `X-Frame-Options: DENY`, which says the same, for those that do not.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  })

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const FOREIGN_SITES = new Set(['cross-site', 'same-site'])

/**
 * Refuses a state-changing request that a browser sent from another origin, JSON included: CORS
 * stops a foreign page reading the answer, not the write. Browsers send `Origin` on every such
 * request (and `Sec-Fetch-Site`); a request with neither comes from a script or a terminal (curl,
 * the CLI, another server), which no web page can make on a user's behalf, and passes.
 * `origins` adds origins besides the request's own, for a server behind a proxy that changes
 * the scheme or host.
 */
export function sameOriginWrites(origins: readonly string[] = []): MiddlewareHandler {
  const allowed = new Set(origins)
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next()
    const origin = c.req.header('origin')
    const site = c.req.header('sec-fetch-site')
    const foreign =
      origin === undefined
        ? site !== undefined && FOREIGN_SITES.has(site)
        : origin !== new URL(c.req.url).origin && !allowed.has(origin)
    if (foreign) {
      throw new ApiError(
        'FORBIDDEN',
        403,
        `Refused a ${c.req.method} from another origin (${(origin ?? site ?? '').slice(0, 200)}): ` +
          'the API takes changes only from its own pages, or from clients that send no Origin',
      )
    }
    return next()
  }
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i

/**
 * Refuses a JSON body that is not valid UTF-8, which JSON must be (RFC 8259): decoding it leniently
 * would store U+FFFD in place of whatever the client meant. hono keeps the bytes read here, so
 * the route's JSON validator reads them again without touching the stream.
 */
export function utf8JsonBodies(): MiddlewareHandler {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  return async (c, next) => {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? '') || c.req.raw.body === null) {
      return next()
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    try {
      decoder.decode(bytes)
    } catch (cause) {
      throw new ApiError(
        'INVALID_INPUT',
        400,
        `The JSON body is not valid UTF-8 (byte ${firstInvalidUtf8(bytes)} of ${bytes.length}); ` +
          'send JSON encoded as UTF-8',
        { cause },
      )
    }
    return next()
  }
}
