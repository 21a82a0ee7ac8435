import type { MiddlewareHandler } from 'hono'
import { csrf } from 'hono/csrf'
import { secureHeaders } from 'hono/secure-headers'

/**
 * The web app is static files from this origin: scripts and styles only from here, no inline
 * script. Inline style attributes stay allowed because Svelte writes `style` attributes for
 * dynamic values; they cannot run code.
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
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
  })

/**
 * hono's `csrf()` for requests a browser sent. Browsers always send `Origin` or `Sec-Fetch-Site`
 * on a cross-site POST or DELETE, which is the forgery to stop; a request with neither comes from
 * a script or terminal (curl, the CLI), which no web page can make on a user's behalf.
 */
export function browserCsrf(): MiddlewareHandler {
  const check = csrf()
  return async (c, next) => {
    if (c.req.header('origin') === undefined && c.req.header('sec-fetch-site') === undefined) {
      return next()
    }
    return check(c, next)
  }
}
