import { lookup as dnsLookup } from 'node:dns/promises'
import ipaddr from 'ipaddr.js'
import {
  addressRefusal,
  isHostnameAllowed,
  isLocalName,
  normalizeHostname,
  parseAllowList,
  type AllowList,
} from './address-policy'
import { portOf } from './allow-entry'
import { FetchError } from './errors'
import type { LookupFn, ResolvedAddress } from './types'

export const systemLookup: LookupFn = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true })
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))
}

/** Public addresses only: what a name the operator did not list may resolve to. */
const PUBLIC_ONLY = parseAllowList([])

/**
 * The one address a request to `url` may connect to. Every address the name resolves to must pass:
 * an answer mixing public and private addresses is how DNS rebinding starts, so it is refused whole.
 * A non-public address passes only inside a range the operator allowed on this port, and, for a
 * name, only when the operator listed that name too: whoever controls a listed name's DNS could
 * otherwise point it anywhere inside the network.
 */
export async function resolveHost(
  url: URL,
  options: { allow: AllowList; lookup: LookupFn; signal: AbortSignal },
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const port = portOf(url)
  if (ipaddr.isValid(host)) {
    return checked({ address: host, family: familyOf(host) }, options.allow, port)
  }
  const trusted = isHostnameAllowed(host, port, options.allow)
  if (!trusted && isLocalName(host)) {
    throw new FetchError('BLOCKED_ADDRESS', `${host} is this machine and is not fetched`)
  }
  const answers = await resolve(normalizeHostname(host), options)
  const first = answers[0]
  if (first === undefined) throw new FetchError('NETWORK', `${host} has no addresses`)
  for (const answer of answers) {
    checked(answer, trusted ? options.allow : PUBLIC_ONLY, port, trusted ? host : undefined)
  }
  return first
}

function checked(
  answer: ResolvedAddress,
  allow: AllowList,
  port: number,
  allowedName?: string,
): ResolvedAddress {
  const refusal = addressRefusal(answer.address, allow, port)
  if (refusal === undefined) return answer
  const message =
    allowedName === undefined
      ? `Refused to fetch a non-public address on port ${port}: ${refusal}`
      : `${allowedName} is allowed, but resolves to a non-public address not allowed on port ` +
        `${port}: ${refusal}`
  throw new FetchError('BLOCKED_ADDRESS', message)
}

function familyOf(address: string): 4 | 6 {
  return ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4
}

async function resolve(
  hostname: string,
  { lookup, signal }: { lookup: LookupFn; signal: AbortSignal },
): Promise<ResolvedAddress[]> {
  signal.throwIfAborted()
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([lookup(hostname), aborted])
  } catch (cause) {
    if (signal.aborted) throw cause
    throw new FetchError('NETWORK', `Could not resolve ${hostname}`, { cause })
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}
